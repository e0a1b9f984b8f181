//! The inside of a GIFT answer block `{…}`, read into one of GIFT's answer shapes.

use super::block::SyntaxError;
use super::choices::choices;
use super::lex::{find, trim, Ch};
use super::shape::{Answers, Shape};

/// Reads the characters between `{` and `}`.
pub fn answers(block: &[Ch]) -> Result<Answers, (usize, SyntaxError)> {
    let (body, general) = match find(block, 0, "####") {
        Some(i) => (&block[..i], Some(trim(&block[i + 4..]).to_vec())),
        None => (block, None),
    };
    let body = trim(body);
    let shape = match body.first() {
        None => Shape::Essay,
        Some(ch) if ch.c == '#' && !ch.escaped => Shape::Numeric,
        Some(ch) if ch.c != '=' && ch.c != '~' || ch.escaped => true_false(body)?,
        Some(_) => choices(body)?,
    };
    Ok(Answers { shape, general })
}

fn true_false(body: &[Ch]) -> Result<Shape, (usize, SyntaxError)> {
    let mut parts = split(body, '#').into_iter();
    let word: String = parts
        .next()
        .unwrap_or_default()
        .iter()
        .map(|ch| ch.c)
        .collect();
    let answer = match word.trim().to_ascii_uppercase().as_str() {
        "T" | "TRUE" => true,
        "F" | "FALSE" => false,
        _ => {
            let line = body[0].line;
            return Err(if body.iter().any(|ch| ch.c == '=' || ch.c == '~') {
                (line, SyntaxError::NoAnswerMarker)
            } else {
                (line, SyntaxError::BadTrueFalse(word.trim().into()))
            });
        }
    };
    let feedback = parts
        .map(|p| trim(p).to_vec())
        .filter(|p| !p.is_empty())
        .collect();
    Ok(Shape::TrueFalse { answer, feedback })
}

/// Splits at each unescaped `sep`.
fn split(chars: &[Ch], sep: char) -> Vec<&[Ch]> {
    chars.split(|ch| ch.c == sep && !ch.escaped).collect()
}

#[cfg(test)]
mod tests {
    use super::super::lex::{blocks, text};
    use super::*;

    /// Reads `inner` as if it stood between braces (the `x` keeps a blank block alive).
    fn of(inner: &str) -> Result<Answers, (usize, SyntaxError)> {
        answers(&blocks(&format!("x{inner}"))[0].chars[1..])
    }

    #[test]
    fn each_shape_is_recognised() {
        assert!(matches!(of(" ").unwrap().shape, Shape::Essay));
        assert!(matches!(of("####why").unwrap().shape, Shape::Essay));
        assert!(matches!(of("#3:1").unwrap().shape, Shape::Numeric));
        let tf = of("TRUE#no#yes####why").unwrap();
        assert!(
            matches!(&tf.shape, Shape::TrueFalse { answer: true, feedback } if feedback.len() == 2)
        );
        assert_eq!(text(&tf.general.unwrap()), "why");
        let Shape::Choices(list) = of("=a#good ~%-50%b\\=c").unwrap().shape else {
            panic!("choices")
        };
        assert_eq!((list[0].right, text(&list[0].text)), (true, "a".into()));
        assert_eq!(text(list[0].feedback.as_ref().unwrap()), "good");
        assert_eq!(
            (list[1].weight, text(&list[1].text)),
            (Some(-50.0), "b=c".into())
        );
        let Shape::Matching(pairs) = of("=x -> A\n=y -> B").unwrap().shape else {
            panic!("matching")
        };
        assert_eq!(text(&pairs[1].1), "B");
    }

    #[test]
    fn malformed_answers_are_syntax_errors() {
        assert_eq!(
            of("maybe").unwrap_err().1,
            SyntaxError::BadTrueFalse("maybe".into())
        );
        assert_eq!(of("a =b").unwrap_err().1, SyntaxError::NoAnswerMarker);
        assert_eq!(
            of("=a\n~%x%b").unwrap_err(),
            (2, SyntaxError::BadWeight("x".into()))
        );
        assert_eq!(of("=a -> 1 =b").unwrap_err().1, SyntaxError::MixedMatching);
        assert_eq!(
            of("=a -> 1 ~b -> 2").unwrap_err().1,
            SyntaxError::MatchingTilde
        );
    }
}

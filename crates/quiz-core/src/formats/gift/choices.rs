//! A GIFT answer block's `=` and `~` answers, with their weights and feedback, read as a
//! list of choices or, when they are written `=left -> right`, as matching pairs.

use super::block::SyntaxError;
use super::lex::{find, trim, Ch};
use super::shape::{Answer, Shape};

/// Reads the answers of a block whose first answer starts with `=` or `~`.
pub fn choices(body: &[Ch]) -> Result<Shape, (usize, SyntaxError)> {
    let mut list = Vec::new();
    let starts: Vec<usize> = (0..body.len())
        .filter(|&i| !body[i].escaped && (body[i].c == '=' || body[i].c == '~'))
        .collect();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(body.len());
        let mut chars = &body[start + 1..end];
        let mut weight = None;
        if chars.first().is_some_and(|ch| ch.c == '%' && !ch.escaped) {
            let close = find(chars, 1, "%")
                .ok_or_else(|| (body[start].line, SyntaxError::BadWeight(raw(&chars[1..]))))?;
            let w = raw(&chars[1..close]);
            weight = Some(
                w.trim()
                    .parse::<f64>()
                    .map_err(|_| (body[start].line, SyntaxError::BadWeight(w)))?,
            );
            chars = &chars[close + 1..];
        }
        let (text, feedback) = match find(chars, 0, "#") {
            Some(i) => (&chars[..i], Some(trim(&chars[i + 1..]).to_vec())),
            None => (chars, None),
        };
        list.push(Answer {
            line: body[start].line,
            right: body[start].c == '=',
            weight,
            text: trim(text).to_vec(),
            feedback: feedback.filter(|f| !f.is_empty()),
        });
    }
    let pairs = list
        .iter()
        .filter(|a| find(&a.text, 0, "->").is_some())
        .count();
    if pairs == 0 {
        return Ok(Shape::Choices(list));
    }
    if let Some(a) = list.iter().find(|a| !a.right) {
        return Err((a.line, SyntaxError::MatchingTilde));
    }
    if pairs < list.len() {
        return Err((body[0].line, SyntaxError::MixedMatching));
    }
    if let Some(a) = list.iter().find(|a| a.feedback.is_some()) {
        return Err((a.line, SyntaxError::MatchingFeedback));
    }
    Ok(Shape::Matching(
        list.into_iter()
            .map(|a| {
                let arrow = find(&a.text, 0, "->").unwrap_or_default();
                (
                    trim(&a.text[..arrow]).to_vec(),
                    trim(&a.text[arrow + 2..]).to_vec(),
                )
            })
            .collect(),
    ))
}

fn raw(chars: &[Ch]) -> String {
    chars.iter().map(|ch| ch.c).collect()
}

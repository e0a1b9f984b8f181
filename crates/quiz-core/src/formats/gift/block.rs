//! One GIFT question block cut into its parts: `::title::`, `[format]`, the question text
//! before `{`, the answer block and whatever follows `}`.

use super::lex::{find, text, trim, Ch};
use crate::formats::imported::Issue;
use std::fmt;

/// The text markup a question declares with `[html]`, `[markdown]`, `[plain]` or `[moodle]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (also Moodle's own `[moodle]` markup), kept literal.
    Plain,
    /// HTML, mapped onto the bank's Markdown subset.
    Html,
    /// Markdown, kept as written but for its pictures and line joins.
    Markdown,
}

/// A question block in parts, not yet interpreted.
#[derive(Debug)]
pub struct Parts {
    /// The line the block's text starts on.
    pub line: usize,
    /// The `::title::`, when given and not blank.
    pub title: Option<String>,
    /// The declared markup, plain when none.
    pub format: Format,
    /// The question text before `{`.
    pub stem: Vec<Ch>,
    /// The characters between `{` and `}`, or `None` when the block has no answer block.
    pub answers: Option<Vec<Ch>>,
    /// Non-blank text after `}`: GIFT's missing-word form.
    pub tail: bool,
}

/// Why a block could not be read as GIFT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// A `::title` with no closing `::`.
    UnclosedTitle,
    /// A `{` with no closing `}`.
    UnclosedAnswers,
    /// A `}` with no `{` before it.
    UnopenedBrace,
    /// A `{` inside an answer block.
    NestedBrace,
    /// A second answer block in one question.
    SecondAnswerBlock,
    /// An answer that starts with neither `=` nor `~`.
    NoAnswerMarker,
    /// A `%weight%` that is not a number; holds it as written.
    BadWeight(String),
    /// Matching pairs mixed with answers that are not pairs.
    MixedMatching,
    /// A matching pair written with `~`.
    MatchingTilde,
    /// A matching pair with `#feedback`.
    MatchingFeedback,
    /// A true/false answer that is no T, TRUE, F or FALSE; holds it as written.
    BadTrueFalse(String),
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnclosedTitle => f.write_str("the title opened with :: is never closed"),
            Self::UnclosedAnswers => f.write_str("the answer block opened with { is never closed"),
            Self::UnopenedBrace => f.write_str("a } with no { before it (write \\} for a brace)"),
            Self::NestedBrace => f.write_str("a { inside an answer block (write \\{ for a brace)"),
            Self::SecondAnswerBlock => f.write_str("a second answer block in one question"),
            Self::NoAnswerMarker => f.write_str("an answer should start with = or ~"),
            Self::BadWeight(w) => write!(f, "the weight %{w}% is not a number"),
            Self::MixedMatching => {
                f.write_str("matching pairs (=a -> b) mixed with answers that are not pairs")
            }
            Self::MatchingTilde => f.write_str("matching pairs are written with =, not ~"),
            Self::MatchingFeedback => f.write_str("matching pairs take no #feedback"),
            Self::BadTrueFalse(t) => write!(f, "\"{t}\" is not T, TRUE, F or FALSE"),
        }
    }
}

impl std::error::Error for SyntaxError {}

impl From<SyntaxError> for Issue {
    fn from(e: SyntaxError) -> Self {
        Issue::Syntax(Box::new(e))
    }
}

/// Cuts a block (comments already removed) into its parts.
pub fn parts(chars: &[Ch]) -> Result<Parts, (usize, SyntaxError)> {
    let chars = trim(chars);
    let line = chars.first().map_or(0, |ch| ch.line);
    let mut at = 0;
    let mut title = None;
    if find(chars, 0, "::") == Some(0) {
        let end = find(chars, 2, "::").ok_or((line, SyntaxError::UnclosedTitle))?;
        title = Some(text(&chars[2..end])).filter(|t| !t.is_empty());
        at = end + 2;
    }
    while chars.get(at).is_some_and(|ch| ch.c.is_whitespace()) {
        at += 1;
    }
    let (format, skip) = format_marker(&chars[at..]);
    at += skip;
    let rest = &chars[at..];
    let open = find(rest, 0, "{");
    let close = find(rest, 0, "}");
    let (open, close) = match (open, close) {
        (None, None) => {
            return Ok(Parts {
                line,
                title,
                format,
                stem: rest.to_vec(),
                answers: None,
                tail: false,
            })
        }
        (None, Some(c)) => return Err((rest[c].line, SyntaxError::UnopenedBrace)),
        (Some(o), None) => return Err((rest[o].line, SyntaxError::UnclosedAnswers)),
        (Some(o), Some(c)) if c < o => return Err((rest[c].line, SyntaxError::UnopenedBrace)),
        (Some(o), Some(c)) => (o, c),
    };
    if let Some(inner) = find(rest, open + 1, "{").filter(|&i| i < close) {
        return Err((rest[inner].line, SyntaxError::NestedBrace));
    }
    let after = &rest[close + 1..];
    if let Some(second) = find(after, 0, "{").or_else(|| find(after, 0, "}")) {
        return Err((after[second].line, SyntaxError::SecondAnswerBlock));
    }
    Ok(Parts {
        line,
        title,
        format,
        stem: rest[..open].to_vec(),
        answers: Some(rest[open + 1..close].to_vec()),
        tail: !trim(after).is_empty(),
    })
}

/// Reads a leading `[html]`-style marker: the format and how many characters it takes.
pub(super) fn format_marker(chars: &[Ch]) -> (Format, usize) {
    for (marker, format) in [
        ("[html]", Format::Html),
        ("[markdown]", Format::Markdown),
        ("[plain]", Format::Plain),
        ("[moodle]", Format::Plain),
    ] {
        if find(chars, 0, marker) == Some(0) {
            return (format, marker.chars().count());
        }
    }
    (Format::Plain, 0)
}

#[cfg(test)]
mod tests {
    use super::super::lex::blocks;
    use super::*;

    fn of(gift: &str) -> Result<Parts, (usize, SyntaxError)> {
        parts(&blocks(gift)[0].chars)
    }

    #[test]
    fn a_block_is_cut_into_title_format_stem_and_answers() {
        let p = of("::T 1::[html]Who?\n{=a ~b}").unwrap();
        assert_eq!(p.title.as_deref(), Some("T 1"));
        assert_eq!(p.format, Format::Html);
        assert_eq!(text(&p.stem), "Who?");
        assert_eq!(text(&p.answers.unwrap()), "=a ~b");
        assert!(!p.tail);
        assert!(of("Fill {=in ~out} the gap").unwrap().tail);
        assert!(of("No answers at all").unwrap().answers.is_none());
    }

    #[test]
    fn broken_blocks_name_the_line() {
        assert_eq!(
            of("::T\nx{T}").unwrap_err(),
            (1, SyntaxError::UnclosedTitle)
        );
        assert_eq!(
            of("Q\n{=a\n~b").unwrap_err(),
            (2, SyntaxError::UnclosedAnswers)
        );
        assert_eq!(of("Q } {=a}").unwrap_err(), (1, SyntaxError::UnopenedBrace));
        assert_eq!(
            of("Q {=a\n{~b}").unwrap_err(),
            (2, SyntaxError::NestedBrace)
        );
        assert_eq!(
            of("Q {=a} and\n{~b}").unwrap_err(),
            (2, SyntaxError::SecondAnswerBlock)
        );
    }
}

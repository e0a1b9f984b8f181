//! Maps a GIFT question's parts onto one of our question types, or says why it cannot.

use super::answers::answers;
use super::block::{Format, Parts};
use super::lex::{text, Ch};
use super::shape::{Answer, Shape};
use crate::bank::{Choice, Item, Kind};
use crate::formats::imported::{Dropped, Issue, Unsupported};
use crate::formats::text::strip_html;

/// A question's content as our bank holds it; `explanation` is GIFT's general feedback.
#[derive(Debug)]
pub struct Mapped {
    /// The question text, plain.
    pub prompt: String,
    /// The question type and its answers.
    pub kind: Kind,
    /// GIFT's general feedback, when given.
    pub explanation: Option<String>,
    /// Parts GIFT had that our format has no place for; the question is kept without them.
    pub dropped: Vec<(usize, Dropped)>,
}

/// Maps a question block, or returns the line and reason it is left out.
pub fn map(parts: &Parts) -> Result<Mapped, (usize, Issue)> {
    let skip = |why| Err((parts.line, Issue::Unsupported(why)));
    let Some(block) = &parts.answers else {
        return skip(Unsupported::Description);
    };
    if parts.tail {
        return skip(Unsupported::MissingWord);
    }
    let read = answers(block).map_err(|(line, e)| (line, e.into()))?;
    let clean = |chars: &[Ch]| clean(chars, parts.format);
    let mut dropped = Vec::new();
    let kind = match read.shape {
        Shape::Essay => return skip(Unsupported::Essay),
        Shape::Numeric => return skip(Unsupported::Numeric),
        Shape::TrueFalse { answer, feedback } => {
            if !feedback.is_empty() {
                dropped.push((feedback[0][0].line, Dropped::TrueFalseFeedback));
            }
            Kind::TrueFalse { answer }
        }
        Shape::Matching(pairs) => {
            let mut buckets: Vec<String> = Vec::new();
            let mut items = Vec::new();
            for (left, right) in &pairs {
                let bucket_text = clean(right);
                if left.is_empty() {
                    return Err((
                        right[0].line,
                        Issue::Unsupported(Unsupported::MatchDistractor),
                    ));
                }
                let bucket = match buckets.iter().position(|b| *b == bucket_text) {
                    Some(i) => i,
                    None => {
                        buckets.push(bucket_text);
                        buckets.len() - 1
                    }
                };
                items.push(Item {
                    text: clean(left),
                    bucket,
                });
            }
            Kind::Categorise { buckets, items }
        }
        Shape::Choices(list) => choices(parts.line, &list, &clean, &mut dropped)?,
    };
    Ok(Mapped {
        prompt: clean(&parts.stem),
        kind,
        explanation: read.general.map(|g| clean(&g)).filter(|g| !g.is_empty()),
        dropped,
    })
}

/// `=` answers make a single-choice question; with none, positive `%` weights make a
/// multiple-response one (each positive weight is a correct choice).
fn choices(
    line: usize,
    list: &[Answer],
    clean: &dyn Fn(&[Ch]) -> String,
    dropped: &mut Vec<(usize, Dropped)>,
) -> Result<Kind, (usize, Issue)> {
    let marked = list
        .iter()
        .filter(|a| a.right && a.weight.is_none())
        .count();
    if list.iter().all(|a| a.right) {
        return Err((line, Issue::Unsupported(Unsupported::ShortAnswer)));
    }
    let single = marked > 0;
    if marked > 1 {
        return Err((line, Issue::Unsupported(Unsupported::SeveralRight(marked))));
    }
    let choices: Vec<Choice> = list
        .iter()
        .map(|a| {
            // `=` alone is full credit; a `%weight%` decides for itself, on either marker.
            let full = a.right && a.weight.is_none();
            let positive = a.weight.map_or(a.right, |w| w > 0.0);
            if single && positive && !full {
                dropped.push((a.line, Dropped::PartialCredit(clean(&a.text))));
            }
            Choice {
                text: clean(&a.text),
                correct: if single { full } else { positive },
                feedback: a
                    .feedback
                    .as_ref()
                    .map(|f| clean(f))
                    .filter(|f| !f.is_empty()),
                image: None,
            }
        })
        .collect();
    if !choices.iter().any(|c| c.correct) {
        return Err((line, Issue::Unsupported(Unsupported::NoRight)));
    }
    Ok(if single {
        Kind::Single { choices }
    } else {
        Kind::Multiple { choices }
    })
}

/// Plain text from GIFT characters: whitespace collapsed, HTML reduced to its text.
fn clean(chars: &[Ch], format: Format) -> String {
    let plain = text(chars);
    match format {
        Format::Html => strip_html(&plain),
        Format::Plain | Format::Markdown => plain,
    }
}

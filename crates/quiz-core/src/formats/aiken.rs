//! Aiken, Moodle's simplest format: a question line, lettered choices (`A.` or `A)`), then
//! `ANSWER: X`. It holds single-choice questions only, with no feedback or explanation.
//! Its text is plain: characters that would be markup in the bank are escaped.

use super::defaults::{stated_answer, unique_id};
use super::gift::literal;
use super::imported::{Imported, Issue, Located, Note};
use crate::bank::{Choice, Kind, Question, Topic};
use crate::markup::Field;
use std::fmt;

/// Why a run of Aiken lines is not a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AikenError {
    /// A lettered choice where the question text should start.
    ChoiceBeforeQuestion,
    /// An `ANSWER:` line with no question before it.
    AnswerBeforeQuestion,
    /// A question with no lettered choices.
    NoChoices,
    /// A question that ends without its `ANSWER:` line.
    NoAnswerLine,
    /// An `ANSWER:` naming no choice; holds what it said.
    AnswerNotAChoice(String),
    /// Choices out of alphabetical order.
    OutOfOrder {
        /// The letter that should have come next.
        expected: char,
        /// The letter that came.
        found: char,
    },
}

impl fmt::Display for AikenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ChoiceBeforeQuestion => f.write_str("a choice with no question text before it"),
            Self::AnswerBeforeQuestion => f.write_str("an ANSWER: line with no question before it"),
            Self::NoChoices => f.write_str("a question with no lettered choices (A. or A))"),
            Self::NoAnswerLine => f.write_str("the question has no ANSWER: line"),
            Self::AnswerNotAChoice(a) => write!(f, "ANSWER: {a} names no choice of this question"),
            Self::OutOfOrder { expected, found } => {
                write!(f, "choice {found} where {expected} was expected")
            }
        }
    }
}

impl std::error::Error for AikenError {}

impl From<AikenError> for Issue {
    fn from(e: AikenError) -> Self {
        Issue::Malformed(Box::new(e))
    }
}

/// A question being read: where it started, its text and its choices so far.
#[derive(Default)]
struct Pending {
    line: usize,
    prompt: Vec<String>,
    choices: Vec<String>,
}

/// Reads Aiken text; every question goes to `topic`.
pub fn import(aiken: &str, lang: &str, topic: &Topic) -> Imported {
    let mut out = Imported::default();
    let mut pending: Option<Pending> = None;
    let mut index = 0;
    // After a reported error, the rest of that question is passed over up to its ANSWER:
    // line or a blank line, so one mistake is reported once.
    let mut skipping = false;
    for (i, raw) in aiken.lines().enumerate() {
        let (number, line) = (i + 1, raw.trim_start_matches('\u{feff}').trim());
        if line.is_empty() {
            skipping = false;
            continue;
        }
        let answer_line = line.strip_prefix("ANSWER:").map(str::trim);
        if skipping {
            skipping = answer_line.is_none();
            continue;
        }
        if let Some(answer) = answer_line {
            index += 1;
            let Some(p) = pending.take().filter(|p| !p.prompt.is_empty()) else {
                out.issues
                    .push((number, AikenError::AnswerBeforeQuestion.into()));
                continue;
            };
            match finish(p, answer, index, lang, &topic.id, &out) {
                Ok((located, notes)) => {
                    out.notes
                        .extend(notes.into_iter().map(|n| (located.line, n)));
                    out.questions.push(located);
                }
                Err((line, e)) => out.issues.push((line, e.into())),
            }
            continue;
        }
        let p = pending.get_or_insert_with(|| Pending {
            line: number,
            ..Pending::default()
        });
        match choice(line) {
            Some((letter, text)) if !p.prompt.is_empty() => {
                let expected = (b'A' + p.choices.len() as u8) as char;
                if letter != expected {
                    out.issues.push((
                        number,
                        AikenError::OutOfOrder {
                            expected,
                            found: letter,
                        }
                        .into(),
                    ));
                    (pending, skipping) = (None, true);
                    continue;
                }
                p.choices.push(text.to_string());
            }
            Some(_) => {
                out.issues
                    .push((number, AikenError::ChoiceBeforeQuestion.into()));
                (pending, skipping) = (None, true);
            }
            None if !p.choices.is_empty() => {
                // A question line after choices: the previous question never got its answer.
                out.issues.push((p.line, AikenError::NoAnswerLine.into()));
                pending = Some(Pending {
                    line: number,
                    prompt: vec![line.into()],
                    choices: vec![],
                });
            }
            None => p.prompt.push(line.to_string()),
        }
    }
    if let Some(p) = pending {
        out.issues.push((p.line, AikenError::NoAnswerLine.into()));
    }
    if !out.questions.is_empty() {
        out.topics.push(topic.clone());
    }
    out
}

/// `A. text` or `A) text` as its letter and text.
fn choice(line: &str) -> Option<(char, &str)> {
    let mut chars = line.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    let rest = chars.as_str();
    let text = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    text.starts_with(char::is_whitespace)
        .then_some((letter, text.trim()))
}

fn finish(
    p: Pending,
    answer: &str,
    index: usize,
    lang: &str,
    topic: &str,
    out: &Imported,
) -> Result<(Located, Vec<Note>), (usize, AikenError)> {
    if p.choices.is_empty() {
        return Err((p.line, AikenError::NoChoices));
    }
    let right = answer
        .chars()
        .next()
        .filter(|_| answer.chars().count() == 1)
        .map(|c| (c as u32).wrapping_sub('A' as u32) as usize)
        .filter(|&i| i < p.choices.len())
        .ok_or_else(|| (p.line, AikenError::AnswerNotAChoice(answer.into())))?;
    let choices = p
        .choices
        .into_iter()
        .enumerate()
        .map(|(i, text)| Choice {
            text: literal(&text, Field::Choice),
            correct: i == right,
            feedback: None,
            image: None,
        })
        .collect();
    let kind = Kind::Single { choices };
    let (id, renamed) = unique_id(None, index, &out.questions);
    let mut notes = vec![Note::StatedAnswer];
    notes.extend(renamed);
    let question = Question {
        id,
        topic: topic.into(),
        source: None,
        prompt: literal(&p.prompt.join(" "), Field::Prompt),
        image: None,
        explanation: stated_answer(&kind, lang),
        kind,
    };
    Ok((
        Located {
            line: p.line,
            question,
        },
        notes,
    ))
}

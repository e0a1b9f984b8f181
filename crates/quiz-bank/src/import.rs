//! What an importer reports: the questions it read, each with its line, and every
//! question or part of one that it could not keep, with the reason.

use crate::gift::SyntaxError;
use quiz_core::bank::{Kind, Problem, Question, Topic};
use std::fmt;

/// Questions read from a file, in file order, with what went wrong on the way.
#[derive(Debug, Default)]
pub struct Imported {
    pub topics: Vec<Topic>,
    pub questions: Vec<Located>,
    pub issues: Vec<(usize, Issue)>,
    pub notes: Vec<(usize, Note)>,
}

/// A question and the line it starts on.
#[derive(Debug)]
pub struct Located {
    pub line: usize,
    pub question: Question,
}

/// Something not imported: a whole question (syntax, type, reader's limits) or a part of one.
#[derive(Debug)]
pub enum Issue {
    Syntax(SyntaxError),
    Aiken(crate::aiken::AikenError),
    Unsupported(Unsupported),
    Dropped(Dropped),
    Refused(Problem),
}

/// GIFT question forms our four types cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsupported {
    Numeric,
    ShortAnswer,
    Essay,
    MissingWord,
    Description,
    MatchDistractor,
    SeveralRight(usize),
    NoRight,
}

/// Parts of a kept question that have no place in our format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    TrueFalseFeedback,
    PartialCredit(String),
}

/// Information, not loss: the output holds everything the input did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    StatedAnswer,
    Renamed { from: String, to: String },
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(e) => write!(f, "question skipped: syntax error: {e}"),
            Self::Aiken(e) => write!(f, "question skipped: {e}"),
            Self::Unsupported(u) => write!(f, "question skipped: {u}"),
            Self::Dropped(d) => write!(f, "question kept, but {d}"),
            Self::Refused(p) => write!(f, "question skipped: field \"{}\" {}", p.field, p.kind),
        }
    }
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Numeric => f.write_str("numeric questions ({#…}) have no counterpart here"),
            Self::ShortAnswer => f.write_str("short-answer questions (only = answers) have no counterpart here"),
            Self::Essay => f.write_str("essay questions ({}) have no counterpart here"),
            Self::MissingWord => f.write_str("missing-word questions (text after }) have no counterpart here"),
            Self::Description => f.write_str("a description (no answer block) is not a question"),
            Self::MatchDistractor => f.write_str("a matching answer with no statement (= -> x) has no counterpart in a categorise question"),
            Self::SeveralRight(n) => write!(f, "{n} answers are marked =; a single-choice question needs exactly one (use %weights% for several)"),
            Self::NoRight => f.write_str("no answer is marked right (= or a positive %weight%)"),
        }
    }
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TrueFalseFeedback => f.write_str("its true/false answer feedback (#…) was dropped: put it in the general feedback (####…)"),
            Self::PartialCredit(t) => write!(f, "the partial credit on \"{t}\" was dropped: it counts as wrong (our questions are all or nothing)"),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StatedAnswer => f.write_str(
                "no explanation given (GIFT's ####…), so the one written only states the answer",
            ),
            Self::Renamed { from, to } => {
                write!(f, "id \"{from}\" was taken, so this question is \"{to}\"")
            }
        }
    }
}

/// An explanation for a question that came without one: the answer, in the bank's language.
pub fn stated_answer(kind: &Kind, lang: &str) -> String {
    let es = lang.starts_with("es");
    let right = |choices: &[quiz_core::bank::Choice]| {
        choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    match kind {
        Kind::Single { choices } if es => format!("La respuesta correcta es: {}.", right(choices)),
        Kind::Single { choices } => format!("The right answer is: {}.", right(choices)),
        Kind::Multiple { choices } if es => {
            format!("Las respuestas correctas son: {}.", right(choices))
        }
        Kind::Multiple { choices } => format!("The right answers are: {}.", right(choices)),
        Kind::TrueFalse { answer } => match (es, answer) {
            (true, true) => "La afirmación es verdadera.".into(),
            (true, false) => "La afirmación es falsa.".into(),
            (false, true) => "The statement is true.".into(),
            (false, false) => "The statement is false.".into(),
        },
        Kind::Categorise { buckets, items } => buckets
            .iter()
            .enumerate()
            .map(|(b, name)| {
                let members: Vec<&str> = items
                    .iter()
                    .filter(|i| i.bucket == b)
                    .map(|i| i.text.as_str())
                    .collect();
                format!("{name}: {}.", members.join("; "))
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// A unique id for a question: `wanted` made an id, else `q-N`; a taken id gets `-2`, `-3`…
pub fn unique_id(wanted: Option<&str>, index: usize, taken: &[Located]) -> (String, Option<Note>) {
    let base = wanted
        .map(crate::text::slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("q-{index}"));
    let used = |id: &str| taken.iter().any(|l| l.question.id == id);
    if !used(&base) {
        return (base, None);
    }
    let id = (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !used(id))
        .unwrap_or_default();
    let note = Note::Renamed {
        from: base,
        to: id.clone(),
    };
    (id, Some(note))
}

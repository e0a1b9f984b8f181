//! One marked answer as a learning record sees it: the interaction's type, and the
//! learner's and the right response as short option ids. SCORM interactions and xAPI
//! statements both write these ids, each with its own separators.

use super::bank::{Kind, Question};
use super::scoring::{correct_choices, Response, FULL};

/// A question as asked and the learner's response to it, with the mark it earned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The question as the bank had it.
    pub question: Question,
    /// What the learner picked or placed.
    pub response: Response,
    /// The mark in milli-points, `FULL` for a full mark.
    pub milli: u32,
}

/// The interaction types of SCORM and xAPI that the bank's question types map onto.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InteractionType {
    /// Single and multiple choice.
    Choice,
    /// A statement judged true or false.
    TrueFalse,
    /// Statements (sources) sorted into groups (targets).
    Matching,
}

impl InteractionType {
    /// The name both standards use, such as `true-false`.
    pub fn name(self) -> &'static str {
        match self {
            InteractionType::Choice => "choice",
            InteractionType::TrueFalse => "true-false",
            InteractionType::Matching => "matching",
        }
    }
}

/// One part of a response: a choice's id, a truth value, or a statement placed in a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// A choice's id, such as `b`.
    Choice(&'static str),
    /// The truth value picked or expected.
    Truth(bool),
    /// A statement's id and the group's id, such as `c` and `2`.
    Pair(&'static str, &'static str),
}

/// Option ids; the bank allows at most 8 choices and 6 statements.
const CHOICE_IDS: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];
/// Group ids; the bank allows at most 3 groups.
const GROUP_IDS: [&str; 9] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

// Ids are whole static strings, not chars: building text from chars pulled char encoding
// into the main module, which shares it (see `src/lms/mod.rs`).
/// The id of the option at original index `i`: `a`, `b`, …
pub fn choice_id(i: usize) -> &'static str {
    CHOICE_IDS.get(i).copied().unwrap_or("z")
}

/// The id of the group at original index `i`: `1`, `2`, …
pub fn group_id(i: usize) -> &'static str {
    GROUP_IDS.get(i).copied().unwrap_or("0")
}

impl Answer {
    /// The interaction type the question maps onto.
    pub fn interaction_type(&self) -> InteractionType {
        match self.question.kind {
            Kind::Single { .. } | Kind::Multiple { .. } => InteractionType::Choice,
            Kind::TrueFalse { .. } => InteractionType::TrueFalse,
            Kind::Categorise { .. } => InteractionType::Matching,
        }
    }

    /// Whether the mark was full; a partly right sorting question is not correct.
    pub fn correct(&self) -> bool {
        self.milli >= FULL
    }

    /// The learner's response as parts, in original option order.
    pub fn learner(&self) -> Vec<Part> {
        match (&self.question.kind, &self.response) {
            (Kind::TrueFalse { .. }, Response::Choices(picked)) => {
                picked.iter().map(|&i| Part::Truth(i == 0)).collect()
            }
            (kind, Response::Choices(picked)) => (0..kind.option_count())
                .filter(|i| picked.contains(i))
                .map(|i| Part::Choice(choice_id(i)))
                .collect(),
            (_, Response::Buckets(placed)) => placed
                .iter()
                .enumerate()
                .filter_map(|(i, b)| b.map(|b| Part::Pair(choice_id(i), group_id(b))))
                .collect(),
        }
    }

    /// The fully right response as parts.
    pub fn expected(&self) -> Vec<Part> {
        match &self.question.kind {
            Kind::TrueFalse { answer } => vec![Part::Truth(*answer)],
            Kind::Categorise { items, .. } => items
                .iter()
                .enumerate()
                .map(|(i, item)| Part::Pair(choice_id(i), group_id(item.bucket)))
                .collect(),
            kind => correct_choices(kind)
                .into_iter()
                .map(|i| Part::Choice(choice_id(i)))
                .collect(),
        }
    }
}

/// Writes `parts` with the separators of a standard: `truth` spells true and false,
/// `pair` goes between a statement and its group, `list` between parts.
pub fn pattern(parts: &[Part], truth: [&str; 2], pair: &str, list: &str) -> String {
    let words: Vec<String> = parts
        .iter()
        .map(|part| match part {
            Part::Choice(c) => c.to_string(),
            Part::Truth(t) => truth[usize::from(!t)].to_string(),
            Part::Pair(s, g) => format!("{s}{pair}{g}"),
        })
        .collect();
    words.join(list)
}

//! Marking one response, and adding marks up into scores.

use super::bank::{Kind, Question};

/// One question is worth `FULL` milli-points; categorise questions earn a share of it.
pub const FULL: u32 = 1000;

/// What the learner gave: the original indices of the chosen options, or, for a
/// categorise question, the bucket chosen for each statement (by original index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// The original indices of the options picked: one for single and true/false questions.
    Choices(Vec<usize>),
    /// For each statement by original index, the group placed in, or `None` if not yet placed.
    Buckets(Vec<Option<usize>>),
}

impl Response {
    /// True when the learner has given enough to be marked.
    pub fn is_complete(&self, kind: &Kind) -> bool {
        match (self, kind) {
            (Response::Choices(picked), Kind::Single { .. } | Kind::TrueFalse { .. }) => {
                picked.len() == 1
            }
            (Response::Choices(picked), Kind::Multiple { .. }) => !picked.is_empty(),
            (Response::Buckets(placed), Kind::Categorise { items, .. }) => {
                placed.len() == items.len() && placed.iter().all(Option::is_some)
            }
            _ => false,
        }
    }

    /// Whether the option at original `index` was picked.
    pub fn has_choice(&self, index: usize) -> bool {
        matches!(self, Response::Choices(picked) if picked.contains(&index))
    }

    /// The group the statement at original index `item` was placed in, if any.
    pub fn bucket_of(&self, item: usize) -> Option<usize> {
        match self {
            Response::Buckets(placed) => placed.get(item).copied().flatten(),
            Response::Choices(_) => None,
        }
    }
}

/// The original indices of the options that make up the right answer. True/false
/// questions present "True" as option 0 and "False" as option 1.
pub fn correct_choices(kind: &Kind) -> Vec<usize> {
    match kind {
        Kind::Single { choices } | Kind::Multiple { choices } => choices
            .iter()
            .enumerate()
            .filter(|(_, c)| c.correct)
            .map(|(i, _)| i)
            .collect(),
        Kind::TrueFalse { answer } => vec![usize::from(!answer)],
        Kind::Categorise { .. } => Vec::new(),
    }
}

/// How many statements of a categorise question sit in their right bucket.
pub fn placed_right(question: &Question, response: &Response) -> usize {
    match (&question.kind, response) {
        (Kind::Categorise { items, .. }, Response::Buckets(placed)) => items
            .iter()
            .zip(placed)
            .filter(|(item, slot)| **slot == Some(item.bucket))
            .count(),
        _ => 0,
    }
}

/// Milli-points earned: all-or-nothing for choices, share placed right for categorise.
pub fn mark(question: &Question, response: &Response) -> u32 {
    match (&question.kind, response) {
        (Kind::Categorise { items, .. }, Response::Buckets(_)) => {
            let right = placed_right(question, response) as u32;
            right * FULL / (items.len() as u32).max(1)
        }
        (kind, Response::Choices(picked)) => {
            let mut picked = picked.clone();
            picked.sort_unstable();
            picked.dedup();
            if picked == correct_choices(kind) {
                FULL
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// How a mark reads to the learner, for the badge and the colour it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A full mark.
    Correct,
    /// Some credit: only a sorting question can earn it.
    Partial,
    /// No credit.
    Incorrect,
}

impl Outcome {
    /// The outcome of a mark in milli-points.
    pub fn of(milli: u32) -> Self {
        match milli {
            FULL.. => Outcome::Correct,
            0 => Outcome::Incorrect,
            _ => Outcome::Partial,
        }
    }
}

/// A score as milli-points earned out of a number of questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Thousandths of a point earned: `FULL` (1000) for each question fully right.
    pub earned: u32,
    /// How many questions were asked: a count of questions, not thousandths.
    pub possible: u32,
}

impl Score {
    /// Counts one more question, earning `milli` milli-points.
    pub fn add(&mut self, milli: u32) {
        self.earned += milli;
        self.possible += 1;
    }

    /// Whole percent, rounded down so that a score shown as 70 % always reaches a 70 % mark.
    pub fn percent(self) -> u32 {
        if self.possible == 0 {
            return 0;
        }
        (u64::from(self.earned) * 100 / (u64::from(self.possible) * u64::from(FULL))) as u32
    }

    /// Whether it reaches `pass_mark` percent, in exact integers; an empty score never passes.
    pub fn passes(self, pass_mark: u32) -> bool {
        self.possible > 0
            && u64::from(self.earned) * 100
                >= u64::from(pass_mark) * u64::from(self.possible) * u64::from(FULL)
    }

    /// Points as text, with one decimal only when partial credit leaves one: "7" or "7.5".
    pub fn points_text(self) -> String {
        points_text(self.earned)
    }

    /// Orders scores by their fraction, without floating point.
    pub fn beats(self, other: Score) -> bool {
        u64::from(self.earned) * u64::from(other.possible.max(1))
            > u64::from(other.earned) * u64::from(self.possible.max(1))
    }
}

/// Milli-points as points, with one decimal only when needed: "7" or "7.5".
pub fn points_text(milli: u32) -> String {
    let whole = milli / FULL;
    let tenths = milli % FULL / 100;
    if tenths == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{tenths}")
    }
}

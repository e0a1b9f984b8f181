//! What the learner knows, question by question: recent marks, a Leitner box for
//! spaced review, and whether a question sits in "my mistakes".
//!
//! The rules, as documented in docs/PRODUCT.md:
//! - A question enters box 1 the first time it is answered. A full mark moves it up a
//!   box (at most box 5); anything less sends it back to box 1. It is next due after
//!   1, 2, 4, 8 or 16 days for boxes 1 to 5.
//! - A question joins "my mistakes" when answered wrong, and leaves after two full marks
//!   in a row.
//! - A topic's mastery is the mean of the last three marks of each question answered
//!   in it. "Strong" needs 80 % and half the topic's questions answered; "Getting
//!   there" needs 50 %; below that it is "Needs work"; with no answers, "Not started".

use super::bank::Bank;
use super::scoring::FULL;
use std::collections::BTreeMap;

/// How many Leitner boxes there are; the last has the longest interval.
pub const BOXES: u8 = 5;
/// How many of a question's latest marks count towards mastery.
pub const RECENT: usize = 3;

/// Days until a question in box `b` (1-based) is due again.
pub fn interval(b: u8) -> i64 {
    1 << (b.clamp(1, BOXES) - 1)
}

/// What the learner has done with one question, across all attempts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionRecord {
    /// How many times it has been answered.
    pub answered: u32,
    /// How many of those answers earned a full mark.
    pub right: u32,
    /// Full marks in a row, most recent last.
    pub streak: u32,
    /// Whether it sits in "my mistakes".
    pub missed: bool,
    /// The last `RECENT` marks in milli-points, oldest first.
    pub recent: Vec<u32>,
    /// Its Leitner box, 1 to `BOXES`, which sets when it is next due.
    pub leitner_box: u8,
    /// Local day number (days since 1970-01-01 in the learner's time zone).
    pub due_day: i64,
    /// When last answered, in ms since the Unix epoch; a merge keeps the newer record.
    pub last_answered: u64,
}

impl QuestionRecord {
    /// A question never answered: box 1, not due, not a mistake.
    pub fn new() -> Self {
        QuestionRecord {
            answered: 0,
            right: 0,
            streak: 0,
            missed: false,
            recent: Vec::new(),
            leitner_box: 1,
            due_day: 0,
            last_answered: 0,
        }
    }

    /// Records one answer given on `today` at `now` (ms).
    pub fn record(&mut self, milli: u32, today: i64, now: u64) {
        let full = milli >= FULL;
        self.answered += 1;
        self.last_answered = now;
        self.recent.push(milli.min(FULL));
        let excess = self.recent.len().saturating_sub(RECENT);
        self.recent.drain(..excess);
        if full {
            self.right += 1;
            self.streak += 1;
            if self.answered > 1 {
                self.leitner_box = (self.leitner_box + 1).min(BOXES);
            }
            if self.streak >= 2 {
                self.missed = false;
            }
        } else {
            self.streak = 0;
            self.missed = true;
            self.leitner_box = 1;
        }
        self.due_day = today + interval(self.leitner_box);
    }

    /// Whether it has been answered and is due for spaced review by local day `today`.
    pub fn is_due(&self, today: i64) -> bool {
        self.answered > 0 && self.due_day <= today
    }
}

impl Default for QuestionRecord {
    fn default() -> Self {
        Self::new()
    }
}

/// A topic's mastery in words, so the learner need not read a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// No question in the topic has been answered.
    NotStarted,
    /// Below 50 % of recent marks.
    NeedsWork,
    /// At least 50 %, but not yet strong.
    GettingThere,
    /// At least 80 %, with half the topic's questions answered.
    Strong,
}

/// How well the learner knows one topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicMastery {
    /// The topic's id.
    pub topic: String,
    /// Mean of recent marks, 0 to 100.
    pub percent: u32,
    /// How many of its questions have been answered at least once.
    pub answered: usize,
    /// How many questions the topic has in the bank.
    pub total: usize,
    /// The level `percent` and `answered` earn.
    pub level: Level,
}

/// Mastery of every topic in `bank`, in bank order.
pub fn by_topic(bank: &Bank, records: &BTreeMap<String, QuestionRecord>) -> Vec<TopicMastery> {
    bank.topics
        .iter()
        .map(|topic| {
            let questions: Vec<_> = bank
                .questions
                .iter()
                .filter(|q| q.topic == topic.id)
                .collect();
            let marks: Vec<u32> = questions
                .iter()
                .filter_map(|q| records.get(&q.id))
                .flat_map(|r| r.recent.iter().copied())
                .collect();
            let answered = questions
                .iter()
                .filter(|q| records.get(&q.id).is_some_and(|r| r.answered > 0))
                .count();
            let percent = if marks.is_empty() {
                0
            } else {
                (marks.iter().map(|&m| u64::from(m)).sum::<u64>() * 100
                    / (marks.len() as u64 * u64::from(FULL))) as u32
            };
            let level = match (answered, percent) {
                (0, _) => Level::NotStarted,
                (n, p) if p >= 80 && n * 2 >= questions.len() => Level::Strong,
                (_, p) if p >= 50 => Level::GettingThere,
                _ => Level::NeedsWork,
            };
            TopicMastery {
                topic: topic.id.clone(),
                percent,
                answered,
                total: questions.len(),
                level,
            }
        })
        .collect()
}

/// Ids of the bank's questions in "my mistakes", in bank order.
pub fn mistakes(bank: &Bank, records: &BTreeMap<String, QuestionRecord>) -> Vec<String> {
    bank.questions
        .iter()
        .filter(|q| records.get(&q.id).is_some_and(|r| r.missed))
        .map(|q| q.id.clone())
        .collect()
}

/// Ids of the bank's questions due for spaced review on `today`, in bank order.
pub fn due(bank: &Bank, records: &BTreeMap<String, QuestionRecord>, today: i64) -> Vec<String> {
    bank.questions
        .iter()
        .filter(|q| records.get(&q.id).is_some_and(|r| r.is_due(today)))
        .map(|q| q.id.clone())
        .collect()
}

/// The topic with the lowest mastery among those started, else the first not started.
pub fn weakest(mastery: &[TopicMastery]) -> Option<&TopicMastery> {
    mastery
        .iter()
        .filter(|m| m.level != Level::NotStarted)
        .min_by_key(|m| m.percent)
        .or_else(|| mastery.first())
}

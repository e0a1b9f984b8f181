//! One attempt at the quiz as a state machine: answering, feedback, finished.

use super::bank::{Bank, Kind, Question};
use super::mode::Mode;
use super::scoring::{mark, Response, Score};

/// Where the current question of an attempt stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for the learner's answer.
    Answering,
    /// Checked, with feedback shown until the learner moves on.
    Feedback,
    /// Every question done, or the time ran out: the results are due.
    Finished,
}

/// One question as placed in this attempt: `order` lists original option indices in
/// the order they are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptItem {
    /// The question's id.
    pub question: String,
    /// Original option indices in the order shown.
    pub order: Vec<usize>,
    /// The learner's answer, once checked.
    pub response: Option<Response>,
}

/// One run through a set of questions, from the first to the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// The random seed that drew and shuffled it; also its identity in history.
    pub seed: u64,
    /// The mode it runs in.
    pub mode: Mode,
    /// The questions drawn, in the order asked.
    pub items: Vec<AttemptItem>,
    /// The index in `items` of the current question, counted from 0.
    pub position: usize,
    /// Where the current question stands.
    pub phase: Phase,
    /// Time spent with the quiz in view, in ms; an exam's clock runs on this.
    pub elapsed_ms: u64,
    /// An exam's time limit in milliseconds; `None` for no clock.
    pub limit_ms: Option<u64>,
}

/// Why an attempt refused a step; `Display` words it for the console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// An answer came when no question was waiting for one.
    NotAnswering,
    /// Moving on was asked before the current question was checked.
    NotInFeedback,
    /// The answer does not yet say enough to be marked.
    Incomplete,
    /// The attempt names this question id, which the bank no longer has.
    UnknownQuestion(String),
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SessionError::NotAnswering => f.write_str("no question is waiting for an answer"),
            SessionError::NotInFeedback => f.write_str("the question has not been checked yet"),
            SessionError::Incomplete => f.write_str("the answer is incomplete"),
            SessionError::UnknownQuestion(id) => write!(f, "question {id} is not in the bank"),
        }
    }
}

impl std::error::Error for SessionError {}

/// Shuffles with the crate's PRNG, drawing `u32`s so that a seed gives the same order
/// on 32-bit wasm and on a 64-bit host (fastrand's `shuffle` draws `usize`).
fn shuffle<T>(rng: &mut fastrand::Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = rng.u32(..=i as u32) as usize;
        items.swap(i, j);
    }
}

/// What a new attempt draws from the bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// How many questions; `None` takes every eligible one.
    pub count: Option<usize>,
    /// Topic ids to draw from; empty means all.
    pub topics: Vec<String>,
    /// When set, only these question ids (a mistakes or spaced-review run).
    pub only: Option<Vec<String>>,
    /// Whether questions and options are shuffled; off keeps bank order.
    pub shuffle: bool,
    /// The mode the attempt runs in.
    pub mode: Mode,
    /// An exam's time limit in milliseconds; `None` for no clock.
    pub limit_ms: Option<u64>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            count: Some(DEFAULT_COUNT),
            topics: Vec::new(),
            only: None,
            shuffle: true,
            mode: Mode::Practice,
            limit_ms: None,
        }
    }
}

impl Plan {
    fn wants(&self, q: &Question) -> bool {
        (self.topics.is_empty() || self.topics.contains(&q.topic))
            && self.only.as_ref().is_none_or(|ids| ids.contains(&q.id))
    }

    /// How many questions an attempt under this plan will hold.
    pub fn run_length(&self, bank: &Bank) -> usize {
        let eligible = bank.questions.iter().filter(|q| self.wants(q)).count();
        self.count.unwrap_or(eligible).min(eligible)
    }
}

/// A run a learner can finish on a phone in a few minutes: three questions per topic.
pub const DEFAULT_COUNT: usize = 12;

/// Picks `count` questions spread as evenly as the pools allow across the topics.
/// Without shuffling, each topic gives its first questions and bank order is kept.
fn draw<'b>(bank: &'b Bank, plan: &Plan, rng: &mut fastrand::Rng) -> Vec<&'b Question> {
    let mut pools: Vec<Vec<&Question>> = bank
        .topics
        .iter()
        .map(|t| {
            bank.questions
                .iter()
                .filter(|q| q.topic == t.id && plan.wants(q))
                .collect()
        })
        .filter(|pool: &Vec<&Question>| !pool.is_empty())
        .collect();
    if plan.shuffle {
        pools.iter_mut().for_each(|pool| shuffle(rng, pool));
        shuffle(rng, &mut pools);
    }
    let count = plan.run_length(bank);
    let mut picked = Vec::with_capacity(count);
    let mut round = 0;
    while picked.len() < count {
        for pool in &pools {
            if let Some(q) = pool.get(round) {
                if picked.len() < count {
                    picked.push(*q);
                }
            }
        }
        round += 1;
    }
    if plan.shuffle {
        shuffle(rng, &mut picked);
    } else {
        picked.sort_by_key(|q| bank.questions.iter().position(|b| b.id == q.id));
    }
    picked
}

impl Attempt {
    /// Draws questions by `plan` and lays them out, shuffled by `seed` when the plan
    /// says so. True/false options keep their conventional order.
    pub fn new(bank: &Bank, seed: u64, plan: &Plan) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let items: Vec<AttemptItem> = draw(bank, plan, &mut rng)
            .into_iter()
            .map(|q| {
                let mut order: Vec<usize> = (0..q.kind.option_count()).collect();
                if plan.shuffle && !matches!(q.kind, Kind::TrueFalse { .. }) {
                    shuffle(&mut rng, &mut order);
                }
                AttemptItem {
                    question: q.id.clone(),
                    order,
                    response: None,
                }
            })
            .collect();
        let questions_empty = items.is_empty();
        Attempt {
            seed,
            mode: plan.mode,
            items,
            position: 0,
            phase: if questions_empty {
                Phase::Finished
            } else {
                Phase::Answering
            },
            elapsed_ms: 0,
            limit_ms: plan.limit_ms,
        }
    }

    /// The question being asked, or `None` once finished.
    pub fn current(&self) -> Option<&AttemptItem> {
        match self.phase {
            Phase::Finished => None,
            _ => self.items.get(self.position),
        }
    }

    /// Whether the current question is the last one.
    pub fn is_last(&self) -> bool {
        self.position + 1 >= self.items.len()
    }

    /// Records the response to the current question and returns its mark. Practice
    /// shows feedback next; an exam moves straight on.
    pub fn answer(&mut self, bank: &Bank, response: Response) -> Result<u32, SessionError> {
        if self.phase != Phase::Answering {
            return Err(SessionError::NotAnswering);
        }
        let item = self
            .items
            .get_mut(self.position)
            .ok_or(SessionError::NotAnswering)?;
        let question = bank
            .question(&item.question)
            .ok_or_else(|| SessionError::UnknownQuestion(item.question.clone()))?;
        if !response.is_complete(&question.kind) {
            return Err(SessionError::Incomplete);
        }
        let milli = mark(question, &response);
        item.response = Some(response);
        self.phase = Phase::Feedback;
        if !self.mode.gives_feedback() {
            self.advance()?;
        }
        Ok(milli)
    }

    /// Ends the attempt now, as when an exam's time runs out: unanswered questions
    /// stay unanswered and score zero.
    pub fn finish_now(&mut self) {
        self.phase = Phase::Finished;
    }

    /// Adds time spent; returns true when this runs out an exam's time limit.
    pub fn tick(&mut self, ms: u64) -> bool {
        if self.phase == Phase::Finished {
            return false;
        }
        self.elapsed_ms += ms;
        let out = self.limit_ms.is_some_and(|limit| self.elapsed_ms >= limit);
        if out {
            self.finish_now();
        }
        out
    }

    /// Time left on an exam's clock in milliseconds, or `None` without a limit.
    pub fn remaining_ms(&self) -> Option<u64> {
        self.limit_ms
            .map(|limit| limit.saturating_sub(self.elapsed_ms))
    }

    /// Fits a saved attempt to the bank as it is now: questions that have gone are
    /// dropped, and one whose options changed is asked afresh. Returns the dropped ids.
    pub fn fit_to(&mut self, bank: &Bank) -> Vec<String> {
        let mut dropped = Vec::new();
        let mut position = self.position;
        let mut current_dropped = false;
        let mut kept = Vec::with_capacity(self.items.len());
        for (i, mut item) in std::mem::take(&mut self.items).into_iter().enumerate() {
            let Some(question) = bank.question(&item.question) else {
                dropped.push(item.question);
                if i < self.position {
                    position -= 1;
                }
                current_dropped |= i == self.position;
                continue;
            };
            let count = question.kind.option_count();
            let mut sorted = item.order.clone();
            sorted.sort_unstable();
            if sorted != (0..count).collect::<Vec<_>>() {
                item.order = (0..count).collect();
                item.response = None;
            }
            kept.push(item);
        }
        self.items = kept;
        self.position = position;
        if self.phase == Phase::Finished {
            return dropped;
        }
        match self.items.get(self.position) {
            None => {
                self.position = self.items.len().saturating_sub(1);
                self.phase = Phase::Finished;
            }
            Some(item) if current_dropped || item.response.is_none() => {
                self.phase = Phase::Answering
            }
            Some(_) => {}
        }
        dropped
    }

    /// Moves on from feedback to the next question, or finishes after the last.
    pub fn advance(&mut self) -> Result<(), SessionError> {
        if self.phase != Phase::Feedback {
            return Err(SessionError::NotInFeedback);
        }
        if self.is_last() {
            self.phase = Phase::Finished;
        } else {
            self.position += 1;
            self.phase = Phase::Answering;
        }
        Ok(())
    }

    /// Milli-points for one item, or `None` when unanswered or no longer in the bank.
    pub fn item_mark(&self, bank: &Bank, item: &AttemptItem) -> Option<u32> {
        let question = bank.question(&item.question)?;
        item.response.as_ref().map(|r| mark(question, r))
    }

    /// The overall score and one per topic, topics in bank order. Questions missing
    /// from the bank are left out; unanswered ones count as zero.
    pub fn summary(&self, bank: &Bank) -> Summary {
        let mut total = Score::default();
        let mut topics: Vec<(String, Score)> = Vec::new();
        for item in &self.items {
            let Some(question) = bank.question(&item.question) else {
                continue;
            };
            let milli = self.item_mark(bank, item).unwrap_or(0);
            total.add(milli);
            match topics.iter_mut().find(|(t, _)| *t == question.topic) {
                Some((_, score)) => score.add(milli),
                None => {
                    let mut score = Score::default();
                    score.add(milli);
                    topics.push((question.topic.clone(), score));
                }
            }
        }
        let rank = |id: &str| {
            bank.topics
                .iter()
                .position(|t| t.id == id)
                .unwrap_or(usize::MAX)
        };
        topics.sort_by_key(|(t, _)| rank(t));
        Summary { total, topics }
    }
}

/// An attempt's marks added up, overall and by topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The overall score.
    pub total: Score,
    /// Each topic's id and score, in bank order.
    pub topics: Vec<(String, Score)>,
}

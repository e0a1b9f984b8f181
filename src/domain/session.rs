//! One attempt at the quiz as a state machine: answering, feedback, finished.

use super::bank::{Bank, Kind, Question};
use super::scoring::{mark, Response, Score};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Answering,
    Feedback,
    Finished,
}

/// One question as placed in this attempt: `order` lists original option indices in
/// the order they are shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptItem {
    pub question: String,
    pub order: Vec<usize>,
    pub response: Option<Response>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub seed: u64,
    pub items: Vec<AttemptItem>,
    pub position: usize,
    pub phase: Phase,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    NotAnswering,
    NotInFeedback,
    Incomplete,
    UnknownQuestion(String),
}

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
    pub shuffle: bool,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            count: Some(DEFAULT_COUNT),
            topics: Vec::new(),
            shuffle: true,
        }
    }
}

impl Plan {
    fn wants(&self, topic: &str) -> bool {
        self.topics.is_empty() || self.topics.iter().any(|t| t == topic)
    }

    /// How many questions an attempt under this plan will hold.
    pub fn run_length(&self, bank: &Bank) -> usize {
        let eligible = bank
            .questions
            .iter()
            .filter(|q| self.wants(&q.topic))
            .count();
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
        .filter(|t| plan.wants(&t.id))
        .map(|t| bank.questions.iter().filter(|q| q.topic == t.id).collect())
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
        let items = draw(bank, plan, &mut rng)
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
        Attempt {
            seed,
            items,
            position: 0,
            phase: Phase::Answering,
        }
    }

    pub fn current(&self) -> Option<&AttemptItem> {
        match self.phase {
            Phase::Finished => None,
            _ => self.items.get(self.position),
        }
    }

    pub fn is_last(&self) -> bool {
        self.position + 1 >= self.items.len()
    }

    /// Records the response to the current question and returns its mark.
    pub fn check(&mut self, bank: &Bank, response: Response) -> Result<u32, SessionError> {
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
        Ok(milli)
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub total: Score,
    pub topics: Vec<(String, Score)>,
}

//! What a learner keeps between visits: finished attempts and the best score.

use super::scoring::Score;

/// Oldest attempts are dropped beyond this many.
pub const MAX_HISTORY: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinishedAttempt {
    /// Milliseconds since the Unix epoch.
    pub finished_at: u64,
    pub seed: u64,
    pub score: Score,
    pub pass_mark: u32,
    pub topics: Vec<(String, Score)>,
}

impl FinishedAttempt {
    pub fn passed(&self) -> bool {
        self.score.passes(self.pass_mark)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub best: Option<Score>,
    pub history: Vec<FinishedAttempt>,
}

impl Progress {
    pub fn record(&mut self, attempt: FinishedAttempt) {
        if self.best.is_none_or(|best| attempt.score.beats(best)) {
            self.best = Some(attempt.score);
        }
        self.history.push(attempt);
        let excess = self.history.len().saturating_sub(MAX_HISTORY);
        self.history.drain(..excess);
    }
}

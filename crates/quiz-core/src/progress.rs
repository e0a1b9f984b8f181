//! What a learner keeps between visits: finished attempts, the best score, and what
//! they know question by question.

use super::mastery::QuestionRecord;
use super::mode::Mode;
use super::scoring::Score;
use std::collections::BTreeMap;

/// Oldest attempts are dropped beyond this many.
pub const MAX_HISTORY: usize = 100;

/// One attempt as history keeps it, once it is over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinishedAttempt {
    /// Milliseconds since the Unix epoch.
    pub finished_at: u64,
    /// The attempt's seed; it also identifies the attempt when histories are merged.
    pub seed: u64,
    /// The mode it ran in; attempts are compared only with their own mode.
    pub mode: Mode,
    /// The overall score.
    pub score: Score,
    /// The pass mark in force then, in percent.
    pub pass_mark: u32,
    /// Each topic's id and score, in bank order.
    pub topics: Vec<(String, Score)>,
    /// Time spent with the quiz in view, in milliseconds.
    pub duration_ms: u64,
}

impl FinishedAttempt {
    /// Whether it reached the pass mark in force when it was taken.
    pub fn passed(&self) -> bool {
        self.score.passes(self.pass_mark)
    }
}

/// What a learner keeps for one quiz between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The best overall score so far, compared as a fraction.
    pub best: Option<Score>,
    /// Finished attempts, oldest first, at most `MAX_HISTORY`.
    pub history: Vec<FinishedAttempt>,
    /// What the learner has done with each question, by question id.
    pub questions: BTreeMap<String, QuestionRecord>,
}

impl Progress {
    /// Adds a finished attempt, once, and raises the best score if it beats it.
    pub fn record(&mut self, attempt: FinishedAttempt) {
        if self.best.is_none_or(|best| attempt.score.beats(best)) {
            self.best = Some(attempt.score);
        }
        if !self.history.iter().any(|a| a.seed == attempt.seed) {
            self.history.push(attempt);
        }
        self.trim();
    }

    /// Records one checked answer against its question.
    pub fn answered(&mut self, question: &str, milli: u32, today: i64, now: u64) {
        self.questions
            .entry(question.to_string())
            .or_default()
            .record(milli, today, now);
    }

    /// The attempt before `latest` in the same mode, so like is compared with like.
    pub fn previous_like(&self, latest: &FinishedAttempt) -> Option<&FinishedAttempt> {
        self.history
            .iter()
            .rev()
            .filter(|a| a.seed != latest.seed && a.finished_at <= latest.finished_at)
            .find(|a| a.mode == latest.mode)
    }

    /// Folds in progress kept elsewhere (another tab, an imported file): attempts are
    /// joined without duplicates, the best score is the better one, and each question
    /// keeps whichever record was answered last.
    pub fn merge(&mut self, other: &Progress) {
        for attempt in &other.history {
            if !self.history.iter().any(|a| a.seed == attempt.seed) {
                self.history.push(attempt.clone());
            }
        }
        self.history.sort_by_key(|a| a.finished_at);
        self.best = match (self.best, other.best) {
            (Some(a), Some(b)) => Some(if b.beats(a) { b } else { a }),
            (a, b) => a.or(b),
        };
        for (id, theirs) in &other.questions {
            let newer = self
                .questions
                .get(id)
                .is_none_or(|ours| theirs.last_answered > ours.last_answered);
            if newer {
                self.questions.insert(id.clone(), theirs.clone());
            }
        }
        self.trim();
    }

    fn trim(&mut self) {
        let excess = self.history.len().saturating_sub(MAX_HISTORY);
        self.history.drain(..excess);
    }
}

/// Everything saved for one quiz: kept progress plus the attempt under way, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// What is kept between attempts.
    pub progress: Progress,
    /// The attempt under way, so it can be resumed after a reload.
    pub current: Option<super::session::Attempt>,
}

/// What the start screen tells of saved progress: the record, and an attempt to resume.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Glance {
    /// The best overall score so far.
    pub best: Option<Score>,
    /// How many finished attempts are kept.
    pub attempts: usize,
    /// The question to resume at (from 1) and how many the attempt has.
    pub resume: Option<(usize, usize)>,
}

impl Glance {
    /// The glance at `progress` and the attempt under way, if it is unfinished.
    pub fn of(progress: &Progress, current: Option<&super::session::Attempt>) -> Glance {
        Glance {
            best: progress.best,
            attempts: progress.history.len(),
            resume: current
                .filter(|a| a.phase != super::session::Phase::Finished)
                .map(|a| (a.position + 1, a.items.len())),
        }
    }
}

/// How each topic's points moved since `previous`, in milli-points, for the topics both
/// attempts asked the same number of questions in; unchanged topics are left out.
pub fn topic_changes(latest: &FinishedAttempt, previous: &FinishedAttempt) -> Vec<(String, i64)> {
    latest
        .topics
        .iter()
        .filter_map(|(topic, now)| {
            let (_, before) = previous
                .topics
                .iter()
                .find(|(t, s)| t == topic && s.possible == now.possible)?;
            let delta = i64::from(now.earned) - i64::from(before.earned);
            (delta != 0).then(|| (topic.clone(), delta))
        })
        .collect()
}

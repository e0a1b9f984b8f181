//! Builders shared by the native and wasm tests, so each test states only what it is about.

#![allow(dead_code)]

use quiz_core::bank::Kind;
use quiz_core::mode::Mode;
use quiz_core::progress::FinishedAttempt;
use quiz_core::scoring::{correct_choices, Response, Score};

/// A finished practice attempt identified by `seed`, finished at `seed` ms, scoring
/// nothing of 4, with a 70% pass mark; change what a test needs with the builder methods.
pub fn finished(seed: u64) -> Finished {
    Finished(FinishedAttempt {
        finished_at: seed,
        seed,
        mode: Mode::Practice,
        score: Score {
            earned: 0,
            possible: 4,
        },
        pass_mark: 70,
        topics: Vec::new(),
        duration_ms: 0,
    })
}

/// A `FinishedAttempt` under construction.
pub struct Finished(FinishedAttempt);

impl Finished {
    /// Finished at `ms` since the epoch.
    pub fn at(mut self, ms: u64) -> Self {
        self.0.finished_at = ms;
        self
    }

    /// Taken in `mode`.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.0.mode = mode;
        self
    }

    /// Scoring `earned` thousandths of a point out of `possible` questions.
    pub fn score(mut self, earned: u32, possible: u32) -> Self {
        self.0.score = Score { earned, possible };
        self
    }

    /// With `topic` scored `earned` thousandths out of `possible` questions.
    pub fn topic(mut self, topic: &str, earned: u32, possible: u32) -> Self {
        self.0
            .topics
            .push((topic.to_string(), Score { earned, possible }));
        self
    }

    /// Having taken `ms` of attention.
    pub fn duration(mut self, ms: u64) -> Self {
        self.0.duration_ms = ms;
        self
    }

    /// The attempt.
    pub fn build(self) -> FinishedAttempt {
        self.0
    }
}

/// The right answer to a question of `kind`, or a wrong one: every statement one group
/// off, or the first option that is not correct.
pub fn response(kind: &Kind, right: bool) -> Response {
    match kind {
        Kind::Categorise { items, buckets } => Response::Buckets(
            items
                .iter()
                .map(|i| {
                    Some(if right {
                        i.bucket
                    } else {
                        (i.bucket + 1) % buckets.len()
                    })
                })
                .collect(),
        ),
        kind => {
            let correct = correct_choices(kind);
            if right {
                return Response::Choices(correct);
            }
            let wrong = (0..kind.option_count())
                .find(|i| !correct.contains(i))
                .expect("a wrong option");
            Response::Choices(vec![wrong])
        }
    }
}

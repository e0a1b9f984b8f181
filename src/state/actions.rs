//! What the learner does during an attempt: answer, move on, and the clock.

use super::Quiz;
use crate::browser;
use crate::domain::events::HostEvent;
use crate::domain::progress::FinishedAttempt;
use crate::domain::scoring::{Response, FULL};
use crate::domain::session::{Phase, SessionError};
use leptos::prelude::*;

impl Quiz {
    /// Records an answer: marks it, updates what the learner knows, and, after the
    /// last question of an exam, finishes the attempt.
    pub fn check(&self, response: Response) -> Result<u32, SessionError> {
        let bank = self.bank.get_untracked();
        let result = self
            .attempt
            .try_update(|a| {
                let a = a.as_mut().ok_or(SessionError::NotAnswering)?;
                let id = a.current().map(|i| i.question.clone()).unwrap_or_default();
                let (position, total) = (a.position + 1, a.items.len());
                a.answer(&bank, response)
                    .map(|milli| (id, milli, position, total))
            })
            .unwrap_or(Err(SessionError::NotAnswering));
        let (id, milli, position, total) = result?;
        self.progress
            .update(|p| p.answered(&id, milli, browser::today(), browser::now_ms()));
        let topic = bank
            .question(&id)
            .map(|q| q.topic.clone())
            .unwrap_or_default();
        self.emit(HostEvent::QuestionAnswered {
            question: id,
            topic,
            correct: milli >= FULL,
            position,
            total,
        });
        self.record_if_finished();
        Ok(milli)
    }

    pub fn advance(&self) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                let _ = a.advance();
            }
        });
        self.record_if_finished();
    }

    /// Counts a second of attention; ends an exam whose time is up.
    pub fn tick(&self) {
        let mut timed_out = false;
        self.attempt.update_untracked(|a| {
            if let Some(a) = a {
                timed_out = a.tick(1000);
            }
        });
        self.clock.update(|c| *c += 1);
        if timed_out {
            self.attempt.notify();
            self.record_if_finished();
        }
    }

    pub(super) fn record_if_finished(&self) {
        let bank = self.bank.get_untracked();
        let pass_mark = self.pass_mark();
        let record = self.attempt.with_untracked(|a| {
            let a = a.as_ref().filter(|a| a.phase == Phase::Finished)?;
            let summary = a.summary(&bank);
            Some(FinishedAttempt {
                finished_at: browser::now_ms(),
                seed: a.seed,
                mode: a.mode,
                score: summary.total,
                pass_mark,
                topics: summary.topics,
                duration_ms: a.elapsed_ms,
            })
        });
        if let Some(record) = record {
            let t = self.text;
            let score = record.score;
            let verdict = if record.passed() {
                t.passed
            } else {
                t.not_passed
            };
            let line = crate::i18n::fill(
                t.score_line,
                &[
                    ("points", &score.points_text()),
                    ("total", &score.possible.to_string()),
                    ("percent", &score.percent().to_string()),
                ],
            );
            self.announcement.set(format!("{line} {verdict}."));
            self.emit(HostEvent::AttemptCompleted {
                score: record.score,
                pass_mark: record.pass_mark,
                topics: record.topics.clone(),
                duration_ms: record.duration_ms,
            });
            self.progress.update(|p| p.record(record));
        }
    }
}

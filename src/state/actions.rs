//! What the learner does with an attempt: start or resume it, answer, move on, let the
//! clock run, and leave it.

use super::{Page, Quiz};
use leptos::prelude::*;
use quiz_core::answer::Answer;
use quiz_core::events::HostEvent;
use quiz_core::progress::FinishedAttempt;
use quiz_core::scoring::{Response, FULL};
use quiz_core::session::{Attempt, Phase, Plan, SessionError};

impl Quiz {
    /// Starts a new attempt drawn by `plan`, replacing any unfinished one.
    pub(in crate::state) fn start(&self, plan: Plan) {
        let attempt = Attempt::new(&self.bank.get_untracked(), (self.services().seed)(), &plan);
        let started = HostEvent::AttemptStarted {
            mode: attempt.mode,
            questions: attempt.items.len(),
        };
        self.attempt.set(Some(attempt));
        self.page.set(Page::Quiz);
        self.emit(started);
    }

    /// Starts a new attempt in the embed's own mode.
    pub(in crate::state) fn start_new(&self) {
        self.start(self.plan());
    }

    /// Goes back into the unfinished attempt.
    pub(in crate::state) fn resume(&self) {
        self.page.set(Page::Quiz);
    }

    /// Opens the progress screen.
    pub(in crate::state) fn open_progress(&self) {
        self.page.set(Page::Progress);
    }

    /// Leaves the results (or the progress screen) for the start screen.
    pub(in crate::state) fn go_home(&self) {
        if self
            .attempt
            .with_untracked(|a| a.as_ref().is_some_and(|a| a.phase == Phase::Finished))
        {
            self.attempt.set(None);
        }
        self.page.set(Page::Home);
    }

    /// Records an answer: marks it, updates what the learner knows, and, after the
    /// last question of an exam, finishes the attempt.
    pub(in crate::state) fn check(&self, response: Response) -> Result<u32, SessionError> {
        let bank = self.bank.get_untracked();
        let result = self
            .attempt
            .try_update(|a| {
                let a = a.as_mut().ok_or(SessionError::NotAnswering)?;
                let id = a.current().map(|i| i.question.clone()).unwrap_or_default();
                let (position, total) = (a.position + 1, a.items.len());
                a.answer(&bank, response.clone())
                    .map(|milli| (id, milli, position, total, response))
            })
            .unwrap_or(Err(SessionError::NotAnswering));
        let (id, milli, position, total, response) = result?;
        let (today, now) = ((self.services().today)(), (self.services().now_ms)());
        self.progress.update(|p| p.answered(&id, milli, today, now));
        if let Some(question) = bank.question(&id) {
            self.emit(HostEvent::QuestionAnswered {
                question: id,
                topic: question.topic.clone(),
                correct: milli >= FULL,
                position,
                total,
                answer: Box::new(Answer {
                    question: question.clone(),
                    response,
                    milli,
                }),
            });
        }
        self.record_if_finished();
        Ok(milli)
    }

    /// Moves from a checked question to the next, or finishes a practice attempt.
    pub(in crate::state) fn advance(&self) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                let _ = a.advance();
            }
        });
        self.record_if_finished();
    }

    /// Counts a second of attention; ends an exam whose time is up.
    pub(in crate::state) fn tick(&self) {
        let mut timed_out = false;
        self.attempt.update(|a| {
            if let Some(a) = a {
                timed_out = a.tick(1000);
            }
        });
        if timed_out {
            self.record_if_finished();
        }
    }

    /// Files a finished attempt in the history, says the score, and tells the host.
    pub(super) fn record_if_finished(&self) {
        let bank = self.bank.get_untracked();
        let pass_mark = self.pass_mark();
        let finished_at = (self.services().now_ms)();
        let record = self.attempt.with_untracked(|a| {
            let a = a.as_ref().filter(|a| a.phase == Phase::Finished)?;
            let summary = a.summary(&bank);
            Some(FinishedAttempt {
                finished_at,
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
            let verdict = if record.passed() {
                t.passed
            } else {
                t.not_passed
            };
            let line = t.score(&t.score_line, &record.score);
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

    /// Tells the host page, if embedded and allowed.
    pub(super) fn emit(&self, event: HostEvent) {
        self.settings
            .with_value(|s| (self.services().emit)(&event, &s.origins));
    }
}

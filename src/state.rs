//! The shared reactive state, provided once as a `Copy` context, and the actions on it.

use crate::domain::bank::Bank;
use crate::domain::progress::{FinishedAttempt, Progress};
use crate::domain::scoring::Response;
use crate::domain::session::{Attempt, Phase, Plan, SessionError};
use crate::i18n::{Texts, EN};
use crate::storage::{self, StorageError};
use leptos::prelude::*;
use std::sync::Arc;

pub const DEFAULT_PASS_MARK: u32 = 70;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question,
    Results,
}

#[derive(Clone, Copy)]
pub struct Quiz {
    pub bank: RwSignal<Arc<Bank>>,
    pub attempt: RwSignal<Option<Attempt>>,
    pub progress: RwSignal<Progress>,
    pub notice: RwSignal<Option<StorageError>>,
    pub pass_mark: u32,
    pub plan: StoredValue<Plan>,
    pub text: &'static Texts,
}

impl Quiz {
    /// Builds the state from a checked bank and whatever storage holds.
    pub fn new(bank: Bank) -> Self {
        let (progress, notice) = match storage::load_progress() {
            Ok(progress) => (progress, None),
            Err(e) => (Progress::default(), Some(e)),
        };
        Quiz {
            bank: RwSignal::new(Arc::new(bank)),
            attempt: RwSignal::new(None),
            progress: RwSignal::new(progress),
            notice: RwSignal::new(notice),
            pass_mark: DEFAULT_PASS_MARK,
            plan: StoredValue::new(Plan::default()),
            text: &EN,
        }
    }

    pub fn screen(&self) -> Screen {
        self.attempt.with(|a| match a {
            None => Screen::Start,
            Some(a) if a.phase == Phase::Finished => Screen::Results,
            Some(_) => Screen::Question,
        })
    }

    pub fn start_new(&self) {
        let attempt = Attempt::new(
            &self.bank.get_untracked(),
            fresh_seed(),
            &self.plan.get_value(),
        );
        self.attempt.set(Some(attempt));
    }

    pub fn back_to_start(&self) {
        self.attempt.set(None);
    }

    pub fn check(&self, response: Response) -> Result<u32, SessionError> {
        let bank = self.bank.get_untracked();
        self.attempt
            .try_update(|a| match a {
                Some(a) => a.check(&bank, response),
                None => Err(SessionError::NotAnswering),
            })
            .unwrap_or(Err(SessionError::NotAnswering))
    }

    /// Moves on; after the last question, records the finished attempt.
    pub fn advance(&self) {
        let bank = self.bank.get_untracked();
        let finished = self.attempt.try_update(|a| {
            let a = a.as_mut()?;
            a.advance().ok()?;
            (a.phase == Phase::Finished).then(|| {
                let summary = a.summary(&bank);
                FinishedAttempt {
                    finished_at: now_ms(),
                    seed: a.seed,
                    score: summary.total,
                    pass_mark: self.pass_mark,
                    topics: summary.topics,
                }
            })
        });
        if let Some(Some(record)) = finished {
            self.progress.update(|p| p.record(record));
        }
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A seed for a new attempt; it is kept with the attempt so the run can be replayed.
fn fresh_seed() -> u64 {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    random ^ now_ms().rotate_left(32)
}

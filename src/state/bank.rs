//! Which bank the quiz uses: the built-in one, or a provider's fetched from its site.

use super::{set_if_changed, BankState, Quiz};
use crate::browser::{self, FetchError};
use leptos::prelude::*;
use quiz_core::bank::{parse, Bank, BankMeta, Problem};
use quiz_core::events::HostEvent;
use std::fmt;
use std::sync::Arc;

/// Why a provider's bank could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    /// The file could not be fetched.
    Fetch(FetchError),
    /// The file was fetched but breaks the bank format's rules.
    Invalid(Vec<Problem>),
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Fetch(e) => e.fmt(f),
            BankError::Invalid(problems) => match problems.as_slice() {
                [one] => one.fmt(f),
                many => write!(f, "{} problems, the first: {}", many.len(), many[0]),
            },
        }
    }
}

impl std::error::Error for BankError {}

/// One line per problem, for the console and the error screen.
pub fn describe(error: &BankError) -> Vec<String> {
    match error {
        BankError::Fetch(e) => vec![e.to_string()],
        BankError::Invalid(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

impl Quiz {
    /// Replaces the built-in bank with the provider's, fetched from a same-origin path.
    pub(crate) fn load_bank(&self, path: String) {
        let quiz = *self;
        quiz.bank_state.set(BankState::Loading);
        leptos::task::spawn_local(async move {
            let loaded = match browser::fetch_text(&path).await {
                Ok(json) => parse(&json).map_err(BankError::Invalid),
                Err(e) => Err(BankError::Fetch(e)),
            };
            match loaded {
                Ok(bank) => quiz.use_bank(bank),
                Err(error) => quiz.bank_broken(path, error),
            }
        });
    }

    /// Puts `bank` in use, loads what is saved for it, and tells the host it is ready.
    pub(crate) fn use_bank(&self, bank: Bank) {
        // Unchanged for the built-in bank: leave the start screen (and its focus) alone.
        set_if_changed(self.meta, BankMeta::from(&bank));
        self.bank.set(Arc::new(bank));
        self.bank_state.set(BankState::Ready);
        self.open_storage();
        self.announce_ready();
    }

    /// Shows the bank at `path` (empty for the built-in one) as unusable, and logs why.
    pub(crate) fn bank_broken(&self, path: String, error: BankError) {
        for line in describe(&error) {
            leptos::logging::warn!("question bank {path}: {line}");
        }
        self.bank_state.set(BankState::Broken { path, error });
    }

    /// Says the quiz is ready, once its bank is.
    fn announce_ready(&self) {
        let bank = self.bank.get_untracked();
        self.settings.with_value(|s| {
            let unknown: Vec<&str> = s
                .topics
                .iter()
                .filter(|t| bank.topics.iter().all(|b| &b.id != *t))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                leptos::logging::warn!(
                    "setting topics: {} not in this bank, ignored",
                    unknown.join(", ")
                );
            }
        });
        let plan = self.plan();
        self.emit(HostEvent::Ready {
            quiz: bank.id.clone(),
            questions: plan.run_length(&bank),
            mode: plan.mode,
            title: bank.title.clone(),
            lang: bank.lang.clone(),
        });
    }
}

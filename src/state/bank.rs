//! Swapping in a provider's bank.

use super::{set_if_changed, BankError, BankState, Quiz};
use crate::browser::{self, FetchError};
use crate::domain::bank::{parse, Bank, BankMeta, Problem};
use leptos::prelude::*;
use std::sync::Arc;

impl Quiz {
    /// Replaces the built-in bank with the provider's, fetched from a same-origin path.
    pub fn load_bank(&self, path: String) {
        let quiz = *self;
        quiz.bank_state.set(BankState::Loading);
        leptos::task::spawn_local(async move {
            let loaded = match browser::fetch_text(&path).await {
                Ok(json) => parse(&json).map_err(BankError::Invalid),
                Err(e) => Err(BankError::Fetch(e)),
            };
            match loaded {
                Ok(bank) => quiz.use_bank(bank),
                Err(error) => {
                    for line in describe(&error) {
                        leptos::logging::warn!("question bank {path}: {line}");
                    }
                    quiz.bank_state.set(BankState::Broken { path, error });
                }
            }
        });
    }

    pub fn use_bank(&self, bank: Bank) {
        // Unchanged for the built-in bank: leave the start screen (and its focus) alone.
        set_if_changed(self.meta, BankMeta::from(&bank));
        self.bank.set(Arc::new(bank));
        self.bank_state.set(BankState::Ready);
        self.open_storage();
        self.announce_ready();
    }
}

/// One line per problem, for the console and the error screen.
pub fn describe(error: &BankError) -> Vec<String> {
    match error {
        BankError::Fetch(FetchError::Unreachable) => vec!["the file could not be fetched".into()],
        BankError::Fetch(FetchError::Status(code)) => {
            vec![format!("the server answered HTTP {code}")]
        }
        BankError::Fetch(FetchError::OtherOrigin) => {
            vec!["the file is on another origin; banks must be served from this site".into()]
        }
        BankError::Invalid(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

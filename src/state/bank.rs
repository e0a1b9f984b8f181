//! Which bank the quiz uses: the built-in one, or a provider's fetched from its site.

use super::{set_if_changed, BankState, Quiz};
use crate::browser::{self, FetchError};
use leptos::prelude::*;
use quiz_core::bank::{parse, Bank, BankMeta, Problem};
use quiz_core::events::HostEvent;
use std::fmt;
use std::sync::Arc;

/// Where the bank comes from: the path in use, the built-in bank's, and the text of the
/// one in use once fetched (the start-up code fetches it beside the core).
#[derive(Clone, Copy)]
pub struct Source {
    path: StoredValue<String>,
    built_in: StoredValue<String>,
    fetched: RwSignal<Option<Result<String, FetchError>>>,
}

impl Source {
    /// The bank at `path`, whose text `fetched` will hold; `built_in` is the fallback's path.
    pub fn new(
        path: String,
        built_in: String,
        fetched: RwSignal<Option<Result<String, FetchError>>>,
    ) -> Self {
        Source {
            path: StoredValue::new(path),
            built_in: StoredValue::new(built_in),
            fetched,
        }
    }
}

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

/// The address of every picture in `bank`, each once, as `url` makes it from its `src`.
fn pictures(bank: &Bank, url: impl Fn(&str) -> String) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for q in &bank.questions {
        for image in q.images() {
            let address = url(&image.src);
            if !all.contains(&address) {
                all.push(address);
            }
        }
    }
    all
}

/// One line per problem, for the console and the error screen.
pub fn describe(error: &BankError) -> Vec<String> {
    match error {
        BankError::Fetch(e) => vec![e.to_string()],
        BankError::Invalid(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

impl Quiz {
    /// Puts the bank in use once its text is in, now or when it arrives, and again each
    /// time another is fetched (`fetch_bank`); the core calls this when it opens. `then`
    /// runs once, after the first bank is in use or found broken: the core's views count
    /// its questions, so the core counts as arrived only then.
    pub(crate) fn load_bank(&self, then: impl FnOnce() + 'static) {
        let quiz = *self;
        let then = std::cell::Cell::new(Some(then));
        Effect::new(move |_| {
            let Some(fetched) = quiz.source.fetched.get() else {
                return;
            };
            untrack(|| {
                let loaded = match fetched {
                    Ok(json) => parse(&json).map_err(BankError::Invalid),
                    Err(e) => Err(BankError::Fetch(e)),
                };
                match loaded {
                    Ok(bank) => quiz.use_bank(bank),
                    Err(error) => quiz.bank_broken(quiz.source.path.get_value(), error),
                }
                if let Some(then) = then.take() {
                    then();
                }
            });
        });
    }

    /// Fetches the bank at `path` in place of the one in use.
    pub(in crate::state) fn fetch_bank(&self, path: String) {
        let fetched = self.source.fetched;
        self.source.path.set_value(path.clone());
        self.bank_state.set(BankState::Loading);
        fetched.set(None);
        leptos::task::spawn_local(async move {
            fetched.set(Some(browser::fetch_text(&path).await));
        });
    }

    /// Replaces a provider's broken bank with the built-in one, or fetches the built-in
    /// one again after it failed.
    pub(in crate::state) fn use_built_in(&self) {
        self.fetch_bank(self.source.built_in.get_value());
    }

    /// The address of a picture the bank in use names, beside the bank file.
    pub(in crate::state) fn picture_url(&self, src: &str) -> String {
        self.source
            .path
            .with_value(|path| quiz_core::bank::beside(path, src))
    }

    /// Whether the bank at `path` is the built-in one.
    pub(in crate::state) fn is_built_in(&self, path: &str) -> bool {
        self.source.built_in.with_value(|b| b == path)
    }

    /// Puts `bank` in use, loads what is saved for it, and tells the host it is ready.
    pub(crate) fn use_bank(&self, bank: Bank) {
        // Unchanged for the built-in bank: leave the start screen (and its focus) alone.
        set_if_changed(self.meta, BankMeta::from(&bank));
        // The built-in bank's pictures are precached; a provider's are kept with its bank.
        if !self.source.path.with_value(|p| self.is_built_in(p)) {
            (self.services().keep)(pictures(&bank, |src| self.picture_url(src)));
        }
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

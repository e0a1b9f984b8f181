//! The shared reactive state, provided once as a `Copy` context, and the actions on it.

use crate::browser::{self, FetchError};
use crate::domain::bank::{parse, Bank, Problem};
use crate::domain::progress::{FinishedAttempt, Progress};
use crate::domain::scoring::Response;
use crate::domain::session::{Attempt, Phase, Plan, SessionError, DEFAULT_COUNT};
use crate::domain::settings::Settings;
use crate::i18n::{Texts, EN};
use crate::storage::{self, StorageError};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Loading,
    BankBroken,
    Start,
    Question,
    Results,
}

/// Why a provider's bank could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    Fetch(FetchError),
    Invalid(Vec<Problem>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankState {
    Ready,
    Loading,
    Broken { path: String, error: BankError },
}

#[derive(Clone, Copy)]
pub struct Quiz {
    pub bank: RwSignal<Arc<Bank>>,
    pub bank_state: RwSignal<BankState>,
    pub attempt: RwSignal<Option<Attempt>>,
    pub progress: RwSignal<Progress>,
    pub notice: RwSignal<Option<StorageError>>,
    pub settings: StoredValue<Settings>,
    pub text: &'static Texts,
}

impl Quiz {
    /// Builds the state from a checked bank, the embed settings and whatever storage holds.
    pub fn new(bank: Bank, settings: Settings) -> Self {
        let quiz = Quiz {
            bank: RwSignal::new(Arc::new(bank)),
            bank_state: RwSignal::new(BankState::Ready),
            attempt: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            notice: RwSignal::new(None),
            settings: StoredValue::new(settings),
            text: &EN,
        };
        quiz.load_progress();
        quiz
    }

    fn load_progress(&self) {
        match storage::load_progress() {
            Ok(progress) => self.progress.set(progress),
            Err(e) => self.notice.set(Some(e)),
        }
    }

    pub fn pass_mark(&self) -> u32 {
        self.settings.with_value(|s| s.pass_mark)
    }

    /// The draw for a new attempt: the settings, with topics the bank does not know dropped.
    pub fn plan(&self) -> Plan {
        let bank = self.bank.get_untracked();
        self.settings.with_value(|s| {
            let (known, unknown): (Vec<_>, Vec<_>) = s
                .topics
                .iter()
                .cloned()
                .partition(|t| bank.topics.iter().any(|b| &b.id == t));
            if !unknown.is_empty() {
                leptos::logging::warn!(
                    "setting topics: unknown topic ids ignored: {}",
                    unknown.join(", ")
                );
            }
            Plan {
                count: Some(s.count.unwrap_or(DEFAULT_COUNT)),
                topics: known,
                shuffle: s.shuffle,
            }
        })
    }

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
                Ok(bank) => {
                    quiz.bank.set(Arc::new(bank));
                    quiz.bank_state.set(BankState::Ready);
                }
                Err(error) => {
                    for line in describe(&error) {
                        leptos::logging::warn!("question bank {path}: {line}");
                    }
                    quiz.bank_state.set(BankState::Broken { path, error });
                }
            }
        });
    }

    pub fn screen(&self) -> Screen {
        match self
            .bank_state
            .with(|s| matches!(s, BankState::Ready | BankState::Loading).then(|| s.clone()))
        {
            Some(BankState::Loading) => return Screen::Loading,
            None => return Screen::BankBroken,
            _ => {}
        }
        self.attempt.with(|a| match a {
            None => Screen::Start,
            Some(a) if a.phase == Phase::Finished => Screen::Results,
            Some(_) => Screen::Question,
        })
    }

    pub fn start_new(&self) {
        let attempt = Attempt::new(
            &self.bank.get_untracked(),
            browser::fresh_seed(),
            &self.plan(),
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
        let pass_mark = self.pass_mark();
        let finished = self.attempt.try_update(|a| {
            let a = a.as_mut()?;
            a.advance().ok()?;
            (a.phase == Phase::Finished).then(|| {
                let summary = a.summary(&bank);
                FinishedAttempt {
                    finished_at: browser::now_ms(),
                    seed: a.seed,
                    score: summary.total,
                    pass_mark,
                    topics: summary.topics,
                }
            })
        });
        if let Some(Some(record)) = finished {
            self.progress.update(|p| p.record(record));
        }
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

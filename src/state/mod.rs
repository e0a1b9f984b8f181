//! The shared reactive state, provided once as a `Copy` context, and the actions on it.

mod actions;
mod bank;
mod plan;
mod sync;

pub use bank::describe;

use crate::browser::{self, FetchError};
use crate::core::{Action, Core};
use crate::domain::bank::{Bank, BankMeta, Problem};
use crate::domain::events::HostEvent;
use crate::domain::progress::{Glance, Progress};
use crate::domain::session::{Attempt, Phase, Plan};
use crate::domain::settings::Settings;
use crate::i18n::Texts;
use crate::storage::{self, Keys, StorageError};
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Loading,
    BankBroken,
    Start,
    Question,
    Results,
    Progress,
}

/// Where the learner asked to be; the screen also depends on the bank and attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Quiz,
    Progress,
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

/// Something the learner should know that does not stop the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Storage(StorageError),
    /// Questions in a resumed attempt that the bank no longer has.
    Skipped(usize),
}

/// Sets `signal` to `value` only when they differ, so nothing that reads it redraws (and
/// loses focus) for a value it already shows.
pub(crate) fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|current| {
        let changed = *current != value;
        if changed {
            *current = value;
        }
        changed
    });
}

#[derive(Clone, Copy)]
pub struct Quiz {
    /// Empty until the core chunk has loaded it; the start screen reads `meta` and `glance`.
    pub bank: RwSignal<Arc<Bank>>,
    pub meta: RwSignal<BankMeta>,
    pub glance: RwSignal<Glance>,
    /// The code past the start screen, once its chunk is in.
    pub core: RwSignal<Option<Core>>,
    pub core_failed: RwSignal<bool>,
    /// What the learner asked for before the core arrived.
    pub queued: RwSignal<Option<Action>>,
    pub bank_state: RwSignal<BankState>,
    pub page: RwSignal<Page>,
    pub attempt: RwSignal<Option<Attempt>>,
    pub progress: RwSignal<Progress>,
    pub notice: RwSignal<Option<Notice>>,
    /// False while saving would fail or destroy data (blocked, or a newer version's data).
    pub writable: RwSignal<bool>,
    pub keys: StoredValue<Keys>,
    pub settings: StoredValue<Settings>,
    /// Ticks once a second while an attempt is on screen, for clocks.
    pub clock: RwSignal<u64>,
    /// A new version of the app is downloaded and waiting.
    pub update_ready: RwSignal<bool>,
    /// Read out by the page's polite live region: scores, time running out.
    pub announcement: RwSignal<String>,
    pub text: &'static Texts,
}

impl Quiz {
    /// The state the start screen needs: the built-in bank's summary, and a glance at
    /// what is saved for it. A provider's bank (`settings.bank`) is loading until the
    /// core has it; the core loads the bank and saved progress themselves (`Quiz::boot`).
    pub fn new(meta: BankMeta, settings: Settings, text: &'static Texts) -> Self {
        let ready = settings.bank.is_none();
        let keys = Keys::new(&meta.id, settings.namespace.as_deref());
        let glance = if ready {
            storage::glance(&keys)
        } else {
            Glance::default()
        };
        Quiz {
            bank: RwSignal::new(Arc::new(Bank::default())),
            meta: RwSignal::new(meta),
            glance: RwSignal::new(glance),
            core: RwSignal::new(None),
            core_failed: RwSignal::new(false),
            queued: RwSignal::new(None),
            bank_state: RwSignal::new(if ready {
                BankState::Ready
            } else {
                BankState::Loading
            }),
            page: RwSignal::new(Page::Home),
            attempt: RwSignal::new(None),
            progress: RwSignal::new(Progress::default()),
            notice: RwSignal::new(None),
            writable: RwSignal::new(true),
            keys: StoredValue::new(keys),
            settings: StoredValue::new(settings),
            clock: RwSignal::new(0),
            update_ready: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            text,
        }
    }

    pub fn screen(&self) -> Screen {
        let waiting = self.bank_state.with(|s| match s {
            BankState::Ready => None,
            BankState::Loading => Some(Screen::Loading),
            BankState::Broken { .. } => Some(Screen::BankBroken),
        });
        if let Some(screen) = waiting {
            return screen;
        }
        match self.page.get() {
            Page::Home => Screen::Start,
            Page::Progress => Screen::Progress,
            Page::Quiz => self.attempt.with(|a| match a {
                Some(a) if a.phase == Phase::Finished => Screen::Results,
                Some(_) => Screen::Question,
                None => Screen::Start,
            }),
        }
    }

    pub fn start(&self, plan: Plan) {
        let attempt = Attempt::new(&self.bank.get_untracked(), browser::fresh_seed(), &plan);
        let started = HostEvent::AttemptStarted {
            mode: attempt.mode,
            questions: attempt.items.len(),
        };
        self.attempt.set(Some(attempt));
        self.page.set(Page::Quiz);
        self.emit(started);
    }

    pub fn start_new(&self) {
        self.start(self.plan());
    }

    pub fn resume(&self) {
        self.page.set(Page::Quiz);
    }

    /// Leaves the results (or the progress screen) for the start screen.
    pub fn go_home(&self) {
        if self
            .attempt
            .with_untracked(|a| a.as_ref().is_some_and(|a| a.phase == Phase::Finished))
        {
            self.attempt.set(None);
        }
        self.page.set(Page::Home);
    }

    pub fn pass_mark(&self) -> u32 {
        self.settings.with_value(|s| s.pass_mark)
    }

    /// Tells the host page, if embedded and allowed.
    pub fn emit(&self, event: HostEvent) {
        self.settings
            .with_value(|s| crate::embed::send(&event, &s.origins));
    }

    /// Says the quiz is ready, once its bank is.
    pub fn announce_ready(&self) {
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
        });
    }
}

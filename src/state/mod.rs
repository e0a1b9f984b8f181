//! The shared reactive state, provided once as a `Copy` context. Components see it
//! through narrow views (`views.rs`: the shell, the attempt, the learner's data), read
//! it through read-only signals and change it only through its actions (the `impl Quiz`
//! blocks in this module's files); its signals and most actions are private to this
//! module, and the boot code's wiring is `pub(crate)`.

mod actions;
mod bank;
mod chunk;
mod data;
mod edges;
mod plan;
mod strings;
mod sync;
#[cfg(test)]
mod tests;
mod views;

pub use crate::storage::{ImportError, StorageError};
pub use bank::{describe, BankError, Source};
pub use chunk::{Action, Core};
pub use edges::{Edges, Services};
pub use strings::{StringsReport, Trouble};
pub use views::{use_attempting, use_learner_data, use_shell, use_text};
pub use views::{Attempting, LearnerData, Shell};

use crate::i18n::Texts;
use crate::storage::Keys;
use leptos::prelude::*;
use quiz_core::bank::{Bank, BankMeta};
use quiz_core::progress::{Glance, Progress};
use quiz_core::session::{Attempt, Phase};
use quiz_core::settings::Settings;
use std::sync::Arc;

/// Which screen the shell shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// A provider's bank is on its way.
    Loading,
    /// The bank could not be used; its problems are shown.
    BankBroken,
    /// The welcome screen with Start or Resume.
    Start,
    /// A question of the current attempt.
    Question,
    /// The finished attempt's score and review.
    Results,
    /// The learner's history, mastery and data controls.
    Progress,
}

/// Where the learner asked to be; the screen also depends on the bank and attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Page {
    Home,
    Quiz,
    Progress,
}

/// Whether the bank in use is ready, loading, or unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankState {
    /// The bank is loaded and parsed.
    Ready,
    /// A provider's bank is being fetched.
    Loading,
    /// The bank at `path` (empty for the built-in one) failed with `error`.
    Broken {
        /// Where the bank came from; empty for the built-in bank.
        path: String,
        /// Why it cannot be used.
        error: BankError,
    },
}

/// Something the learner should know that does not stop the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saving or loading progress ran into trouble.
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

/// Read-only access to one of the state's signals. A plain wrapper, not a new signal:
/// it allocates nothing and compiles to the same code as reading the signal itself.
pub struct Read<T: 'static>(RwSignal<T>);

impl<T: 'static> Clone for Read<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Read<T> {}

impl<T: Send + Sync + 'static> Read<T> {
    /// Reads the value by reference and tracks it.
    #[inline]
    pub fn with<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        self.0.with(read)
    }

    /// Reads the value by reference without tracking it.
    #[inline]
    pub fn with_untracked<R>(&self, read: impl FnOnce(&T) -> R) -> R {
        self.0.with_untracked(read)
    }
}

impl<T: Clone + Send + Sync + 'static> Read<T> {
    /// A copy of the value, tracked.
    #[inline]
    pub fn get(&self) -> T {
        self.0.get()
    }

    /// A copy of the value, untracked.
    #[inline]
    pub fn get_untracked(&self) -> T {
        self.0.get_untracked()
    }
}

/// The quiz's state and actions, shared by every component as one `Copy` context.
#[derive(Clone, Copy)]
pub struct Quiz {
    /// Empty until the core chunk has loaded it; the start screen reads `meta` and `glance`.
    bank: RwSignal<Arc<Bank>>,
    meta: RwSignal<BankMeta>,
    glance: RwSignal<Glance>,
    /// The code past the start screen, once its chunk is in.
    core: RwSignal<Option<Core>>,
    core_failed: RwSignal<bool>,
    /// What the learner asked for before the core arrived.
    queued: RwSignal<Option<Action>>,
    bank_state: RwSignal<BankState>,
    page: RwSignal<Page>,
    attempt: RwSignal<Option<Attempt>>,
    progress: RwSignal<Progress>,
    notice: RwSignal<Option<Notice>>,
    /// False while saving would fail or destroy data: blocked, a newer version's data, or
    /// not read yet (a save then would erase the device's attempt and the LMS's).
    writable: RwSignal<bool>,
    keys: StoredValue<Keys>,
    settings: StoredValue<Settings>,
    /// A new version of the app is downloaded and waiting.
    update_ready: RwSignal<bool>,
    /// Read out by the page's polite live region: scores, time running out.
    announcement: RwSignal<String>,
    edges: Edges,
    /// The clock, storage and host page, once the core has installed them.
    services: StoredValue<Services>,
    /// Where the bank comes from.
    source: Source,
    /// What start-up found wrong with strings files, for the core to log.
    reports: StoredValue<Vec<StringsReport>>,
    /// Every string the interface shows, in the learner's language.
    pub text: &'static Texts,
}

impl Quiz {
    /// The state the start screen needs: the built-in bank's summary, and a glance at
    /// what is saved for it. A provider's bank (`settings.bank`) is loading until the
    /// core has it; the core loads the bank and saved progress themselves (`Quiz::boot`).
    pub(crate) fn new(
        meta: BankMeta,
        settings: Settings,
        text: &'static Texts,
        edges: Edges,
        source: Source,
    ) -> Self {
        let ready = settings.bank.is_none();
        let keys = Keys::new(&meta.id, settings.namespace.as_deref());
        let glance = if ready {
            (edges.glance)(&keys)
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
            writable: RwSignal::new(false),
            keys: StoredValue::new(keys),
            settings: StoredValue::new(settings),
            update_ready: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            edges,
            services: StoredValue::new(Services::NONE),
            source,
            reports: StoredValue::new(Vec::new()),
            text,
        }
    }

    /// The screen to show, from the bank's state, the page asked for and the attempt.
    pub(in crate::state) fn screen(&self) -> Screen {
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

    /// The bank in use: empty until the core has loaded it.
    pub(in crate::state) fn bank(&self) -> Read<Arc<Bank>> {
        Read(self.bank)
    }

    /// The bank's title, description and topics, known before the bank itself.
    pub(in crate::state) fn meta(&self) -> Read<BankMeta> {
        Read(self.meta)
    }

    /// The best score, attempt count and resumable attempt, for the start screen.
    pub(in crate::state) fn glance(&self) -> Read<Glance> {
        Read(self.glance)
    }

    /// The attempt under way or just finished.
    pub(in crate::state) fn attempt(&self) -> Read<Option<Attempt>> {
        Read(self.attempt)
    }

    /// The learner's history and per-question records.
    pub(in crate::state) fn progress(&self) -> Read<Progress> {
        Read(self.progress)
    }

    /// The notice the learner has not dismissed yet.
    pub(in crate::state) fn notice(&self) -> Read<Option<Notice>> {
        Read(self.notice)
    }

    /// Whether the bank is ready, loading or broken.
    pub(in crate::state) fn bank_state(&self) -> Read<BankState> {
        Read(self.bank_state)
    }

    /// Whether a new version of the app waits to be switched to.
    pub(in crate::state) fn update_ready(&self) -> Read<bool> {
        Read(self.update_ready)
    }

    /// What the polite live region reads out.
    pub(in crate::state) fn announcement(&self) -> Read<String> {
        Read(self.announcement)
    }

    /// Reads the settings the quiz was opened with.
    pub(crate) fn with_settings<R>(&self, read: impl FnOnce(&Settings) -> R) -> R {
        self.settings.with_value(read)
    }

    /// The percentage an attempt needs to pass.
    pub(in crate::state) fn pass_mark(&self) -> u32 {
        self.settings.with_value(|s| s.pass_mark)
    }

    /// Installs the clock, storage and host page; the core does this when it arrives.
    pub(crate) fn connect(&self, services: Services) {
        self.services.set_value(services);
    }

    /// The installed services.
    fn services(&self) -> Services {
        self.services.get_value()
    }

    /// Says `line` through the polite live region.
    pub(in crate::state) fn announce(&self, line: String) {
        self.announcement.set(line);
    }
}

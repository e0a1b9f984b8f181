//! Everything past the start screen's first paint, as one chunk: the bank and its
//! parser, reading and saving progress, starting attempts, the question screen,
//! embedding events, and the start screen's practice modes and mastery. The start
//! screen draws without it, from the bank's summary and a glance at storage; the chunk
//! is fetched as soon as the start screen is up, and a tap that comes first waits for it.
//! New code belongs here unless the start screen needs it: the main module is held to
//! 80 KB brotli by `tools/size-check.mjs`.

use crate::browser;
use crate::components::{
    BrokenBankScreen, ChunkMissing, QuestionScreen, StartExtras, StorageNotice, UpdateBanner,
};
use crate::content;
use crate::domain::settings;
use crate::state::{BankError, BankState, Quiz, Screen};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::time::Duration;

/// What the start screen asks of the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Starts an attempt; `resume_shown` says whether the learner saw one to resume.
    StartNew {
        resume_shown: bool,
    },
    Resume,
}

/// The core's entry points. Their code lives in the chunk, so they are had only once it is in.
#[derive(Clone, Copy)]
pub struct Core {
    open: fn(Quiz),
    act: fn(Quiz, Action),
    /// How many questions Start would ask, with the learner's history taken into account.
    pub run_length: fn(Quiz) -> usize,
    /// The start screen's practice modes, mastery and the way to the progress screen.
    pub start_extras: fn() -> AnyView,
    /// The question screen, and a provider's bank's problems.
    pub screen: fn(Screen) -> AnyView,
    /// Saving trouble and the offer of a new version: only the core raises either.
    pub notices: fn() -> AnyView,
    pub update_banner: fn() -> AnyView,
}

#[wasm_split(core, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load() -> Result<Core, ChunkMissing> {
    Ok(entry_points())
}

fn entry_points() -> Core {
    Core {
        open,
        act,
        run_length: |quiz| quiz.plan().run_length(&quiz.bank.get_untracked()),
        start_extras: || view! { <StartExtras /> }.into_any(),
        // The question screen comes with the core, as Start needs it at once. The
        // results and progress screens are chunks of their own, which the shell loads:
        // a split point called from inside another chunk would leave the test builds,
        // which are not split, importing wasm-split's placeholder module.
        screen: |screen| match screen {
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::BankBroken => view! { <BrokenBankScreen /> }.into_any(),
            _ => ().into_any(),
        },
        notices: || view! { <StorageNotice /> }.into_any(),
        update_banner: || view! { <UpdateBanner /> }.into_any(),
    }
}

impl Quiz {
    /// One of the core's views, once it is in.
    pub fn core_view(&self, part: fn(&Core) -> fn() -> AnyView) -> impl Fn() -> Option<AnyView> {
        let core = self.core;
        move || core.get().map(|core| untrack(part(&core)))
    }

    /// Fetches the core, which then loads the bank and saved progress and runs what was
    /// asked for meanwhile.
    pub fn boot(&self) {
        let quiz = *self;
        quiz.core_failed.set(false);
        let owner = Owner::current();
        let fetch = async move {
            match load().await {
                Ok(core) => within(&owner, || (core.open)(quiz)),
                Err(ChunkMissing) => quiz.core_failed.set(true),
            }
        };
        // After the start screen's first frame, so nothing competes with drawing it; or
        // after a moment, where frames are held back (a hidden tab, an iframe out of view).
        let fetch = std::cell::Cell::new(Some(fetch));
        let go = std::rc::Rc::new(move || {
            if let Some(fetch) = fetch.take() {
                leptos::task::spawn_local(fetch);
            }
        });
        let after_frame = go.clone();
        request_animation_frame(move || set_timeout(move || after_frame(), Duration::ZERO));
        set_timeout(move || go(), Duration::from_millis(250));
    }

    /// Does `action` now, or once the core is in.
    pub fn request(&self, action: Action) {
        match self.core.get_untracked() {
            Some(core) => (core.act)(*self, action),
            None => {
                self.queued.set(Some(action));
                if self.core_failed.get_untracked() {
                    self.boot();
                }
            }
        }
    }
}

/// Loads the bank and saved progress, then hands the start screen the core. Each step is
/// a task of its own, so none keeps the page from answering a tap for long.
fn open(quiz: Quiz) {
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        let pairs = browser::query_pairs();
        for warning in settings::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).1 {
            leptos::logging::warn!("{warning}");
        }
        match quiz.settings.with_value(|s| s.bank.clone()) {
            Some(path) => quiz.load_bank(path),
            None => {
                let bank = content::built_in(quiz.text.lang);
                browser::next_task().await;
                within(&owner, || match bank {
                    Ok(bank) => quiz.use_bank(bank),
                    Err(problems) => quiz.bank_state.set(BankState::Broken {
                        path: String::new(),
                        error: BankError::Invalid(problems),
                    }),
                });
            }
        }
        within(&owner, || quiz.keep_in_sync());
        browser::next_task().await;
        within(&owner, || {
            let core = entry_points();
            quiz.core.set(Some(core));
            if let Some(action) = quiz.queued.try_update(Option::take).flatten() {
                (core.act)(quiz, action);
            }
        });
    });
}

/// Runs `run` as part of the app, so the effects it makes outlive the task that made them.
fn within<T>(owner: &Option<Owner>, run: impl FnOnce() -> T) -> T {
    match owner {
        Some(owner) => owner.with(run),
        None => run(),
    }
}

fn act(quiz: Quiz, action: Action) {
    let unfinished = quiz.attempt.with_untracked(Option::is_some);
    match action {
        // Storage held an attempt the start screen did not show: show it rather than replace it.
        Action::StartNew {
            resume_shown: false,
        } if unfinished => {}
        Action::StartNew { .. } => quiz.start_new(),
        Action::Resume if unfinished => quiz.resume(),
        Action::Resume => {}
    }
}

//! Everything past the start screen's first paint, as one chunk: the bank and its
//! parser, reading and saving progress, starting attempts, the question screen,
//! embedding events, and the start screen's practice modes and mastery. The start
//! screen draws without it, from the bank's summary and a glance at storage; the chunk
//! is fetched as soon as the start screen is up, and a tap that comes first waits for it.
//! New code belongs here unless the start screen needs it: the main module is held to
//! 80 KB brotli by `tools/size-check.mjs`.

use crate::browser;
use crate::components::{
    BrokenBankScreen, ChunkMissing, MasteryList, PracticeModes, QuestionScreen, StorageNotice,
    UpdateBanner,
};
use crate::content;
use crate::domain::progress::Glance;
use crate::state::{BankError, BankState, Page, Quiz, Screen};
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
    Progress,
}

/// The core's entry points. Their code lives in the chunk, so they are had only once it is in.
#[derive(Clone, Copy)]
pub struct Core {
    open: fn(Quiz),
    act: fn(Quiz, Action),
    /// How many questions Start would ask, with the learner's history taken into account.
    pub run_length: fn(Quiz) -> usize,
    pub modes: fn() -> AnyView,
    pub mastery: fn() -> AnyView,
    /// The question screen, and a provider's bank's problems.
    pub screen: fn(Screen) -> AnyView,
    /// Saving trouble and the offer of a new version: only the core raises either.
    pub notices: fn() -> AnyView,
    pub update_banner: fn() -> AnyView,
}

#[wasm_split(core, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load() -> Result<Core, ChunkMissing> {
    Ok(Core {
        open,
        act,
        run_length: |quiz| quiz.plan().run_length(&quiz.bank.get_untracked()),
        modes: || view! { <PracticeModes /> }.into_any(),
        mastery: || {
            let quiz = expect_context::<Quiz>();
            let has_history = move || {
                quiz.progress
                    .with(|p| !p.history.is_empty() || !p.questions.is_empty())
            };
            view! {
                <Show when=has_history>
                    <MasteryList />
                </Show>
            }
            .into_any()
        },
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
        update_banner: || {
            let quiz = expect_context::<Quiz>();
            view! {
                <Show when=move || quiz.update_ready.get() && quiz.screen() != Screen::Question>
                    <UpdateBanner />
                </Show>
            }
            .into_any()
        },
    })
}

impl Quiz {
    /// One of the core's views, once it is in.
    pub fn core_view(&self, part: fn(&Core) -> fn() -> AnyView) -> impl Fn() -> Option<AnyView> {
        let core = self.core;
        move || core.get().map(|core| untrack(part(&core)))
    }

    /// Fetches the core, then loads the bank and saved progress and runs what was asked for meanwhile.
    pub fn boot(&self) {
        let quiz = *self;
        quiz.core_failed.set(false);
        let owner = Owner::current();
        leptos::task::spawn_local(async move {
            match load().await {
                Ok(core) => {
                    let run = move || {
                        (core.open)(quiz);
                        quiz.core.set(Some(core));
                        if let Some(action) = quiz.queued.try_update(Option::take).flatten() {
                            (core.act)(quiz, action);
                        }
                    };
                    // Effects made here belong to the app, not to this task.
                    match owner {
                        Some(owner) => owner.with(run),
                        None => run(),
                    }
                }
                Err(ChunkMissing) => quiz.core_failed.set(true),
            }
        });
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

fn open(quiz: Quiz) {
    crate::embed::connect(quiz.settings.with_value(|s| s.origins.clone()));
    match quiz.settings.with_value(|s| s.bank.clone()) {
        Some(path) => quiz.load_bank(path),
        None => match content::built_in(quiz.text.lang) {
            Ok(bank) => quiz.use_bank(bank),
            Err(problems) => quiz.bank_state.set(BankState::Broken {
                path: String::new(),
                error: BankError::Invalid(problems),
            }),
        },
    }
    keep_in_sync(quiz);
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
        Action::Progress => quiz.page.set(Page::Progress),
    }
}

/// Saving, the clock, word from other tabs, and the start screen's glance: the app's long-lived effects.
fn keep_in_sync(quiz: Quiz) {
    Effect::new(move |_| {
        let glance = quiz
            .progress
            .with(|p| quiz.attempt.with(|a| Glance::of(p, a.as_ref())));
        quiz.glance.maybe_update(|g| {
            let changed = *g != glance;
            *g = glance;
            changed
        });
    });
    Effect::watch(
        move || {
            quiz.progress.track();
            quiz.attempt.track();
        },
        move |_, _, _| quiz.save(),
        false,
    );
    // Hidden pages may be killed without warning: save what the clock has counted.
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if !browser::page_visible() {
            quiz.save();
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| quiz.save());
    let _ = window_event_listener(leptos::ev::storage, move |e| {
        if quiz
            .keys
            .with_value(|k| e.key().as_deref() == Some(k.data.as_str()))
        {
            quiz.absorb_external(e.new_value());
        }
    });
    quiz.update_ready.set(browser::update_waiting());
    let _ = window_event_listener_untyped("pmo-quiz:update-ready", move |_| {
        quiz.update_ready.set(true)
    });
    let _ = set_interval_with_handle(
        move || {
            if browser::page_visible() && quiz.screen() == Screen::Question {
                quiz.tick();
            }
        },
        Duration::from_secs(1),
    );
}

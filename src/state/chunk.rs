//! The core chunk as the state sees it: its entry points once they are in, and the
//! learner's taps that wait for them. The chunk itself (`crate::core_chunk`) is built on the
//! state; the state reaches it only through `Edges::fetch_core`.

use super::{Quiz, Read, Screen};
use leptos::prelude::*;

/// What the start screen asks of the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Starts an attempt; `resume_shown` says whether the learner saw one to resume.
    StartNew {
        /// Whether the start screen offered the unfinished attempt.
        resume_shown: bool,
    },
    /// Goes back into the unfinished attempt.
    Resume,
}

/// The core's entry points. Their code lives in the chunk, so they are had only once it is in.
#[derive(Clone, Copy)]
pub struct Core {
    /// Loads the bank and saved progress; called once, when the chunk arrives.
    pub open: fn(Quiz),
    /// Carries out one of the start screen's actions.
    pub act: fn(Quiz, Action),
    /// How many questions Start would ask, with the learner's history taken into account.
    pub run_length: fn(Quiz) -> usize,
    /// The start screen's practice modes, mastery and the way to the progress screen.
    pub start_extras: fn() -> AnyView,
    /// The question screen, and a provider's bank's problems.
    pub screen: fn(Screen) -> AnyView,
    /// Saving trouble: only the core raises it.
    pub notices: fn() -> AnyView,
    /// The offer of a new version: only the core listens for one.
    pub update_banner: fn() -> AnyView,
}

impl Quiz {
    /// One of the core's views, once it is in.
    pub(in crate::state) fn core_view(
        &self,
        part: fn(&Core) -> fn() -> AnyView,
    ) -> impl Fn() -> Option<AnyView> {
        let core = self.core;
        move || core.get().map(|core| untrack(part(&core)))
    }

    /// The core's entry points, once its chunk is in.
    pub(in crate::state) fn core(&self) -> Read<Option<Core>> {
        Read(self.core)
    }

    /// True when the core could not be fetched; Retry calls `boot` again.
    pub(in crate::state) fn core_failed(&self) -> Read<bool> {
        Read(self.core_failed)
    }

    /// True until the code a whole run needs is in (the core and the results screen),
    /// unless fetching it failed: the start screen must not look ready before a learner
    /// could finish a run offline. A tap meanwhile waits for it.
    pub(in crate::state) fn loading_core(&self) -> bool {
        self.core.with(Option::is_none) && !self.core_failed.get()
    }

    /// Fetches the core, which then loads the bank and saved progress and runs what was
    /// asked for meanwhile.
    pub(crate) fn boot(&self) {
        self.core_failed.set(false);
        (self.edges.fetch_core)(*self);
    }

    /// Does `action` now, or once the core is in.
    pub(in crate::state) fn request(&self, action: Action) {
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

    /// Hands the start screen the core, and carries out the tap that waited for it.
    pub(crate) fn core_arrived(&self, core: Core) {
        self.core.set(Some(core));
        if let Some(action) = self.queued.try_update(Option::take).flatten() {
            (core.act)(*self, action);
        }
    }

    /// Says the core could not be fetched; a waiting tap stays queued for Retry.
    pub(crate) fn core_missing(&self) {
        self.core_failed.set(true);
    }

    /// Carries out a start-screen action; the core's `act` entry point.
    pub(crate) fn act(&self, action: Action) {
        let unfinished = self.attempt.with_untracked(Option::is_some);
        match action {
            // Storage held an attempt the start screen did not show: show it rather than replace it.
            Action::StartNew {
                resume_shown: false,
            } if unfinished => {}
            Action::StartNew { .. } => self.start_new(),
            Action::Resume if unfinished => self.resume(),
            Action::Resume => {}
        }
    }
}

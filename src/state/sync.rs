//! Loading and saving through the storage module, word from other tabs, and the
//! effects that keep them going.

use super::{set_if_changed, Notice, Page, Quiz, Screen};
use crate::browser;
use crate::storage::{self, Keys, StorageError};
use leptos::prelude::*;
use quiz_core::progress::{Glance, Progress, Snapshot};
use quiz_core::session::Phase;
use std::time::Duration;

impl Quiz {
    /// Loads saved progress for the current bank; a saved attempt waits to be resumed.
    pub(super) fn open_storage(&self) {
        let bank = self.bank.get_untracked();
        let keys = Keys::new(
            &bank.id,
            self.settings.with_value(|s| s.namespace.clone()).as_deref(),
        );
        let loaded = (self.services().load)(&keys, &bank);
        self.keys.set_value(keys);
        let mut current = loaded.snapshot.current;
        let skipped = current.as_mut().map_or(0, |a| a.fit_to(&bank).len());
        let current = current.filter(|a| a.phase != Phase::Finished);
        self.progress.set(loaded.snapshot.progress);
        self.attempt.set(current);
        self.writable.set(loaded.writable);
        self.page.set(Page::Home);
        self.notice.set(match (loaded.problem, skipped) {
            (Some(e), _) => Some(Notice::Storage(e)),
            (None, 0) => None,
            (None, n) => Some(Notice::Skipped(n)),
        });
    }

    /// Saves now; called after the frame that shows a change, and when the page is hidden.
    pub(in crate::state) fn save(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let snapshot = Snapshot {
            progress: self.progress.get_untracked(),
            current: self.attempt.get_untracked(),
        };
        let bank = self.bank.get_untracked();
        match self
            .keys
            .with_value(|k| (self.services().save)(k, &snapshot, &bank))
        {
            Ok(Some(merged)) => self.progress.set(merged),
            Ok(None) => {}
            Err(e) => {
                if e != StorageError::WriteFailed {
                    self.writable.set(false);
                }
                self.notice.set(Some(Notice::Storage(e)));
            }
        }
    }

    /// Takes in what another tab saved under our key.
    pub(in crate::state) fn absorb_external(&self, raw: Option<String>) {
        match storage::decode_external(raw.as_deref()) {
            Some(Some(theirs)) => {
                let mut merged = self.progress.get_untracked();
                merged.merge(&theirs);
                set_if_changed(self.progress, merged);
            }
            Some(None) => self.progress.set(Progress::default()),
            None => {}
        }
    }

    /// Saving, the clock, word from other tabs, and the start screen's glance: the app's
    /// long-lived effects, started when the core opens. The bank may still be on its way
    /// then, and saved progress is read only once it is in use (`open_storage`): until
    /// then nothing is saved (`writable`) and the glance read at start stands.
    pub(crate) fn keep_in_sync(&self) {
        let quiz = *self;
        Effect::new(move |_| {
            // An empty state would withdraw the Resume the start screen offers from storage,
            // and a tap on what took its place would be lost.
            if quiz.bank.with(|b| b.questions.is_empty()) {
                return;
            }
            let glance = quiz
                .progress
                .with(|p| quiz.attempt.with(|a| Glance::of(p, a.as_ref())));
            set_if_changed(quiz.glance, glance);
        });
        // A save waits for the frame that shows the change: before, it held every Check's
        // feedback back by 2-3 ms at 4x CPU. Hiding the page still saves at once (below).
        let pending = std::rc::Rc::new(std::cell::Cell::new(false));
        Effect::watch(
            move || {
                quiz.progress.track();
                quiz.attempt.track();
            },
            move |_, _, _| {
                if !pending.replace(true) {
                    let pending = pending.clone();
                    browser::after_paint(move || {
                        pending.set(false);
                        quiz.save();
                    });
                }
            },
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
        let _ = window_event_listener_untyped(browser::UPDATE_READY_EVENT, move |_| {
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
}

//! Loading and saving through the storage module, and word from other tabs.

use super::{Notice, Page, Quiz};
use crate::domain::progress::{Progress, Snapshot};
use crate::domain::session::Phase;
use crate::storage::{self, Keys, StorageError};
use leptos::prelude::*;

impl Quiz {
    /// Loads saved progress for the current bank; a saved attempt waits to be resumed.
    pub(super) fn open_storage(&self) {
        let bank = self.bank.get_untracked();
        let keys = Keys::new(
            &bank.id,
            self.settings.with_value(|s| s.namespace.clone()).as_deref(),
        );
        let loaded = storage::load(&keys);
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

    /// Saves now; called from the one save effect and when the page is hidden.
    pub fn save(&self) {
        if !self.writable.get_untracked() {
            return;
        }
        let snapshot = Snapshot {
            progress: self.progress.get_untracked(),
            current: self.attempt.get_untracked(),
        };
        match self.keys.with_value(|k| storage::save(k, &snapshot)) {
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
    pub fn absorb_external(&self, raw: Option<String>) {
        match storage::decode_external(raw.as_deref()) {
            Some(Some(theirs)) => {
                let mut merged = self.progress.get_untracked();
                merged.merge(&theirs);
                if merged != self.progress.get_untracked() {
                    self.progress.set(merged);
                }
            }
            Some(None) => self.progress.set(Progress::default()),
            None => {}
        }
    }
}

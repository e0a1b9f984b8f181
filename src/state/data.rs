//! The learner's own data: export, import, reset, the backup of unreadable progress,
//! and notices about it.

use super::{Notice, Quiz};
use crate::storage::{self, ImportError};
use leptos::prelude::*;
use quiz_core::progress::Progress;

impl Quiz {
    /// The learner's progress as an export file: its suggested name and compact JSON.
    pub(in crate::state) fn export_progress(&self) -> (String, String) {
        let quiz_id = self.bank.with_untracked(|b| b.id.clone());
        let now = (self.services().now_ms)();
        let json = self
            .progress
            .with_untracked(|p| storage::export_json(&quiz_id, p, now));
        (format!("{quiz_id}-progress.json"), json)
    }

    /// Merges an export file into the learner's progress; says how many attempts it added.
    pub(in crate::state) fn import_progress(&self, text: &str) -> Result<usize, ImportError> {
        let quiz_id = self.bank.with_untracked(|b| b.id.clone());
        let imported = storage::import_json(&quiz_id, text)?;
        let before = self.progress.with_untracked(|p| p.history.len());
        self.progress.update(|p| p.merge(&imported));
        Ok(self
            .progress
            .with_untracked(|p| p.history.len())
            .saturating_sub(before))
    }

    /// Erases everything saved for this quiz, and the attempt under way.
    pub(in crate::state) fn reset_progress(&self) {
        if let Err(e) = self.keys.with_value(storage::erase) {
            leptos::logging::warn!("could not erase saved progress: {e}");
        }
        self.progress.set(Progress::default());
        self.attempt.set(None);
    }

    /// The raw saved text that could not be read, kept so the learner can take it away.
    pub(in crate::state) fn unreadable_backup(&self) -> Option<String> {
        self.keys.with_value(storage::backup)
    }

    /// Hides the current notice.
    pub(in crate::state) fn dismiss_notice(&self) {
        self.notice.set(None::<Notice>);
    }
}

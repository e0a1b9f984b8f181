//! The one owner of localStorage: every key, the saved (serde) form, and how failures degrade.

use crate::domain::progress::{FinishedAttempt, Progress};
use crate::domain::scoring::Score;
use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

pub const PROGRESS_KEY: &str = "pmo-leader-quiz/progress";
/// A saved value that could not be read is moved here before anything overwrites it.
pub const BACKUP_KEY: &str = "pmo-leader-quiz/progress.backup";
const VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is missing or throws on access (blocked, disabled, private mode).
    Unavailable,
    /// A saved value was not what this version writes; it was backed up.
    Corrupt,
    /// A write failed, most often because the quota is full.
    WriteFailed,
}

#[derive(Serialize, Deserialize)]
struct SavedScore {
    earned: u32,
    possible: u32,
}

#[derive(Serialize, Deserialize)]
struct SavedTopic {
    topic: String,
    score: SavedScore,
}

#[derive(Serialize, Deserialize)]
struct SavedAttempt {
    finished_at: u64,
    seed: u64,
    score: SavedScore,
    pass_mark: u32,
    topics: Vec<SavedTopic>,
}

#[derive(Serialize, Deserialize)]
struct SavedProgress {
    version: u32,
    best: Option<SavedScore>,
    history: Vec<SavedAttempt>,
}

impl From<Score> for SavedScore {
    fn from(s: Score) -> Self {
        SavedScore {
            earned: s.earned,
            possible: s.possible,
        }
    }
}

impl From<SavedScore> for Score {
    fn from(s: SavedScore) -> Self {
        Score {
            earned: s.earned,
            possible: s.possible,
        }
    }
}

impl From<&Progress> for SavedProgress {
    fn from(p: &Progress) -> Self {
        SavedProgress {
            version: VERSION,
            best: p.best.map(Into::into),
            history: p
                .history
                .iter()
                .map(|a| SavedAttempt {
                    finished_at: a.finished_at,
                    seed: a.seed,
                    score: a.score.into(),
                    pass_mark: a.pass_mark,
                    topics: a
                        .topics
                        .iter()
                        .map(|(topic, score)| SavedTopic {
                            topic: topic.clone(),
                            score: (*score).into(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl From<SavedProgress> for Progress {
    fn from(s: SavedProgress) -> Self {
        Progress {
            best: s.best.map(Into::into),
            history: s
                .history
                .into_iter()
                .map(|a| FinishedAttempt {
                    finished_at: a.finished_at,
                    seed: a.seed,
                    score: a.score.into(),
                    pass_mark: a.pass_mark,
                    topics: a
                        .topics
                        .into_iter()
                        .map(|t| (t.topic, t.score.into()))
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Whether localStorage can be used at all. gloo's `LocalStorage::raw()` panics when
/// access throws (blocked third-party storage), so every gloo call is behind this.
pub fn available() -> bool {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .is_some()
}

/// Reads saved progress. A missing key is a fresh start; an unreadable value is
/// copied to `BACKUP_KEY` first, so that the next save cannot destroy it.
pub fn load_progress() -> Result<Progress, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    match LocalStorage::get::<SavedProgress>(PROGRESS_KEY) {
        Ok(saved) if saved.version == VERSION => Ok(saved.into()),
        Err(GlooError::KeyNotFound(_)) => Ok(Progress::default()),
        Err(GlooError::JsError(e)) => {
            leptos::logging::warn!("reading saved progress failed: {e}");
            Err(StorageError::Unavailable)
        }
        Ok(_) | Err(GlooError::SerdeError(_)) => {
            back_up_raw();
            Err(StorageError::Corrupt)
        }
    }
}

fn back_up_raw() {
    let raw = LocalStorage::raw().get_item(PROGRESS_KEY).ok().flatten();
    if let Some(raw) = raw {
        if LocalStorage::raw().set_item(BACKUP_KEY, &raw).is_err() {
            leptos::logging::warn!("could not back up unreadable saved progress");
        }
    }
}

pub fn save_progress(progress: &Progress) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(PROGRESS_KEY, SavedProgress::from(progress)).map_err(|e| {
        leptos::logging::warn!("saving progress failed: {e}");
        StorageError::WriteFailed
    })
}

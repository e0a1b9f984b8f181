//! The one owner of localStorage: every key, reading with migration, writing with a
//! merge so two tabs never undo each other, and how each failure degrades.

mod convert;
pub mod schema;
mod transfer;

use gloo_storage::{LocalStorage, Storage};
use js_sys::Array;
use quiz_core::progress::{Glance, Progress, Snapshot};
use quiz_core::scoring::Score;
use schema::{decode, encode, SchemaError};
pub use transfer::{export_json, import_json, ImportError};

/// Where the first release kept its progress; read once and moved.
pub const LEGACY_KEY: &str = "pmo-leader-quiz/progress";
/// The built-in bank's id: the only quiz the first release saved.
const LEGACY_QUIZ: &str = "pmo-leader";

/// The keys for one quiz: namespaced by the embed's `ns` setting and the bank's id, so
/// two quizzes on one site never collide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    /// The key progress is saved under.
    pub data: String,
    /// The key an unreadable saved value is copied to, so the learner can still download it.
    pub backup: String,
    legacy: bool,
}

impl Keys {
    /// The keys for bank id `quiz` under the embed's namespace (`default` when none).
    pub fn new(quiz: &str, namespace: Option<&str>) -> Keys {
        let data = format!("pmo-leader-quiz:{}:{quiz}", namespace.unwrap_or("default"));
        Keys {
            backup: format!("{data}:backup"),
            data,
            legacy: quiz == LEGACY_QUIZ && namespace.is_none(),
        }
    }
}

/// Why saved progress could not be read or written; each has its own notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is missing or throws on access (blocked, disabled, private mode).
    Unavailable,
    /// The saved value could not be read; it was backed up and the quiz started fresh.
    Corrupt,
    /// A write failed, most often because the quota is full.
    WriteFailed,
    /// Saved by a newer version of the quiz: left untouched, nothing is saved.
    Newer,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            StorageError::Unavailable => "localStorage is unavailable",
            StorageError::Corrupt => "the saved value could not be read",
            StorageError::WriteFailed => "the write failed (storage full?)",
            StorageError::Newer => "saved by a newer version of the quiz",
        })
    }
}

impl std::error::Error for StorageError {}

/// What `load` found: the saved state, or a fresh one and the reason.
pub struct Loaded {
    /// The saved progress and attempt under way, or empty ones when nothing could be read.
    pub snapshot: Snapshot,
    /// What went wrong, for the notice; `None` when all is well.
    pub problem: Option<StorageError>,
    /// False when saving would lose data or cannot work.
    pub writable: bool,
}

/// localStorage, or `None` where touching it throws. gloo's `LocalStorage::raw()`
/// panics in that case, so every gloo call sits behind this check.
fn local() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// Whether localStorage can be touched here at all.
pub fn available() -> bool {
    local().is_some()
}

fn read(keys: &Keys) -> Result<Option<String>, StorageError> {
    let store = local().ok_or(StorageError::Unavailable)?;
    let raw = store
        .get_item(&keys.data)
        .map_err(|_| StorageError::Unavailable)?;
    Ok(match raw {
        Some(raw) => Some(raw),
        None if keys.legacy => store.get_item(LEGACY_KEY).ok().flatten(),
        None => None,
    })
}

fn back_up(keys: &Keys, raw: &str) {
    if LocalStorage::raw().set_item(&keys.backup, raw).is_err() {
        leptos::logging::warn!("could not back up unreadable saved progress");
    }
}

/// Reads what is saved for one quiz, migrating older versions. An unreadable value
/// is copied to the backup key first, so no later save can destroy it.
pub fn load(keys: &Keys) -> Loaded {
    let fresh = |problem, writable| Loaded {
        snapshot: Snapshot::default(),
        problem,
        writable,
    };
    let raw = match read(keys) {
        Ok(Some(raw)) => raw,
        Ok(None) => return fresh(None, true),
        Err(e) => return fresh(Some(e), false),
    };
    match decode(&raw) {
        Ok((snapshot, _)) => Loaded {
            snapshot,
            problem: None,
            writable: true,
        },
        Err(SchemaError::Newer(version)) => {
            leptos::logging::warn!(
                "saved progress is from a newer version ({version}); not saving"
            );
            fresh(Some(StorageError::Newer), false)
        }
        Err(e) => {
            leptos::logging::warn!(
                "saved progress unreadable ({e}); backed up to {}",
                keys.backup
            );
            back_up(keys, &raw);
            fresh(Some(StorageError::Corrupt), true)
        }
    }
}

/// Writes `snapshot`, first folding in whatever another tab saved meanwhile. Returns
/// the merged progress when it differs from `snapshot`'s, so the caller can show it.
pub fn save(keys: &Keys, snapshot: &Snapshot) -> Result<Option<Progress>, StorageError> {
    let stored = read(keys)?;
    if stored.is_none() && *snapshot == Snapshot::default() {
        // Nothing to keep yet: leave storage untouched rather than write an empty record.
        return Ok(None);
    }
    let mut merged = snapshot.clone();
    if let Some(raw) = &stored {
        match decode(raw) {
            Ok((theirs, _)) => merged.progress.merge(&theirs.progress),
            Err(SchemaError::Newer(_)) => return Err(StorageError::Newer),
            Err(_) => back_up(keys, raw),
        }
    }
    let encoded = encode(&merged);
    let unchanged = local()
        .and_then(|s| s.get_item(&keys.data).ok().flatten())
        .is_some_and(|raw| raw == encoded);
    if !unchanged {
        LocalStorage::raw()
            .set_item(&keys.data, &encoded)
            .map_err(|e| {
                leptos::logging::warn!("saving progress failed: {e:?}");
                StorageError::WriteFailed
            })?;
        if keys.legacy {
            let _ = LocalStorage::raw().remove_item(LEGACY_KEY);
        }
    }
    Ok((merged.progress != snapshot.progress).then_some(merged.progress))
}

/// The start screen's view of what is saved, read with the browser's JSON parser so the
/// first download needs no decoder. `load` does the real reading later; where the two
/// differ (an unreadable or newer value), this shows nothing and `load` reports it.
pub fn glance(keys: &Keys) -> Glance {
    use js_sys::{Reflect, JSON};
    use wasm_bindgen::JsValue;
    let field = |value: &JsValue, name: &str| {
        Reflect::get(value, &name.into())
            .ok()
            .filter(|v| !v.is_null() && !v.is_undefined())
    };
    let number = |value: &JsValue, name: &str| {
        field(value, name)
            .and_then(|v| v.as_f64())
            .filter(|n| *n >= 0.0 && n.fract() == 0.0)
    };
    let length = |value: &JsValue, name: &str| {
        field(value, name)
            .filter(Array::is_array)
            .map(|v| Array::from(&v).length() as usize)
    };
    let Some(saved) = read(keys)
        .ok()
        .flatten()
        .and_then(|raw| JSON::parse(&raw).ok())
    else {
        return Glance::default();
    };
    let version = number(&saved, "version");
    if !matches!(version, Some(1.0) | Some(2.0)) {
        return Glance::default();
    }
    let best = field(&saved, "best").and_then(|best| {
        Some(Score {
            earned: number(&best, "earned")? as u32,
            possible: number(&best, "possible")? as u32,
        })
    });
    let resume = field(&saved, "current").and_then(|current| {
        let position = number(&current, "position")? as usize;
        let total = length(&current, "items")?;
        (position < total).then_some((position + 1, total))
    });
    Glance {
        best,
        attempts: length(&saved, "history").unwrap_or(0),
        resume: resume.filter(|_| version == Some(2.0)),
    }
}

/// Removes everything saved for one quiz, backups included.
pub fn erase(keys: &Keys) -> Result<(), StorageError> {
    let store = local().ok_or(StorageError::Unavailable)?;
    for key in [keys.data.as_str(), keys.backup.as_str()] {
        store
            .remove_item(key)
            .map_err(|_| StorageError::WriteFailed)?;
    }
    if keys.legacy {
        let _ = store.remove_item(LEGACY_KEY);
    }
    Ok(())
}

/// The unreadable value kept by `load`, if any.
pub fn backup(keys: &Keys) -> Option<String> {
    local()?.get_item(&keys.backup).ok().flatten()
}

/// Decodes a value another tab just wrote under our key; `None` means it was erased.
pub fn decode_external(raw: Option<&str>) -> Option<Option<Progress>> {
    match raw {
        None => Some(None),
        Some(raw) => decode(raw).ok().map(|(s, _)| Some(s.progress)),
    }
}

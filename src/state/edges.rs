//! What the state needs from outside it: the clock, randomness, the host page, saved
//! progress and the core chunk. They are injected, so the state's logic runs on the
//! host in tests, and so the state never imports the chunk that is built on it.
//!
//! They come in two parts on purpose. `Edges`, given at start, holds only what the
//! start screen needs. `Services` is installed by the core chunk when it arrives: a
//! function is kept out of the main module only if nothing there refers to it, and
//! these pull in serde (saving, events).

use super::Quiz;
use crate::storage::{Keys, Loaded, StorageError};
use quiz_core::bank::Bank;
use quiz_core::events::HostEvent;
use quiz_core::progress::{Glance, Progress, Snapshot};

/// What the start screen needs from outside, before the core is in.
#[derive(Clone, Copy)]
pub struct Edges {
    /// What is saved under `keys`, read without the full decoder.
    pub glance: fn(&Keys) -> Glance,
    /// Fetches the core chunk, which then calls `Quiz::core_arrived` or `Quiz::core_missing`.
    pub fetch_core: fn(Quiz),
}

/// What an attempt needs from outside: installed by the core with `Quiz::connect`.
#[derive(Clone, Copy)]
pub struct Services {
    /// Milliseconds since the epoch.
    pub now_ms: fn() -> u64,
    /// Today's day number in the learner's time zone.
    pub today: fn() -> i64,
    /// A seed for a new attempt's draw.
    pub seed: fn() -> u64,
    /// Tells the host page, to the origins allowed.
    pub emit: fn(&HostEvent, &[String]),
    /// Reads what is saved under `keys` for `bank` (an LMS names questions by bank place).
    pub load: fn(&Keys, &Bank) -> Loaded,
    /// Saves `snapshot` under `keys`; hands back the progress merged with another tab's.
    pub save: fn(&Keys, &Snapshot, &Bank) -> Result<Option<Progress>, StorageError>,
    /// Asks the service worker to keep these files (a provider bank's pictures) offline.
    pub keep: fn(Vec<String>),
}

impl Edges {
    /// The browser's storage, with `fetch_core` to load the core.
    pub fn browser(fetch_core: fn(Quiz)) -> Self {
        Edges {
            glance: crate::storage::glance,
            fetch_core,
        }
    }
}

impl Services {
    /// Nothing outside yet: the core has not arrived. Nothing reaches these before it does.
    pub const NONE: Services = Services {
        now_ms: || 0,
        today: || 0,
        seed: || 0,
        emit: |_, _| {},
        load: |_, _| Loaded {
            snapshot: Snapshot::default(),
            problem: None,
            writable: false,
        },
        save: |_, _, _| Ok(None),
        keep: |_| {},
    };

    /// The browser's clock, randomness, host page and localStorage.
    pub fn browser() -> Self {
        Services {
            now_ms: crate::browser::now_ms,
            today: crate::browser::today,
            seed: crate::browser::fresh_seed,
            emit: crate::embed::send,
            load: |keys, _| crate::storage::load(keys),
            save: |keys, snapshot, _| crate::storage::save(keys, snapshot),
            keep: crate::browser::keep_offline,
        }
    }
}

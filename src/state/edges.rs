//! What the state needs from outside it: the clock, randomness, the host page, saved
//! progress and the core chunk. They are injected, so the state's logic runs on the
//! host in tests, and so the state never imports the chunk that is built on it.

use super::Quiz;
use crate::domain::events::HostEvent;
use crate::domain::progress::Glance;
use crate::storage::Keys;

/// The state's ways out, as plain function pointers (so `Quiz` stays `Copy`).
#[derive(Clone, Copy)]
pub struct Edges {
    /// Milliseconds since the epoch.
    pub now_ms: fn() -> u64,
    /// Today's day number in the learner's time zone.
    pub today: fn() -> i64,
    /// A seed for a new attempt's draw.
    pub seed: fn() -> u64,
    /// What is saved under `keys`, read without the full decoder.
    pub glance: fn(&Keys) -> Glance,
    /// Tells the host page, to the origins allowed.
    pub emit: fn(&HostEvent, &[String]),
    /// Fetches the core chunk, which then calls `Quiz::core_arrived` or `Quiz::core_missing`.
    pub fetch_core: fn(Quiz),
}

impl Edges {
    /// The browser's clock, randomness, storage and host page, with `fetch_core` to load the core.
    pub fn browser(fetch_core: fn(Quiz)) -> Self {
        Edges {
            now_ms: crate::browser::now_ms,
            today: crate::browser::today,
            seed: crate::browser::fresh_seed,
            glance: crate::storage::glance,
            emit: crate::embed::send,
            fetch_core,
        }
    }
}

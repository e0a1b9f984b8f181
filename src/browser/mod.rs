//! Small edges to the browser that the rest of the app should not touch directly, one
//! concern a file.

mod clock;
mod fetch;
mod files;
mod locale;
mod page;
mod pictures;
mod share;

pub use clock::{fresh_seed, now_ms, today};
pub use fetch::{fetch_text, FetchError};
pub use files::{download, pretty_json, read_chosen_file};
pub use locale::{format_date, preferred_languages, query_pairs};
pub use page::{
    after_paint, apply_update, next_task, offline_ready, page_visible, print, update_waiting,
    APPLY_UPDATE_EVENT, OFFLINE_READY_EVENT, OFFLINE_READY_FLAG, UPDATE_READY_EVENT,
    UPDATE_READY_FLAG,
};
pub use pictures::{keep_offline, prefetch_image, KEEP_EVENT, KEEP_LIST};
pub use share::{share_or_copy, Shared};

#[cfg(test)]
mod tests {
    use super::*;

    /// sw-register.js is plain JS: these names must be spelt there as here.
    #[test]
    fn the_service_worker_script_uses_the_same_names() {
        let script = include_str!("../web/sw-register.js");
        for name in [
            UPDATE_READY_FLAG,
            UPDATE_READY_EVENT,
            APPLY_UPDATE_EVENT,
            OFFLINE_READY_FLAG,
            OFFLINE_READY_EVENT,
            KEEP_LIST,
            KEEP_EVENT,
        ] {
            assert!(script.contains(name), "sw-register.js does not use {name}");
        }
    }
}

//! The storage module in a real browser: round trips, a missing key, corrupt data,
//! blocked storage and failing writes.
#![cfg(target_arch = "wasm32")]

use pmo_leader_quiz::domain::progress::{FinishedAttempt, Progress};
use pmo_leader_quiz::domain::scoring::Score;
use pmo_leader_quiz::storage::{
    available, load_progress, save_progress, StorageError, BACKUP_KEY, PROGRESS_KEY,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function raw_get(key) { return window.localStorage.getItem(key); }
export function raw_set(key, value) { window.localStorage.setItem(key, value); }
export function clear() { window.localStorage.clear(); }
let original;
export function block_access() {
  original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('blocked', 'SecurityError'); },
  });
}
export function unblock_access() {
  if (original) { Object.defineProperty(window, 'localStorage', original); } else { delete window.localStorage; }
}
export function break_writes() {
  window.__setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
}
export function mend_writes() { Storage.prototype.setItem = window.__setItem; }
")]
extern "C" {
    fn raw_get(key: &str) -> Option<String>;
    fn raw_set(key: &str, value: &str);
    fn clear();
    fn block_access();
    fn unblock_access();
    fn break_writes();
    fn mend_writes();
}

fn sample() -> Progress {
    let mut progress = Progress::default();
    progress.record(FinishedAttempt {
        finished_at: 1_764_000_000_000,
        seed: 42,
        score: Score {
            earned: 9_000,
            possible: 12,
        },
        pass_mark: 70,
        topics: vec![(
            "transition".into(),
            Score {
                earned: 2_500,
                possible: 3,
            },
        )],
    });
    progress
}

#[wasm_bindgen_test]
fn progress_round_trips_through_local_storage() {
    clear();
    save_progress(&sample()).expect("save");
    assert!(raw_get(PROGRESS_KEY).is_some_and(|raw| raw.contains("\"seed\":42")));
    assert_eq!(load_progress(), Ok(sample()));
}

#[wasm_bindgen_test]
fn a_missing_key_is_a_fresh_start() {
    clear();
    assert_eq!(load_progress(), Ok(Progress::default()));
}

#[wasm_bindgen_test]
fn corrupt_data_is_reported_and_kept_under_the_backup_key() {
    clear();
    raw_set(PROGRESS_KEY, "{not json");
    assert_eq!(load_progress(), Err(StorageError::Corrupt));
    assert_eq!(raw_get(BACKUP_KEY).as_deref(), Some("{not json"));

    raw_set(
        PROGRESS_KEY,
        r#"{"version":1,"best":null,"history":[{"seed":"x"}]}"#,
    );
    assert_eq!(load_progress(), Err(StorageError::Corrupt));
}

#[wasm_bindgen_test]
fn blocked_storage_degrades_without_panicking() {
    block_access();
    let result = (available(), load_progress(), save_progress(&sample()));
    unblock_access();
    assert_eq!(
        result,
        (
            false,
            Err(StorageError::Unavailable),
            Err(StorageError::Unavailable)
        )
    );
    assert!(available());
}

#[wasm_bindgen_test]
fn a_failing_write_is_reported() {
    clear();
    break_writes();
    let result = save_progress(&sample());
    mend_writes();
    assert_eq!(result, Err(StorageError::WriteFailed));
}

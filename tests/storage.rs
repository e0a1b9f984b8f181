//! The storage module in a real browser: round trips, migration from the first
//! release's key, corrupt and newer data, merging with another tab, blocked storage
//! and failing writes.
#![cfg(target_arch = "wasm32")]

#[path = "../crates/quiz-core/tests/common/mod.rs"]
mod common;

use pmo_leader_quiz::storage::{
    available, backup, erase, glance, load, save, Keys, StorageError, LEGACY_KEY,
};
use quiz_core::progress::{FinishedAttempt, Glance, Progress, Snapshot};
use quiz_core::scoring::Score;
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

const V1: &str = include_str!("fixtures/storage/v1.json");
const V2: &str = include_str!("fixtures/storage/v2.json");
const V3: &str = include_str!("fixtures/storage/v3-newer.json");

fn keys() -> Keys {
    Keys::new("pmo-leader", None)
}

fn finished(seed: u64, earned: u32) -> FinishedAttempt {
    common::finished(seed)
        .at(1_764_000_000_000 + seed)
        .score(earned, 12)
        .topic("transition", 2_500, 3)
        .duration(60_000)
        .build()
}

fn sample() -> Snapshot {
    let mut progress = Progress::default();
    progress.record(finished(42, 9_000));
    progress.answered("diff-01", 1_000, 20_000, 1_764_000_000_000);
    Snapshot {
        progress,
        current: None,
    }
}

#[wasm_bindgen_test]
fn progress_round_trips_through_local_storage() {
    clear();
    assert_eq!(save(&keys(), &sample()), Ok(None));
    assert!(raw_get(&keys().data).is_some_and(|raw| raw.contains("\"seed\":42")));
    let loaded = load(&keys());
    assert_eq!(
        (loaded.snapshot, loaded.problem, loaded.writable),
        (sample(), None, true)
    );
}

#[wasm_bindgen_test]
fn a_missing_key_is_a_fresh_start() {
    clear();
    let loaded = load(&keys());
    assert_eq!(
        (loaded.snapshot, loaded.problem),
        (Snapshot::default(), None)
    );
}

#[wasm_bindgen_test]
fn the_first_release_key_is_read_then_moved() {
    clear();
    raw_set(LEGACY_KEY, V1);
    let loaded = load(&keys());
    assert_eq!(loaded.snapshot.progress.history.len(), 2);
    save(&keys(), &loaded.snapshot).unwrap();
    assert_eq!(raw_get(LEGACY_KEY), None);
    assert_eq!(load(&keys()).snapshot, loaded.snapshot);
    clear();
    raw_set(LEGACY_KEY, V1);
    assert_eq!(
        load(&Keys::new("pmo-leader", Some("acme"))).snapshot,
        Snapshot::default(),
        "namespaced quizzes start clean"
    );
}

#[wasm_bindgen_test]
fn corrupt_data_is_reported_and_kept_under_the_backup_key() {
    clear();
    raw_set(&keys().data, "{not json");
    let loaded = load(&keys());
    assert_eq!(
        (loaded.problem, loaded.writable),
        (Some(StorageError::Corrupt), true)
    );
    assert_eq!(backup(&keys()).as_deref(), Some("{not json"));
    save(&keys(), &sample()).unwrap();
    assert_eq!(
        backup(&keys()).as_deref(),
        Some("{not json"),
        "saving keeps the backup"
    );
}

#[wasm_bindgen_test]
fn newer_data_is_left_alone() {
    clear();
    raw_set(&keys().data, V3);
    let loaded = load(&keys());
    assert_eq!(
        (loaded.problem, loaded.writable),
        (Some(StorageError::Newer), false)
    );
    assert_eq!(save(&keys(), &sample()), Err(StorageError::Newer));
    assert_eq!(raw_get(&keys().data).as_deref(), Some(V3));
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_wrote() {
    clear();
    let mut other_tab = Snapshot::default();
    other_tab.progress.record(finished(7, 12_000));
    save(&keys(), &other_tab).unwrap();
    let merged = save(&keys(), &sample()).unwrap().expect("progress changed");
    assert_eq!(
        merged.history.iter().map(|a| a.seed).collect::<Vec<_>>(),
        [7, 42]
    );
    assert_eq!(
        merged.best,
        Some(Score {
            earned: 12_000,
            possible: 12
        })
    );
    assert_eq!(load(&keys()).snapshot.progress, merged);
}

#[wasm_bindgen_test]
fn erase_removes_data_and_backup() {
    clear();
    raw_set(&keys().backup, "old");
    save(&keys(), &sample()).unwrap();
    erase(&keys()).unwrap();
    assert_eq!(
        (raw_get(&keys().data), raw_get(&keys().backup)),
        (None, None)
    );
}

#[wasm_bindgen_test]
fn blocked_storage_degrades_without_panicking() {
    block_access();
    let loaded = load(&keys());
    let result = (
        available(),
        loaded.problem,
        loaded.writable,
        save(&keys(), &sample()),
    );
    unblock_access();
    assert_eq!(
        result,
        (
            false,
            Some(StorageError::Unavailable),
            false,
            Err(StorageError::Unavailable)
        )
    );
    assert!(available());
}

#[wasm_bindgen_test]
fn a_failing_write_is_reported() {
    clear();
    break_writes();
    let result = save(&keys(), &sample());
    mend_writes();
    assert_eq!(result, Err(StorageError::WriteFailed));
}

/// What the full reader makes of a value, as the start screen would show it.
fn glance_by_load(keys: &Keys) -> Glance {
    let loaded = load(keys);
    Glance::of(&loaded.snapshot.progress, loaded.snapshot.current.as_ref())
}

#[wasm_bindgen_test]
fn the_start_screen_glance_agrees_with_the_full_reader() {
    for (what, raw) in [("version 1", V1), ("version 2", V2)] {
        clear();
        raw_set(&keys().data, raw);
        let seen = glance(&keys());
        assert_ne!(seen, Glance::default(), "{what} has a record");
        assert_eq!(seen, glance_by_load(&keys()), "{what}");
    }
    clear();
    raw_set(LEGACY_KEY, V1);
    assert_eq!(
        glance(&keys()),
        glance_by_load(&keys()),
        "the first release's key"
    );
    clear();
    assert_eq!(save(&keys(), &sample()), Ok(None));
    assert_eq!(glance(&keys()), glance_by_load(&keys()), "as saved today");
}

#[wasm_bindgen_test]
fn the_glance_shows_nothing_for_values_the_full_reader_refuses() {
    for raw in [
        V3,
        "{not json",
        "5",
        "null",
        r#"{"version":2,"best":"high"}"#,
    ] {
        clear();
        raw_set(&keys().data, raw);
        assert_eq!(glance(&keys()).best, None, "{raw}");
        assert_eq!(glance(&keys()).resume, None, "{raw}");
    }
    clear();
    block_access();
    assert_eq!(glance(&keys()), Glance::default());
    unblock_access();
}

//! Everything past the start screen's first paint, as one chunk: the bank and its
//! parser, reading and saving progress, starting attempts, the question screen,
//! embedding events, and the start screen's practice modes and mastery. The start
//! screen draws without it, from the bank's summary and a glance at storage; the chunk
//! is fetched as soon as the start screen is up, and a tap that comes first waits for it.
//! New code belongs here unless the start screen needs it: the main module is held to
//! 80 KB brotli by `tools/size-check.mjs`. What lands in the chunk is decided by what
//! only its entry points reach, not by the module a function is written in.

use crate::components::{
    fetch_results, BrokenBankScreen, ChunkMissing, QuestionScreen, StartExtras, StorageNotice,
    UpdateBanner,
};
use crate::lms;
use crate::state::{Core, Quiz, Screen, Services};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::time::Duration;

#[wasm_split(core, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load() -> Result<Core, ChunkMissing> {
    Ok(entry_points())
}

fn entry_points() -> Core {
    Core {
        open,
        act: |quiz, action| quiz.act(action),
        run_length: |quiz| quiz.run_length(),
        start_extras: || view! { <StartExtras /> }.into_any(),
        // The question screen comes with the core, as Start needs it at once. The
        // results and progress screens are chunks of their own, which the shell loads:
        // a split point called from inside another chunk would leave the test builds,
        // which are not split, importing wasm-split's placeholder module.
        screen: |screen| match screen {
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::BankBroken => view! { <BrokenBankScreen /> }.into_any(),
            _ => ().into_any(),
        },
        notices: || view! { <StorageNotice /> }.into_any(),
        update_banner: || view! { <UpdateBanner /> }.into_any(),
    }
}

/// Fetches the core (`Edges::fetch_core`), with the results screen's chunk alongside:
/// Start counts as ready only when both are in, so a run that starts can finish with
/// no network. Asked for after the start screen's first frame, so nothing competes with
/// drawing it, or after a moment where frames are held back (a hidden tab, an iframe out
/// of view).
pub fn fetch(quiz: Quiz) {
    let owner = Owner::current();
    let fetch = async move {
        // Both download at once: the second wait below joins this one's download. Not a
        // join!, which cost the main module 0.5 KB brotli.
        leptos::task::spawn_local(async {
            let _ = fetch_results().await;
        });
        let both = async {
            let core = load().await?;
            fetch_results().await?;
            Ok::<_, ChunkMissing>(core)
        };
        match both.await {
            Ok(core) => within(&owner, || (core.open)(quiz)),
            Err(ChunkMissing) => quiz.core_missing(),
        }
    };
    let fetch = std::cell::Cell::new(Some(fetch));
    let go = std::rc::Rc::new(move || {
        if let Some(fetch) = fetch.take() {
            leptos::task::spawn_local(fetch);
        }
    });
    let after_frame = go.clone();
    request_animation_frame(move || set_timeout(move || after_frame(), Duration::ZERO));
    set_timeout(move || go(), Duration::from_millis(250));
}

/// Loads the bank and saved progress, then hands the start screen the core once the bank
/// is in. Each step is a task of its own, so none keeps the page from answering a tap for long.
fn open(quiz: Quiz) {
    let owner = Owner::current();
    quiz.with_settings(|s| lms::connect(s.scorm, s.xapi));
    quiz.connect(Services {
        emit: lms::emit,
        load: lms::load,
        save: lms::save,
        ..Services::browser()
    });
    leptos::task::spawn_local(async move {
        quiz.with_settings(|s| {
            for warning in &s.ignored {
                leptos::logging::warn!("{warning}");
            }
        });
        for report in quiz.take_reports() {
            report.log();
        }
        // The bank may still be on its way (src/boot.rs fetches it beside this chunk): Start
        // is ready once it is in use, as a run needs it.
        within(&owner, || {
            quiz.load_bank(move || quiz.core_arrived(entry_points()));
        });
        within(&owner, || quiz.keep_in_sync());
        lms::end_on_pagehide();
    });
}

/// Runs `run` as part of the app, so the effects it makes outlive the task that made them.
fn within<T>(owner: &Option<Owner>, run: impl FnOnce() -> T) -> T {
    match owner {
        Some(owner) => owner.with(run),
        None => run(),
    }
}

//! Screens kept out of the core: results and progress. Each is a split point, like the
//! core (`crate::core_chunk`): the release build cuts them into wasm chunks of their own
//! (tools/bin/wasm-bindgen). The results chunk is fetched with the core, since a run
//! ends there (`fetch_results`); the progress chunk when the browser is idle, or at first
//! use; the service worker precaches both. The shell, not the core, must be the one to
//! load them: see `crate::core_chunk`.

use super::{focus_soon, ProgressScreen, ResultsScreen};
use crate::state::{use_shell, use_text};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A chunk that could not be fetched, e.g. offline before the service worker had it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// The screens kept out of the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deferred {
    /// The results screen, with the review of every answer.
    Results,
    /// The progress screen, with history, mastery and data controls.
    Progress,
}

/// Builds a deferred screen; the code lives in its chunk, so it can only be had once loaded.
type Make = fn() -> AnyView;

#[wasm_split(results, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_results))]
fn results_screen() -> Result<Make, ChunkMissing> {
    Ok(|| view! { <ResultsScreen /> }.into_any())
}

#[wasm_split(progress, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_progress))]
fn progress_screen() -> Result<Make, ChunkMissing> {
    Ok(|| view! { <ProgressScreen /> }.into_any())
}

impl Deferred {
    async fn load(self) -> Result<Make, ChunkMissing> {
        match self {
            Deferred::Results => results_screen().await,
            Deferred::Progress => progress_screen().await,
        }
    }
}

/// Fetches the results screen's chunk. A run ends there, so the start screen counts the
/// quiz ready only once it is in (`crate::core_chunk::fetch`): a learner who then loses the
/// network can still finish the run and review it.
pub async fn fetch_results() -> Result<(), ChunkMissing> {
    Ok(preload_results().await?)
}

/// Fetches every deferred chunk once the start screen is idle, so the next screen opens at once.
pub fn preload_when_idle() {
    request_idle_callback(|| {
        leptos::task::spawn_local(async {
            // A failure here is retried at first use, where the learner is told.
            let _ = preload_results().await;
            let _ = preload_progress().await;
        })
    });
}

/// One deferred screen, once its chunk is in; a way to retry if it cannot be fetched.
#[component]
pub fn DeferredScreen(screen: Deferred) -> impl IntoView {
    let t = use_text();
    // Loaded outside the render: building the screen inside a Suspend would make every
    // signal its body reads a reason to rebuild it.
    let made = RwSignal::new(None::<Result<Make, ChunkMissing>>);
    let fetch = move || {
        leptos::task::spawn_local(async move { made.set(Some(screen.load().await)) });
    };
    fetch();
    let retry = move || {
        made.set(None);
        fetch();
    };
    move || match made.get() {
        None => view! { <p class="boot" role="status">{t.loading_screen}</p> }.into_any(),
        Some(Ok(make)) => untrack(make),
        Some(Err(ChunkMissing)) => view! { <ChunkFailed retry /> }.into_any(),
    }
}

/// Says a screen could not be downloaded, and offers to try again or go back to the start.
#[component]
fn ChunkFailed(retry: impl Fn() + Copy + 'static) -> impl IntoView {
    let quiz = use_shell();
    let t = quiz.text();
    // The button that led here is gone: keep keyboard users on the way forward.
    let button = NodeRef::<leptos::html::Button>::new();
    focus_soon(button);
    view! {
        <section class="screen" role="alert" data-testid="chunk-failed">
            <p>{t.chunk_failed}</p>
            <div class="actions">
                <button type="button" class="primary" node_ref=button on:click=move |_| retry()>
                    {t.retry}
                </button>
                // The start screen needs no chunk, and an unfinished attempt waits there.
                <button type="button" class="secondary" on:click=move |_| quiz.go_home()>
                    {t.back_to_start}
                </button>
            </div>
        </section>
    }
}

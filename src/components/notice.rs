//! Banners and alerts: storage trouble, a broken bank, a core that could not be fetched, a new version.

use crate::browser;
use crate::state::{
    describe, use_learner_data, use_shell, use_text, BankState, Notice, Screen, StorageError,
};
use leptos::prelude::*;

/// The start screen's note that the quiz now works with no network: once the service
/// worker holds every file. Only the core draws it (in `StartExtras`), below what was
/// drawn first, so its arrival moves nothing in view.
#[component]
pub fn OfflineReady() -> impl IntoView {
    let t = use_text();
    let ready = RwSignal::new(browser::offline_ready());
    let _ = window_event_listener_untyped(browser::OFFLINE_READY_EVENT, move |_| ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <p class="muted offline-ready" data-testid="offline-ready">{t.offline_ready}</p>
        </Show>
    }
}

/// A dismissible, non-blocking banner: saving trouble, or questions skipped on resume.
/// Only the core sets a notice, so it draws this inside the shell's live `notice-slot`.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let message = move || {
        quiz.notice().get().map(|notice| match notice {
            Notice::Storage(StorageError::Unavailable) => t.storage_unavailable.to_string(),
            Notice::Storage(StorageError::Corrupt) => t.storage_corrupt.to_string(),
            Notice::Storage(StorageError::WriteFailed) => t.storage_write_failed.to_string(),
            Notice::Storage(StorageError::Newer) => t.storage_newer.to_string(),
            Notice::Skipped(n) => t.count(&t.skipped, n),
        })
    };
    let has_backup = move || quiz.notice().get() == Some(Notice::Storage(StorageError::Corrupt));
    let download = move |_| {
        if let Some(raw) = quiz.unreadable_backup() {
            if browser::download(
                "pmo-leader-quiz-unreadable-progress.txt",
                "text/plain",
                &raw,
            )
            .is_err()
            {
                leptos::logging::warn!("could not offer the backup as a download");
            }
        }
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="notice" data-testid="storage-notice">
                <p>{message}</p>
                <Show when=has_backup>
                    <button type="button" class="quiet" on:click=download>{t.download_backup}</button>
                </Show>
                <button type="button" class="quiet" on:click=move |_| quiz.dismiss_notice()>
                    {t.dismiss}
                </button>
            </div>
        </Show>
    }
}

/// Every problem found in a question bank, for the person who wrote it.
#[component]
pub fn BankProblems(
    problems: Vec<String>,
    #[prop(optional)] path: Option<String>,
) -> impl IntoView {
    let t = &crate::i18n::EN;
    let items = problems
        .into_iter()
        .map(|p| view! { <li>{p}</li> })
        .collect_view();
    view! {
        <section class="screen bank-problems" role="alert" aria-labelledby="bank-problems-heading">
            <h2 id="bank-problems-heading">{t.bank_broken_heading}</h2>
            {path.filter(|p| !p.is_empty()).map(|p| view! { <p class="muted"><code>{p}</code></p> })}
            <p>{t.bank_broken_intro}</p>
            <ul class="problem-list" data-testid="bank-problems">{items}</ul>
        </section>
    }
}

/// A bank that failed: its problems, and a way on with the built-in questions (or, for
/// those, a retry).
#[component]
pub fn BrokenBankScreen() -> impl IntoView {
    let quiz = use_shell();
    let t = quiz.text();
    let BankState::Broken { path, error } = quiz.bank_state().get_untracked() else {
        return ().into_any();
    };
    // For the built-in bank itself there is nothing to fall back on, only a retry.
    let label = if quiz.is_built_in(&path) {
        t.retry
    } else {
        t.use_built_in
    };
    view! {
        <BankProblems problems=describe(&error) path />
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| quiz.use_built_in()>{label}</button>
        </div>
    }
    .into_any()
}

/// Says the rest of the quiz could not be downloaded, and offers to try again.
#[component]
pub fn CoreFailed() -> impl IntoView {
    let quiz = use_shell();
    let t = quiz.text();
    view! {
        <div class="notice" role="alert" data-testid="core-failed">
            <p>{t.chunk_failed}</p>
            <button type="button" class="quiet" on:click=move |_| quiz.boot()>{t.retry}</button>
        </div>
    }
}

/// Shown while a provider's bank is on its way.
#[component]
pub fn LoadingScreen() -> impl IntoView {
    let t = use_text();
    view! { <p class="boot" role="status">{t.loading_bank}</p> }
}

/// A quiet offer to switch to a newly downloaded version; never shown mid-question.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let quiz = use_shell();
    let t = quiz.text();
    view! {
        <Show when=move || quiz.update_ready().get() && quiz.screen() != Screen::Question>
            <div class="notice update" role="status" data-testid="update-banner">
                <p>{t.update_ready}</p>
                <button type="button" class="quiet" on:click=move |_| browser::apply_update()>{t.update_reload}</button>
            </div>
        </Show>
    }
}

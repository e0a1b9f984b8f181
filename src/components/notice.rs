use crate::domain::bank::Problem;
use crate::state::Quiz;
use crate::storage::StorageError;
use leptos::prelude::*;

/// A dismissible, non-blocking banner saying what went wrong with saving.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let quiz = expect_context::<Quiz>();
    let t = quiz.text;
    let message = move || {
        quiz.notice.get().map(|e| match e {
            StorageError::Unavailable => t.storage_unavailable,
            StorageError::Corrupt => t.storage_corrupt,
            StorageError::WriteFailed => t.storage_write_failed,
        })
    };
    view! {
        <div class="notice-slot" role="status">
            <Show when=move || message().is_some()>
                <div class="notice" data-testid="storage-notice">
                    <p>{message}</p>
                    <button type="button" class="quiet" on:click=move |_| quiz.notice.set(None)>
                        {t.dismiss}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// Every problem found in a question bank, for the person who wrote it.
#[component]
pub fn BankProblems(problems: Vec<Problem>) -> impl IntoView {
    let t = &crate::i18n::EN;
    let items = problems
        .iter()
        .map(|p| view! { <li>{p.to_string()}</li> })
        .collect_view();
    view! {
        <section class="screen bank-problems" role="alert" aria-labelledby="bank-problems-heading">
            <h2 id="bank-problems-heading">{t.bank_broken_heading}</h2>
            <p>{t.bank_broken_intro}</p>
            <ul class="problem-list" data-testid="bank-problems">{items}</ul>
        </section>
    }
}

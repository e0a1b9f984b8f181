//! The progress screen: best score, history, mastery, and the learner's export, import and reset.

use super::{focus_soon, MasteryList};
use crate::browser;
use crate::i18n::Texts;
use crate::state::{use_learner_data, ImportError};
use leptos::prelude::*;
use quiz_core::mode::Mode;
use quiz_core::progress::FinishedAttempt;

/// History, best score and mastery, with export, import and reset.
#[component]
pub fn ProgressScreen() -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_soon(heading);
    let best = move || {
        quiz.progress()
            .with(|p| p.best.map(|best| t.score(&t.best_score, &best)))
    };
    view! {
        <section class="screen progress-screen" aria-labelledby="progress-heading">
            <h2 id="progress-heading" tabindex="-1" node_ref=heading>{t.progress_heading}</h2>
            <p class="best-score">{move || best().unwrap_or_else(|| t.no_attempts.to_string())}</p>
            <MasteryList />
            <HistoryTable />
            <DataControls />
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| quiz.go_home()>{t.back_to_start}</button>
            </div>
        </section>
    }
}

/// Finished attempts, newest first.
#[component]
pub fn HistoryTable() -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let newest_first = move || {
        quiz.progress()
            .with(|p| p.history.iter().rev().cloned().collect::<Vec<_>>())
    };
    let row = move |a: FinishedAttempt| {
        let mode = mode_label(a.mode, t);
        let score = format!(
            "{} / {} ({})",
            t.points(a.score.earned),
            t.count_text(a.score.possible as usize),
            t.percent(a.score.percent())
        );
        let (icon, result) = if a.passed() {
            ("✓ ", t.passed)
        } else {
            ("○ ", t.not_passed)
        };
        view! {
            <tr>
                <td>{browser::format_date(a.finished_at, t.lang, true)}</td>
                <td>{mode}</td>
                <td>{score}</td>
                <td><span aria-hidden="true">{icon}</span>{result}</td>
            </tr>
        }
    };
    let empty = move || quiz.progress().with(|p| p.history.is_empty());
    view! {
        <h3>{t.history_heading}</h3>
        <Show when=move || !empty() fallback=move || view! { <p class="muted">{t.no_history}</p> }>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.history_heading>
                <table class="history-table" data-testid="history">
                    <thead>
                        <tr>
                            <th scope="col">{t.date}</th>
                            <th scope="col">{t.mode}</th>
                            <th scope="col">{t.score}</th>
                            <th scope="col">{t.result}</th>
                        </tr>
                    </thead>
                    <tbody>
                        // An attempt's seed identifies it, as when histories are merged.
                        <For each=newest_first key=|a| a.seed children=row />
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// Export, import and reset: the learner owns their data.
#[component]
pub fn DataControls() -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let status = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let (filename, json) = quiz.export_progress();
        if browser::download(&filename, "application/json", &browser::pretty_json(&json)).is_err() {
            leptos::logging::warn!("could not offer the export as a download");
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let message = match browser::read_chosen_file(&input).await {
                Some(text) => import_message(t, quiz.import_progress(&text)),
                None => t.import_unreadable.to_string(),
            };
            input.set_value("");
            status.set(Some(message));
        });
    };
    let reset = move |_| {
        quiz.reset_progress();
        confirming.set(false);
        status.set(Some(t.reset_done.to_string()));
    };
    view! {
        <h3>{t.your_data_heading}</h3>
        <p class="muted">{t.your_data_intro}</p>
        <div class="actions">
            <button type="button" class="secondary" on:click=export>{t.export}</button>
            <label class="file-button secondary">
                <span>{t.import_label}</span>
                <input type="file" accept="application/json,.json" on:change=import />
            </label>
            <button type="button" class="secondary danger" on:click=move |_| confirming.set(true)>{t.reset}</button>
        </div>
        <Show when=move || confirming.get()>
            <div class="confirm" role="alertdialog" aria-labelledby="reset-warning">
                <p id="reset-warning">{t.reset_confirm}</p>
                <div class="actions">
                    <button type="button" class="primary danger" on:click=reset>{t.reset_yes}</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{t.cancel}</button>
                </div>
            </div>
        </Show>
        <p class="status-line" role="status" data-testid="data-status">{move || status.get()}</p>
    }
}

/// What the learner is told after an import.
fn import_message(t: &'static Texts, result: Result<usize, ImportError>) -> String {
    match result {
        Ok(added) => t.count(&t.imported, added),
        Err(ImportError::NotJson) => t.import_not_json.to_string(),
        Err(ImportError::NotAnExport) => t.import_not_export.to_string(),
        Err(ImportError::OtherQuiz(other)) => t.import_other_quiz.fill(&other),
        Err(ImportError::Newer) => t.import_newer.to_string(),
        Err(ImportError::Damaged) => t.import_damaged.to_string(),
    }
}

/// The learner-facing name of a mode.
pub fn mode_label(mode: Mode, t: &'static crate::i18n::Texts) -> &'static str {
    match mode {
        Mode::Practice => t.mode_practice,
        Mode::Exam => t.mode_exam,
        Mode::Mistakes => t.mode_mistakes,
        Mode::Focus => t.mode_focus,
        Mode::Spaced => t.mode_spaced,
    }
}

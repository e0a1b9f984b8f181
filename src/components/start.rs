//! The start screen: what the quiz covers, the learner's record, and Start or Resume.

use super::{MasteryList, OfflineReady, PracticeModes};
use crate::state::use_shell;
use crate::state::Action;
use leptos::prelude::*;
use quiz_core::mode::Mode;
use quiz_core::session::DEFAULT_COUNT;

/// The welcome screen: what the quiz covers, the learner's record, and Start or Resume.
/// It draws from the bank's summary and a glance at storage; the practice modes and
/// mastery, which need the learner's full history, join once the core is in, with the
/// way to the progress screen.
#[component]
pub fn StartScreen() -> impl IntoView {
    let quiz = use_shell();
    let t = quiz.text();
    let meta = quiz.meta().get_untracked();
    let lang = meta.lang.clone();
    let topics = meta
        .topics
        .iter()
        .map(|topic| view! { <li>{topic.name.clone()}</li> })
        .collect_view();
    let description = meta.description.clone();
    let facts = move || {
        let count = match quiz.core_run_length() {
            Some(count) => Some(count),
            // Runs narrowed by history wait for it.
            None => quiz.with_settings(|s| {
                matches!(s.mode, Mode::Practice | Mode::Exam)
                    .then(|| meta.run_length(s.count.unwrap_or(DEFAULT_COUNT), &s.topics))
            }),
        }?;
        Some(
            t.form(&t.question_count, count)
                .fill(&t.count_text(count), &t.percent(quiz.pass_mark())),
        )
    };
    let record = move || {
        quiz.glance().with(|g| match g.best {
            Some(best) => {
                let best_line = t.score(&t.best_score, &best);
                let attempts = t.attempts_count.fill(&t.count_text(g.attempts));
                view! {
                    <p class="best-score" data-testid="best-score">{best_line}</p>
                    <p class="muted">{attempts}</p>
                }
                .into_any()
            }
            None => view! { <p class="muted">{t.no_attempts}</p> }.into_any(),
        })
    };
    // A memo, so the buttons (and their focus) survive updates that change nothing.
    let resume = Memo::new(move |_| quiz.glance().with(|g| g.resume));
    view! {
        <section class="screen start" aria-labelledby="start-heading">
            <p class="lead" lang=lang.clone() dir="auto">{description}</p>
            <p class="muted">{facts}</p>
            <div class="record">{record}</div>
            {move || match resume.get() {
                Some((n, total)) => {
                    let label = t.resume.fill(&n.to_string(), &total.to_string());
                    view! {
                        <p class="resume-note">{t.unfinished}</p>
                        <div class="actions">
                            <button type="button" class="primary" aria-describedby="start-status" on:click=move |_| quiz.request(Action::Resume)>{label}</button>
                            <button type="button" class="secondary" aria-describedby="start-status" on:click=move |_| quiz.request(Action::StartNew { resume_shown: true })>{t.start_new}</button>
                        </div>
                    }
                    .into_any()
                }
                None => view! {
                    <div class="actions">
                        <button type="button" class="primary" aria-describedby="start-status" on:click=move |_| quiz.request(Action::StartNew { resume_shown: false })>{t.start}</button>
                    </div>
                }
                .into_any(),
            }}
            // Always in the page, so screen readers hear it fill. It describes the buttons
            // above: until a whole run's code is in, they say "Loading…" (not `disabled`,
            // which would drop focus and the tap; a tap waits for the code).
            <p class="waiting" id="start-status" role="status">
                {move || quiz.loading_core().then_some(t.loading_screen)}
            </p>
            <h2 id="start-heading">{t.topics_heading}</h2>
            <ul class="topic-list" lang=lang dir="auto">{topics}</ul>
            // Below what is drawn at first, so their arrival with the core moves nothing in view.
            {quiz.core_view(|c| c.start_extras)}
        </section>
    }
}

/// What the start screen gains once the core is in: practice modes, mastery, and the way
/// to the progress screen. Only the core draws it, so its code travels in that chunk.
#[component]
pub fn StartExtras() -> impl IntoView {
    let quiz = use_shell();
    let has_history = move || {
        quiz.progress()
            .with(|p| !p.history.is_empty() || !p.questions.is_empty())
    };
    view! {
        <PracticeModes />
        <Show when=has_history>
            <MasteryList />
        </Show>
        <p class="links">
            <button type="button" class="link" on:click=move |_| quiz.open_progress()>
                {quiz.text().progress_button}
            </button>
        </p>
        <OfflineReady />
    }
}

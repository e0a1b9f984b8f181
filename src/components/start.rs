use super::{MasteryList, PracticeModes};
use crate::i18n::fill;
use crate::state::{Page, Quiz};
use leptos::prelude::*;

/// The welcome screen: what the quiz covers, the learner's record, and Start or Resume.
#[component]
pub fn StartScreen() -> impl IntoView {
    let quiz = expect_context::<Quiz>();
    let t = quiz.text;
    let bank = quiz.bank.get_untracked();
    let topics = bank
        .topics
        .iter()
        .map(|topic| view! { <li>{topic.name.clone()}</li> })
        .collect_view();
    let count = quiz.plan().run_length(&bank);
    let facts = fill(
        t.question_count.pick(count),
        &[
            ("count", &count.to_string()),
            ("mark", &quiz.pass_mark().to_string()),
        ],
    );
    let record = move || {
        quiz.progress.with(|p| match p.best {
            Some(best) => {
                let best_line = fill(
                    t.best_score,
                    &[
                        ("points", &best.points_text()),
                        ("total", &best.possible.to_string()),
                        ("percent", &best.percent().to_string()),
                    ],
                );
                let attempts = fill(t.attempts_count, &[("count", &p.history.len().to_string())]);
                view! {
                    <p class="best-score" data-testid="best-score">{best_line}</p>
                    <p class="muted">{attempts}</p>
                }
                .into_any()
            }
            None => view! { <p class="muted">{t.no_attempts}</p> }.into_any(),
        })
    };
    let resumable = move || {
        quiz.attempt.with(|a| {
            a.as_ref().map(|a| {
                let n = (a.position + 1).to_string();
                fill(
                    t.resume,
                    &[("n", &n), ("total", &a.items.len().to_string())],
                )
            })
        })
    };
    let has_history = move || {
        quiz.progress
            .with(|p| !p.history.is_empty() || !p.questions.is_empty())
    };
    view! {
        <section class="screen start" aria-labelledby="start-heading">
            <p class="lead">{bank.description.clone()}</p>
            <p class="muted">{facts}</p>
            <div class="record">{record}</div>
            {move || match resumable() {
                Some(label) => view! {
                    <p class="resume-note">{t.unfinished}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| quiz.resume()>{label}</button>
                        <button type="button" class="secondary" on:click=move |_| quiz.start_new()>{t.start_new}</button>
                    </div>
                }
                .into_any(),
                None => view! {
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| quiz.start_new()>{t.start}</button>
                    </div>
                }
                .into_any(),
            }}
            <PracticeModes />
            <h2 id="start-heading">{t.topics_heading}</h2>
            <ul class="topic-list">{topics}</ul>
            <Show when=has_history>
                <MasteryList />
            </Show>
            <p class="links">
                <button type="button" class="link" on:click=move |_| quiz.page.set(Page::Progress)>
                    {t.progress_button}
                </button>
            </p>
        </section>
    }
}

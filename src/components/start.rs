use crate::i18n::fill;
use crate::state::Quiz;
use leptos::prelude::*;

/// The welcome screen: what the quiz covers, the best score so far, and Start.
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
    let count = quiz.plan().run_length(&bank).to_string();
    let facts = fill(
        t.question_count,
        &[("count", &count), ("mark", &quiz.pass_mark().to_string())],
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
    view! {
        <section class="screen start" aria-labelledby="start-heading">
            <p class="lead">{bank.description.clone()}</p>
            <p class="muted">{facts}</p>
            <h2 id="start-heading">{t.topics_heading}</h2>
            <ul class="topic-list">{topics}</ul>
            <div class="record">{record}</div>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| quiz.start_new()>
                    {t.start}
                </button>
            </div>
        </section>
    }
}

//! Sharing and printing a result, and how each topic moved since the last attempt.

use crate::browser::{self, Shared};
use crate::state::use_attempting;
use leptos::prelude::*;
use quiz_core::progress::{topic_changes, FinishedAttempt};

/// How this attempt moved each topic against the last one in the same mode.
#[component]
pub fn TopicChanges(latest: FinishedAttempt) -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let bank = quiz.bank().get_untracked();
    let Some(previous) = quiz
        .progress()
        .with_untracked(|p| p.previous_like(&latest).cloned())
    else {
        return ().into_any();
    };
    let changes = topic_changes(&latest, &previous);
    let lines = if changes.is_empty() {
        view! { <li>{t.change_same}</li> }.into_any()
    } else {
        changes
            .into_iter()
            .map(|(topic, delta)| {
                let template = if delta > 0 {
                    t.change_up
                } else {
                    t.change_down
                };
                let points = t.points(delta.unsigned_abs() as u32);
                let (class, icon) = if delta > 0 {
                    ("change up", "▲ ")
                } else {
                    ("change down", "▼ ")
                };
                let text = template.fill(&points, bank.topic_name(&topic));
                view! { <li class=class><span aria-hidden="true">{icon}</span>{text}</li> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <h3>{t.change_heading}</h3>
        <ul class="changes" data-testid="changes">{lines}</ul>
    }
    .into_any()
}

/// Share (or copy) a short summary with no personal data, and print a one-page summary.
#[component]
pub fn ShareActions(latest: FinishedAttempt) -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let bank = quiz.bank().get_untracked();
    let topics = latest
        .topics
        .iter()
        .map(|(topic, s)| {
            format!(
                "{} {}/{}",
                bank.topic_name(topic),
                t.points(s.earned),
                t.count_text(s.possible as usize)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let text = t.share_text.fill(
        &t.points(latest.score.earned),
        &t.count_text(latest.score.possible as usize),
        &t.percent(latest.score.percent()),
        &bank.title,
        &browser::format_date(latest.finished_at, t.lang, false),
        &topics,
    );
    let title = bank.title.clone();
    let status = RwSignal::new(None::<&'static str>);
    let share = move |_| {
        let (title, text) = (title.clone(), text.clone());
        leptos::task::spawn_local(async move {
            status.set(match browser::share_or_copy(&title, &text).await {
                Shared::Shared => None,
                Shared::Copied => Some(t.share_copied),
                Shared::Failed => Some(t.share_failed),
            });
        });
    };
    view! {
        <div class="actions share-actions">
            <button type="button" class="secondary" on:click=share>{t.share}</button>
            <button type="button" class="secondary" on:click=move |_| browser::print()>{t.print}</button>
        </div>
        <p class="status-line" role="status" data-testid="share-status">{move || status.get()}</p>
    }
}

//! Each topic's mastery, for the start and progress screens.

use crate::state::use_learner_data;
use leptos::prelude::*;
use quiz_core::mastery::{by_topic, Level, TopicMastery};

/// Each topic's mastery as a bar and a plain label, from the learner's recent answers.
#[component]
pub fn MasteryList() -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let rows = move || {
        let bank = quiz.bank().get();
        quiz.progress().with(|p| by_topic(&bank, &p.questions))
    };
    view! {
        <h3>{t.mastery_heading}</h3>
        <ul class="mastery-list" data-testid="mastery">
            // Rebuilt whole: one row per topic, a handful at most. A keyed <For> here
            // cost about 4 KB brotli on the way to the first question (measured), for
            // diffing four rows.
            {move || rows().into_iter().map(|m| view! { <MasteryRow mastery=m /> }).collect_view()}
        </ul>
    }
}

/// One topic's row: its name, level in words, a bar, and the figures behind it.
#[component]
fn MasteryRow(mastery: TopicMastery) -> impl IntoView {
    let quiz = use_learner_data();
    let t = quiz.text();
    let m = mastery;
    let label = match m.level {
        Level::NotStarted => t.level_not_started,
        Level::NeedsWork => t.level_needs_work,
        Level::GettingThere => t.level_getting_there,
        Level::Strong => t.level_strong,
    };
    let detail = t.mastery_detail.fill(
        &t.percent(m.percent),
        &t.count_text(m.answered),
        &t.count_text(m.total),
    );
    let name = quiz
        .bank()
        .with_untracked(|b| b.topic_name(&m.topic).to_string());
    view! {
        <li class="mastery-row" data-topic=m.topic.clone()>
            <span class="mastery-name" lang=super::bank_lang() dir="auto">{name}</span>
            <span
                class="level"
                class:strong=m.level == Level::Strong
                class:getting-there=m.level == Level::GettingThere
                class:needs-work=m.level == Level::NeedsWork
                class:not-started=m.level == Level::NotStarted
            >
                {label}
            </span>
            <span class="bar" aria-hidden="true">
                <span class="bar-fill" style:width=format!("{}%", m.percent)></span>
            </span>
            <span class="muted mastery-detail">{detail}</span>
        </li>
    }
}

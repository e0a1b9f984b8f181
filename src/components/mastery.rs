use crate::domain::mastery::{by_topic, Level};
use crate::state::Quiz;
use leptos::prelude::*;

/// Each topic's mastery as a bar and a plain label, from the learner's recent answers.
#[component]
pub fn MasteryList() -> impl IntoView {
    let quiz = expect_context::<Quiz>();
    let t = quiz.text;
    let rows = move || {
        let bank = quiz.bank().get();
        quiz.progress()
            .with(|p| by_topic(&bank, &p.questions))
            .into_iter()
            .map(|m| {
                let label = match m.level {
                    Level::NotStarted => t.level_not_started,
                    Level::NeedsWork => t.level_needs_work,
                    Level::GettingThere => t.level_getting_there,
                    Level::Strong => t.level_strong,
                };
                let class = match m.level {
                    Level::Strong => "level strong",
                    Level::GettingThere => "level getting-there",
                    Level::NeedsWork => "level needs-work",
                    Level::NotStarted => "level not-started",
                };
                let detail = t.mastery_detail.fill(
                    &m.percent.to_string(),
                    &m.answered.to_string(),
                    &m.total.to_string(),
                );
                let name = bank.topic_name(&m.topic).to_string();
                view! {
                    <li class="mastery-row" data-topic=m.topic.clone()>
                        <span class="mastery-name">{name}</span>
                        <span class=class>{label}</span>
                        <span class="bar" aria-hidden="true">
                            <span class="bar-fill" style:width=format!("{}%", m.percent)></span>
                        </span>
                        <span class="muted mastery-detail">{detail}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{t.mastery_heading}</h3>
        <ul class="mastery-list" data-testid="mastery">{rows}</ul>
    }
}

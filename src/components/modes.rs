//! The start screen's other ways to practise (exam, mistakes, spaced review, focus) and an exam's clock.

use crate::browser;
use crate::i18n::{Count, Plural};
use crate::state::{use_attempting, Attempting};
use leptos::prelude::*;
use quiz_core::mastery;
use quiz_core::mode::Mode;

/// Other ways to practise, built from the learner's own history: an exam, their
/// mistakes, one topic, and what spaced review has due today.
#[component]
pub fn PracticeModes() -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let bank = quiz.bank().get_untracked();
    let mistakes = move || {
        quiz.progress()
            .with(|p| mastery::mistakes(&bank_for(quiz), &p.questions).len())
    };
    let due = move || {
        quiz.progress()
            .with(|p| mastery::due(&bank_for(quiz), &p.questions, browser::today()).len())
    };
    let weakest = Memo::new(move |_| {
        let bank = bank_for(quiz);
        quiz.progress().with(|p| {
            let levels = mastery::by_topic(&bank, &p.questions);
            let started = levels.iter().any(|m| m.answered > 0);
            mastery::weakest(&levels)
                .filter(|_| started)
                .map(|m| m.topic.clone())
        })
    });
    let chosen = RwSignal::new(
        weakest
            .get_untracked()
            .or_else(|| bank.topics.first().map(|t| t.id.clone())),
    );
    let options = bank
        .topics
        .iter()
        .map(|topic| {
            let id = topic.id.clone();
            let selected = chosen.get_untracked().as_deref() == Some(id.as_str());
            view! { <option value=id selected=selected>{topic.name.clone()}</option> }
        })
        .collect_view();
    let exam_label = match quiz.with_settings(|s| s.minutes) {
        Some(minutes) => t.start_timed_exam.fill(&t.minutes(minutes)),
        None => t.start_exam.to_string(),
    };
    let hint = move || {
        weakest.get().map(|topic| {
            let name = bank_for(quiz).topic_name(&topic).to_string();
            t.weakest_hint.fill(&name)
        })
    };
    view! {
        <section class="ways" aria-labelledby="ways-heading">
            <h2 id="ways-heading">{t.ways_heading}</h2>
            <div class="way">
                <button type="button" class="secondary" on:click=move |_| quiz.start(quiz.plan_for(Mode::Exam, None))>
                    {exam_label}
                </button>
            </div>
            <CountedWay count=Signal::derive(mistakes) label=&t.start_mistakes none=t.no_mistakes mode=Mode::Mistakes />
            <div class="way focus">
                <label for="focus-topic">{t.focus_label}</label>
                <select id="focus-topic" on:change=move |e| chosen.set(Some(event_target_value(&e)))>{options}</select>
                <p class="muted">{hint}</p>
                <button type="button" class="secondary" on:click=move |_| quiz.start(quiz.plan_for(Mode::Focus, chosen.get_untracked()))>
                    {t.start_focus}
                </button>
            </div>
            <CountedWay count=Signal::derive(due) label=&t.start_spaced none=t.none_due mode=Mode::Spaced />
        </section>
    }
}

fn bank_for(quiz: Attempting) -> std::sync::Arc<quiz_core::bank::Bank> {
    quiz.bank().get_untracked()
}

/// A way to practise that needs something to work on, such as mistakes or questions due:
/// a button that says how many, or a quiet line when there are none.
#[component]
fn CountedWay(
    count: Signal<usize>,
    label: &'static Plural<Count>,
    none: &'static str,
    mode: Mode,
) -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    view! {
        <div class="way">
            {move || match count.get() {
                0 => view! { <p class="muted">{none}</p> }.into_any(),
                n => view! {
                    <button type="button" class="secondary" on:click=move |_| quiz.start(quiz.plan_for(mode, None))>
                        {t.count(label, n)}
                    </button>
                }
                .into_any(),
            }}
        </div>
    }
}

/// The time left in a timed exam, as m:ss; it says the minutes aloud as they run out.
#[component]
pub fn ExamTimer() -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let remaining = move || {
        quiz.attempt()
            .with(|a| a.as_ref().and_then(|a| a.remaining_ms()))
    };
    Effect::new(move |_| {
        if let Some(ms) = remaining() {
            let minutes = ms.div_ceil(60_000) as usize;
            if ms % 60_000 >= 59_000 && matches!(minutes, 1 | 5) {
                quiz.announce(t.count(&t.minutes_left, minutes));
            }
        }
    });
    let text = move || {
        remaining().map(|ms| {
            let seconds = ms.div_ceil(1000);
            format!("{}:{:02}", seconds / 60, seconds % 60)
        })
    };
    view! {
        <Show when=move || remaining().is_some()>
            <p class="timer" data-testid="timer">
                <span>{t.time_left_label}{t.label_separator}</span>
                <span role="timer" aria-live="off">{text}</span>
            </p>
        </Show>
    }
}

//! The question screen: the heading, progress bar, clock, the card and its Check/Next button.

use super::{focus_soon, CategoriseList, ChoiceList, ExamTimer, Feedback};
use crate::state::{use_attempting, use_text};
use leptos::prelude::*;
use quiz_core::bank::Kind;
use quiz_core::scoring::Response;
use quiz_core::session::{Phase, SessionError};

/// The current question, with its progress; rebuilt for each new question.
#[component]
pub fn QuestionScreen() -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let position = Memo::new(move |_| {
        quiz.attempt()
            .with(|a| a.as_ref().map_or(0, |a| a.position))
    });
    let total = Memo::new(move |_| {
        quiz.attempt()
            .with(|a| a.as_ref().map_or(0, |a| a.items.len()))
    });
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        position.track();
        focus_soon(heading);
    });
    let title = move || t.at(&t.question_of, position.get(), total.get());
    view! {
        <section class="screen question" aria-labelledby="question-heading">
            <h2 id="question-heading" class="eyebrow" tabindex="-1" node_ref=heading>{title}</h2>
            <ProgressBar current=Signal::derive(move || position.get() + 1) total=total.into() />
            <ExamTimer />
            {move || view! { <QuestionCard position=position.get() /> }}
        </section>
    }
}

/// How far through the attempt the learner is, as an ARIA progressbar.
#[component]
pub fn ProgressBar(current: Signal<usize>, total: Signal<usize>) -> impl IntoView {
    let t = use_text();
    // Integer thousandths: formatting a float would pull float printing into the wasm.
    let scale = move || {
        let milli = current.get() * 1000 / total.get().max(1);
        format!("scaleX({}.{:03})", milli / 1000, milli % 1000)
    };
    let text = move || {
        t.question_of
            .fill(&t.count_text(current.get()), &t.count_text(total.get()))
    };
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=t.progress_label
            aria-valuemin="0"
            aria-valuemax=move || total.get().to_string()
            aria-valuenow=move || current.get().to_string()
            aria-valuetext=text
        >
            <div class="progress-fill" style:transform=scale></div>
        </div>
    }
}

/// One question: its prompt and options, Check, then feedback and Next.
#[component]
pub fn QuestionCard(position: usize) -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let bank = quiz.bank().get_untracked();
    let item = quiz
        .attempt()
        .with_untracked(|a| a.as_ref().and_then(|a| a.items.get(position).cloned()));
    let Some((item, question)) =
        item.and_then(|i| bank.question(&i.question).cloned().map(|q| (i, q)))
    else {
        return ().into_any();
    };
    // The next question's pictures, fetched while the learner reads this one.
    let next = quiz.attempt().with_untracked(|a| {
        a.as_ref()
            .and_then(|a| a.items.get(position + 1))
            .and_then(|i| bank.question(&i.question))
            .map(|q| {
                q.images()
                    .map(|i| quiz.picture_url(&i.src))
                    .collect::<Vec<_>>()
            })
    });
    if let Some(urls) = next.filter(|u| !u.is_empty()) {
        crate::browser::after_paint(move || {
            urls.iter().for_each(|u| crate::browser::prefetch_image(u))
        });
    }
    let empty = match &question.kind {
        Kind::Categorise { items, .. } => Response::Buckets(vec![None; items.len()]),
        _ => Response::Choices(Vec::new()),
    };
    let draft = RwSignal::new(item.response.clone().unwrap_or(empty));
    let exam = quiz
        .attempt()
        .with_untracked(|a| a.as_ref().is_some_and(|a| !a.mode.gives_feedback()));
    let hint = RwSignal::new(None::<&'static str>);
    let checked = Memo::new(move |_| {
        quiz.attempt()
            .with(|a| a.as_ref().is_some_and(|a| a.phase != Phase::Answering))
    });
    // A memo: the attempt changes every second while the clock runs.
    let given = Signal::from(Memo::new(move |_| {
        quiz.attempt().with(|a| {
            a.as_ref()
                .and_then(|a| a.items.get(position))
                .and_then(|i| i.response.clone())
        })
    }));
    let action_button = NodeRef::<leptos::html::Button>::new();
    let is_categorise = matches!(question.kind, Kind::Categorise { .. });
    let on_check = move |_| match quiz.check(draft.get_untracked()) {
        Ok(_) if exam => {}
        Ok(_) => {
            hint.set(None);
            focus_soon(action_button);
        }
        Err(SessionError::Incomplete) => hint.set(Some(if is_categorise {
            t.sort_first
        } else {
            t.answer_first
        })),
        Err(e) => leptos::logging::warn!("check refused: {e}"),
    };
    let last = quiz
        .attempt()
        .with_untracked(|a| a.as_ref().is_some_and(|a| a.is_last()));
    let options = if is_categorise {
        view! { <CategoriseList question=question.clone() order=item.order.clone() draft checked given /> }.into_any()
    } else {
        view! { <ChoiceList question=question.clone() order=item.order.clone() draft checked given /> }.into_any()
    };
    // One button that turns from Check into Next: swapping buttons would remove the focused
    // element, which costs the browser a synchronous focus fix-up on every answer.
    let on_action = move |ev| {
        if checked.get_untracked() {
            quiz.advance();
        } else {
            on_check(ev);
        }
    };
    let action_label = move || match (checked.get(), exam, last) {
        (true, _, false) => t.next,
        (true, _, true) => t.see_results,
        (false, false, _) => t.check,
        (false, true, false) => t.next,
        (false, true, true) => t.finish_exam,
    };
    let feedback_question = question.clone();
    view! {
        <div class="card">
            {options}
            <p class="hint" aria-live="assertive">{move || hint.get()}</p>
            <div class="feedback-slot" aria-live="polite" data-testid="feedback">
                {move || given.get().map(|r| view! { <Feedback question=feedback_question.clone() response=r /> })}
            </div>
            <div class="actions">
                <button type="button" class="primary" node_ref=action_button on:click=on_action>
                    {action_label}
                </button>
            </div>
        </div>
    }
    .into_any()
}

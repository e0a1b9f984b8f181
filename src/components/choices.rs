//! The options of a question: native radios or checkboxes, and a row of radios per statement for sorting.

use super::nodes::{rich_blocks, rich_inline};
use super::picture::{choice_picture, picture, zoom_button};
use super::rich::is_inline;
use crate::state::use_text;
use leptos::either::Either;
use leptos::prelude::*;
use quiz_core::bank::{Kind, Question};
use quiz_core::markup::Field;
use quiz_core::scoring::{correct_choices, Response};

/// The prompt and its options as native radios or checkboxes; after checking, each
/// option says whether it was the learner's and whether it was right.
#[component]
pub fn ChoiceList(
    question: Question,
    order: Vec<usize>,
    draft: RwSignal<Response>,
    checked: Memo<bool>,
    given: Signal<Option<Response>>,
) -> impl IntoView {
    let t = use_text();
    let lang = super::bank_lang();
    // True and False are the interface's words; other options are the bank's.
    let option_lang = (!matches!(question.kind, Kind::TrueFalse { .. })).then(|| lang.clone());
    let multiple = matches!(question.kind, Kind::Multiple { .. });
    let correct = correct_choices(&question.kind);
    let name = format!("q-{}", question.id);
    let options = order
        .into_iter()
        .map(|index| {
            let (lang, option_lang) = (lang.clone(), option_lang.clone());
            let choice = match &question.kind {
                Kind::Single { choices } | Kind::Multiple { choices } => choices.get(index).cloned(),
                _ => None,
            };
            let text = match (&choice, index) {
                (Some(c), _) if c.text.is_empty() => None,
                (Some(c), _) => Some(Either::Left(rich_inline(&c.text, Field::Choice))),
                (None, 0) => Some(Either::Right(t.true_label)),
                (None, _) => Some(Either::Right(t.false_label)),
            };
            let is_correct = correct.contains(&index);
            let feedback = choice.as_ref().and_then(|c| c.feedback.clone());
            let image = choice.as_ref().and_then(|c| c.image.clone());
            // With words of its own, the option is named by them and described by its
            // picture's alt; without, the alt names it.
            let described = (text.is_some() && image.as_ref().is_some_and(|i| !i.decorative))
                .then(|| format!("{name}-picture-{index}"));
            let picture = image.as_ref().map(|i| choice_picture(i, described.clone()));
            let picked_now = move || draft.with(|d| d.has_choice(index));
            let picked_then = move || given.with(|g| g.as_ref().is_some_and(|g| g.has_choice(index)));
            let on_change = move |_| {
                draft.update(|d| {
                    let mut picked = match d {
                        Response::Choices(p) if multiple => std::mem::take(p),
                        _ => Vec::new(),
                    };
                    match picked.iter().position(|&i| i == index) {
                        Some(at) if multiple => {
                            picked.remove(at);
                        }
                        Some(_) => {}
                        None => picked.push(index),
                    }
                    *d = Response::Choices(picked);
                })
            };
            let badges = move || {
                checked.get().then(|| {
                    let mine = picked_then();
                    view! {
                        <span class="badges">
                            {is_correct.then(|| view! { <span class="badge good"><span aria-hidden="true">"✓ "</span>{t.correct_answer}</span> })}
                            {mine.then(|| {
                                let (icon, class) = if is_correct { ("✓ ", "badge mine") } else { ("✗ ", "badge bad") };
                                view! { <span class=class><span aria-hidden="true">{icon}</span>{t.your_answer}</span> }
                            })}
                        </span>
                        {feedback.clone().map(|f| view! { <span class="choice-feedback" lang=lang.clone() dir="auto">{rich_inline(&f, Field::Feedback)}</span> })}
                    }
                })
            };
            let zoom = image.clone().filter(|i| !i.decorative);
            let label = view! {
                <label
                    class="choice"
                    class:has-picture=image.is_some()
                    class:is-correct=move || checked.get() && is_correct
                    class:is-wrong=move || checked.get() && !is_correct && picked_then()
                >
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        name=name.clone()
                        value=index.to_string()
                        prop:checked=picked_now
                        disabled=move || checked.get()
                        on:change=on_change
                        aria-describedby=described
                    />
                    <span class="choice-body">
                        {text.map(|text| view! { <span class="choice-text" lang=option_lang.clone() dir="auto">{text}</span> })}
                        {picture}
                        {badges}
                    </span>
                </label>
            };
            match zoom {
                // The zoom button sits on the picture's corner but outside the label:
                // a label may hold only its one control.
                Some(image) => Either::Left(view! { <div class="choice-row">{label}{zoom_button(&image)}</div> }),
                None => Either::Right(label),
            }
        })
        .collect_view();
    let prompt_id = format!("prompt-{}", question.id);
    // A legend holds phrasing content only: a prompt with lists names the group instead.
    let (prompt, labelled_by) = if is_inline(&question.prompt, Field::Prompt) {
        let text = rich_inline(&question.prompt, Field::Prompt);
        (
            Either::Left(
                view! { <legend class="prompt" lang=lang.clone() dir="auto">{text}</legend> },
            ),
            None,
        )
    } else {
        let text = rich_blocks(&question.prompt, Field::Prompt);
        let prompt = view! { <div class="prompt" id=prompt_id.clone() lang=lang.clone() dir="auto">{text}</div> };
        (Either::Right(prompt), Some(prompt_id))
    };
    view! {
        <fieldset class="options" aria-labelledby=labelled_by>
            {prompt}
            {question.image.as_ref().map(|image| picture(image, false))}
            <p class="instruction">{if multiple { t.choose_many } else { t.choose_one }}</p>
            <div class="choice-list">{options}</div>
        </fieldset>
    }
}

/// Statements to sort: each gets a row of native radios, one per group, so it works by
/// tap or keyboard with nothing to drag.
#[component]
pub fn CategoriseList(
    question: Question,
    order: Vec<usize>,
    draft: RwSignal<Response>,
    checked: Memo<bool>,
    given: Signal<Option<Response>>,
) -> impl IntoView {
    let t = use_text();
    let lang = super::bank_lang();
    let Kind::Categorise { buckets, items } = question.kind.clone() else {
        return ().into_any();
    };
    let rows = order
        .into_iter()
        .filter_map(|index| items.get(index).cloned().map(|item| (index, item)))
        .map(|(index, item)| {
            let name = format!("q-{}-{index}", question.id);
            let placed_then = move || given.with(|g| g.as_ref().and_then(|g| g.bucket_of(index)));
            let right_bucket = buckets.get(item.bucket).cloned().unwrap_or_default();
            let verdict = move || {
                checked.get().then(|| {
                    let right = placed_then() == Some(item.bucket);
                    let (icon, class, label) = if right {
                        ("✓ ", "badge good", t.correct)
                    } else {
                        ("✗ ", "badge bad", t.incorrect)
                    };
                    let belongs = t.belongs_in.fill(&right_bucket);
                    view! {
                        <span class=class><span aria-hidden="true">{icon}</span>{label}</span>
                        {(!right).then(|| view! { <span class="choice-feedback">{belongs}</span> })}
                    }
                })
            };
            let options = buckets
                .iter()
                .enumerate()
                .map(|(b, bucket)| {
                    let name = name.clone();
                    view! {
                        <label class="bucket">
                            <input
                                type="radio"
                                name=name
                                value=b.to_string()
                                prop:checked=move || draft.with(|d| d.bucket_of(index) == Some(b))
                                disabled=move || checked.get()
                                on:change=move |_| draft.update(|d| {
                                    if let Response::Buckets(placed) = d {
                                        if let Some(slot) = placed.get_mut(index) {
                                            *slot = Some(b);
                                        }
                                    }
                                })
                            />
                            <span>{bucket.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="statement">
                    <legend class="statement-text" lang=lang.clone() dir="auto">{rich_inline(&item.text, Field::Choice)}</legend>
                    <div class="bucket-row">{options}</div>
                    <div class="statement-verdict">{verdict}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="options categorise" role="group" aria-labelledby=format!("prompt-{}", question.id)>
            <div class="prompt" lang=lang dir="auto" id=format!("prompt-{}", question.id)>{rich_blocks(&question.prompt, Field::Prompt)}</div>
            {question.image.as_ref().map(|image| picture(image, false))}
            <p class="instruction">{t.choose_buckets}</p>
            <div class="statement-list">{rows}</div>
        </div>
    }
    .into_any()
}

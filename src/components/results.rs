//! The results screen: score, pass or not, per-topic scores and the review of every answer.

use super::nodes::{rich_blocks, rich_inline};
use super::picture::picture;
use super::{answer_text, focus_soon, outcome_badge, ShareActions, TopicChanges};
use crate::browser;
use crate::i18n::Texts;
use crate::state::{use_attempting, use_text};
use leptos::prelude::*;
use quiz_core::bank::{Bank, Kind};
use quiz_core::markup::Field;
use quiz_core::scoring::{correct_choices, mark, Outcome, Response, Score};
use quiz_core::session::{Attempt, AttemptItem};

/// The score, pass or fail, the score per topic, and a review of every answer.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let quiz = use_attempting();
    let t = quiz.text();
    let bank = quiz.bank().get_untracked();
    let Some(attempt) = quiz.attempt().get_untracked() else {
        return ().into_any();
    };
    let summary = attempt.summary(&bank);
    let total = summary.total;
    let passed = total.passes(quiz.pass_mark());
    let score_line = t.score(&t.score_line, &total);
    let pass_line = t.pass_mark.fill(&t.percent(quiz.pass_mark()));
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_soon(heading);
    let latest = quiz
        .progress()
        .with_untracked(|p| p.history.iter().find(|a| a.seed == attempt.seed).cloned());
    let timed_out = attempt
        .limit_ms
        .is_some_and(|limit| attempt.elapsed_ms >= limit);
    // Try again repeats the same kind of run; a focus run keeps its topic.
    let mode = attempt.mode;
    let topic = attempt
        .items
        .first()
        .and_then(|i| bank.question(&i.question))
        .map(|q| q.topic.clone());
    let try_again = move |_| quiz.start(quiz.plan_for(mode, topic.clone()));
    view! {
        <section class="screen results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1" node_ref=heading>{t.results_heading}</h2>
            <div class=if passed { "score-card pass" } else { "score-card fail" } role="status">
                <p class="score-big" data-testid="score">
                    {t.points(total.earned)}
                    <span class="score-of">" / "{t.count_text(total.possible as usize)}</span>
                </p>
                <p class="score-line" data-testid="score-line">{score_line}</p>
                {timed_out.then(|| view! { <p class="time-up" data-testid="time-up">{t.time_up_result}</p> })}
                <p class="pass-state" data-testid="pass-state">
                    <span aria-hidden="true">{if passed { "✓ " } else { "○ " }}</span>
                    {if passed { t.passed } else { t.not_passed }}
                    ". "
                    {pass_line}
                </p>
            </div>
            <div class="actions">
                <button type="button" class="primary" on:click=try_again>{t.try_again}</button>
                <button type="button" class="secondary" on:click=move |_| quiz.go_home()>{t.back_to_start}</button>
            </div>
            <TopicScores topics=summary.topics bank=bank.clone() />
            {latest.as_ref().map(|l| {
                let date = browser::format_date(l.finished_at, t.lang, true);
                view! { <p class="print-date">{t.completed_on.fill(&date)}</p> }
            })}
            {latest.map(|latest| view! {
                <TopicChanges latest=latest.clone() />
                <ShareActions latest />
            })}
            <ReviewList attempt bank />
        </section>
    }
    .into_any()
}

/// A row per topic with its score and a bar.
#[component]
pub fn TopicScores(topics: Vec<(String, Score)>, bank: std::sync::Arc<Bank>) -> impl IntoView {
    let t = use_text();
    let rows = topics
        .into_iter()
        .map(|(topic, score)| {
            let percent = score.percent();
            view! {
                <tr>
                    <th scope="row" lang=bank.lang.clone() dir="auto">{bank.topic_name(&topic).to_string()}</th>
                    <td>
                        <span class="topic-score">{format!("{} / {} ({})", t.points(score.earned), t.count_text(score.possible as usize), t.percent(percent))}</span>
                        <span class="bar" aria-hidden="true"><span class="bar-fill" style:width=format!("{percent}%")></span></span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{t.by_topic}</h3>
        <table class="topic-table" data-testid="topic-scores">
            <thead><tr><th scope="col">{t.topic}</th><th scope="col">{t.score}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Every question in the order asked: the learner's answer, the right one, and why.
#[component]
pub fn ReviewList(attempt: Attempt, bank: std::sync::Arc<Bank>) -> impl IntoView {
    let t = use_text();
    let entries = attempt
        .items
        .iter()
        .filter_map(|item| review_entry(item, &bank, t))
        .collect_view();
    view! {
        <h3 class="review-heading">{t.review_heading}</h3>
        <ol class="review-list" data-testid="review">{entries}</ol>
    }
}

fn review_entry(item: &AttemptItem, bank: &Bank, t: &'static Texts) -> Option<impl IntoView> {
    let question = bank.question(&item.question)?;
    let outcome = item
        .response
        .as_ref()
        .map_or(Outcome::Incorrect, |r| Outcome::of(mark(question, r)));
    let answers = match (&question.kind, &item.response) {
        (Kind::Categorise { items, buckets }, response) => item
            .order
            .iter()
            .filter_map(|&i| items.get(i).map(|statement| (i, statement)))
            .map(|(i, statement)| {
                let given = response.as_ref().and_then(|r| r.bucket_of(i));
                let given = given.and_then(|b| buckets.get(b)).map_or(t.not_answered, String::as_str);
                let right = buckets.get(statement.bucket).map_or("", String::as_str);
                view! {
                    <li>
                        <span class="statement-text">{rich_inline(&statement.text, Field::Choice)}</span>
                        <span class="muted">{format!(" — {}: {given}; {}: {right}", t.your_answer, t.correct_answer)}</span>
                    </li>
                }
            })
            .collect_view()
            .into_any(),
        (kind, response) => {
            let given = match response {
                Some(Response::Choices(picks)) => answer_text(kind, picks, t),
                _ => t.not_answered.to_string(),
            };
            let right = answer_text(kind, &correct_choices(kind), t);
            view! {
                <li><strong>{t.your_answer}{t.label_separator}</strong>{given}</li>
                <li><strong>{t.correct_answer}{t.label_separator}</strong>{right}</li>
            }
            .into_any()
        }
    };
    Some(view! {
        <li class="review-item">
            <div class="review-prompt" lang=super::bank_lang() dir="auto">{rich_blocks(&question.prompt, Field::Prompt)}</div>
            {question.image.as_ref().map(|image| picture(image, true))}
            <p>{outcome_badge(outcome, t)}</p>
            <ul class="review-answers">{answers}</ul>
            <div class="explanation"><strong>{t.why}{t.label_separator}</strong><div class="why" lang=super::bank_lang() dir="auto">{rich_blocks(&question.explanation, Field::Explanation)}</div></div>
        </li>
    })
}

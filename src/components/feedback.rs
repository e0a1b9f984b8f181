//! What a learner sees after checking an answer: the verdict, the right answer and why.

use super::nodes::rich_blocks;
use super::{answer_text, outcome_badge, outcome_class};
use crate::state::use_text;
use leptos::prelude::*;
use quiz_core::bank::{Kind, Question};
use quiz_core::markup::Field;
use quiz_core::scoring::{correct_choices, mark, placed_right, Outcome, Response};

/// Right or wrong, the right answer, and why: read out through the live region around it.
#[component]
pub fn Feedback(question: Question, response: Response) -> impl IntoView {
    let t = use_text();
    let milli = mark(&question, &response);
    let outcome = Outcome::of(milli);
    let answer_line = match &question.kind {
        Kind::Categorise { items, .. } => {
            let right = placed_right(&question, &response);
            t.placed_right
                .fill(&right.to_string(), &items.len().to_string())
                .into_any()
        }
        kind => {
            let correct = correct_choices(kind);
            let label = if correct.len() > 1 {
                t.correct_answers
            } else {
                t.correct_answer
            };
            view! { <strong>{label}{t.label_separator}</strong>{answer_text(kind, &correct, t)} }
                .into_any()
        }
    };
    view! {
        <div class=format!("feedback {}", outcome_class(outcome))>
            <p class="verdict">{outcome_badge(outcome, t)}</p>
            <p class="answer-line">{answer_line}</p>
            <div class="explanation" lang=super::bank_lang() dir="auto">{rich_blocks(&question.explanation, Field::Explanation)}</div>
        </div>
    }
}

//! The interface, one component family per file.

mod choices;
mod deferred;
mod feedback;
mod mastery;
mod modes;
mod nodes;
mod notice;
mod picture;
mod progress;
mod question;
mod results;
mod rich;
mod share;
mod start;

pub use choices::{CategoriseList, ChoiceList};
pub use deferred::{fetch_results, preload_when_idle, ChunkMissing, Deferred, DeferredScreen};
pub use feedback::Feedback;
pub use mastery::MasteryList;
pub use modes::{ExamTimer, PracticeModes};
pub use notice::{
    BankProblems, BrokenBankScreen, CoreFailed, LoadingScreen, OfflineReady, StorageNotice,
    UpdateBanner,
};
pub use progress::{DataControls, HistoryTable, ProgressScreen};
pub use question::{ProgressBar, QuestionCard, QuestionScreen};
pub use results::{ResultsScreen, ReviewList, TopicScores};
pub use share::{ShareActions, TopicChanges};
pub use start::{StartExtras, StartScreen};

use crate::i18n::Texts;
use leptos::prelude::*;
use quiz_core::bank::Kind;
use quiz_core::markup::{self, Field};

/// The language the bank in use is written in, for the `lang` of what shows from it: the
/// interface may be in another (a French interface over the English bank, say).
pub fn bank_lang() -> std::sync::Arc<str> {
    crate::state::use_shell()
        .meta()
        .with_untracked(|m| m.lang.as_str().into())
}

/// The words of option `index`, markup left out: for answer lines that join several.
pub fn option_text(kind: &Kind, index: usize, text: &Texts) -> String {
    match kind {
        Kind::Single { choices } | Kind::Multiple { choices } => choices
            .get(index)
            .map(|c| markup::plain(c.label(), Field::Choice))
            .unwrap_or_default(),
        Kind::TrueFalse { .. } if index == 0 => text.true_label.to_string(),
        Kind::TrueFalse { .. } => text.false_label.to_string(),
        Kind::Categorise { items, .. } => items
            .get(index)
            .map(|i| markup::plain(&i.text, Field::Choice))
            .unwrap_or_default(),
    }
}

/// Moves focus to `target` once the browser has laid out the new view.
pub fn focus_soon<E>(target: NodeRef<E>)
where
    E: leptos::html::ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        // `try_`: a second tap in the same frame (Check, then Next) can dispose the view
        // that owned `target` before this runs, and reading a disposed node panics.
        if let Some(el) = target.try_get_untracked().flatten() {
            let already = document()
                .active_element()
                .is_some_and(|a| AsRef::<wasm_bindgen::JsValue>::as_ref(&a) == el.as_ref());
            if let (false, Some(el)) = (already, el.dyn_ref::<leptos::web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        }
    });
}

/// The options at `picks` joined for reading: "A; B".
pub fn answer_text(kind: &Kind, picks: &[usize], text: &Texts) -> String {
    let mut sorted = picks.to_vec();
    sorted.sort_unstable();
    sorted
        .iter()
        .map(|&i| option_text(kind, i, text))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An icon and a word for an outcome, so colour is never the only signal.
pub fn outcome_badge(outcome: quiz_core::scoring::Outcome, text: &'static Texts) -> impl IntoView {
    use quiz_core::scoring::Outcome;
    let (icon, label) = match outcome {
        Outcome::Correct => ("✓", text.correct),
        Outcome::Partial => ("◐", text.partly),
        Outcome::Incorrect => ("✗", text.incorrect),
    };
    view! {
        <span class=format!("outcome {}", outcome_class(outcome))>
            <span class="outcome-icon" aria-hidden="true">{icon}</span>
            {label}
        </span>
    }
}

/// The CSS class that colours an outcome: `good`, `partial` or `bad`.
pub fn outcome_class(outcome: quiz_core::scoring::Outcome) -> &'static str {
    use quiz_core::scoring::Outcome;
    match outcome {
        Outcome::Correct => "good",
        Outcome::Partial => "partial",
        Outcome::Incorrect => "bad",
    }
}

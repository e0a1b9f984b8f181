//! The root component: loads the bank and saved progress, provides the state, and
//! switches between screens.

use crate::components::{BankProblems, QuestionScreen, ResultsScreen, StartScreen, StorageNotice};
use crate::content;
use crate::i18n::fill;
use crate::state::{Quiz, Screen};
use crate::storage::{self, StorageError};
use leptos::prelude::*;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    if let Some(placeholder) = document().get_element_by_id("boot") {
        placeholder.remove();
    }
    match content::built_in() {
        Ok(bank) => {
            let quiz = Quiz::new(bank);
            provide_context(quiz);
            view! { <QuizShell quiz /> }.into_any()
        }
        Err(problems) => view! {
            <main id="main" class="quiz"><BankProblems problems /></main>
        }
        .into_any(),
    }
}

/// The page frame around whichever screen is current, with the one save effect.
#[component]
fn QuizShell(quiz: Quiz) -> impl IntoView {
    Effect::watch(
        move || quiz.progress.get(),
        move |progress, _, _| {
            if let Err(e) = storage::save_progress(progress) {
                // One notice is enough while storage stays unavailable.
                if !(e == StorageError::Unavailable && quiz.notice.get_untracked().is_some()) {
                    quiz.notice.set(Some(e));
                }
            }
        },
        false,
    );
    let screen = Memo::new(move |_| quiz.screen());
    let title = quiz.bank.with_untracked(|b| b.title.clone());
    let page_title = title.clone();
    Effect::new(move |_| {
        let t = quiz.text;
        let prefix = match screen.get() {
            Screen::Start => None,
            Screen::Question => quiz.attempt.with(|a| {
                a.as_ref().map(|a| {
                    fill(
                        t.question_of,
                        &[
                            ("n", &(a.position + 1).to_string()),
                            ("total", &a.items.len().to_string()),
                        ],
                    )
                })
            }),
            Screen::Results => Some(t.results_heading.to_string()),
        };
        let full = prefix.map_or(page_title.clone(), |p| format!("{p} – {page_title}"));
        document().set_title(&full);
    });
    view! {
        <header class="masthead">
            <h1>{title}</h1>
        </header>
        <main id="main" class="quiz">
            <StorageNotice />
            {move || match screen.get() {
                Screen::Start => view! { <StartScreen /> }.into_any(),
                Screen::Question => view! { <QuestionScreen /> }.into_any(),
                Screen::Results => view! { <ResultsScreen /> }.into_any(),
            }}
        </main>
    }
}

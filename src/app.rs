//! The root component: loads the bank and saved progress, provides the state, and
//! switches between screens.

use crate::components::{
    problem_lines, BankProblems, BrokenBankScreen, LoadingScreen, QuestionScreen, ResultsScreen,
    StartScreen, StorageNotice,
};
use crate::domain::settings;
use crate::i18n::fill;
use crate::state::{Quiz, Screen};
use crate::storage::{self, StorageError};
use crate::{browser, content};
use leptos::prelude::*;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    if let Some(placeholder) = document().get_element_by_id("boot") {
        placeholder.remove();
    }
    let pairs = browser::query_pairs();
    let (settings, warnings) = settings::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in &warnings {
        leptos::logging::warn!("{warning}");
    }
    match content::built_in() {
        Ok(bank) => {
            let custom_bank = settings.bank.clone();
            let quiz = Quiz::new(bank, settings);
            provide_context(quiz);
            if let Some(path) = custom_bank {
                quiz.load_bank(path);
            }
            view! { <QuizShell quiz /> }.into_any()
        }
        Err(problems) => view! {
            <main id="main" class="quiz"><BankProblems problems=problem_lines(&problems) /></main>
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
    let title = move || quiz.bank.with(|b| b.title.clone());
    Effect::new(move |_| {
        let t = quiz.text;
        let page_title = title();
        let prefix = match screen.get() {
            Screen::Start | Screen::Loading | Screen::BankBroken => None,
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
                Screen::Loading => view! { <LoadingScreen /> }.into_any(),
                Screen::BankBroken => view! { <BrokenBankScreen /> }.into_any(),
                Screen::Start => view! { <StartScreen /> }.into_any(),
                Screen::Question => view! { <QuestionScreen /> }.into_any(),
                Screen::Results => view! { <ResultsScreen /> }.into_any(),
            }}
        </main>
    }
}

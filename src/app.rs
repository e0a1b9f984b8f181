//! The root component: reads the settings, loads the bank and saved progress,
//! provides the state, and switches between screens.

use crate::components::{
    preload_when_idle, problem_lines, BankProblems, BrokenBankScreen, Deferred, DeferredScreen,
    LoadingScreen, StartScreen, StorageNotice, UpdateBanner,
};
use crate::domain::settings;
use crate::i18n::{self, fill};
use crate::state::{Quiz, Screen};
use crate::{browser, content};
use leptos::prelude::*;
use std::time::Duration;

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
    // The lang setting, else the browser's first language we have, else English.
    let text = match &settings.lang {
        Some(lang) => i18n::for_lang(lang),
        None => browser::preferred_languages()
            .iter()
            .find(|l| i18n::supports(l))
            .map_or(&i18n::EN, |l| i18n::for_lang(l)),
    };
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", text.lang);
    }
    match content::built_in(text.lang) {
        Ok(bank) => {
            let custom_bank = settings.bank.clone();
            if let Some(accent) = settings.accent {
                crate::theme::apply_accent(accent);
            }
            let quiz = Quiz::new(bank, settings, text);
            provide_context(quiz);
            crate::embed::connect(quiz.settings.with_value(|s| s.origins.clone()));
            match custom_bank {
                Some(path) => quiz.load_bank(path),
                None => quiz.announce_ready(),
            }
            view! { <QuizShell quiz /> }.into_any()
        }
        Err(problems) => view! {
            <main id="main" class="quiz">
                <BankProblems problems=problem_lines(&problems) />
            </main>
        }
        .into_any(),
    }
}

/// Saving, the clock, and word from other tabs: the app's long-lived effects.
fn keep_in_sync(quiz: Quiz, screen: Memo<Screen>) {
    Effect::watch(
        move || {
            quiz.progress.track();
            quiz.attempt.track();
        },
        move |_, _, _| quiz.save(),
        false,
    );
    // Hidden pages may be killed without warning: save what the clock has counted.
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if !browser::page_visible() {
            quiz.save();
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| quiz.save());
    let _ = window_event_listener(leptos::ev::storage, move |e| {
        if quiz
            .keys
            .with_value(|k| e.key().as_deref() == Some(k.data.as_str()))
        {
            quiz.absorb_external(e.new_value());
        }
    });
    quiz.update_ready.set(browser::update_waiting());
    let _ = window_event_listener_untyped("pmo-quiz:update-ready", move |_| {
        quiz.update_ready.set(true)
    });
    let _ = set_interval_with_handle(
        move || {
            if browser::page_visible() && screen.get_untracked() == Screen::Question {
                quiz.tick();
            }
        },
        Duration::from_secs(1),
    );
}

/// The page frame around whichever screen is current.
#[component]
fn QuizShell(quiz: Quiz) -> impl IntoView {
    let screen = Memo::new(move |_| quiz.screen());
    keep_in_sync(quiz, screen);
    preload_when_idle();
    let title = move || quiz.bank.with(|b| b.title.clone());
    Effect::new(move |_| {
        let t = quiz.text;
        let page_title = title();
        let prefix = match screen.get() {
            Screen::Start | Screen::Loading | Screen::BankBroken => None,
            Screen::Progress => Some(t.progress_heading.to_string()),
            Screen::Question => quiz.attempt.with(|a| {
                a.as_ref().map(|a| {
                    let n = (a.position + 1).to_string();
                    fill(
                        t.question_of,
                        &[("n", &n), ("total", &a.items.len().to_string())],
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
            <div class="visually-hidden" aria-live="polite" data-testid="announcer">
                {move || quiz.announcement.get()}
            </div>
            <StorageNotice />
            <Show when=move || quiz.update_ready.get() && screen.get() != Screen::Question>
                <UpdateBanner />
            </Show>
            {move || match screen.get() {
                Screen::Loading => view! { <LoadingScreen /> }.into_any(),
                Screen::BankBroken => view! { <BrokenBankScreen /> }.into_any(),
                Screen::Start => view! { <StartScreen /> }.into_any(),
                Screen::Question => view! { <DeferredScreen screen=Deferred::Question /> }.into_any(),
                Screen::Results => view! { <DeferredScreen screen=Deferred::Results /> }.into_any(),
                Screen::Progress => view! { <DeferredScreen screen=Deferred::Progress /> }.into_any(),
            }}
        </main>
    }
}

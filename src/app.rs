//! The root component: provides the state from what `crate::boot` settled, starts
//! fetching the core (`crate::core_chunk`), and switches between screens.

use crate::boot::{built_in_bank, Boot};
use crate::components::{
    preload_when_idle, CoreFailed, Deferred, DeferredScreen, LoadingScreen, StartScreen,
};
use crate::content;
use crate::state::{Edges, Quiz, Screen, Shell, Source};
use leptos::prelude::*;

/// The whole widget.
#[component]
pub fn App(
    /// The settings, languages and bank that start-up settled.
    boot: Boot,
) -> impl IntoView {
    // The placeholder, with the static start screen src/web/pre.js showed: gone in the task
    // that draws the real one in its place, so the browser never paints neither or both.
    if let Some(placeholder) = document().get_element_by_id("boot") {
        placeholder.remove();
    }
    let Boot {
        settings,
        text,
        bank_lang,
        bank_path,
        bank,
        reports,
    } = boot;
    // The interface's language and direction; each part in the bank's language says so itself.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", text.lang);
        let _ = root.set_attribute("dir", text.dir.attribute());
    }
    if let Some(accent) = settings.accent {
        crate::theme::apply_accent(accent);
    }
    let quiz = Quiz::new(
        content::built_in_meta(bank_lang),
        settings,
        text,
        Edges::browser(crate::core_chunk::fetch),
        Source::new(bank_path, built_in_bank(bank_lang), bank),
    );
    quiz.set_reports(reports);
    provide_context(quiz);
    let shell = quiz.shell();
    // Here, not in the core: a host sizes its iframe to the start screen from the first paint.
    crate::embed::connect(quiz.with_settings(|s| s.origins.clone()));
    quiz.boot();
    view! { <QuizShell quiz=shell /> }
}

/// The page frame around whichever screen is current.
#[component]
fn QuizShell(quiz: Shell) -> impl IntoView {
    let screen = Memo::new(move |_| quiz.screen());
    preload_when_idle();
    let title = move || quiz.meta().with(|m| m.title.clone());
    Effect::new(move |_| {
        let t = quiz.text();
        let page_title = title();
        let prefix = match screen.get() {
            Screen::Start | Screen::Loading | Screen::BankBroken => None,
            Screen::Progress => Some(t.progress_heading.to_string()),
            Screen::Question => quiz.attempt().with(|a| {
                a.as_ref()
                    .map(|a| t.at(&t.question_of, a.position, a.items.len()))
            }),
            Screen::Results => Some(t.results_heading.to_string()),
        };
        let full = prefix.map_or(page_title.clone(), |p| format!("{p} – {page_title}"));
        document().set_title(&full);
    });
    view! {
        <header class="masthead">
            <h1 lang=move || quiz.meta().with(|m| m.lang.clone()) dir="auto">{title}</h1>
        </header>
        <main id="main" class="quiz">
            <div class="visually-hidden" aria-live="polite" data-testid="announcer">
                {move || quiz.announcement().get()}
            </div>
            <div class="notice-slot" role="status">
                {quiz.core_view(|c| c.notices)}
            </div>
            <Show when=move || quiz.core_failed().get()>
                <CoreFailed />
            </Show>
            {move || match screen.get() {
                Screen::Loading => view! { <LoadingScreen /> }.into_any(),
                Screen::Start => view! { <StartScreen /> }.into_any(),
                Screen::Results => view! { <DeferredScreen screen=Deferred::Results /> }.into_any(),
                Screen::Progress => view! { <DeferredScreen screen=Deferred::Progress /> }.into_any(),
                // Only the core leads to these, so it is in by now.
                other => quiz.core().get().map(|core| untrack(|| (core.screen)(other))).into_any(),
            }}
            // Below the screen: it arrives late, and must not move what the learner is about to tap.
            {quiz.core_view(|c| c.update_banner)}
        </main>
    }
}

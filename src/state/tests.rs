//! The state layer on the host: actions, the clock, the host events and what is saved,
//! with the browser replaced by injected services (a fixed clock, a recorded host page).

#[path = "../../crates/quiz-core/tests/common/mod.rs"]
mod common;

use super::{Action, Edges, Quiz, Screen, Services, Source, StorageError};
use crate::content;
use crate::i18n::EN;
use crate::storage::Loaded;
use leptos::prelude::*;
use quiz_core::bank::Bank;
use quiz_core::events::HostEvent;
use quiz_core::mode::Mode;
use quiz_core::progress::{Glance, Snapshot};
use quiz_core::scoring::Response;
use quiz_core::settings::Settings;
use std::cell::{Cell, RefCell};

const NOW: u64 = 1_764_000_000_000;

thread_local! {
    // Per test thread, so tests that move the day do not disturb each other.
    static TODAY: Cell<i64> = const { Cell::new(20_400) };
    static EVENTS: RefCell<Vec<HostEvent>> = const { RefCell::new(Vec::new()) };
    static SAVED_PROBLEM: RefCell<Option<StorageError>> = const { RefCell::new(None) };
    static SAVES: Cell<usize> = const { Cell::new(0) };
}

fn services() -> Services {
    Services {
        now_ms: || NOW,
        today: || TODAY.get(),
        seed: || 42,
        emit: |event, _| EVENTS.with(|e| e.borrow_mut().push(event.clone())),
        load: |_, _| Loaded {
            snapshot: Snapshot::default(),
            problem: SAVED_PROBLEM.with(|p| *p.borrow()),
            writable: true,
        },
        save: |_, _, _| {
            SAVES.set(SAVES.get() + 1);
            Ok(None)
        },
        keep: |_| {},
    }
}

/// A quiz on the built-in English bank with `settings`, the core's services installed.
fn quiz(settings: Settings) -> Quiz {
    EVENTS.with(|e| e.borrow_mut().clear());
    let edges = Edges {
        glance: |_| Glance::default(),
        fetch_core: |_| {},
    };
    let source = Source::new(String::new(), String::new(), RwSignal::new(None));
    let quiz = Quiz::new(content::built_in_meta("en"), settings, &EN, edges, source);
    quiz.connect(services());
    quiz.use_bank(content::built_in("en").expect("the built-in bank parses"));
    quiz
}

fn events() -> Vec<HostEvent> {
    EVENTS.with(|e| e.borrow().clone())
}

fn settings(mode: Mode, count: usize) -> Settings {
    Settings {
        mode,
        count: Some(count),
        shuffle: false,
        ..Settings::default()
    }
}

/// The right (or a wrong) answer to the current question.
fn answer(quiz: Quiz, bank: &Bank, right: bool) -> Response {
    let id = quiz
        .attempt()
        .with_untracked(|a| a.as_ref().unwrap().current().unwrap().question.clone());
    let kind = &bank
        .question(&id)
        .expect("the attempt's question is in the bank")
        .kind;
    common::response(kind, right)
}

#[test]
fn a_practice_run_is_marked_recorded_announced_and_reported_to_the_host() {
    Owner::new().with(|| {
        let quiz = quiz(settings(Mode::Practice, 3));
        assert!(matches!(events()[0], HostEvent::Ready { questions: 3, .. }));
        quiz.start_new();
        assert_eq!(quiz.screen(), Screen::Question);
        let bank = quiz.bank().get_untracked();
        for right in [true, false, true] {
            quiz.check(answer(quiz, &bank, right))
                .expect("a complete answer is marked");
            quiz.advance();
        }
        assert_eq!(quiz.screen(), Screen::Results);
        let progress = quiz.progress().get_untracked();
        assert_eq!(progress.history.len(), 1);
        let record = &progress.history[0];
        assert_eq!(record.finished_at, NOW, "the injected clock");
        assert_eq!((record.score.earned, record.score.possible), (2_000, 3));
        assert!(!record.passed(), "2 of 3 is under the 70% pass mark");
        assert_eq!(progress.questions.len(), 3);
        let now = NOW;
        assert!(progress.questions.values().all(|q| q.last_answered == now));
        let today = TODAY.get();
        assert!(progress.questions.values().all(|q| q.due_day > today));
        assert_eq!(
            quiz.announcement().get_untracked(),
            "You scored 2 of 3 (66%). Not passed yet."
        );
        let names: Vec<&str> = events().iter().map(HostEvent::name).collect();
        assert_eq!(
            names,
            [
                "ready",
                "attempt-started",
                "question-answered",
                "question-answered",
                "question-answered",
                "attempt-completed"
            ]
        );
    });
}

#[test]
fn an_exam_ends_when_its_clock_runs_out_and_the_time_is_kept() {
    Owner::new().with(|| {
        let quiz = quiz(Settings {
            minutes: Some(1),
            ..settings(Mode::Exam, 4)
        });
        quiz.start_new();
        for _ in 0..59 {
            quiz.tick();
        }
        assert_eq!(quiz.screen(), Screen::Question, "one second is left");
        let left = quiz
            .attempt()
            .with_untracked(|a| a.as_ref().unwrap().remaining_ms());
        assert_eq!(left, Some(1_000));
        quiz.tick();
        assert_eq!(quiz.screen(), Screen::Results);
        let progress = quiz.progress().get_untracked();
        assert_eq!(progress.history[0].duration_ms, 60_000);
        assert!(matches!(
            events().last(),
            Some(HostEvent::AttemptCompleted { .. })
        ));
    });
}

#[test]
fn review_modes_draw_from_the_learners_history_on_the_injected_day() {
    Owner::new().with(|| {
        let quiz = quiz(settings(Mode::Practice, 2));
        quiz.start_new();
        let bank = quiz.bank().get_untracked();
        let missed = quiz
            .attempt()
            .with_untracked(|a| a.as_ref().unwrap().current().unwrap().question.clone());
        quiz.check(answer(quiz, &bank, false)).unwrap();
        quiz.advance();
        quiz.check(answer(quiz, &bank, true)).unwrap();
        quiz.advance();
        let mistakes = quiz.plan_for(Mode::Mistakes, None);
        assert_eq!(mistakes.only, Some(vec![missed.clone()]));
        let due_today = quiz.plan_for(Mode::Spaced, None).only.unwrap();
        assert!(
            !due_today.contains(&missed),
            "answered today: not due again today"
        );
        TODAY.set(TODAY.get() + 1);
        let due_tomorrow = quiz.plan_for(Mode::Spaced, None).only.unwrap();
        TODAY.set(TODAY.get() - 1);
        assert!(
            due_tomorrow.contains(&missed),
            "a miss comes back the next day"
        );
    });
}

#[test]
fn a_tap_before_the_core_waits_and_start_never_replaces_an_unseen_attempt() {
    Owner::new().with(|| {
        let quiz = quiz(settings(Mode::Practice, 3));
        quiz.request(Action::StartNew {
            resume_shown: false,
        });
        assert!(
            quiz.loading_core(),
            "Start says it is loading; the tap waits"
        );
        assert!(quiz.attempt().get_untracked().is_none());
        quiz.act(Action::StartNew {
            resume_shown: false,
        });
        let first = quiz.attempt().get_untracked().expect("started");
        quiz.go_home();
        // An attempt the start screen did not show is kept, not replaced.
        quiz.act(Action::StartNew {
            resume_shown: false,
        });
        assert_eq!(quiz.screen(), Screen::Start);
        quiz.act(Action::Resume);
        assert_eq!(quiz.screen(), Screen::Question);
        assert_eq!(quiz.attempt().get_untracked(), Some(first));
    });
}

#[test]
fn unreadable_saved_progress_shows_a_notice_and_the_quiz_goes_on() {
    SAVED_PROBLEM.with(|p| *p.borrow_mut() = Some(StorageError::Corrupt));
    Owner::new().with(|| {
        let quiz = quiz(settings(Mode::Practice, 2));
        SAVED_PROBLEM.with(|p| *p.borrow_mut() = None);
        assert_eq!(
            quiz.notice().get_untracked(),
            Some(super::Notice::Storage(StorageError::Corrupt))
        );
        quiz.dismiss_notice();
        assert_eq!(quiz.notice().get_untracked(), None);
        quiz.start_new();
        assert_eq!(quiz.screen(), Screen::Question);
    });
}

#[test]
fn nothing_is_saved_before_saved_progress_is_read() {
    Owner::new().with(|| {
        let edges = Edges {
            glance: |_| Glance::default(),
            fetch_core: |_| {},
        };
        let source = Source::new(String::new(), String::new(), RwSignal::new(None));
        let quiz = Quiz::new(
            content::built_in_meta("en"),
            Settings::default(),
            &EN,
            edges,
            source,
        );
        quiz.connect(services());
        // The core is in and the bank on its way: the page is hidden. An empty save now
        // would erase the device's unfinished attempt and the LMS's resume data.
        let before = SAVES.get();
        quiz.save();
        assert_eq!(SAVES.get(), before, "saved before anything was read");
        quiz.use_bank(content::built_in("en").expect("the built-in bank parses"));
        quiz.save();
        assert_eq!(SAVES.get(), before + 1, "saves once progress is read");
    });
}

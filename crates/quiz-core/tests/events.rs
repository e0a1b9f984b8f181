//! Messages to the host page: their shape, and who may receive them.

use quiz_core::answer::Answer;
use quiz_core::bank::{Kind, Question};
use quiz_core::events::HostEvent;
use quiz_core::mode::Mode;
use quiz_core::scoring::{Response, Score};
use serde_json::json;

fn completed() -> HostEvent {
    HostEvent::AttemptCompleted {
        score: Score {
            earned: 7_500,
            possible: 10,
        },
        pass_mark: 70,
        topics: vec![(
            "transition".into(),
            Score {
                earned: 2_500,
                possible: 3,
            },
        )],
        duration_ms: 61_000,
    }
}

#[test]
fn completed_attempts_carry_scores_and_nothing_else() {
    assert_eq!(
        completed().to_json(),
        json!({
            "type": "pmo-quiz", "version": 1, "event": "attempt-completed",
            "score": 7.5, "possible": 10, "percent": 75, "passed": true, "passMark": 70,
            "topics": [{ "topic": "transition", "score": 2.5, "possible": 3, "percent": 83 }],
            "durationMs": 61000,
        })
    );
}

#[test]
fn every_event_is_tagged_with_protocol_and_name() {
    let events = [
        HostEvent::Ready {
            quiz: "pmo-leader".into(),
            questions: 12,
            mode: Mode::Practice,
            title: "PMO Leader Quiz".into(),
            lang: "en".into(),
        },
        HostEvent::Resize { height: 812 },
        HostEvent::AttemptStarted {
            mode: Mode::Exam,
            questions: 6,
        },
        HostEvent::QuestionAnswered {
            question: "diff-01".into(),
            topic: "role-difference".into(),
            correct: false,
            position: 1,
            total: 6,
            answer: Box::new(Answer {
                question: Question {
                    id: "diff-01".into(),
                    topic: "role-difference".into(),
                    source: None,
                    prompt: "A PMO leader manages one project.".into(),
                    image: None,
                    explanation: "They lead many.".into(),
                    kind: Kind::TrueFalse { answer: false },
                },
                response: Response::Choices(vec![0]),
                milli: 0,
            }),
        },
        completed(),
    ];
    let names: Vec<_> = events
        .iter()
        .map(|e| e.to_json()["event"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "ready",
            "resize",
            "attempt-started",
            "question-answered",
            "attempt-completed"
        ]
    );
    assert!(events
        .iter()
        .all(|e| e.to_json()["type"] == "pmo-quiz" && e.to_json()["version"] == 1));
    assert_eq!(events[2].to_json()["mode"], "exam");
    assert_eq!(events[3].to_json()["correct"], false);
    let posted = events[3].to_json().to_string();
    assert!(
        !posted.contains("prompt") && !posted.contains("response"),
        "the answer rides along for the LMS and xAPI only: {posted}"
    );
    assert!(events[0].to_json().get("title").is_none());
}

#[test]
fn with_an_allow_list_events_go_only_to_those_origins() {
    let allowed = vec![
        "https://lms.example.org".to_string(),
        "https://www.example.org".to_string(),
    ];
    assert_eq!(completed().targets(&allowed), allowed);
    assert_eq!(
        HostEvent::Resize { height: 1 }.targets(&allowed),
        allowed,
        "never * once configured"
    );
}

#[test]
fn without_an_allow_list_only_resize_goes_out() {
    assert_eq!(HostEvent::Resize { height: 1 }.targets(&[]), ["*"]);
    assert!(completed().targets(&[]).is_empty());
    assert!(HostEvent::AttemptStarted {
        mode: Mode::Practice,
        questions: 1
    }
    .targets(&[])
    .is_empty());
}

#[test]
fn the_host_script_speaks_the_same_protocol() {
    use quiz_core::events::{MESSAGE_TYPE, PROTOCOL};
    let script = include_str!("../../../embed/embed.js");
    assert!(script.contains(&format!("var TYPE = '{MESSAGE_TYPE}';")));
    assert!(script.contains(&format!("var VERSION = {PROTOCOL};")));
}

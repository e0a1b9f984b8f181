//! SCORM as data: what each step writes, in each version's formats and limits, and the
//! resume data's round trip, length and refusals.

use quiz_core::answer::Answer;
use quiz_core::bank::{Bank, Choice, Item, Kind, Question, Topic};
use quiz_core::mode::Mode;
use quiz_core::scoring::{Response, Score};
use quiz_core::scorm::suspend::{decode, encode, SuspendError};
use quiz_core::scorm::{report, time, Status, Version, MAX_INTERACTIONS};
use quiz_core::session::{Attempt, AttemptItem, Phase, Plan};
use quiz_core::settings::MAX_COUNT;

fn value<'a>(writes: &'a report::Writes, name: &str) -> Option<&'a str> {
    writes
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn question(id: &str, kind: Kind) -> Question {
    Question {
        id: id.into(),
        topic: "t".into(),
        source: None,
        prompt: "Which?".into(),
        image: None,
        explanation: "Because.".into(),
        kind,
    }
}

fn choices(n: usize, right: &[usize]) -> Vec<Choice> {
    (0..n)
        .map(|i| Choice {
            text: format!("option {i}"),
            correct: right.contains(&i),
            feedback: None,
            image: None,
        })
        .collect()
}

fn sorting() -> Kind {
    Kind::Categorise {
        buckets: vec!["A".into(), "B".into(), "C".into()],
        items: (0..6)
            .map(|i| Item {
                text: format!("s{i}"),
                bucket: i % 3,
            })
            .collect(),
    }
}

#[test]
fn interactions_use_each_versions_own_words_and_separators() {
    let answer = Answer {
        question: question(
            "q 1",
            Kind::Multiple {
                choices: choices(4, &[0, 2]),
            },
        ),
        response: Response::Choices(vec![2, 1]),
        milli: 0,
    };
    let v12 = report::answered(Version::Scorm12, 3, &answer, 86_400_000 + 3_723_000);
    assert_eq!(v12[0], ("cmi.interactions.3.id".into(), "q_1".into()));
    assert_eq!(value(&v12, "cmi.interactions.3.type"), Some("choice"));
    assert_eq!(
        value(&v12, "cmi.interactions.3.student_response"),
        Some("b,c")
    );
    assert_eq!(
        value(&v12, "cmi.interactions.3.correct_responses.0.pattern"),
        Some("a,c")
    );
    assert_eq!(value(&v12, "cmi.interactions.3.result"), Some("wrong"));
    assert_eq!(value(&v12, "cmi.interactions.3.time"), Some("01:02:03"));
    let v2004 = report::answered(Version::Scorm2004, 0, &answer, 86_400_000 + 3_723_000);
    assert_eq!(
        value(&v2004, "cmi.interactions.0.learner_response"),
        Some("b[,]c")
    );
    assert_eq!(
        value(&v2004, "cmi.interactions.0.result"),
        Some("incorrect")
    );
    assert_eq!(
        value(&v2004, "cmi.interactions.0.timestamp"),
        Some("1970-01-02T01:02:03.0Z")
    );
    // The id and type come first: 2004 refuses a response before them.
    assert!(v2004[0].0.ends_with(".id") && v2004[1].0.ends_with(".type"));
}

#[test]
fn true_false_and_sorting_map_onto_their_interaction_types() {
    let tf = Answer {
        question: question("tf", Kind::TrueFalse { answer: false }),
        response: Response::Choices(vec![1]),
        milli: 1000,
    };
    let w = report::answered(Version::Scorm12, 0, &tf, 0);
    assert_eq!(value(&w, "cmi.interactions.0.type"), Some("true-false"));
    assert_eq!(value(&w, "cmi.interactions.0.student_response"), Some("f"));
    assert_eq!(value(&w, "cmi.interactions.0.result"), Some("correct"));
    let w = report::answered(Version::Scorm2004, 0, &tf, 0);
    assert_eq!(
        value(&w, "cmi.interactions.0.learner_response"),
        Some("false")
    );
    let sort = Answer {
        question: question("s", sorting()),
        response: Response::Buckets(vec![Some(0), Some(1), Some(2), Some(0), Some(1), Some(0)]),
        milli: 833,
    };
    let w = report::answered(Version::Scorm2004, 0, &sort, 0);
    assert_eq!(value(&w, "cmi.interactions.0.type"), Some("matching"));
    assert_eq!(
        value(&w, "cmi.interactions.0.learner_response"),
        Some("a[.]1[,]b[.]2[,]c[.]3[,]d[.]1[,]e[.]2[,]f[.]1")
    );
    assert_eq!(value(&w, "cmi.interactions.0.result"), Some("incorrect"));
}

#[test]
fn interactions_stop_at_the_standards_limit_and_ids_fit() {
    let answer = Answer {
        question: question(&"x".repeat(300), Kind::TrueFalse { answer: true }),
        response: Response::Choices(vec![0]),
        milli: 1000,
    };
    assert!(report::answered(Version::Scorm2004, MAX_INTERACTIONS, &answer, 0).is_empty());
    let w = report::answered(Version::Scorm12, MAX_INTERACTIONS - 1, &answer, 0);
    assert_eq!(w[0].1.len(), 255);
}

#[test]
fn a_finished_attempt_reports_percent_and_status() {
    let score = Score {
        earned: 7_500,
        possible: 9,
    };
    let w = report::completed(Version::Scorm12, score, 80);
    assert_eq!(value(&w, "cmi.core.score.raw"), Some("83.33"));
    assert_eq!(value(&w, "cmi.core.score.min"), Some("0"));
    assert_eq!(value(&w, "cmi.core.score.max"), Some("100"));
    assert_eq!(value(&w, "cmi.core.lesson_status"), Some("passed"));
    assert!(value(&w, "cmi.score.scaled").is_none());
    let w = report::completed(Version::Scorm2004, score, 90);
    assert_eq!(value(&w, "cmi.score.scaled"), Some("0.8333"));
    assert_eq!(value(&w, "cmi.completion_status"), Some("completed"));
    assert_eq!(value(&w, "cmi.success_status"), Some("failed"));
    assert_eq!(
        report::started(Version::Scorm12, Status::parse("not attempted")),
        vec![("cmi.core.lesson_status".into(), "incomplete".into())]
    );
    assert!(report::started(Version::Scorm12, Status::parse("passed")).is_empty());
    assert!(report::started(Version::Scorm2004, Status::parse("completed")).is_empty());
}

#[test]
fn times_are_in_each_versions_form() {
    assert_eq!(
        time::session_time(Version::Scorm12, 3_723_450),
        "0001:02:03.45"
    );
    assert_eq!(
        time::session_time(Version::Scorm2004, 3_723_450),
        "PT1H2M3.45S"
    );
    assert_eq!(time::iso_duration(0), "PT0H0M0.00S");
    assert_eq!(
        time::moment(Version::Scorm2004, 1_709_210_096_000),
        "2024-02-29T12:34:56.0Z"
    );
    assert_eq!(
        report::suspended(Version::Scorm12, None),
        vec![
            ("cmi.suspend_data".into(), String::new()),
            ("cmi.core.exit".into(), String::new())
        ]
    );
    assert_eq!(
        value(
            &report::suspended(Version::Scorm2004, Some("1~x")),
            "cmi.exit"
        ),
        Some("suspend")
    );
}

#[test]
fn resume_data_round_trips_an_attempt_on_the_built_in_bank() {
    let bank = english_bank();
    let plan = Plan {
        count: None,
        mode: Mode::Exam,
        limit_ms: Some(600_000),
        ..Plan::default()
    };
    let mut attempt = Attempt::new(&bank, u64::MAX, &plan);
    for _ in 0..3 {
        let q = bank
            .question(&attempt.items[attempt.position].question)
            .unwrap();
        let response = match &q.kind {
            Kind::Categorise { items, .. } => Response::Buckets(vec![Some(0); items.len()]),
            _ => Response::Choices(vec![0]),
        };
        attempt.answer(&bank, response).unwrap();
    }
    attempt.elapsed_ms = 123_456;
    let data = encode(&attempt, &bank).expect("every question is in the bank");
    assert_eq!(decode(&data, &bank), Ok(attempt));
}

#[test]
fn the_longest_attempt_fits_scorm_1_2s_4096_characters() {
    let questions = (0..MAX_COUNT)
        .map(|i| match i % 2 {
            0 => question(&format!("{i:0>64}"), sorting()),
            _ => question(
                &format!("{i:0>64}"),
                Kind::Multiple {
                    choices: choices(8, &[0]),
                },
            ),
        })
        .collect();
    let bank = Bank {
        id: "big".into(),
        topics: vec![Topic {
            id: "t".into(),
            name: "T".into(),
        }],
        questions,
        ..Bank::default()
    };
    let plan = Plan {
        count: Some(MAX_COUNT),
        mode: Mode::Exam,
        limit_ms: Some(36_000_000),
        ..Plan::default()
    };
    let mut attempt = Attempt::new(&bank, u64::MAX, &plan);
    for item in &mut attempt.items {
        item.response = Some(match bank.question(&item.question).unwrap().kind {
            Kind::Categorise { .. } => Response::Buckets(vec![Some(2); 6]),
            _ => Response::Choices((0..8).collect()),
        });
    }
    attempt.position = MAX_COUNT - 1;
    attempt.phase = Phase::Feedback;
    attempt.elapsed_ms = 35_999_999;
    let data = encode(&attempt, &bank).unwrap();
    assert!(
        data.len() <= Version::Scorm2004.suspend_limit(),
        "{} characters",
        data.len()
    );
    assert_eq!(decode(&data, &bank), Ok(attempt));
}

#[test]
fn corrupt_or_foreign_resume_data_is_refused_with_a_reason() {
    let bank = english_bank();
    let n = bank.questions.len();
    assert_eq!(decode("", &bank), Err(SuspendError::UnknownForm));
    assert_eq!(
        decode("2~a~0~0~a~0~~0/01", &bank),
        Err(SuspendError::UnknownForm)
    );
    assert_eq!(
        decode("1~a~0", &bank),
        Err(SuspendError::Malformed("layout"))
    );
    assert_eq!(
        decode("1~a~9~0~a~0~~0/01", &bank),
        Err(SuspendError::Malformed("mode"))
    );
    assert_eq!(
        decode("1~a~0~0~a~0~~", &bank),
        Err(SuspendError::Malformed("position"))
    );
    let good = encode(&Attempt::new(&bank, 7, &Plan::default()), &bank).unwrap();
    let with = |field: usize, value: &str| {
        let mut fields: Vec<&str> = good.split('~').collect();
        fields[field] = value;
        fields.join("~")
    };
    assert!(decode(&good, &bank).is_ok());
    let far = with(7, &format!("{}/01", n));
    assert!(matches!(
        decode(&far, &bank),
        Err(SuspendError::UnknownQuestion(_))
    ));
    assert_eq!(
        decode(&with(3, "zz"), &bank),
        Err(SuspendError::Malformed("position"))
    );
    assert_eq!(
        decode(&with(4, "x"), &bank),
        Err(SuspendError::Malformed("phase"))
    );
    assert_eq!(
        decode(&with(1, "!"), &bank),
        Err(SuspendError::Malformed("seed"))
    );
    let short_order = with(7, "0/0");
    assert_eq!(
        decode(&short_order, &bank),
        Err(SuspendError::Malformed("order"))
    );
    let gone = Attempt {
        items: vec![AttemptItem {
            question: "not-in-bank".into(),
            order: vec![0, 1],
            response: None,
        }],
        ..Attempt::new(&bank, 1, &Plan::default())
    };
    assert_eq!(encode(&gone, &bank), None);
    assert!(SuspendError::UnknownQuestion(7).to_string().contains("7"));
}

/// The app's built-in English bank, read from its source file.
fn english_bank() -> Bank {
    quiz_core::bank::parse(include_str!("../../../src/content/bank.en.json"))
        .expect("the built-in bank parses")
}

#[test]
fn the_status_element_reads_and_writes_as_a_type() {
    for status in [
        Status::Passed,
        Status::Failed,
        Status::Completed,
        Status::Incomplete,
    ] {
        assert_eq!(Status::parse(status.as_str()), status);
    }
    for other in ["not attempted", "browsed", "unknown", "", "PASSED"] {
        assert_eq!(Status::parse(other), Status::Other, "{other:?}");
        assert!(!Status::parse(other).finished());
    }
    assert!(Status::Failed.finished() && !Status::Incomplete.finished());
    assert_eq!(
        Status::after_attempt(Version::Scorm12, false),
        Status::Failed
    );
    assert_eq!(
        Status::after_attempt(Version::Scorm2004, false),
        Status::Completed
    );
}

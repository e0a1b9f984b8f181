//! The reader over a small valid bank with one fault added per test: each fault is named
//! with its question and field. Here: faults in the file and in any question's text;
//! `reader_kinds` has the faults particular to a question type.

use quiz_core::bank::{parse, Problem, ProblemKind};
use serde_json::{json, Value};

/// A small valid bank: one single-choice and one categorise question.
pub(crate) fn base() -> Value {
    json!({
        "format": 1, "id": "sample", "lang": "en", "title": "Sample", "description": "A sample bank.",
        "topics": [{"id": "t", "name": "Topic"}],
        "questions": [
            {"id": "q1", "topic": "t", "type": "single", "prompt": "Pick one.", "explanation": "Because.",
             "choices": [{"text": "yes", "correct": true}, {"text": "no"}]},
            {"id": "q2", "topic": "t", "type": "categorise", "prompt": "Sort them.", "explanation": "Because.",
             "buckets": ["A", "B"],
             "items": [{"text": "a1", "bucket": 0}, {"text": "b1", "bucket": 1}, {"text": "a2", "bucket": 0}, {"text": "b2", "bucket": 1}]}
        ]
    })
}

/// The problems the reader reports once `change` is applied to the base bank.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut bank = base();
    change(&mut bank);
    parse(&bank.to_string()).expect_err("the changed bank should be refused")
}

/// Asserts that `change` makes the reader report `kind` at `question`'s `field`.
pub(crate) fn reports(
    change: impl FnOnce(&mut Value),
    question: Option<&str>,
    field: &str,
    kind: ProblemKind,
) {
    let problems = problems_after(change);
    let wanted = Problem {
        question: question.map(String::from),
        field: field.into(),
        kind,
    };
    assert!(
        problems.contains(&wanted),
        "expected {wanted}\n got: {problems:?}"
    );
}

/// Removes a field that must be there.
fn remove(value: &mut Value, key: &str) {
    value
        .as_object_mut()
        .expect("an object")
        .remove(key)
        .expect("the key is there");
}

#[test]
fn the_base_of_the_malformed_corpus_is_valid() {
    assert!(parse(&base().to_string()).is_ok());
}

#[test]
fn bad_json_reports_line_and_column() {
    let problems =
        parse("{\n  \"format\": 1,\n  \"lang\": \"en\"\n  \"title\": \"x\"\n}").unwrap_err();
    assert!(
        matches!(
            problems[0].kind,
            ProblemKind::Syntax {
                line: 4,
                column: 3,
                ..
            }
        ),
        "{problems:?}"
    );
}

#[test]
fn a_missing_prompt_is_named() {
    reports(
        |b| remove(&mut b["questions"][0], "prompt"),
        Some("q1"),
        "prompt",
        ProblemKind::Missing,
    );
}

#[test]
fn a_repeated_id_is_named() {
    reports(
        |b| b["questions"][1]["id"] = json!("q1"),
        Some("q1"),
        "id",
        ProblemKind::DuplicateId,
    );
}

#[test]
fn blank_text_is_empty() {
    reports(
        |b| b["questions"][0]["explanation"] = json!("   "),
        Some("q1"),
        "explanation",
        ProblemKind::Empty,
    );
}

#[test]
fn over_long_prompts_and_choices_give_the_limit() {
    reports(
        |b| b["questions"][0]["prompt"] = json!("x".repeat(201)),
        Some("q1"),
        "prompt",
        ProblemKind::TooLong {
            max: 200,
            actual: 201,
        },
    );
    reports(
        |b| b["questions"][0]["choices"][1]["text"] = json!("y".repeat(91)),
        Some("q1"),
        "choices[1].text",
        ProblemKind::TooLong {
            max: 90,
            actual: 91,
        },
    );
}

#[test]
fn an_unlisted_topic_is_named() {
    reports(
        |b| b["questions"][0]["topic"] = json!("history"),
        Some("q1"),
        "topic",
        ProblemKind::UnknownTopic("history".into()),
    );
}

#[test]
fn a_number_where_text_belongs_is_the_wrong_type() {
    reports(
        |b| b["questions"][0]["prompt"] = json!(42),
        Some("q1"),
        "prompt",
        ProblemKind::WrongType("text"),
    );
}

#[test]
fn a_newer_format_is_refused() {
    reports(
        |b| b["format"] = json!(2),
        None,
        "format",
        ProblemKind::UnsupportedFormat("2".into()),
    );
}

#[test]
fn a_repeated_prompt_is_named_ignoring_case() {
    reports(
        |b| b["questions"][1]["prompt"] = json!("PICK ONE."),
        Some("q2"),
        "prompt",
        ProblemKind::DuplicatePrompt,
    );
}

#[test]
fn a_bank_without_questions_says_so() {
    reports(
        |b| b["questions"] = json!([]),
        None,
        "questions",
        ProblemKind::NoQuestions,
    );
}

#[test]
fn a_bank_id_must_be_safe_in_a_storage_key() {
    reports(
        |b| b["id"] = json!("my quiz/1"),
        None,
        "id",
        ProblemKind::NotAnIdentifier,
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let p = problems_after(|b| {
        b["questions"][0]["prompt"] = json!("");
        b["questions"][1]["explanation"] = json!("");
    });
    let at = |q: &str, field: &str| {
        p.iter().any(|p| {
            p.question.as_deref() == Some(q) && p.field == field && p.kind == ProblemKind::Empty
        })
    };
    assert!(at("q1", "prompt") && at("q2", "explanation"), "{p:?}");
}

#[test]
fn a_question_without_an_id_is_named_by_its_position() {
    reports(
        |b| remove(&mut b["questions"][1], "id"),
        Some("#2"),
        "id",
        ProblemKind::Missing,
    );
}

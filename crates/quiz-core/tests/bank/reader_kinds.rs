//! The reader's faults particular to a question type: choices, statements and buckets,
//! true/false answers.

use super::reader::reports;
use quiz_core::bank::ProblemKind;
use serde_json::{json, Value};

#[test]
fn an_unknown_type_is_named() {
    reports(
        |b| b["questions"][0]["type"] = json!("essay"),
        Some("q1"),
        "type",
        ProblemKind::UnknownType("essay".into()),
    );
}

#[test]
fn a_choice_question_needs_a_correct_choice() {
    reports(
        |b| b["questions"][0]["choices"][0]["correct"] = json!(false),
        Some("q1"),
        "choices",
        ProblemKind::NoCorrectChoice,
    );
}

#[test]
fn a_single_choice_question_needs_exactly_one_correct() {
    reports(
        |b| b["questions"][0]["choices"][1]["correct"] = json!(true),
        Some("q1"),
        "choices",
        ProblemKind::NotExactlyOneCorrect(2),
    );
}

#[test]
fn one_choice_is_too_few() {
    reports(
        |b| b["questions"][0]["choices"] = json!([{"text": "only", "correct": true}]),
        Some("q1"),
        "choices",
        ProblemKind::TooFew { min: 2, actual: 1 },
    );
}

#[test]
fn a_statement_in_a_missing_bucket_is_named() {
    reports(
        |b| b["questions"][1]["items"][1]["bucket"] = json!(5),
        Some("q2"),
        "items[1].bucket",
        ProblemKind::BucketOutOfRange(5),
    );
}

#[test]
fn an_empty_bucket_is_named() {
    let all_in_first = |b: &mut Value| {
        for i in 0..4 {
            b["questions"][1]["items"][i]["bucket"] = json!(0);
        }
    };
    reports(
        all_in_first,
        Some("q2"),
        "items",
        ProblemKind::BucketUnused(1),
    );
}

#[test]
fn one_statement_is_too_few() {
    reports(
        |b| b["questions"][1]["items"] = json!([{"text": "a1", "bucket": 0}]),
        Some("q2"),
        "items",
        ProblemKind::TooFew { min: 4, actual: 1 },
    );
}

#[test]
fn a_true_false_question_needs_its_answer() {
    reports(
        |b| b["questions"][0]["type"] = json!("true_false"),
        Some("q1"),
        "answer",
        ProblemKind::Missing,
    );
}

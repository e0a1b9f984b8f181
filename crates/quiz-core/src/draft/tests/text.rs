//! Reading and writing text: byte for byte for the built-in banks and for `bank_json`'s
//! output, unknown fields kept, half-written banks read, and errors placed.

use super::{EN, ES};
use crate::bank::parse;
use crate::draft::{empty, Draft, DraftError};
use crate::formats::write::bank_json;

#[test]
fn built_in_banks_are_written_back_byte_for_byte() {
    for text in [EN, ES] {
        let draft = Draft::from_text(text).expect("built-in bank reads");
        assert_eq!(draft.to_text(), text);
    }
}

#[test]
fn bank_json_output_is_written_back_byte_for_byte() {
    for text in [EN, ES] {
        let written = bank_json(&parse(text).expect("built-in bank is valid"));
        assert_ne!(
            written, text,
            "bank_json puts a choice's picture after its text"
        );
        assert_eq!(Draft::from_text(&written).unwrap().to_text(), written);
    }
}

#[test]
fn a_decorative_picture_keeps_its_flag() {
    let text = r#"{"questions": [{"image": {"src": "a.svg", "alt": "", "decorative": true,
        "width": 4, "height": 3}}]}"#;
    let out = Draft::from_text(text).unwrap().to_text();
    assert!(out.contains("\"alt\": \"\",\n        \"decorative\": true,\n        \"width\": 4"));
}

#[test]
fn unknown_fields_survive_at_every_level() {
    let text = r#"{"x-bank": 1, "topics": [{"id": "t", "x-topic": [2]}],
        "questions": [{"id": "q", "x-question": {"b": 1, "a": 2}, "type": "single",
          "image": {"src": "p.png", "x-image": null},
          "choices": [{"text": "A", "x-choice": "c", "correct": true}]},
          {"type": "categorise", "items": [{"x-item": false, "text": "I"}]}]}"#;
    let draft = Draft::from_text(text).unwrap();
    let out = draft.to_text();
    for field in [
        "x-bank",
        "x-topic",
        "x-question",
        "x-image",
        "x-choice",
        "x-item",
    ] {
        assert!(
            out.contains(&format!("\"{field}\"")),
            "{field} is lost:\n{out}"
        );
    }
    assert!(out.contains("\"correct\": true,\n          \"x-choice\": \"c\""));
    assert!(out.ends_with("  ],\n  \"x-bank\": 1\n}\n"), "{out}");
    assert_eq!(Draft::from_text(&out).unwrap(), draft);
    assert_eq!(Draft::from_text(&out).unwrap().to_text(), out);
}

#[test]
fn half_written_banks_read() {
    let draft = Draft::from_text(r#"{"questions": [{"type": "sometimes"}, {}]}"#).unwrap();
    assert_eq!(draft.format, 1);
    assert_eq!(draft.questions.len(), 2);
    assert_eq!(draft.questions[0].kind, "sometimes");
    assert_eq!(draft.questions[0].new_kind(), None);
    assert_eq!(draft.questions[1].prompt, "");
    assert_eq!(draft.questions[1].choices, None);
    assert_eq!(Draft::from_text("{}").unwrap(), Draft::default());
    let out = draft.to_text();
    assert!(out.contains(
        "\"type\": \"sometimes\",\n      \"prompt\": \"\",\n      \"explanation\": \"\""
    ));
}

#[test]
fn a_wrong_value_is_placed_in_plain_words() {
    let text = "{\n  \"questions\": [{\"image\": {\"width\": \"abc\"}}]\n}\n";
    let err = Draft::from_text(text).unwrap_err();
    assert!(
        matches!(err, DraftError::WrongValue { line: 2, .. }),
        "{err:?}"
    );
    let said = err.to_string();
    assert!(said.starts_with("Line 2, column "), "{said}");
    assert!(!said.contains(" at line "), "{said}");
}

#[test]
fn broken_and_unfinished_json_are_told_apart() {
    let err = Draft::from_text("{\n  \"id\": \"a\"\n  \"lang\": \"en\"\n}").unwrap_err();
    assert!(
        matches!(err, DraftError::NotJson { line: 3, .. }),
        "{err:?}"
    );
    assert_eq!((err.line(), err.column()), (3, 3));
    let err = Draft::from_text("{\n  \"id\": \"a\",\n").unwrap_err();
    assert!(matches!(err, DraftError::Unfinished { .. }), "{err:?}");
    assert!(err.to_string().contains("ends before"));
    assert!(matches!(
        Draft::from_text("[]"),
        Err(DraftError::WrongValue { .. })
    ));
}

#[test]
fn the_starter_bank_parses_cleanly() {
    let text = empty("es").to_text();
    let bank = parse(&text).expect("the starter bank is valid");
    assert_eq!(bank.lang, "es");
    assert_eq!(bank.questions.len(), 1);
    assert_eq!(bank.questions[0].topic, bank.topics[0].id);
    assert_eq!(Draft::from_text(&text).unwrap(), empty("es"));
}

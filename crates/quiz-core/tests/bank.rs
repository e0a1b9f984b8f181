//! The question banks: the reader's reports on each kind of malformed bank (`reader`,
//! `reader_kinds`), and the built-in banks against the format and issue 19's rules
//! (`structure`, `patterns`).
//! Each rule is its own test, so one failure never hides another.

#[path = "bank/images.rs"]
mod images;
#[path = "bank/patterns.rs"]
mod patterns;
#[path = "bank/reader.rs"]
mod reader;
#[path = "bank/reader_kinds.rs"]
mod reader_kinds;
#[path = "bank/structure.rs"]
mod structure;

use quiz_core::bank::{parse, Bank, Choice, Kind, Problem, Question};

const EN: &str = include_str!("../../../src/content/bank.en.json");
const ES: &str = include_str!("../../../src/content/bank.es.json");
const EXAMPLE: &str = include_str!("../../../examples/bank/example-bank.json");

/// Parses a bank that must be valid, listing every problem when it is not.
fn valid(name: &str, json: &str) -> Bank {
    match parse(json) {
        Ok(bank) => bank,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
            panic!("{name} bank is invalid:\n  {}", list.join("\n  "));
        }
    }
}

/// Both built-in banks, named for messages.
fn built_in() -> [(&'static str, Bank); 2] {
    [
        ("English", valid("English", EN)),
        ("Spanish", valid("Spanish", ES)),
    ]
}

/// Fails with every offender listed, so one run shows all of them.
#[track_caller]
fn none_of(rule: &str, offenders: Vec<String>) {
    assert!(
        offenders.is_empty(),
        "{rule}: {} offender(s)\n  {}",
        offenders.len(),
        offenders.join("\n  ")
    );
}

/// The type's name as the bank writes it.
fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Single { .. } => "single",
        Kind::Multiple { .. } => "multiple",
        Kind::TrueFalse { .. } => "true_false",
        Kind::Categorise { .. } => "categorise",
    }
}

/// A choice question's choices; none for the other types.
fn choices(q: &Question) -> &[Choice] {
    match &q.kind {
        Kind::Single { choices } | Kind::Multiple { choices } => choices,
        _ => &[],
    }
}

/// Lower-case words, so phrases match whole words only ("the text" is not in "the textbook").
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Whether `text` holds `phrase` as whole words.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let (text, phrase) = (words(text), words(phrase));
    text.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

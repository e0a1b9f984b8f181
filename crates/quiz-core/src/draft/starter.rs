//! What the editor starts from: a new bank that `bank::parse` accepts, and new questions
//! of each type with empty fields of the right shape.

use super::{Draft, DraftChoice, DraftItem, DraftQuestion, DraftTopic, NewKind};

/// A new bank in `lang` with one topic and one single-answer question, worded with
/// placeholders the author replaces; its text passes `bank::parse` as it is.
pub fn empty(lang: &str) -> Draft {
    let choice = |text: &str, correct| DraftChoice {
        text: text.into(),
        correct,
        ..DraftChoice::default()
    };
    let question = DraftQuestion {
        prompt: "Your question".into(),
        choices: Some(vec![
            choice("A right answer", true),
            choice("A wrong answer", false),
        ]),
        explanation: "Why the right answer is right".into(),
        ..question(NewKind::Single, "q-1", "topic-1")
    };
    Draft {
        id: "new-quiz".into(),
        lang: lang.into(),
        title: "Your quiz title".into(),
        description: "What the quiz is for".into(),
        topics: vec![DraftTopic {
            id: "topic-1".into(),
            name: "Your topic".into(),
            ..DraftTopic::default()
        }],
        questions: vec![question],
        ..Draft::default()
    }
}

/// A question of `kind` with empty texts: two empty choices with the first right, the
/// answer true, or two empty groups each with one empty statement.
pub(super) fn question(kind: NewKind, id: &str, topic: &str) -> DraftQuestion {
    let mut q = DraftQuestion {
        id: id.into(),
        topic: topic.into(),
        kind: kind.type_name().into(),
        ..DraftQuestion::default()
    };
    match kind {
        NewKind::Single | NewKind::Multiple => q.choices = Some(two_choices()),
        NewKind::TrueFalse => q.answer = Some(true),
        NewKind::Categorise => {
            q.buckets = Some(vec![String::new(), String::new()]);
            q.items = Some(two_items());
        }
    }
    q
}

/// Two empty choices, the first marked right.
pub(super) fn two_choices() -> Vec<DraftChoice> {
    vec![
        DraftChoice {
            correct: true,
            ..DraftChoice::default()
        },
        DraftChoice::default(),
    ]
}

/// Two empty statements, one in each of the first two groups.
pub(super) fn two_items() -> Vec<DraftItem> {
    (0..2)
        .map(|bucket| DraftItem {
            bucket,
            ..DraftItem::default()
        })
        .collect()
}

/// The first of `prefix-n`, `prefix-(n+1)`, … that `taken` does not hold, where n is one
/// more than how many ids there are.
pub(super) fn fresh_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let start = taken.clone().count() + 1;
    (start..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .expect("finitely many ids leave some number free")
}

/// `id-copy`, then `id-copy-2`, `id-copy-3`, …: the first that `taken` does not hold.
pub(super) fn copy_id<'a>(id: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let free = |candidate: &String| !taken.clone().any(|t| t == candidate);
    let first = format!("{id}-copy");
    if free(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{id}-copy-{n}"))
        .find(free)
        .expect("finitely many ids leave some number free")
}

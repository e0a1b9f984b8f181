//! The built-in banks (English and Spanish) against the format and issue 19's structure
//! rules: four topics of thirteen, Spanish parity with English, sources and choice feedback.

use super::{built_in, choices, kind_name, none_of, valid, EN, ES, EXAMPLE};
use quiz_core::bank::{Kind, Question};
use std::collections::{BTreeMap, BTreeSet};

const TOPICS: [&str; 4] = [
    "role-difference",
    "responsibilities",
    "transition",
    "certifications",
];
const PER_TOPIC: usize = 13;

#[test]
fn english_has_the_four_topics_with_thirteen_questions_each() {
    let bank = valid("English", EN);
    assert_eq!(bank.lang, "en");
    let topics: Vec<&str> = bank.topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(topics, TOPICS);
    let mut per_topic: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &bank.questions {
        *per_topic.entry(q.topic.as_str()).or_default() += 1;
    }
    for topic in TOPICS {
        let n = per_topic.get(topic).copied().unwrap_or(0);
        assert!(
            n >= PER_TOPIC,
            "topic {topic} has {n} questions; at least {PER_TOPIC} needed"
        );
    }
    let categorise = bank
        .questions
        .iter()
        .filter(|q| matches!(q.kind, Kind::Categorise { .. }))
        .count();
    assert!(categorise >= 6, "only {categorise} categorise questions");
}

#[test]
fn spanish_has_the_same_ids_topics_and_types_as_english() {
    let (en, es) = (valid("English", EN), valid("Spanish", ES));
    assert_eq!(es.lang, "es");
    let shape = |qs: &[Question]| -> BTreeMap<String, (String, &'static str)> {
        qs.iter()
            .map(|q| (q.id.clone(), (q.topic.clone(), kind_name(&q.kind))))
            .collect()
    };
    let (en_shape, es_shape) = (shape(&en.questions), shape(&es.questions));
    let mut differences = Vec::new();
    for id in en_shape
        .keys()
        .chain(es_shape.keys())
        .collect::<BTreeSet<_>>()
    {
        match (en_shape.get(id), es_shape.get(id)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => differences.push(format!("{id}: English {a:?}, Spanish {b:?}")),
        }
    }
    none_of("Spanish parity (id, topic, type)", differences);
    assert_eq!((en.questions.len(), es.questions.len()), (52, 52));
}

#[test]
fn spanish_questions_have_the_same_answers_as_english() {
    let (en, es) = (valid("English", EN), valid("Spanish", ES));
    let answers = |k: &Kind| -> Vec<usize> {
        match k {
            Kind::Single { choices } | Kind::Multiple { choices } => {
                choices.iter().map(|c| c.correct as usize).collect()
            }
            Kind::TrueFalse { answer } => vec![*answer as usize],
            Kind::Categorise { items, .. } => items.iter().map(|i| i.bucket).collect(),
        }
    };
    let differ = es
        .questions
        .iter()
        .filter(|q| {
            en.question(&q.id)
                .is_some_and(|o| answers(&o.kind) != answers(&q.kind))
        })
        .map(|q| q.id.clone())
        .collect();
    none_of("Spanish answers differ from English", differ);
}

#[test]
fn the_documented_example_bank_has_one_question_of_each_type() {
    let bank = valid("example", EXAMPLE);
    let kinds: Vec<&str> = bank.questions.iter().map(|q| kind_name(&q.kind)).collect();
    assert_eq!(kinds, ["single", "true_false", "multiple", "categorise"]);
}

#[test]
fn prompts_are_unique_ignoring_case() {
    for (name, bank) in built_in() {
        let mut seen = BTreeSet::new();
        let repeats = bank
            .questions
            .iter()
            .filter(|q| !seen.insert(q.prompt.to_lowercase()))
            .map(|q| q.id.clone())
            .collect();
        none_of(&format!("{name}: repeated prompts"), repeats);
    }
}

#[test]
fn every_question_records_its_source() {
    for (name, bank) in built_in() {
        let missing = bank
            .questions
            .iter()
            .filter(|q| q.source.is_none())
            .map(|q| q.id.clone())
            .collect();
        none_of(&format!("{name}: no source section"), missing);
    }
}

#[test]
fn every_choice_says_why_it_is_right_or_wrong() {
    for (name, bank) in built_in() {
        let missing = bank
            .questions
            .iter()
            .flat_map(|q| {
                choices(q)
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.feedback.is_none())
                    .map(move |(i, _)| format!("{} choice {i}", q.id))
            })
            .collect();
        none_of(&format!("{name}: choices without feedback"), missing);
    }
}

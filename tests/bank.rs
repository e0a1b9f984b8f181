//! Checks the built-in banks against the format's rules and the project's own
//! content rules, and checks that each kind of malformed bank is reported precisely.

use pmo_leader_quiz::domain::bank::{parse, Bank, Kind, Problem, ProblemKind};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

const EN: &str = include_str!("../src/content/bank.en.json");
const ES: &str = include_str!("../src/content/bank.es.json");
const EXAMPLE: &str = include_str!("../examples/bank/example-bank.json");
const TOPICS: [&str; 4] = [
    "role-difference",
    "responsibilities",
    "transition",
    "certifications",
];

fn valid(name: &str, json: &str) -> Bank {
    match parse(json) {
        Ok(bank) => bank,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
            panic!("{name} bank is invalid:\n  {}", list.join("\n  "));
        }
    }
}

#[test]
fn english_bank_is_valid_and_complete() {
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
            n >= 10,
            "topic {topic} has {n} questions; at least 10 needed"
        );
    }
    assert!(bank.questions.len() >= 48);
    let categorise = bank
        .questions
        .iter()
        .filter(|q| matches!(q.kind, Kind::Categorise { .. }))
        .count();
    assert!(categorise >= 6, "only {categorise} categorise questions");
}

#[test]
fn every_question_records_its_source_and_multiple_choices_explain_each_option() {
    for (name, json) in [("English", EN), ("Spanish", ES)] {
        for q in valid(name, json).questions {
            assert!(
                q.source.is_some(),
                "{name} question {}: no source section",
                q.id
            );
            if let Kind::Multiple { choices } = &q.kind {
                for (i, c) in choices.iter().enumerate() {
                    assert!(
                        c.feedback.is_some(),
                        "{name} question {}: choice {i} has no feedback",
                        q.id
                    );
                }
            }
        }
    }
}

#[test]
fn spanish_bank_translates_core_questions_with_the_same_ids_and_answers() {
    let en = valid("English", EN);
    let es = valid("Spanish", ES);
    assert_eq!(es.lang, "es");
    assert!(es.questions.len() >= 12);
    for q in &es.questions {
        let original = en
            .question(&q.id)
            .unwrap_or_else(|| panic!("Spanish question {} has no English original", q.id));
        assert_eq!(q.topic, original.topic, "question {}: topic differs", q.id);
        let answers = |k: &Kind| match k {
            Kind::Single { choices } | Kind::Multiple { choices } => {
                choices.iter().map(|c| c.correct as usize).collect()
            }
            Kind::TrueFalse { answer } => vec![*answer as usize],
            Kind::Categorise { items, .. } => items.iter().map(|i| i.bucket).collect::<Vec<_>>(),
        };
        assert_eq!(
            answers(&q.kind),
            answers(&original.kind),
            "question {}: answers differ",
            q.id
        );
    }
}

#[test]
fn the_documented_example_bank_is_valid_with_one_question_of_each_type() {
    let bank = valid("example", EXAMPLE);
    let kinds: Vec<&str> = bank
        .questions
        .iter()
        .map(|q| match q.kind {
            Kind::Single { .. } => "single",
            Kind::Multiple { .. } => "multiple",
            Kind::TrueFalse { .. } => "true_false",
            Kind::Categorise { .. } => "categorise",
        })
        .collect();
    assert_eq!(kinds, ["single", "true_false", "multiple", "categorise"]);
}

#[test]
fn prompts_are_unique_ignoring_case() {
    let bank = valid("English", EN);
    let mut seen = BTreeSet::new();
    for q in &bank.questions {
        assert!(
            seen.insert(q.prompt.to_lowercase()),
            "question {}: prompt repeats another",
            q.id
        );
    }
}

fn base() -> Value {
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

fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut bank = base();
    change(&mut bank);
    parse(&bank.to_string()).expect_err("the changed bank should be refused")
}

fn expect(problems: &[Problem], question: Option<&str>, field: &str, kind: ProblemKind) {
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
fn each_kind_of_fault_is_named_with_its_question_and_field() {
    let p = problems_after(|b| {
        b["questions"][0]
            .as_object_mut()
            .unwrap()
            .remove("prompt")
            .map(drop)
            .unwrap()
    });
    expect(&p, Some("q1"), "prompt", ProblemKind::Missing);

    let p = problems_after(|b| b["questions"][0]["type"] = json!("essay"));
    expect(
        &p,
        Some("q1"),
        "type",
        ProblemKind::UnknownType("essay".into()),
    );

    let p = problems_after(|b| b["questions"][0]["choices"][0]["correct"] = json!(false));
    expect(&p, Some("q1"), "choices", ProblemKind::NoCorrectChoice);

    let p = problems_after(|b| b["questions"][0]["choices"][1]["correct"] = json!(true));
    expect(
        &p,
        Some("q1"),
        "choices",
        ProblemKind::NotExactlyOneCorrect(2),
    );

    let p = problems_after(|b| b["questions"][1]["id"] = json!("q1"));
    expect(&p, Some("q1"), "id", ProblemKind::DuplicateId);

    let p = problems_after(|b| b["questions"][0]["explanation"] = json!("   "));
    expect(&p, Some("q1"), "explanation", ProblemKind::Empty);

    let p = problems_after(|b| b["questions"][0]["prompt"] = json!("x".repeat(201)));
    expect(
        &p,
        Some("q1"),
        "prompt",
        ProblemKind::TooLong {
            max: 200,
            actual: 201,
        },
    );

    let p = problems_after(|b| b["questions"][0]["choices"][1]["text"] = json!("y".repeat(91)));
    expect(
        &p,
        Some("q1"),
        "choices[1].text",
        ProblemKind::TooLong {
            max: 90,
            actual: 91,
        },
    );

    let p = problems_after(|b| b["questions"][0]["topic"] = json!("history"));
    expect(
        &p,
        Some("q1"),
        "topic",
        ProblemKind::UnknownTopic("history".into()),
    );

    let p = problems_after(|b| {
        b["questions"][0]["choices"] = json!([{"text": "only", "correct": true}])
    });
    expect(
        &p,
        Some("q1"),
        "choices",
        ProblemKind::TooFew { min: 2, actual: 1 },
    );

    let p = problems_after(|b| b["questions"][1]["items"][1]["bucket"] = json!(5));
    expect(
        &p,
        Some("q2"),
        "items[1].bucket",
        ProblemKind::BucketOutOfRange(5),
    );

    let p = problems_after(|b| {
        for i in 0..4 {
            b["questions"][1]["items"][i]["bucket"] = json!(0);
        }
    });
    expect(&p, Some("q2"), "items", ProblemKind::BucketUnused(1));

    let p = problems_after(|b| b["questions"][1]["items"] = json!([{"text": "a1", "bucket": 0}]));
    expect(
        &p,
        Some("q2"),
        "items",
        ProblemKind::TooFew { min: 4, actual: 1 },
    );

    let p = problems_after(|b| b["questions"][0]["prompt"] = json!(42));
    expect(&p, Some("q1"), "prompt", ProblemKind::WrongType("text"));

    let p = problems_after(|b| b["format"] = json!(2));
    expect(
        &p,
        None,
        "format",
        ProblemKind::UnsupportedFormat("2".into()),
    );

    let p = problems_after(|b| b["questions"][1]["prompt"] = json!("PICK ONE."));
    expect(&p, Some("q2"), "prompt", ProblemKind::DuplicatePrompt);

    let p = problems_after(|b| b["questions"] = json!([]));
    expect(&p, None, "questions", ProblemKind::NoQuestions);

    let p = problems_after(|b| b["id"] = json!("my quiz/1"));
    expect(&p, None, "id", ProblemKind::NotAnIdentifier);

    let p = problems_after(|b| b["questions"][0]["type"] = json!("true_false"));
    expect(&p, Some("q1"), "answer", ProblemKind::Missing);
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let p = problems_after(|b| {
        b["questions"][0]["prompt"] = json!("");
        b["questions"][1]["explanation"] = json!("");
    });
    expect(&p, Some("q1"), "prompt", ProblemKind::Empty);
    expect(&p, Some("q2"), "explanation", ProblemKind::Empty);
}

#[test]
fn a_question_without_an_id_is_named_by_its_position() {
    let p = problems_after(|b| {
        b["questions"][1]
            .as_object_mut()
            .unwrap()
            .remove("id")
            .map(drop)
            .unwrap()
    });
    expect(&p, Some("#2"), "id", ProblemKind::Missing);
}

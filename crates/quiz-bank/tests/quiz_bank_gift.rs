//! `quiz-bank import gift` over the corpus in tests/fixtures/gift: what each GIFT form
//! becomes, and that everything left out is reported with its line and a non-zero exit.

mod cli;
use cli::{question, quiz_bank};
use quiz_core::bank::{Choice, Item, Kind};

const DIR: &str = "tests/fixtures/gift";

fn import(name: &str) -> cli::Run {
    quiz_bank(&["import", "gift", &format!("{DIR}/{name}")])
}

fn correct(kind: &Kind) -> Vec<bool> {
    match kind {
        Kind::Single { choices } | Kind::Multiple { choices } => {
            choices.iter().map(|c| c.correct).collect()
        }
        other => panic!("not a choice question: {other:?}"),
    }
}

#[test]
fn every_supported_form_maps_onto_its_type() {
    let run = import("all-types.gift");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bank = run.bank();
    let topics: Vec<(&str, &str)> = bank
        .topics
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str()))
        .collect();
    assert_eq!(topics, [("roles", "Roles"), ("duties", "Duties")]);
    assert_eq!(
        (bank.id.as_str(), bank.lang.as_str(), bank.title.as_str()),
        ("all-types", "en", "all-types")
    );

    let q = question(&bank, "role-single");
    assert_eq!(q.topic, "roles");
    assert_eq!(correct(&q.kind), [true, false, false]);
    let Kind::Single { choices } = &q.kind else {
        unreachable!()
    };
    assert_eq!(
        choices[1].feedback.as_deref(),
        Some("No: a project manager steers one project.")
    );
    assert_eq!(choices[2].feedback, None);
    assert!(q.explanation.starts_with("Organisation-wide direction"));

    assert_eq!(
        question(&bank, "role-tf").kind,
        Kind::TrueFalse { answer: false }
    );
    assert_eq!(
        question(&bank, "role-tf-true").kind,
        Kind::TrueFalse { answer: true }
    );

    let multi = question(&bank, "duty-multi");
    assert!(matches!(multi.kind, Kind::Multiple { .. }));
    assert_eq!(correct(&multi.kind), [true, true, false, false]);
    // One positive weight among weighted answers stays a multiple-response question.
    let one = question(&bank, "duty-multi-one");
    assert!(matches!(one.kind, Kind::Multiple { .. }));
    assert_eq!(correct(&one.kind), [true, false, false]);

    let Kind::Categorise { buckets, items } = &question(&bank, "duty-sort").kind else {
        panic!("categorise")
    };
    assert_eq!(buckets, &["Project manager", "PMO leader"]);
    assert_eq!(
        items.iter().map(|i| i.bucket).collect::<Vec<_>>(),
        [0, 1, 0, 1]
    );
    assert_eq!(
        items[1],
        Item {
            text: "Setting standard reporting for all projects".into(),
            bucket: 1
        }
    );
    let Kind::Categorise { buckets, .. } = &question(&bank, "duty-three").kind else {
        panic!("categorise")
    };
    assert_eq!(buckets, &["Processes", "People", "Stakeholders"]);
}

#[test]
fn escapes_and_line_breaks_become_plain_text() {
    let run = import("escapes.gift");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bank = run.bank();
    let q = question(&bank, "esc-1");
    assert_eq!(
        q.prompt,
        "In a template, what does {owner} stand for: a person or a role?"
    );
    let Kind::Single { choices } = &q.kind else {
        panic!("single")
    };
    assert_eq!(
        choices[0],
        Choice {
            text: "A role = the person who holds it".into(),
            correct: true,
            feedback: Some("Right: the name may change, the role stays.".into()),
            image: None,
        }
    );
    assert_eq!(choices[1].text, "A fixed person ~ always the same one");
    assert_eq!(choices[2].text, "A #hashtag");
    assert_eq!(
        question(&bank, "esc-2").prompt,
        "Which of these is written over several lines?"
    );
    // Plain text stays literal: its backslash is escaped, as the Markdown subset asks.
    assert_eq!(
        question(&bank, "esc-3").prompt,
        "Line one line two: a break written as \\\\n."
    );
    assert_eq!(
        bank.topics[0].id, "general",
        "no $CATEGORY: one default topic"
    );
}

#[test]
fn a_moodle_export_keeps_its_id_numbers_and_maps_its_html() {
    let run = import("moodle-export.gift");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bank = run.bank();
    assert_eq!(bank.topics[0].name, "Transition");
    let q = question(&bank, "path-first");
    assert_eq!(
        q.prompt,
        "What should a project manager preparing for **PMO leadership** do first?"
    );
    let Kind::Single { choices } = &q.kind else {
        panic!("single")
    };
    assert_eq!(
        choices[0].feedback.as_deref(),
        Some("Yes & it is the groundwork.")
    );
    assert_eq!(q.explanation, "Knowing the PMO comes before leading one.");
    assert_eq!(
        question(&bank, "Plain-one").prompt,
        "Which is a leadership skill?"
    );
    assert_eq!(
        question(&bank, "Markdown-one").prompt,
        "Is **this** kept as written?"
    );
}

#[test]
fn forms_the_quiz_cannot_express_are_reported_by_line() {
    let run = import("unsupported.gift");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let f = "tests/fixtures/gift/unsupported.gift";
    run.reports(f, 4, "numeric");
    run.reports(f, 6, "short-answer");
    run.reports(f, 8, "essay");
    run.reports(f, 10, "missing-word");
    run.reports(f, 12, "description");
    run.reports(f, 14, "field \"buckets\" has 4; at most 3 allowed");
    run.reports(f, 22, "field \"items\" has 7; at most 6 allowed");
    run.reports(f, 38, "no statement");
    run.reports(f, 42, "2 answers are marked =");
    run.reports(f, 44, "partial credit on \"good\" was dropped");
    run.reports(f, 46, "true/false answer feedback");
    run.reports(f, 48, "no answer is marked right");
    assert_eq!(run.skipped(), 10);
    let ids: Vec<String> = run.bank().questions.into_iter().map(|q| q.id).collect();
    assert_eq!(ids, ["partial", "tf-feedback", "good-1", "good-2"]);
    assert_eq!(
        correct(&question(&run.bank(), "partial").kind),
        [true, false, false]
    );
}

#[test]
fn each_syntax_error_names_its_line_and_the_rest_is_imported() {
    let run = import("syntax.gift");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let f = "tests/fixtures/gift/syntax.gift";
    for (line, what) in [
        (3, "the title opened with :: is never closed"),
        (5, "the answer block opened with { is never closed"),
        (9, "a } with no {"),
        (11, "a { inside an answer block"),
        (13, "a second answer block"),
        (15, "an answer should start with = or ~"),
        (17, "the weight %abc% is not a number"),
        (
            19,
            "matching pairs (=a -> b) mixed with answers that are not pairs",
        ),
        (21, "matching pairs are written with =, not ~"),
        (23, "\"maybe\" is not T, TRUE, F or FALSE"),
        (27, "matching pairs take no #feedback"),
    ] {
        run.reports(f, line, &format!("syntax error: {what}"));
    }
    assert_eq!(run.skipped(), 11);
    assert_eq!(run.bank().questions.len(), 1);
}

//! One whole import: the bank's fields from the options and the file name, questions the
//! reader refuses moved into the issues, and a report sorted for printing.

use quiz_core::bank::parse;
use quiz_core::formats::import::{import, Format, Options};
use quiz_core::formats::imported::Issue;

#[test]
fn a_question_the_reader_refuses_is_left_out_and_reported_at_its_line() {
    let long = "x".repeat(300);
    let gift = format!(
        "::ok::Fine? {{T}}\n\n::long::{long}? {{T}}\n\n::a::Broken {{=a\n\n::ok::Again? {{F}}"
    );
    let report = import(
        Format::Gift,
        &gift,
        "Mis preguntas.gift",
        &Options::default(),
    );
    let bank = parse(report.assembled.json.as_deref().expect("a bank")).expect("valid");
    assert_eq!(
        (bank.id.as_str(), bank.title.as_str()),
        ("Mis-preguntas", "Mis preguntas")
    );
    assert_eq!(
        bank.description,
        "Questions imported from Mis preguntas.gift."
    );
    let ids: Vec<&str> = bank.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["ok", "ok-2"]);
    let lines: Vec<usize> = report.imported.issues.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [3, 5], "sorted by line");
    assert!(matches!(&report.imported.issues[0].1, Issue::Refused(p) if p.field == "prompt"));
    // Notes stay only for questions kept: the long one's is gone.
    let noted: Vec<usize> = report.imported.notes.iter().map(|(l, _)| *l).collect();
    assert_eq!(noted, [1, 7, 7]);
}

#[test]
fn options_name_the_bank_and_a_bad_one_keeps_it_from_being_written() {
    let options = Options {
        id: Some("pmo".into()),
        lang: Some("es".into()),
        topic: Some("Básico".into()),
        ..Options::default()
    };
    let report = import(
        Format::Aiken,
        "Q?\nA. a\nB. b\nANSWER: B",
        "q.txt",
        &options,
    );
    let bank = parse(report.assembled.json.as_deref().expect("a bank")).expect("valid");
    assert_eq!((bank.id.as_str(), bank.lang.as_str()), ("pmo", "es"));
    assert_eq!(
        (bank.topics[0].id.as_str(), bank.topics[0].name.as_str()),
        ("basico", "Básico")
    );
    let bad = Options {
        id: Some("my quiz".into()),
        ..Options::default()
    };
    let report = import(Format::Aiken, "Q?\nA. a\nB. b\nANSWER: B", "q.txt", &bad);
    assert!(report.assembled.json.is_none());
    assert_eq!(report.assembled.bank_problems[0].field, "id");
}

#[test]
fn nothing_importable_writes_no_bank_and_names_no_bank_problem() {
    let report = import(
        Format::Gift,
        "// only a comment\n\nA description.",
        "n.gift",
        &Options::default(),
    );
    assert!(report.assembled.json.is_none());
    assert!(report.assembled.bank_problems.is_empty());
    assert_eq!(report.imported.issues.len(), 1);
}

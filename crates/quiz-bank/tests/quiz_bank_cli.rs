//! `quiz-bank check`, `import aiken`, import's flags, and how the tool treats bad usage,
//! unreadable files and a file with nothing to import.

mod cli;
use cli::{question, quiz_bank};
use quiz_core::bank::Kind;

#[test]
fn check_passes_both_built_in_banks_and_the_example() {
    let run = quiz_bank(&[
        "check",
        "../../src/content/bank.en.json",
        "../../src/content/bank.es.json",
        "../../examples/bank/example-bank.json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("../../src/content/bank.en.json: ok, "),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.lines().count(), 3);
}

#[test]
fn check_gives_line_and_column_for_bad_json() {
    let run = quiz_bank(&["check", "tests/fixtures/bank/bad-syntax.json"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("tests/fixtures/bank/bad-syntax.json:4:3: invalid JSON at line 4, column 3: expected `,` or `}`"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_prints_every_reader_problem_at_its_field() {
    let run = quiz_bank(&["check", "tests/fixtures/bank/bad-fields.json"]);
    assert_eq!(run.code, 1);
    let f = "tests/fixtures/bank/bad-fields.json";
    run.reports(f, 14, "question q1, field \"choices\": has 2 correct choices; a single-answer question needs exactly one");
    run.reports(
        f,
        19,
        "question q2, field \"topic\": names topic \"elsewhere\"",
    );
    run.reports(
        f,
        20,
        "question q2, field \"type\": has unknown type \"essay\"",
    );
    assert!(run.stderr.ends_with(": 3 problem(s)\n"), "{}", run.stderr);
}

#[test]
fn aiken_becomes_single_choice_with_the_answer_stated() {
    let run = quiz_bank(&[
        "import",
        "aiken",
        "tests/fixtures/aiken/good.txt",
        "--lang",
        "es",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bank = run.bank();
    assert_eq!(bank.questions.len(), 3);
    let q = question(&bank, "q-2");
    let Kind::Single { choices } = &q.kind else {
        panic!("single")
    };
    let correct: Vec<bool> = choices.iter().map(|c| c.correct).collect();
    assert_eq!(correct, [false, true, false, false]);
    assert_eq!(
        q.explanation,
        "La respuesta correcta es: Learn how the organisation's PMO works."
    );
    assert_eq!(
        question(&bank, "q-3").prompt,
        "Which of these is a leadership skill?"
    );
    assert!(
        run.stderr
            .contains("good.txt:1: note: no explanation given"),
        "{}",
        run.stderr
    );
}

#[test]
fn broken_aiken_questions_are_each_reported_once() {
    let run = quiz_bank(&["import", "aiken", "tests/fixtures/aiken/bad.txt"]);
    assert_eq!(run.code, 1);
    let f = "tests/fixtures/aiken/bad.txt";
    run.reports(f, 1, "a choice with no question text before it");
    run.reports(f, 4, "ANSWER: E names no choice");
    run.reports(f, 9, "no lettered choices");
    run.reports(f, 14, "choice C where B was expected");
    run.reports(f, 17, "no ANSWER: line");
    run.reports(f, 26, "an ANSWER: line with no question before it");
    assert_eq!(run.skipped(), 6);
    let bank = run.bank();
    assert_eq!(bank.questions.len(), 1);
    assert_eq!(bank.questions[0].explanation, "The right answer is: Yes.");
}

#[test]
fn bad_usage_and_unreadable_files_exit_with_two() {
    for args in [
        &[][..],
        &["import", "csv", "x"],
        &["export", "gift"],
        &["check"],
        &["frobnicate"],
    ] {
        let run = quiz_bank(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("usage:"), "{args:?}: {}", run.stderr);
    }
    let run = quiz_bank(&["check", "tests/fixtures/no-such-file.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);
    assert_eq!(quiz_bank(&["--help"]).code, 0);
}

#[test]
fn export_refuses_an_invalid_bank() {
    let run = quiz_bank(&["export", "gift", "tests/fixtures/bank/bad-fields.json"]);
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    assert!(run.stderr.contains("quiz-bank check"), "{}", run.stderr);
}

#[test]
fn a_file_with_nothing_importable_writes_no_bank() {
    let run = quiz_bank(&["import", "gift", "tests/fixtures/gift/nothing.gift"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("no question could be imported"),
        "{}",
        run.stderr
    );
}

#[test]
fn flags_name_the_bank_and_a_bad_one_is_refused() {
    let args = [
        "import",
        "gift",
        "tests/fixtures/gift/escapes.gift",
        "--id",
        "onboarding",
        "--lang",
        "es",
        "--title",
        "Incorporación",
        "--topic",
        "Básico",
    ];
    let bank = quiz_bank(&args).bank();
    assert_eq!(
        (bank.id.as_str(), bank.lang.as_str(), bank.title.as_str()),
        ("onboarding", "es", "Incorporación")
    );
    assert_eq!(
        (bank.topics[0].id.as_str(), bank.topics[0].name.as_str()),
        ("basico", "Básico")
    );
    let run = quiz_bank(&[
        "import",
        "gift",
        "tests/fixtures/gift/escapes.gift",
        "--id",
        "my quiz",
    ]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert!(
        run.stderr.contains("field \"id\": should use letters"),
        "{}",
        run.stderr
    );
}

#[test]
fn strings_template_writes_every_key_in_english_with_notes() {
    let run = quiz_bank(&["strings-template"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("the template is JSON");
    assert_eq!(value["lang"], "en");
    assert_eq!(value["messages"]["start"], "Start quiz");
    assert!(value["notes"]["start"]
        .as_str()
        .is_some_and(|n| n.contains("start screen")));
}

#[test]
fn check_reads_a_strings_file_and_names_each_problem_by_line() {
    let run = quiz_bank(&[
        "check",
        "../../src/i18n/strings/fr.json",
        "../../src/i18n/strings/pt.json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("fr.json: ok, all "), "{}", run.stdout);
    assert!(
        run.stdout.contains("interface strings in pt-BR"),
        "{}",
        run.stdout
    );
    let f = "tests/fixtures/strings/partial.json";
    let run = quiz_bank(&["check", f]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains(&format!("{f}: ")), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("missing, shown in English: topics_heading"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "{f}:5: \"pass_mark\" has {{grens}}, which it cannot fill"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!(
            "{f}:6: \"skipped\" (\"other\" form) leaves out {{count}}"
        )),
        "{}",
        run.stderr
    );
}

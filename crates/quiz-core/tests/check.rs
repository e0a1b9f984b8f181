//! The line-numbered check with its pictures in memory, as a studio runs it: a picture that
//! is fine, one that is missing or unreadable, the question each finding belongs to, a
//! syntax error's line and column, and the lines and summary as `quiz-bank` prints them.

use quiz_core::check::{check, Finding, Pictures, Severity, Unread};
use std::collections::BTreeMap;

/// A 3×2 PNG.
const RED: &[u8] = include_bytes!("formats/media/red-3x2.png");

/// A bank of `questions` (each a JSON object on lines of its own), one topic.
fn bank(questions: &[&str]) -> String {
    format!(
        "{{\n  \"format\": 1,\n  \"id\": \"check\",\n  \"lang\": \"en\",\n  \"title\": \"Check\",\n  \
         \"description\": \"Pictures in memory.\",\n  \"topics\": [{{ \"id\": \"t\", \"name\": \"Topic\" }}],\n  \
         \"questions\": [\n{}\n  ]\n}}\n",
        questions.join(",\n")
    )
}

/// A true-or-false question `id` with the picture `src`, `width`×`height`, on its own line.
fn question(id: &str, src: &str, (width, height): (u32, u32)) -> String {
    format!(
        "    {{\n      \"id\": \"{id}\",\n      \"topic\": \"t\",\n      \"type\": \"true_false\",\n      \
         \"prompt\": \"Is {id} there?\",\n      \
         \"image\": {{ \"src\": \"{src}\", \"alt\": \"A picture\", \"width\": {width}, \"height\": {height} }},\n      \
         \"answer\": true,\n      \"explanation\": \"It is.\"\n    }}"
    )
}

/// The line, counted from 1, of the first line of `json` that holds `needle`.
fn line_of(json: &str, needle: &str) -> usize {
    json.lines().position(|l| l.contains(needle)).unwrap() + 1
}

/// The red picture under `images/red.png`.
fn files() -> BTreeMap<String, Vec<u8>> {
    BTreeMap::from([("images/red.png".to_string(), RED.to_vec())])
}

#[test]
fn a_picture_that_is_there_and_of_its_shape_passes() {
    let json = bank(&[&question("red", "images/red.png", (3, 2))]);
    let report = check("bank.json", &json, &files());
    assert_eq!(report.findings, []);
    assert!(report.passed());
    assert_eq!((report.errors, report.warnings), (0, 0));
    assert_eq!(report.summary(), "bank.json: ok, 1 questions in 1 topics");
}

#[test]
fn a_missing_picture_is_an_error_at_its_src_naming_its_question() {
    let gone = question("gone", "images/gone.png", (3, 2));
    let json = bank(&[&question("red", "images/red.png", (3, 2)), &gone]);
    let report = check("bank.json", &json, &files());
    let message = "question gone, field \"image\": picture \"images/gone.png\" is missing: \
                   no file at images/gone.png";
    let line = line_of(&json, "images/gone.png");
    let want = Finding {
        line: Some(line),
        column: None,
        severity: Severity::Error,
        message: message.into(),
        question: Some(1),
    };
    assert_eq!(report.findings, [want]);
    assert_eq!(report.lines(), [format!("bank.json:{line}: {message}")]);
    assert!(!report.passed());
    assert_eq!(report.summary(), "bank.json: 1 problem(s)");
}

/// Every file is there, and none can be read; messages name them under `/bank/`.
struct Locked;

impl Pictures for Locked {
    fn read(&self, _: &str) -> Result<Vec<u8>, Unread> {
        Err(Unread::Unreadable("permission denied".into()))
    }

    fn shown(&self, src: &str) -> String {
        format!("/bank/{src}")
    }
}

#[test]
fn an_unreadable_picture_names_it_as_the_reader_of_files_shows_it() {
    let json = bank(&[&question("red", "images/red.png", (3, 2))]);
    let report = check("b.json", &json, &Locked);
    let line = line_of(&json, "images/red.png");
    assert_eq!(
        report.lines(),
        [format!(
            "b.json:{line}: question red, field \"image\": picture \"images/red.png\" cannot be \
             read at /bank/images/red.png: permission denied"
        )]
    );
}

#[test]
fn a_stretched_picture_is_a_warning_and_the_bank_passes() {
    let json = bank(&[&question("wide", "images/red.png", (30, 10))]);
    let report = check("bank.json", &json, &files());
    assert!(report.passed());
    assert_eq!((report.errors, report.warnings), (0, 1));
    assert_eq!(report.findings[0].severity, Severity::Warning);
    assert_eq!(report.findings[0].question, Some(0));
    let line = line_of(&json, "images/red.png");
    let printed = &report.lines()[0];
    assert!(
        printed.starts_with(&format!("bank.json:{line}: warning: question wide, field \"image\": picture \"images/red.png\" is 30x10")),
        "{printed}"
    );
    assert_eq!(
        report.summary(),
        "bank.json: ok, 1 questions in 1 topics, 1 warning"
    );
}

#[test]
fn reader_problems_name_the_question_they_belong_to() {
    let red = |id: &str| question(id, "images/red.png", (3, 2));
    let a = red("a");
    let b = red("b").replace(",\n      \"explanation\": \"It is.\"", "");
    let json = bank(&[&a, &b, &a]).replace("  \"lang\": \"en\",\n", "");
    let report = check("bank.json", &json, &files());
    let at = |text: &str| {
        let f = report.findings.iter().find(|f| f.message.contains(text));
        f.map(|f| (f.line, f.question)).unwrap()
    };
    // A bank-level field belongs to no question; a missing one is at the bank's brace.
    assert_eq!(at("field \"lang\": is missing"), (Some(1), None));
    // A missing field is at the line of its question's id.
    let b_id = line_of(&json, "\"id\": \"b\"");
    assert_eq!(
        at("field \"explanation\": is missing"),
        (Some(b_id), Some(1))
    );
    // A repeated id and prompt belong to the question that repeats them, the third.
    let third = json.match_indices("\"id\": \"a\"").nth(1).unwrap().0;
    let id_line = json[..third].lines().count();
    assert_eq!(at("repeats an id"), (Some(id_line), Some(2)));
    assert_eq!(at("repeats the prompt"), (Some(id_line + 3), Some(2)));
    assert_eq!(report.errors, 4, "{:?}", report.lines());
}

#[test]
fn a_syntax_error_has_its_line_and_column() {
    let json = "{\n \"questions\": [\n  {\"id\": \"a\",,}\n ]\n}";
    let report = check("bad.json", json, &BTreeMap::new());
    let finding = &report.findings[0];
    assert_eq!((finding.line, finding.column), (Some(3), Some(14)));
    assert_eq!(finding.question, None);
    assert_eq!(
        report.lines(),
        ["bad.json:3:14: invalid JSON at line 3, column 14: key must be a string"]
    );
    assert_eq!(report.summary(), "bad.json: 1 problem(s)");
}

#[test]
fn a_strings_file_is_checked_as_one() {
    let template = quiz_core::strings::template();
    assert!(quiz_core::check::is_strings(&template));
    let report = check("en.json", &template, &BTreeMap::new());
    assert!(report.passed(), "{:?}", report.lines());
    assert!(report.summary().ends_with(" interface strings in en"));
    let unknown = "{\n \"lang\": \"fr\",\n \"messages\": {\n  \"nope\": \"x\"\n }\n}";
    let report = check("fr.json", unknown, &BTreeMap::new());
    let nope = report
        .findings
        .iter()
        .find(|f| f.message.contains("nope"))
        .unwrap();
    assert_eq!(
        (nope.line, nope.column, nope.question),
        (Some(4), None, None)
    );
}

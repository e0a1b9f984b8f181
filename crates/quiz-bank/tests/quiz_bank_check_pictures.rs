//! `quiz-bank check` beyond the reader: picture files beside the bank (missing, heavy, not
//! what their name says, stretched) and markup that does not close, each at the line of its
//! field, errors failing the check and warnings only counted.

mod cli;
use cli::{quiz_bank, Run};
use std::path::{Path, PathBuf};

const FIXTURES: &str = "tests/fixtures/pictures";

/// Asserts stderr is exactly `lines`, then the summary `last` when there is an error.
fn prints(run: &Run, lines: &[String], last: Option<&str>) {
    let mut want: Vec<String> = lines.to_vec();
    want.extend(last.map(String::from));
    let got: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(got, want, "stderr:\n{}", run.stderr);
}

/// A fresh folder in the temp dir with the picture fixtures, and `bank` written there.
fn folder(name: &str, bank: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quiz-bank-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("images")).unwrap();
    let images = Path::new(FIXTURES).join("images");
    for entry in std::fs::read_dir(&images).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("images").join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.join("bank.json"), bank).unwrap();
    dir
}

/// Writes the 4×3 chart, padded with zeros to `bytes` bytes, as `images/<name>`.
fn padded_chart(dir: &Path, name: &str, bytes: usize) {
    let mut chart = std::fs::read(Path::new(FIXTURES).join("images/chart.png")).unwrap();
    chart.resize(bytes, 0);
    std::fs::write(dir.join("images").join(name), chart).unwrap();
}

const OPEN: &str = "opens and does not close, so it shows as typed: close it, or write";

#[test]
fn the_built_in_banks_check_clean_without_warnings() {
    let run = quiz_bank(&[
        "check",
        "../../src/content/bank.en.json",
        "../../src/content/bank.es.json",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    for line in run.stdout.lines() {
        assert!(line.ends_with(" topics"), "{line}");
    }
}

#[test]
fn markup_that_does_not_close_warns_in_each_field_and_passes() {
    let f = "tests/fixtures/pictures/markup.json";
    let run = quiz_bank(&["check", f]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let q = "question open-markers, field";
    prints(
        &run,
        &[
            format!("{f}:13: warning: {q} \"prompt\": ** {OPEN} \\*\\* to show it on purpose"),
            format!("{f}:16: warning: {q} \"choices[0].text\": ` {OPEN} \\` to show it on purpose"),
            format!("{f}:16: warning: {q} \"choices[0].feedback\": * {OPEN} \\* to show it on purpose"),
            format!("{f}:20: warning: {q} \"explanation\": * {OPEN} \\* to show it on purpose"),
            format!(
                "{f}:29: warning: question open-statement, field \"items[0].text\": ` {OPEN} \\` to show it on purpose"
            ),
        ],
        None,
    );
    assert_eq!(
        run.stdout,
        format!("{f}: ok, 2 questions in 1 topics, 5 warnings\n")
    );
}

#[test]
fn picture_files_are_checked_beside_the_bank() {
    let bank = std::fs::read_to_string(Path::new(FIXTURES).join("files.json")).unwrap();
    let dir = folder("files", &bank);
    padded_chart(&dir, "heavy.png", 153_601);
    padded_chart(&dir, "huge.PNG", 1_048_577);
    let f = dir.join("bank.json").display().to_string();
    let run = quiz_bank(&["check", &f]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let nowhere = dir.join("images/nowhere.png");
    prints(
        &run,
        &[
            format!("{f}:14: question missing, field \"image\": picture \"images/nowhere.png\" is missing: no file at {}", nowhere.display()),
            format!("{f}:25: warning: question weights, field \"choices[0].image\": picture \"images/heavy.png\" is 151 KB; over 150 KB it slows the quiz on a phone: make it smaller"),
            format!("{f}:27: question weights, field \"choices[1].image\": picture \"images/huge.PNG\" is 1025 KB; the limit is 1 MB (1024 KB): make it smaller"),
            format!("{f}:38: question types, field \"image\": picture \"images/text.png\" is not a picture: its bytes are not SVG, PNG, JPEG, WebP or AVIF"),
            format!("{f}:43: question types, field \"choices[1].image\": picture \"images/svg-inside.png\" is SVG, not PNG as its name says: rename it .svg, or save it as PNG"),
            format!("{f}:45: warning: question types, field \"choices[2].image\": picture \"images/unsized.svg\" is an SVG whose size cannot be read: give its root element width and height, or a viewBox"),
            format!("{f}:55: warning: question stretched, field \"image\": picture \"images/chart.png\" is 400x400 in the bank but 4x3 in the file, so the page would show it stretched: give a width and height of the file's shape, such as 400x300"),
        ],
        Some(&format!("{f}: 4 problem(s), 3 warnings")),
    );
    assert_eq!(run.stdout, "");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn size_limits_are_exact_and_warnings_alone_pass() {
    let bank = r#"{
  "format": 1, "id": "one", "lang": "en", "title": "One", "description": "Three pictures.",
  "topics": [{ "id": "t", "name": "T" }],
  "questions": [
    { "id": "q", "topic": "t", "type": "single", "prompt": "Which?", "explanation": "That.",
      "choices": [
        { "correct": true, "image": { "src": "images/a.png", "alt": "A", "width": 8, "height": 6 } },
        { "image": { "src": "images/b.png", "alt": "B", "width": 8, "height": 6 } },
        { "image": { "src": "images/c.png", "alt": "C", "width": 8, "height": 6 } }
      ] }
  ]
}"#;
    let dir = folder("limits", bank);
    padded_chart(&dir, "a.png", 153_600);
    padded_chart(&dir, "b.png", 153_601);
    padded_chart(&dir, "c.png", 150);
    let f = dir.join("bank.json").display().to_string();
    let run = quiz_bank(&["check", &f]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (b, c) = (
        "question q, field \"choices[1].image\": picture \"images/b.png\"",
        "question q, field \"choices[2].image\": picture \"images/c.png\"",
    );
    let heavy = "KB; over 150 KB it slows the quiz on a phone: make it smaller";
    prints(&run, &[format!("{f}:8: warning: {b} is 151 {heavy}")], None);
    let ok = format!("{f}: ok, 1 questions in 1 topics");
    assert_eq!(run.stdout, format!("{ok}, 1 warning\n"));

    padded_chart(&dir, "b.png", 1_048_576);
    padded_chart(&dir, "c.png", 1_048_577);
    let run = quiz_bank(&["check", &f]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    prints(
        &run,
        &[
            format!("{f}:8: warning: {b} is 1024 {heavy}"),
            format!("{f}:9: {c} is 1025 KB; the limit is 1 MB (1024 KB): make it smaller"),
        ],
        Some(&format!("{f}: 1 problem(s), 1 warning")),
    );
    assert_eq!(run.stdout, "");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_readers_picture_problems_print_at_their_field() {
    let f = "tests/fixtures/pictures/reader.json";
    let run = quiz_bank(&["check", f]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    prints(
        &run,
        &[
            format!("{f}:14: question no-alt, field \"image.alt\": is missing"),
            format!("{f}:26: question empty-alt, field \"choices[1].image.alt\": is empty: say what the picture shows, or add \"decorative\": true if it adds nothing"),
            format!("{f}:35: question no-size, field \"image.width\": is missing"),
        ],
        Some(&format!("{f}: 3 problem(s)")),
    );
}

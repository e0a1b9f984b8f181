//! `quiz-bank import gift` with markup and pictures: `[html]` mapped onto the Markdown
//! subset, `[markdown]` kept, `@@PLUGINFILE@@` found with `--media` (or reported by name),
//! `-o` and picture paths relative to the bank. Export and import again: see
//! quiz_bank_round_trip.rs.

mod cli;
use cli::{copied_fixtures, question, quiz_bank};
use quiz_core::bank::{parse, Image, Kind};

const HTML: &str = "tests/fixtures/gift/html-images.gift";
const MARKDOWN: &str = "tests/fixtures/gift/markdown-images.gift";
const MEDIA: &str = "tests/fixtures/gift/media";

fn image(src: &str, alt: &str, width: u32, height: u32) -> Option<Image> {
    Some(Image {
        src: src.into(),
        alt: alt.into(),
        width,
        height,
        decorative: alt.is_empty(),
    })
}

fn choices(kind: &Kind) -> &[quiz_core::bank::Choice] {
    match kind {
        Kind::Single { choices } | Kind::Multiple { choices } => choices,
        other => panic!("not a choice question: {other:?}"),
    }
}

#[test]
fn html_maps_onto_the_subset_and_moodle_files_come_from_media() {
    let run = quiz_bank(&["import", "gift", HTML, "--media", MEDIA]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let bank = run.bank();
    let q = question(&bank, "chart-found");
    assert_eq!(q.prompt, "Which PMO does **this** chart show?");
    let chart = "tests/fixtures/gift/media/org chart.png";
    // width 300 given; the height keeps the file's 4×3 ratio.
    assert_eq!(
        q.image,
        image(chart, "Org chart: the PMO above three projects", 300, 225)
    );
    let c = choices(&q.kind);
    assert_eq!(c[0].text, "A *directive* PMO");
    assert_eq!(
        c[0].feedback.as_deref(),
        Some("Right: it *controls* the projects.")
    );
    assert_eq!(
        q.explanation,
        "Solid lines run from the PMO to each project:\n\n- it assigns the managers\n- it sets the `standards`"
    );
    let pick = question(&bank, "pick-picture");
    assert_eq!(pick.prompt, "Which one is a diagram?");
    let c = choices(&pick.kind);
    let svg = "tests/fixtures/gift/media/diagram.svg";
    assert_eq!(
        c[0].image,
        image(svg, "Three boxes joined as an organisation chart", 120, 80)
    );
    assert_eq!(
        (c[0].text.as_str(), c[1].text.as_str(), c[1].image.is_none()),
        ("", "A photo", true)
    );
    assert_eq!(c[2].text, "Neither of them");
    let literal = question(&bank, "literal");
    assert_eq!(literal.prompt, "Is 2 \\* 3 = 6, and is \\`x\\` code?");
    assert_eq!(literal.explanation, "Yes & no <really>.");
    assert!(question(&bank, "chart-missing").image.is_none());

    run.reports(
        HTML,
        16,
        "\"@@PLUGINFILE@@/gone.png\" was left out: tests/fixtures/gift/media/gone.png is not there",
    );
    run.reports(
        HTML,
        25,
        "\"https://example.org/photo.png\" was left out: only files are read",
    );
    run.reports(
        HTML,
        31,
        "\"media/fake.png\" was left out: the file is not an SVG, PNG, JPEG, WebP or AVIF image",
    );
    run.reports(HTML, 23, "note: HTML <span> has no counterpart");
    run.reports(HTML, 26, "note: HTML <u> has no counterpart");
    assert!(
        run.stderr
            .ends_with("4 question(s) imported, 3 problem(s)\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn without_media_each_moodle_file_is_reported_by_name_and_the_question_kept() {
    let run = quiz_bank(&["import", "gift", HTML]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    run.reports(HTML, 8, "left out: org chart.png is one of Moodle's files: give the folder that holds them with --media DIR");
    run.reports(HTML, 16, "left out: gone.png is one of Moodle's files");
    let bank = run.bank();
    assert_eq!(bank.questions.len(), 4);
    assert!(question(&bank, "chart-found").image.is_none());
    // A path beside the GIFT file needs no --media.
    assert!(choices(&question(&bank, "pick-picture").kind)[0]
        .image
        .is_some());
}

#[test]
fn markdown_keeps_the_subset_and_reads_pictures_beside_the_file() {
    let run = quiz_bank(&["import", "gift", MARKDOWN]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bank = run.bank();
    let q = question(&bank, "md-image");
    assert_eq!(
        q.prompt,
        "Which box is the **PMO**?\n- the top one\n- the middle one"
    );
    let svg = "tests/fixtures/gift/media/diagram.svg";
    assert_eq!(
        q.image,
        image(
            svg,
            "Three boxes: the board, the PMO, the projects",
            120,
            80
        )
    );
    assert_eq!(
        q.explanation,
        "Line one line two\n\nA new paragraph, with a [link](https://example.org)."
    );
    let c = choices(&question(&bank, "md-choices").kind);
    assert_eq!(
        c[0].image,
        image("tests/fixtures/gift/media/org chart.png", "The chart", 4, 3)
    );
    assert_eq!(
        (c[1].text.as_str(), c[1].image.clone()),
        ("The diagram", image(svg, "", 120, 80))
    );
    assert_eq!(
        question(&bank, "plain-stars").prompt,
        "What is 2 \\* 3 \\* 4?"
    );
}

#[test]
fn with_o_the_bank_is_written_there_and_names_pictures_from_its_folder() {
    let dir = copied_fixtures("o");
    let (gift, media, out) = (
        dir.join("html-images.gift"),
        dir.join("media"),
        dir.join("bank.json"),
    );
    let args = [
        "import",
        "gift",
        gift.to_str().unwrap(),
        "--media",
        media.to_str().unwrap(),
    ];
    let run = quiz_bank(&[&args[..], &["-o", out.to_str().unwrap()]].concat());
    assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{}", run.stderr);
    let bank = parse(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let src = question(&bank, "chart-found")
        .image
        .as_ref()
        .map(|i| i.src.clone());
    assert_eq!(src.as_deref(), Some("media/org chart.png"));

    // Pictures outside the bank's folder cannot be named by it.
    let elsewhere = quiz_bank(&[
        "import",
        "gift",
        HTML,
        "--media",
        MEDIA,
        "-o",
        out.to_str().unwrap(),
    ]);
    elsewhere.reports(HTML, 8, "media/org chart.png is outside the bank's folder");
    let missing = dir.join("no-such-folder/bank.json");
    let run = quiz_bank(&["import", "gift", HTML, "-o", missing.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("cannot write the bank there: no such folder"),
        "{}",
        run.stderr
    );
    let run = quiz_bank(&[
        "import",
        "gift",
        HTML,
        "--media",
        "tests/fixtures/no-such-folder",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("--media names no folder"),
        "{}",
        run.stderr
    );
}

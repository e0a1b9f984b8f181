//! Pictures on questions and choices: what the reader accepts, and each fault named.

use super::reader::reports;
use quiz_core::bank::{parse, Kind, ProblemKind};
use serde_json::{json, Value};

fn sample() -> Value {
    super::reader::base()
}

fn picture() -> Value {
    json!({"src": "images/chart.svg", "alt": "An organisation chart", "width": 640, "height": 360})
}

#[test]
fn a_question_and_its_choices_may_carry_pictures_and_a_choice_may_be_only_a_picture() {
    let mut bank = sample();
    bank["questions"][0]["image"] = picture();
    bank["questions"][0]["choices"][0]["image"] = picture();
    bank["questions"][0]["choices"][0]
        .as_object_mut()
        .unwrap()
        .remove("text");
    bank["questions"][0]["choices"][1]["image"] =
        json!({"src": "a.PNG", "alt": "", "decorative": true, "width": 1, "height": 4096});
    let bank = parse(&bank.to_string()).expect("valid");
    let q = &bank.questions[0];
    assert_eq!(
        q.image.as_ref().map(|i| (i.width, i.height)),
        Some((640, 360))
    );
    let Kind::Single { choices } = &q.kind else {
        panic!("a choice question");
    };
    assert_eq!(
        (choices[0].text.as_str(), choices[0].label()),
        ("", "An organisation chart")
    );
    assert!(choices[1]
        .image
        .as_ref()
        .is_some_and(|i| i.decorative && i.alt.is_empty()));
    assert_eq!(choices[1].label(), choices[1].text);
}

#[test]
fn a_source_outside_the_bank_folder_is_refused_with_the_reason() {
    for src in [
        "https://example.com/a.png",
        "data:image/png;base64,AAAA",
        "javascript:alert(1)",
        "/images/a.png",
        "../a.png",
        "images//a.png",
        "images\\a.png",
        "a.png?x=1",
    ] {
        let mut bank = sample();
        bank["questions"][0]["image"] = picture();
        bank["questions"][0]["image"]["src"] = json!(src);
        let problems = parse(&bank.to_string()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.field == "image.src" && matches!(p.kind, ProblemKind::ImagePath(_))),
            "{src}: {problems:?}"
        );
    }
}

#[test]
fn a_file_type_the_quiz_cannot_show_is_named() {
    reports(
        |b| {
            b["questions"][0]["image"] = picture();
            b["questions"][0]["image"]["src"] = json!("chart.gif");
        },
        Some("q1"),
        "image.src",
        ProblemKind::ImageType("gif".into()),
    );
}

#[test]
fn alt_is_required_and_empty_only_when_decorative() {
    reports(
        |b| b["questions"][0]["image"] = json!({"src": "a.svg", "width": 1, "height": 1}),
        Some("q1"),
        "image.alt",
        ProblemKind::Missing,
    );
    reports(
        |b| {
            b["questions"][0]["image"] =
                json!({"src": "a.svg", "alt": " ", "width": 1, "height": 1})
        },
        Some("q1"),
        "image.alt",
        ProblemKind::EmptyAlt,
    );
}

#[test]
fn width_and_height_are_required_whole_pixels() {
    reports(
        |b| b["questions"][0]["image"] = json!({"src": "a.svg", "alt": "x", "height": 1}),
        Some("q1"),
        "image.width",
        ProblemKind::Missing,
    );
    reports(
        |b| {
            b["questions"][0]["image"] =
                json!({"src": "a.svg", "alt": "x", "width": 10, "height": 2.5})
        },
        Some("q1"),
        "image.height",
        ProblemKind::BadSide("2.5".into()),
    );
    reports(
        |b| {
            b["questions"][0]["image"] =
                json!({"src": "a.svg", "alt": "x", "width": 5000, "height": 1})
        },
        Some("q1"),
        "image.width",
        ProblemKind::BadSide("5000".into()),
    );
}

#[test]
fn a_choice_without_text_needs_a_named_picture() {
    reports(
        |b| {
            let choice = &mut b["questions"][0]["choices"][0];
            choice.as_object_mut().unwrap().remove("text");
            choice["image"] =
                json!({"src": "a.svg", "alt": "", "decorative": true, "width": 1, "height": 1});
        },
        Some("q1"),
        "choices[0].text",
        ProblemKind::ChoiceUnnamed,
    );
}

#[test]
fn length_limits_count_the_visible_text_not_the_markers() {
    let mut bank = sample();
    // 90 visible characters in a choice, 94 with the markers.
    bank["questions"][0]["choices"][0]["text"] = json!(format!("**{}**", "a".repeat(90)));
    assert!(parse(&bank.to_string()).is_ok());
    bank["questions"][0]["choices"][0]["text"] = json!(format!("**{}**", "a".repeat(91)));
    let problems = parse(&bank.to_string()).unwrap_err();
    assert_eq!(
        problems[0].kind,
        ProblemKind::TooLong {
            max: 90,
            actual: 91
        }
    );
}

#[test]
fn a_picture_is_found_beside_its_bank_file() {
    use quiz_core::bank::beside;
    assert_eq!(
        beside("content/bank.en.json", "images/a.svg"),
        "content/images/a.svg"
    );
    assert_eq!(beside("/banks/b.json?v=2#x", "a.png"), "/banks/a.png");
    assert_eq!(beside("bank.json", "a.png"), "a.png");
}

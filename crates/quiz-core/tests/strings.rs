//! Interface strings files: the built-in translations are complete and clean, and a
//! provider's file falls back to English message by message, with each problem named.

use quiz_core::lang::INTERFACE;
use quiz_core::strings::{
    check, english, load, parse_file, template, Category, Dir, Problem, Raw, RawFile, EN, KEYS,
    NOTES,
};

const STRINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src/i18n/strings");

fn file(messages: &[(&str, Raw)]) -> RawFile {
    RawFile {
        lang: "nl".into(),
        dir: None,
        messages: messages
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    }
}

fn text(s: &str) -> Raw {
    Raw::Text(s.into())
}

fn forms(pairs: &[(&str, &str)]) -> Raw {
    Raw::Forms(
        pairs
            .iter()
            .map(|(c, t)| (c.to_string(), t.to_string()))
            .collect(),
    )
}

#[test]
fn every_built_in_language_but_english_has_a_clean_complete_file() {
    let mut files: Vec<String> = std::fs::read_dir(STRINGS)
        .expect("src/i18n/strings is readable")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    let mut wanted: Vec<String> = INTERFACE[1..].iter().map(|l| format!("{l}.json")).collect();
    wanted.sort();
    assert_eq!(
        files, wanted,
        "one file per built-in language after English"
    );
    for name in files {
        let json = std::fs::read_to_string(format!("{STRINGS}/{name}")).expect("readable");
        assert_eq!(check(&json), vec![], "{name}");
        let raw = parse_file(&json).expect("parses");
        assert_eq!(
            quiz_core::lang::primary(&raw.lang),
            name.trim_end_matches(".json")
        );
        // Translated: a message the same as English is a short word at most ("Quiz", "Incorrect"),
        // placeholders aside ("+{points} in {topic}" is German too).
        let (texts, _) = load(&raw, &[Category::One, Category::Other]).expect("loads");
        let words = |text: &str| {
            text.split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                .collect::<String>()
        };
        let same: Vec<&str> = KEYS
            .iter()
            .copied()
            .filter(|k| {
                texts.forms(k) == EN.forms(k) && words(EN.forms(k).unwrap()[0].1).len() > 10
            })
            .collect();
        assert_eq!(same, Vec::<&str>::new(), "{name}: untranslated");
    }
}

#[test]
fn a_missing_key_shows_in_english_and_is_named() {
    let (texts, problems) = load(
        &file(&[("start", text("Start de quiz"))]),
        &[Category::One, Category::Other],
    )
    .expect("usable");
    assert_eq!(texts.start, "Start de quiz");
    assert_eq!(texts.check, EN.check);
    assert_eq!(texts.lang, "nl");
    let Problem::Missing(keys) = &problems[0] else {
        panic!("{problems:?}")
    };
    assert_eq!(keys.len(), KEYS.len() - 1);
    assert!(keys.contains(&"check") && !keys.contains(&"start"));
    assert!(problems[0]
        .to_string()
        .contains("shown in English: topics_heading, question_count"));
}

#[test]
fn a_wrong_or_missing_placeholder_keeps_that_message_in_english() {
    let raw = file(&[
        ("pass_mark", text("De slaaggrens is {grens}.")),
        ("score_line", text("Je scoorde {points} van {total}.")),
        ("question_of", text("Vraag {n} van {total}")),
    ]);
    let (texts, problems) = load(&raw, &[]).expect("usable");
    assert_eq!(texts.pass_mark, EN.pass_mark);
    assert_eq!(texts.score_line, EN.score_line);
    assert_eq!(texts.question_of.fill("2", "5"), "Vraag 2 van 5");
    let said: Vec<String> = problems[1..].iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "\"pass_mark\" has {grens}, which it cannot fill; shown in English",
            "\"score_line\" leaves out {percent}; shown in English",
        ]
    );
}

#[test]
fn counted_messages_take_a_form_per_category_and_may_name_their_number() {
    // Arabic uses every category.
    let arabic = Category::ALL;
    let raw = RawFile {
        lang: "ar".into(),
        dir: None,
        messages: vec![
            (
                "minutes_left".into(),
                forms(&[
                    ("one", "دقيقة واحدة"),
                    ("two", "دقيقتان"),
                    ("few", "{count} دقائق"),
                    ("many", "{count} دقيقة"),
                    ("other", "{count} دقيقة."),
                ]),
            ),
            (
                "skipped".into(),
                forms(&[("one", "{count} x"), ("other", "no count here")]),
            ),
            ("imported".into(), text("not forms")),
            ("start".into(), forms(&[("one", "a"), ("other", "b")])),
            (
                "start_spaced".into(),
                forms(&[
                    ("one", "{count}"),
                    ("lots", "{count}"),
                    ("other", "{count}"),
                ]),
            ),
        ],
    };
    let (texts, problems) = load(&raw, &arabic).expect("usable");
    assert_eq!(texts.dir, Dir::Rtl, "known from the tag");
    assert_eq!(texts.minutes_left.pick(Category::Two).fill("2"), "دقيقتان");
    assert_eq!(texts.minutes_left.pick(Category::Few).fill("5"), "5 دقائق");
    assert_eq!(
        texts.minutes_left.pick(Category::Zero).fill("0"),
        "0 دقيقة.",
        "a missing form: other stands in"
    );
    assert_eq!(texts.skipped, EN.skipped, "other leaves out {{count}}");
    assert_eq!(texts.imported, EN.imported);
    assert_eq!(texts.start, EN.start);
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(said.contains(&"\"minutes_left\" has no \"zero\" form, which this language uses; its \"other\" form stands in".to_string()), "{said:#?}");
    assert!(
        said.contains(
            &"\"skipped\" (\"other\" form) leaves out {count}; shown in English".to_string()
        ),
        "{said:#?}"
    );
    assert!(said
        .iter()
        .any(|s| s.starts_with("\"imported\" is counted")));
    assert!(said.contains(&"\"start\" should be text; shown in English".to_string()));
    assert!(said
        .iter()
        .any(|s| s.starts_with("\"start_spaced\" has a form \"lots\"")));
}

#[test]
fn the_language_and_direction_must_make_sense() {
    let mut raw = file(&[]);
    raw.lang = "../etc".into();
    assert!(matches!(load(&raw, &[]), Err(Problem::Top(_))));
    raw.lang = "he".into();
    raw.dir = Some("sideways".into());
    assert!(matches!(load(&raw, &[]), Err(Problem::Top(_))));
    raw.dir = Some("ltr".into());
    assert_eq!(
        load(&raw, &[]).expect("usable").0.dir,
        Dir::Ltr,
        "the file's dir wins over the tag's"
    );
    raw.dir = None;
    assert_eq!(load(&raw, &[]).expect("usable").0.dir, Dir::Rtl);
}

#[test]
fn check_gives_each_problem_its_line() {
    let json = "{\n  \"lang\": \"nl\",\n  \"messages\": {\n    \"start\": \"Start\",\n    \"pass_mark\": \"{x}\",\n    \"nonsense\": \"?\"\n  }\n}\n";
    let found = check(json);
    let lines: Vec<(Option<usize>, String)> =
        found.iter().map(|(l, p)| (*l, p.to_string())).collect();
    assert_eq!(lines[0].0, None, "the missing keys have no line");
    assert!(
        lines.contains(&(
            Some(5),
            "\"pass_mark\" has {x}, which it cannot fill; shown in English".into()
        )),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&(
            Some(6),
            "\"nonsense\" is not a message the quiz has; ignored".into()
        )),
        "{lines:#?}"
    );
    let broken = check("{\n  \"lang\": \"nl\",\n  \"messages\": {,}\n}");
    assert!(
        matches!(
            broken.as_slice(),
            [(
                Some(3),
                Problem::NotJson {
                    line: 3,
                    column: 16,
                    ..
                }
            )]
        ),
        "{broken:?}"
    );
}

#[test]
fn the_template_is_english_with_a_note_for_every_key() {
    let template = template();
    assert_eq!(
        check(&template),
        vec![],
        "it checks clean as an English file"
    );
    let value: serde_json::Value = serde_json::from_str(&template).expect("JSON");
    assert_eq!(
        value["messages"].as_object().map(|m| m.len()),
        Some(KEYS.len())
    );
    assert_eq!(
        value["messages"]["question_count"]["one"],
        "1 question · pass mark {mark}"
    );
    assert_eq!(
        value["notes"]["start"],
        "The start screen's button that begins an attempt when none is unfinished."
    );
    assert_eq!(NOTES.len(), KEYS.len());
}

#[test]
fn numbers_and_plurals_go_through_the_language_rules() {
    assert_eq!(
        EN.count(&EN.skipped, 1),
        "1 question from your unfinished attempt is no longer in this quiz, so it was skipped."
    );
    assert_eq!(
        EN.form(&EN.question_count, 3)
            .fill(&EN.count_text(3), &EN.percent(70)),
        "3 questions · pass mark 70%"
    );
    assert_eq!(english("en", 0), Category::Other);
    let mut french = EN;
    french.number = |_, n| format!("<{n:?}>");
    french.plural = |_, _| Category::Many;
    assert_eq!(french.percent(5), "<Percent(5)>");
    assert_eq!(
        french.count(&french.minutes_left, 2),
        "<Count(2)> minutes left.",
        "many falls to other in English"
    );
}

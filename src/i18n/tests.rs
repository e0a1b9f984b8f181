//! Checks that every catalogue is complete and agrees with English.

use super::*;

/// Each `{slot}` in a template, in order of first appearance.
fn slots(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for part in text.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            if !found.iter().any(|f| f == name) {
                found.push(name.to_string());
            }
        }
    }
    found.sort();
    found
}

/// `field: "value"` pairs from the Debug form, so every field is compared.
fn entries(texts: &Texts) -> Vec<(String, String)> {
    let debug = format!("{texts:#?}");
    debug
        .lines()
        .filter_map(|line| {
            let (key, value) = line.trim().split_once(": \"")?;
            Some((
                key.to_string(),
                value
                    .trim_end_matches(',')
                    .trim_end_matches('"')
                    .to_string(),
            ))
        })
        .collect()
}

#[test]
fn every_language_has_every_string_with_the_same_slots() {
    let en = entries(&EN);
    assert!(en.len() > 90, "found {} strings", en.len());
    for texts in CATALOGUES.iter().skip(1) {
        let other = entries(texts);
        assert_eq!(en.len(), other.len(), "{}", texts.lang);
        for ((key, english), (key_other, text)) in en.iter().zip(&other) {
            assert_eq!(key, key_other);
            assert!(!text.is_empty(), "{key} is empty in {}", texts.lang);
            assert_eq!(slots(english), slots(text), "{key}: slots differ");
            if key != "lang" && english.len() > 3 {
                assert_ne!(english, text, "{key} is not translated");
            }
        }
    }
}

#[test]
fn the_slot_check_rejects_unknown_and_unclosed_slots() {
    assert!(slots_within("{a} and {b}", &["a", "b"]));
    assert!(slots_within("no slots", &["a"]));
    assert!(!slots_within("{a} and {c}", &["a", "b"]));
    assert!(!slots_within("{ab}", &["a", "b"]));
    assert!(!slots_within("open {a", &["a"]));
}

#[test]
fn languages_are_picked_by_their_primary_tag() {
    assert_eq!(for_lang("es-MX").lang, "es");
    assert_eq!(for_lang("ES").lang, "es");
    assert_eq!(for_lang("fr").lang, "en");
    assert!(supports("es-419") && supports("en-GB") && !supports("de"));
}

#[test]
fn the_language_list_matches_the_settings_reader() {
    let langs: Vec<&str> = CATALOGUES.iter().map(|t| t.lang).collect();
    assert_eq!(langs, quiz_core::lang::LANGUAGES);
}

#[test]
fn plurals_pick_by_count() {
    assert_eq!(
        ES.question_count.pick(1).fill("1", "70"),
        "1 pregunta · aprobado con 70%"
    );
    assert_eq!(EN.imported.pick(0).template(), EN.imported.other.template());
}

#[test]
fn messages_fill_every_named_slot() {
    assert_eq!(EN.question_of.at(2, 10), "Question 3 of 10");
    let score = quiz_core::scoring::Score {
        earned: 2500,
        possible: 4,
    };
    assert_eq!(
        EN.score_line.score(&score),
        format!(
            "You scored {} of 4 ({}%).",
            score.points_text(),
            score.percent()
        )
    );
}

//! The languages the quiz has built in: the interface's (`INTERFACE`, one strings file
//! each under `src/i18n/strings`, English compiled in) and the question banks'
//! (`BANKS`, `src/content/bank.<lang>.json`). Settings, the app's language choice,
//! `build.rs` and the `quiz-bank` tool read these tables or are tested against them.

/// The built-in interface languages as primary subtags; the first is the fallback.
pub const INTERFACE: [&str; 6] = ["en", "es", "fr", "de", "pt", "it"];

/// The languages the built-in question bank is written in; the first is the fallback.
pub const BANKS: [&str; 2] = ["en", "es"];

/// The primary subtag of a language tag, lower-cased: `es-MX` and `ES` give `es`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Whether `tag` looks like a BCP 47 language tag: a letter first, then letters, digits
/// and hyphens, at most 35 in all. Not a full validation: enough to refuse a typo or a path.
pub fn well_formed(tag: &str) -> bool {
    let first = tag.chars().next();
    first.is_some_and(|c| c.is_ascii_alphabetic())
        && tag.len() <= 35
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !tag.contains("--")
        && !tag.ends_with('-')
}

/// The first of `wanted` (language tags, most preferred first) whose primary subtag is
/// in `available`, as `available` spells it.
pub fn choose<'a>(
    wanted: impl IntoIterator<Item = &'a str>,
    available: &[&'static str],
) -> Option<&'static str> {
    wanted
        .into_iter()
        .find_map(|tag| available.iter().copied().find(|a| *a == primary(tag)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choose_takes_the_first_wanted_language_that_is_available() {
        assert_eq!(choose(["nl-NL", "fr-CA", "es"], &INTERFACE), Some("fr"));
        assert_eq!(choose(["nl", "ja"], &INTERFACE), None);
        assert_eq!(choose(["fr", "es-MX"], &BANKS), Some("es"));
    }

    #[test]
    fn a_well_formed_tag_is_letters_digits_and_single_hyphens() {
        for good in ["en", "pt-BR", "zh-Hant-TW", "es-419"] {
            assert!(well_formed(good), "{good}");
        }
        for bad in ["", "-en", "en-", "e n", "en--US", "../x", "1en"] {
            assert!(!well_formed(bad), "{bad}");
        }
    }
}

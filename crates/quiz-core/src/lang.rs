//! The interface languages the quiz has built in: the one table that settings, the UI
//! catalogues (`src/i18n`), the built-in banks (`build.rs`, `src/content`) and the
//! `quiz-bank` tool read, or are tested against. A new language is one entry here plus
//! its catalogue and its bank.

/// The built-in interface languages as primary subtags, in the order they are offered;
/// the first is the fallback for any other.
pub const LANGUAGES: [&str; 2] = ["en", "es"];

/// The primary subtag of a language tag, lower-cased: `es-MX` and `ES` give `es`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

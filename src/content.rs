//! The question banks compiled into the binary, one per interface language, and the
//! summary of each that the start screen shows before the bank itself is loaded.

use quiz_core::bank::{parse, Bank, BankMeta, Problem, TopicMeta};

/// Each interface language's built-in bank as JSON text, in `settings::LANGUAGES` order;
/// the first is the fallback for any other language.
pub const BUILT_IN: [(&str, &str); 2] = [
    ("en", include_str!("content/bank.en.json")),
    ("es", include_str!("content/bank.es.json")),
];

/// The built-in bank for an interface language, English for any other.
pub fn built_in(lang: &str) -> Result<Bank, Vec<Problem>> {
    let json = BUILT_IN
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(BUILT_IN[0].1, |(_, json)| json);
    parse(json)
}

include!(concat!(env!("OUT_DIR"), "/meta.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_summary_is_what_the_parser_makes_of_its_bank() {
        for (lang, _) in BUILT_IN {
            let bank = built_in(lang).expect("built-in bank parses");
            assert_eq!(built_in_meta(lang), BankMeta::from(&bank), "{lang}");
            assert_eq!(bank.lang, lang, "the bank's own language");
        }
    }

    #[test]
    fn every_interface_language_has_a_built_in_bank() {
        let langs: Vec<&str> = BUILT_IN.iter().map(|(l, _)| *l).collect();
        assert_eq!(langs, quiz_core::settings::LANGUAGES);
    }
}

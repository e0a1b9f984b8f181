//! The question banks compiled into the binary, one per interface language, and the
//! summary of each that the start screen shows before the bank itself is loaded.

use crate::domain::bank::{parse, Bank, BankMeta, Problem, TopicMeta};

/// The English built-in bank as JSON text; also the fallback for other languages.
pub const BUILT_IN_EN: &str = include_str!("content/bank.en.json");
/// The Spanish built-in bank as JSON text.
pub const BUILT_IN_ES: &str = include_str!("content/bank.es.json");

/// The built-in bank for a language (`en` or `es`).
pub fn built_in(lang: &str) -> Result<Bank, Vec<Problem>> {
    parse(if lang == "es" {
        BUILT_IN_ES
    } else {
        BUILT_IN_EN
    })
}

include!(concat!(env!("OUT_DIR"), "/meta.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_summary_is_what_the_parser_makes_of_its_bank() {
        for lang in ["en", "es"] {
            let bank = built_in(lang).expect("built-in bank parses");
            assert_eq!(built_in_meta(lang), BankMeta::from(&bank), "{lang}");
        }
    }
}

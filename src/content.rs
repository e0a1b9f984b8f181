//! The question banks compiled into the binary, one per interface language, and the
//! summary of each that the start screen shows before the bank itself is loaded.

use quiz_core::bank::{parse, Bank, BankMeta, Problem, TopicMeta};

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
        assert_eq!(langs, quiz_core::lang::LANGUAGES);
    }

    #[test]
    fn every_bank_file_belongs_to_a_language_in_the_table() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("src/content is readable")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name.starts_with("bank.") && name.ends_with(".json"))
            .collect();
        files.sort();
        let mut wanted: Vec<String> = quiz_core::lang::LANGUAGES
            .iter()
            .map(|l| format!("bank.{l}.json"))
            .collect();
        wanted.sort();
        // tools/postbuild.mjs writes a static opening for every bank file it finds.
        assert_eq!(files, wanted);
    }
}

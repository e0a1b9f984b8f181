//! The summary of each built-in bank that the start screen shows before the bank itself
//! is fetched (`content/bank.<lang>.json`, copied beside the app by Trunk).

use quiz_core::bank::{BankMeta, TopicMeta};

/// The built-in bank in `lang`, read from its file, for host tests.
#[cfg(test)]
pub fn built_in(lang: &str) -> Result<quiz_core::bank::Bank, Vec<quiz_core::bank::Problem>> {
    let path = format!(
        "{}/src/content/bank.{lang}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    quiz_core::bank::parse(&std::fs::read_to_string(path).expect("the built-in bank is readable"))
}

include!(concat!(env!("OUT_DIR"), "/meta.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_summary_is_what_the_parser_makes_of_its_bank() {
        for lang in quiz_core::lang::BANKS {
            let bank = built_in(lang).expect("built-in bank parses");
            assert_eq!(built_in_meta(lang), BankMeta::from(&bank), "{lang}");
            assert_eq!(bank.lang, lang, "the bank's own language");
        }
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
        let mut wanted: Vec<String> = quiz_core::lang::BANKS
            .iter()
            .map(|l| format!("bank.{l}.json"))
            .collect();
        wanted.sort();
        // tools/postbuild.mjs writes a static opening for every bank file it finds.
        assert_eq!(files, wanted);
    }
}

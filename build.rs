//! Writes, for each language in `quiz_core::lang::BANKS`, what the start screen shows of
//! the built-in bank (title, description, topics and their sizes), so the first download
//! needs neither the bank nor its parser. The bank itself is a file beside the app
//! (`content/bank.<lang>.json`), fetched at start and parsed in the chunk that runs the
//! quiz; a host test checks that this summary equals what the parser makes of it.

use quiz_core::bank::{parse, BankMeta};
use quiz_core::lang::BANKS;
use std::fmt::Write;
use std::{env, fs, path::Path};

/// The summary of one bank as a Rust expression.
fn meta(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bank = parse(&json).unwrap_or_else(|problems| panic!("{path}: {problems:?}"));
    let meta = BankMeta::from(&bank);
    let mut topics = String::new();
    for topic in &meta.topics {
        let _ = write!(
            topics,
            "TopicMeta {{ id: {:?}.into(), name: {:?}.into(), questions: {} }},",
            topic.id, topic.name, topic.questions
        );
    }
    format!(
        "BankMeta {{ id: {:?}.into(), lang: {:?}.into(), title: {:?}.into(), description: {:?}.into(), topics: vec![{topics}] }}",
        meta.id, meta.lang, meta.title, meta.description,
    )
}

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("meta.rs");
    let mut arms = String::new();
    for (i, lang) in BANKS.into_iter().enumerate() {
        let path = format!("src/content/bank.{lang}.json");
        // The first language is the fallback, so its arm is the last: `_`.
        let pattern = if i == 0 {
            "_".to_string()
        } else {
            format!("{lang:?}")
        };
        arms.insert_str(0, &format!("{pattern} => {},", meta(&path)));
    }
    let code = format!(
        "/// The built-in bank's summary for a language; the first language's for any other.\n\
         pub fn built_in_meta(lang: &str) -> BankMeta {{\n    match lang {{ {arms} }}\n}}\n"
    );
    fs::write(out, code).expect("OUT_DIR is writable");
}

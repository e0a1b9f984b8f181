//! Writes what the start screen shows of each built-in bank (title, description, topics
//! and their sizes) as Rust, so the first download needs neither the bank nor its parser.
//! The bank itself is parsed and checked at run time, in the chunk that runs the quiz;
//! a host test checks that this summary equals what the parser makes of it.

use serde_json::Value;
use std::fmt::Write;
use std::{env, fs, path::Path};

fn text(value: &Value, field: &str) -> String {
    value
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn meta(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bank: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
    let questions = bank
        .get("questions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut topics = String::new();
    for topic in bank
        .get("topics")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let id = text(topic, "id");
        let count = questions.iter().filter(|q| text(q, "topic") == id).count();
        let name = text(topic, "name");
        let _ = write!(
            topics,
            "TopicMeta {{ id: {id:?}.into(), name: {name:?}.into(), questions: {count} }},"
        );
    }
    format!(
        "BankMeta {{ id: {:?}.into(), title: {:?}.into(), description: {:?}.into(), topics: vec![{topics}] }}",
        text(&bank, "id"),
        text(&bank, "title"),
        text(&bank, "description"),
    )
}

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("meta.rs");
    let code = format!(
        "/// The built-in bank's summary for a language (`en` or `es`).\npub fn built_in_meta(lang: &str) -> BankMeta {{\n    if lang == \"es\" {{ {} }} else {{ {} }}\n}}\n",
        meta("src/content/bank.es.json"),
        meta("src/content/bank.en.json"),
    );
    fs::write(out, code).expect("OUT_DIR is writable");
}

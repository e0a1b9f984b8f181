//! Strings files as JSON text, away from a browser: reading one into a `RawFile`,
//! checking it with line numbers (`quiz-bank check`), and writing the template a
//! translator starts from (`quiz-bank strings-template`).

use super::en::EN;
use super::entry::Raw;
use super::load::{load, RawFile};
use super::plural::categories;
use super::problem::Problem;
use super::texts::{KEYS, NOTES};
use serde_json::Value;
use std::fmt::Write;

/// Reads a strings file's JSON; fails on text that is not JSON or not shaped like one.
pub fn parse_file(text: &str) -> Result<RawFile, Problem> {
    let value: Value = serde_json::from_str(text).map_err(|e| Problem::NotJson {
        line: e.line(),
        column: e.column(),
        reason: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string(),
    })?;
    let Value::Object(top) = value else {
        return Err(Problem::Top(
            "the file must be a JSON object with \"lang\" and \"messages\"".into(),
        ));
    };
    let lang = match top.get("lang") {
        Some(Value::String(lang)) => lang.clone(),
        _ => {
            return Err(Problem::Top(
                "\"lang\" is missing: give the language tag, such as \"nl\"".into(),
            ))
        }
    };
    let dir = match top.get("dir") {
        None => None,
        Some(Value::String(dir)) => Some(dir.clone()),
        Some(other) => Some(other.to_string()),
    };
    let Some(Value::Object(messages)) = top.get("messages") else {
        return Err(Problem::Top(
            "\"messages\" is missing or not an object of key: text".into(),
        ));
    };
    let messages = messages
        .iter()
        .map(|(key, value)| (key.clone(), raw(value)))
        .collect();
    Ok(RawFile {
        lang,
        dir,
        messages,
    })
}

/// One message's JSON as a `Raw`.
fn raw(value: &Value) -> Raw {
    match value {
        Value::String(text) => Raw::Text(text.clone()),
        Value::Object(forms) => {
            let text = |v: &Value| v.as_str().map(str::to_owned);
            let given: Option<Vec<(String, String)>> = forms
                .iter()
                .map(|(k, v)| Some((k.clone(), text(v)?)))
                .collect();
            given.map_or(Raw::Other, Raw::Forms)
        }
        _ => Raw::Other,
    }
}

/// The 1-based line where `"key":` first appears in `text`.
fn line_of(text: &str, key: &str) -> Option<usize> {
    let quoted = format!("\"{key}\"");
    let mut from = 0;
    while let Some(at) = text[from..].find(&quoted) {
        let end = from + at + quoted.len();
        if text[end..].trim_start().starts_with(':') {
            return Some(text[..end].matches('\n').count() + 1);
        }
        from = end;
    }
    None
}

/// Everything wrong with the strings file `text`, each with its line where it has one.
/// Plural forms are checked against the categories CLDR gives the file's language.
pub fn check(text: &str) -> Vec<(Option<usize>, Problem)> {
    let problems = match parse_file(text) {
        Err(problem @ Problem::NotJson { line, .. }) => return vec![(Some(line), problem)],
        Err(problem) => vec![problem],
        Ok(file) => match load(&file, categories(&file.lang)) {
            Ok((_, problems)) => problems,
            Err(problem) => vec![problem],
        },
    };
    let line = |p: &Problem| match p {
        Problem::Top(what) if what.starts_with("\"dir\"") => line_of(text, "dir"),
        Problem::Top(what) if what.starts_with("\"lang\" must") => line_of(text, "lang"),
        _ => p.key().and_then(|key| line_of(text, key)),
    };
    problems.into_iter().map(|p| (line(&p), p)).collect()
}

/// A strings file with every key, its English text and a note on where it shows: the
/// start of a translation.
pub fn template() -> String {
    let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut out = String::from("{\n  \"lang\": \"en\",\n  \"messages\": {\n");
    for (i, key) in KEYS.iter().enumerate() {
        let comma = if i + 1 < KEYS.len() { "," } else { "" };
        let forms = EN.forms(key).unwrap_or_default();
        let value = match forms.as_slice() {
            [(None, text)] => json(text),
            _ => {
                let each: Vec<String> = forms
                    .iter()
                    .map(|(c, text)| {
                        format!(
                            "      {}: {}",
                            json(c.map_or("other", |c| c.name())),
                            json(text)
                        )
                    })
                    .collect();
                format!("{{\n{}\n    }}", each.join(",\n"))
            }
        };
        let _ = writeln!(out, "    {}: {value}{comma}", json(key));
    }
    out.push_str("  },\n  \"notes\": {\n");
    for (i, (key, note)) in KEYS.iter().zip(NOTES).enumerate() {
        let comma = if i + 1 < KEYS.len() { "," } else { "" };
        let _ = writeln!(out, "    {}: {}{comma}", json(key), json(note.trim()));
    }
    out.push_str("  }\n}\n");
    out
}

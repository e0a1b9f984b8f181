//! A strings file's messages checked one by one into a catalogue, English wherever one
//! falls short.

use super::en::EN;
use super::entry::{self, Raw};
use super::plural::Category;
use super::problem::Problem;
use super::rules::Dir;
use super::texts::{Texts, KEYS, SLOTS};

/// A strings file before its messages are checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawFile {
    /// The `lang` field.
    pub lang: String,
    /// The `dir` field, if given.
    pub dir: Option<String>,
    /// The messages by key, in the file's order.
    pub messages: Vec<(String, Raw)>,
}

/// A catalogue in `file`'s language: its messages where they pass their checks, English
/// elsewhere, with what was wrong. `categories` are the plural categories the language
/// uses. An unusable `lang` or `dir` fails the whole file.
pub fn load(file: &RawFile, categories: &[Category]) -> Result<(Texts, Vec<Problem>), Problem> {
    let tag = file.lang.trim();
    let well_formed = |c: char| c.is_ascii_alphanumeric() || c == '-';
    if tag.is_empty()
        || tag.len() > 35
        || !tag.chars().all(well_formed)
        || !tag.as_bytes()[0].is_ascii_alphabetic()
    {
        return Err(Problem::Top(format!(
            "\"lang\" must be a language tag such as \"nl\" or \"pt-BR\", not \"{}\"",
            file.lang
        )));
    }
    let dir = match file.dir.as_deref() {
        None => Dir::of(tag),
        Some("ltr") => Dir::Ltr,
        Some("rtl") => Dir::Rtl,
        Some(other) => {
            return Err(Problem::Top(format!(
                "\"dir\" must be \"ltr\" or \"rtl\", not \"{other}\""
            )))
        }
    };
    let mut texts = EN;
    texts.lang = Box::leak(tag.to_owned().into_boxed_str());
    texts.dir = dir;
    let mut english = EN;
    let mut problems = Vec::new();
    for (key, raw) in &file.messages {
        match KEYS.iter().position(|k| k == key) {
            Some(i) => entry::load(
                SLOTS[i](&mut texts),
                SLOTS[i](&mut english),
                raw,
                KEYS[i],
                categories,
                &mut problems,
            ),
            None => problems.push(Problem::Unknown(key.clone())),
        }
    }
    let missing: Vec<&'static str> = KEYS
        .iter()
        .copied()
        .filter(|name| file.messages.iter().all(|(key, _)| key != name))
        .collect();
    if !missing.is_empty() {
        problems.insert(0, Problem::Missing(missing));
    }
    Ok((texts, problems))
}

//! A bank as an editor holds it while an author works: every field optional, nothing the
//! author wrote lost, and written back in the field order of `formats::write::bank_json`.
//!
//! A studio keeps the bank's JSON text as the source of truth. Its form reads the text into
//! a [`Draft`] ([`Draft::from_text`]), changes it (the methods in `edit` and `parts`), and
//! writes it back ([`Draft::to_text`]). A `Draft` is not checked: `bank::parse` says what
//! is wrong with the text. Missing fields read as empty; fields the draft does not know are
//! kept in `rest` and written after the known ones, sorted by name (serde_json's maps are).
//! A `null` where an optional field goes reads as absent and is not written back.
//!
//! The modules: `choice` reads and writes a choice (its picture stays where the author put
//! it), `error` words why a text cannot be read, `kind` names the question types the form
//! offers, `edit` changes the list of questions, `parts` a question's choices, items and
//! groups and the bank's topics, and `starter` makes the new bank and new questions.

mod choice;
mod edit;
mod error;
mod kind;
mod parts;
mod starter;
#[cfg(test)]
mod tests;

pub use choice::DraftChoice;
pub use error::DraftError;
pub use kind::NewKind;
pub use starter::empty;

use crate::bank::FORMAT;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A whole bank as the editor holds it: lenient when read, in bank order when written.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct Draft {
    /// The bank format number; 1 (`bank::FORMAT`) when the text has none.
    pub format: u64,
    /// The bank's id, which keys saved progress.
    pub id: String,
    /// The language tag its text is written in.
    pub lang: String,
    /// The quiz's name.
    pub title: String,
    /// The start screen's summary of what the quiz is for.
    pub description: String,
    /// The topics, in bank order.
    pub topics: Vec<DraftTopic>,
    /// The questions, in bank order.
    pub questions: Vec<DraftQuestion>,
    /// Fields the draft does not know, kept and written after the known ones.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            format: FORMAT,
            id: String::new(),
            lang: String::new(),
            title: String::new(),
            description: String::new(),
            topics: Vec::new(),
            questions: Vec::new(),
            rest: Map::new(),
        }
    }
}

/// A topic as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct DraftTopic {
    /// The id questions name in their `topic`.
    pub id: String,
    /// The name learners see.
    pub name: String,
    /// Fields the draft does not know, kept and written after the known ones.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// A question as the editor holds it: its type as written, and whichever of the
/// type-specific fields it has, so a half-written or mistyped question keeps them all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct DraftQuestion {
    /// Unique in the bank.
    pub id: String,
    /// The id of the topic it belongs to.
    pub topic: String,
    /// The section of the source material it tests, for authors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Its type as written: `single`, `multiple`, `true_false`, `categorise` or anything else.
    #[serde(rename = "type")]
    pub kind: String,
    /// The question as asked.
    pub prompt: String,
    /// A picture shown under the prompt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<DraftImage>,
    /// The options of a single- or multiple-answer question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<DraftChoice>>,
    /// The answer of a true-or-false question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    /// The group names of a sorting question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buckets: Option<Vec<String>>,
    /// The statements of a sorting question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<DraftItem>>,
    /// Why the right answer is right.
    pub explanation: String,
    /// Fields the draft does not know, kept and written after the known ones.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// A picture on a question or a choice, as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct DraftImage {
    /// The file, relative to the bank file.
    pub src: String,
    /// What it shows; empty only when `decorative`.
    pub alt: String,
    /// Whether screen readers skip it; written only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub decorative: bool,
    /// The natural width in CSS pixels; 0 when the text has none.
    pub width: u32,
    /// The natural height in CSS pixels; 0 when the text has none.
    pub height: u32,
    /// Fields the draft does not know, kept and written after the known ones.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// A statement of a sorting question, as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default)]
pub struct DraftItem {
    /// The statement as learners see it.
    pub text: String,
    /// The index of the group it belongs in.
    pub bucket: usize,
    /// Fields the draft does not know, kept and written after the known ones.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl Draft {
    /// Reads bank JSON leniently; fails only on text that is not JSON or a value of the
    /// wrong shape (a width of `"abc"`), naming its line and column.
    pub fn from_text(text: &str) -> Result<Draft, DraftError> {
        serde_json::from_str(text).map_err(|e| DraftError::from_json(&e))
    }

    /// The draft as pretty JSON, two-space indented, ending with a newline, as `bank_json`.
    pub fn to_text(&self) -> String {
        let mut out = serde_json::to_string_pretty(self)
            .expect("strings, numbers, booleans and JSON values always serialize");
        out.push('\n');
        out
    }
}

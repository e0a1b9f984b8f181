//! A choice as the editor holds it. Its picture is written where the author put it:
//! `bank_json` writes it after the text, the built-in banks after the feedback, so a
//! choice remembers which, and a text read and written back is unchanged either way.

use super::DraftImage;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// One option of a single- or multiple-answer question, as the editor holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftChoice {
    /// The option as learners see it; written only when not empty.
    pub text: String,
    /// A picture shown with the option, or as the option when `text` is empty.
    pub image: Option<DraftImage>,
    /// Whether picking it is part of the right answer.
    pub correct: bool,
    /// Why this option is right or wrong.
    pub feedback: Option<String>,
    /// Whether `image` is written last, after `correct` and `feedback`, as the text had it;
    /// false writes it after `text`, as `bank_json` does.
    pub image_last: bool,
    /// Fields the draft does not know, kept and written after the known ones.
    pub rest: Map<String, Value>,
}

impl Serialize for DraftChoice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if !self.text.is_empty() {
            map.serialize_entry("text", &self.text)?;
        }
        let image = self.image.as_ref();
        if let Some(image) = image.filter(|_| !self.image_last) {
            map.serialize_entry("image", image)?;
        }
        map.serialize_entry("correct", &self.correct)?;
        if let Some(feedback) = &self.feedback {
            map.serialize_entry("feedback", feedback)?;
        }
        if let Some(image) = image.filter(|_| self.image_last) {
            map.serialize_entry("image", image)?;
        }
        for (key, value) in &self.rest {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for DraftChoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ChoiceVisitor)
    }
}

/// Reads a choice's fields in the order written, noting whether the picture came last.
struct ChoiceVisitor;

impl<'de> Visitor<'de> for ChoiceVisitor {
    type Value = DraftChoice;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a choice object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DraftChoice, A::Error> {
        let mut choice = DraftChoice::default();
        let mut answered = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "text" => choice.text = map.next_value()?,
                "image" => {
                    choice.image = map.next_value()?;
                    choice.image_last = answered;
                }
                "correct" => {
                    choice.correct = map.next_value()?;
                    answered = true;
                }
                "feedback" => {
                    choice.feedback = map.next_value()?;
                    answered = true;
                }
                _ => {
                    let value = map.next_value()?;
                    choice.rest.insert(key, value);
                }
            }
        }
        Ok(choice)
    }
}

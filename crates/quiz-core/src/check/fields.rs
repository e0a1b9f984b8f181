//! What `check` reads in one question beyond what the reader checks: its picture files and
//! its marked-up texts, each found by the path of its field.

use super::marks;
use super::pictures;
use super::source::Pictures;
use crate::bank::{src_problem, MAX_SIDE};
use crate::formats::media::ImageKind;
use crate::markup::Field;
use serde_json::{Map, Value};

/// One problem found in a question.
pub struct Found {
    /// The field it names, such as `choices[1].image`.
    pub field: String,
    /// The path whose line it is printed with, such as `choices[1].image.src`.
    pub at: String,
    /// Whether it is an error rather than a warning.
    pub error: bool,
    /// What is wrong, worded for the author.
    pub message: String,
}

/// Every picture and markup problem in the question `q`, whose pictures are read through
/// `files`.
pub fn question(files: &dyn Pictures, q: &Value) -> Vec<Found> {
    let mut out = Vec::new();
    let Some(q) = q.as_object() else {
        return out;
    };
    text(q, "prompt", "prompt", Field::Prompt, &mut out);
    picture(files, q, "image", &mut out);
    let list = |key: &str| q.get(key).and_then(Value::as_array).cloned();
    match q.get("type").and_then(Value::as_str).map(str::trim) {
        Some("single" | "multiple") => {
            for (i, choice) in list("choices").into_iter().flatten().enumerate() {
                let Some(choice) = choice.as_object() else {
                    continue;
                };
                let at = format!("choices[{i}]");
                text(
                    choice,
                    "text",
                    &format!("{at}.text"),
                    Field::Choice,
                    &mut out,
                );
                picture(files, choice, &format!("{at}.image"), &mut out);
                let feedback = format!("{at}.feedback");
                text(choice, "feedback", &feedback, Field::Feedback, &mut out);
            }
        }
        Some("categorise") => {
            for (i, item) in list("items").into_iter().flatten().enumerate() {
                if let Some(item) = item.as_object() {
                    let at = format!("items[{i}].text");
                    text(item, "text", &at, Field::Choice, &mut out);
                }
            }
        }
        _ => {}
    }
    let explanation = Field::Explanation;
    text(q, "explanation", "explanation", explanation, &mut out);
    out
}

/// Warns of each marker that does not close in `obj[key]`, named `path`.
fn text(obj: &Map<String, Value>, key: &str, path: &str, field: Field, out: &mut Vec<Found>) {
    let Some(text) = obj.get(key).and_then(Value::as_str) else {
        return;
    };
    out.extend(marks::check(text, field).into_iter().map(|u| Found {
        field: path.to_string(),
        at: path.to_string(),
        error: false,
        message: u.to_string(),
    }));
}

/// Checks the file of `obj`'s `image`, named `path`, when its `src` is one the reader takes.
fn picture(files: &dyn Pictures, obj: &Map<String, Value>, path: &str, out: &mut Vec<Found>) {
    let Some(img) = obj.get("image").and_then(Value::as_object) else {
        return;
    };
    let Some(src) = img.get("src").and_then(Value::as_str).map(str::trim) else {
        return;
    };
    if src_problem(src).is_some() || ImageKind::from_name(src).is_none() {
        return;
    }
    let side = |key: &str| {
        img.get(key)
            .and_then(Value::as_u64)
            .filter(|n| (1..=u64::from(MAX_SIDE)).contains(n))
            .map(|n| n as u32)
    };
    let size = side("width").zip(side("height"));
    out.extend(
        pictures::check(files, src, size)
            .into_iter()
            .map(|p| Found {
                field: path.to_string(),
                at: format!("{path}.src"),
                error: p.is_error(),
                message: p.to_string(),
            }),
    );
}

//! Walks the JSON tree, collecting every problem instead of stopping at the first.

use super::{Bank, Problem, ProblemKind, Topic};
use super::{FORMAT, MAX_DESCRIPTION, MAX_ID, MAX_TITLE, MAX_TOPIC_NAME};
use crate::markup::{self, Field};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// Letters, digits, `-` and `_`: safe inside a storage key.
fn is_identifier(id: &str) -> bool {
    id.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    pub(super) question: Option<String>,
}

impl Reader {
    pub(super) fn report(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            question: self.question.clone(),
            field: field.into(),
            kind,
        });
    }

    pub(super) fn text(
        &mut self,
        obj: &Map<String, Value>,
        field: &str,
        max: usize,
    ) -> Option<String> {
        self.text_at(obj, field, field, max, true)
    }

    /// Reads `obj[key]` as text, reporting problems under `path`.
    pub(super) fn text_at(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        max: usize,
        required: bool,
    ) -> Option<String> {
        self.field_at(obj, key, path, max, None, required)
    }

    /// Reads `obj[key]` as text in the Markdown subset of `kind`: its limit counts the
    /// visible text, not the markers.
    pub(super) fn rich(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        max: usize,
        kind: Field,
        required: bool,
    ) -> Option<String> {
        self.field_at(obj, key, path, max, Some(kind), required)
    }

    /// `text_at` and `rich` in one: a missing field reported when `required`, a present
    /// one measured as plain text or, with `kind`, as marked-up text.
    fn field_at(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        max: usize,
        kind: Option<Field>,
        required: bool,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.report(path, ProblemKind::Missing);
                }
                None
            }
            Some(value) => self.measured(value, path, max, kind),
        }
    }

    pub(super) fn text_value(&mut self, value: &Value, field: &str, max: usize) -> Option<String> {
        self.measured(value, field, max, None)
    }

    fn measured(
        &mut self,
        value: &Value,
        field: &str,
        max: usize,
        kind: Option<Field>,
    ) -> Option<String> {
        let Some(s) = value.as_str() else {
            self.report(field, ProblemKind::WrongType("text"));
            return None;
        };
        let trimmed = s.trim();
        let len = match kind {
            Some(kind) => markup::visible_len(trimmed, kind),
            None => trimmed.chars().count(),
        };
        if len == 0 {
            self.report(field, ProblemKind::Empty);
            None
        } else if len > max {
            self.report(field, ProblemKind::TooLong { max, actual: len });
            None
        } else {
            Some(trimmed.to_string())
        }
    }

    pub(super) fn array<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        field: &str,
    ) -> Option<&'v Vec<Value>> {
        match obj.get(field) {
            None | Some(Value::Null) => {
                self.report(field, ProblemKind::Missing);
                None
            }
            Some(Value::Array(items)) => Some(items),
            Some(_) => {
                self.report(field, ProblemKind::WrongType("a list"));
                None
            }
        }
    }

    pub(super) fn object<'v>(
        &mut self,
        value: &'v Value,
        field: &str,
    ) -> Option<&'v Map<String, Value>> {
        let obj = value.as_object();
        if obj.is_none() {
            self.report(field, ProblemKind::WrongType("an object"));
        }
        obj
    }

    pub(super) fn count(&mut self, field: &str, actual: usize, (min, max): (usize, usize)) -> bool {
        if actual < min {
            self.report(field, ProblemKind::TooFew { min, actual });
            false
        } else if actual > max {
            self.report(field, ProblemKind::TooMany { max, actual });
            false
        } else {
            true
        }
    }

    pub(super) fn bank(&mut self, root: &Value) -> Option<Bank> {
        let root = self.object(root, "(file)")?;
        match root.get("format") {
            Some(v) if v.as_u64() == Some(FORMAT) => {}
            None => self.report("format", ProblemKind::Missing),
            Some(other) => self.report("format", ProblemKind::UnsupportedFormat(other.to_string())),
        }
        let id = self.text(root, "id", MAX_ID);
        if id.as_deref().is_some_and(|id| !is_identifier(id)) {
            self.report("id", ProblemKind::NotAnIdentifier);
        }
        let lang = self.text(root, "lang", 16);
        let title = self.text(root, "title", MAX_TITLE);
        let description = self.text(root, "description", MAX_DESCRIPTION);
        let topics = self.topics(root);
        let known: BTreeSet<&str> = topics.iter().map(|t| t.id.as_str()).collect();
        let mut questions = Vec::new();
        let mut ids = BTreeSet::new();
        let mut prompts = BTreeSet::new();
        for (index, value) in self
            .array(root, "questions")
            .into_iter()
            .flatten()
            .enumerate()
        {
            let raw_id = value.get("id").and_then(Value::as_str).map(str::trim);
            self.question = Some(match raw_id {
                Some(id) if !id.is_empty() => id.to_string(),
                _ => format!("#{}", index + 1),
            });
            if let Some(id) = raw_id.filter(|id| !id.is_empty()) {
                if !ids.insert(id.to_string()) {
                    self.report("id", ProblemKind::DuplicateId);
                }
            }
            if let Some(q) = self.question(value, &known) {
                if !prompts.insert(q.prompt.to_ascii_lowercase()) {
                    self.report("prompt", ProblemKind::DuplicatePrompt);
                }
                questions.push(q);
            }
            self.question = None;
        }
        if questions.is_empty() && self.problems.is_empty() {
            self.report("questions", ProblemKind::NoQuestions);
        }
        Some(Bank {
            id: id.filter(|id| is_identifier(id))?,
            lang: lang?,
            title: title?,
            description: description?,
            topics,
            questions,
        })
    }

    fn topics(&mut self, root: &Map<String, Value>) -> Vec<Topic> {
        let mut topics: Vec<Topic> = Vec::new();
        let values = self.array(root, "topics").cloned().unwrap_or_default();
        if values.is_empty() {
            self.report("topics", ProblemKind::TooFew { min: 1, actual: 0 });
        }
        for value in &values {
            let Some(obj) = self.object(value, "topics") else {
                continue;
            };
            let id = self.text(obj, "id", MAX_ID);
            let name = self.text(obj, "name", MAX_TOPIC_NAME);
            if let (Some(id), Some(name)) = (id, name) {
                if topics.iter().any(|t| t.id == id) {
                    self.report("topics", ProblemKind::DuplicateTopic);
                } else {
                    topics.push(Topic { id, name });
                }
            }
        }
        topics
    }
}

//! Reading each question type: its options and their rules.

use super::reader::Reader;
use super::{Choice, Item, Kind, ProblemKind, Question};
use super::{BUCKETS_RANGE, ITEMS_RANGE, MAX_CHOICE, MAX_CHOICES, MAX_EXPLANATION, MAX_FEEDBACK};
use super::{MAX_BUCKET, MAX_ID, MAX_PROMPT, MAX_TOPIC_NAME, MIN_CHOICES};
use crate::markup::Field;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

impl Reader {
    pub(super) fn question(&mut self, value: &Value, known: &BTreeSet<&str>) -> Option<Question> {
        let obj = self.object(value, "(question)")?;
        let id = self.text(obj, "id", MAX_ID);
        let topic = self.text(obj, "topic", MAX_ID);
        if let Some(t) = &topic {
            if !known.contains(t.as_str()) {
                self.report("topic", ProblemKind::UnknownTopic(t.clone()));
            }
        }
        let source = self.text_at(obj, "source", "source", MAX_TOPIC_NAME, false);
        let prompt = self.rich(obj, "prompt", "prompt", MAX_PROMPT, Field::Prompt, true);
        let image = self.image(obj, "image");
        let explanation = self.rich(
            obj,
            "explanation",
            "explanation",
            MAX_EXPLANATION,
            Field::Explanation,
            true,
        );
        let kind = match self.text(obj, "type", 32).as_deref() {
            Some("single") => self
                .choices(obj, true)
                .map(|choices| Kind::Single { choices }),
            Some("multiple") => self
                .choices(obj, false)
                .map(|choices| Kind::Multiple { choices }),
            Some("true_false") => match obj.get("answer") {
                Some(Value::Bool(answer)) => Some(Kind::TrueFalse { answer: *answer }),
                None => {
                    self.report("answer", ProblemKind::Missing);
                    None
                }
                Some(_) => {
                    self.report("answer", ProblemKind::WrongType("true or false"));
                    None
                }
            },
            Some("categorise") => self.categorise(obj),
            Some(other) => {
                self.report("type", ProblemKind::UnknownType(other.into()));
                None
            }
            None => None,
        };
        Some(Question {
            id: id?,
            topic: topic.filter(|t| known.contains(t.as_str()))?,
            source,
            prompt: prompt?,
            image,
            explanation: explanation?,
            kind: kind?,
        })
    }

    fn choices(&mut self, obj: &Map<String, Value>, single: bool) -> Option<Vec<Choice>> {
        let values = self.array(obj, "choices")?;
        let mut choices = Vec::new();
        let mut whole = self.count("choices", values.len(), (MIN_CHOICES, MAX_CHOICES));
        for (i, value) in values.iter().enumerate() {
            let field = format!("choices[{i}]");
            let Some(choice) = self.object(value, &field) else {
                whole = false;
                continue;
            };
            let image = self.image(choice, &format!("{field}.image"));
            let named = image.as_ref().is_some_and(|i| !i.alt.is_empty());
            let has_image = choice.get("image").is_some_and(|v| !v.is_null());
            let text = match choice.get("text") {
                None | Some(Value::Null) if named => Some(String::new()),
                None | Some(Value::Null) if has_image => {
                    self.report(&format!("{field}.text"), ProblemKind::ChoiceUnnamed);
                    None
                }
                _ => self.rich(
                    choice,
                    "text",
                    &format!("{field}.text"),
                    MAX_CHOICE,
                    Field::Choice,
                    true,
                ),
            };
            let feedback = self.rich(
                choice,
                "feedback",
                &format!("{field}.feedback"),
                MAX_FEEDBACK,
                Field::Feedback,
                false,
            );
            let correct = match choice.get("correct") {
                None => false,
                Some(Value::Bool(b)) => *b,
                Some(_) => {
                    self.report(
                        &format!("{field}.correct"),
                        ProblemKind::WrongType("true or false"),
                    );
                    false
                }
            };
            match text {
                Some(text) => choices.push(Choice {
                    text,
                    correct,
                    feedback,
                    image,
                }),
                None => whole = false,
            }
        }
        let correct = choices.iter().filter(|c| c.correct).count();
        if correct == 0 && !choices.is_empty() {
            self.report("choices", ProblemKind::NoCorrectChoice);
            whole = false;
        } else if single && correct > 1 {
            self.report("choices", ProblemKind::NotExactlyOneCorrect(correct));
            whole = false;
        }
        whole.then_some(choices)
    }

    fn categorise(&mut self, obj: &Map<String, Value>) -> Option<Kind> {
        let bucket_values = self.array(obj, "buckets");
        let item_values = self.array(obj, "items");
        let (bucket_values, item_values) = (bucket_values?, item_values?);
        let mut whole = self.count("buckets", bucket_values.len(), BUCKETS_RANGE);
        whole &= self.count("items", item_values.len(), ITEMS_RANGE);
        let mut buckets = Vec::new();
        for (i, value) in bucket_values.iter().enumerate() {
            match self.text_value(value, &format!("buckets[{i}]"), MAX_BUCKET) {
                Some(b) => buckets.push(b),
                None => whole = false,
            }
        }
        let mut items = Vec::new();
        for (i, value) in item_values.iter().enumerate() {
            let field = format!("items[{i}]");
            let Some(item) = self.object(value, &field) else {
                whole = false;
                continue;
            };
            let text = self.rich(
                item,
                "text",
                &format!("{field}.text"),
                MAX_CHOICE,
                Field::Choice,
                true,
            );
            let bucket = match item.get("bucket").map(Value::as_u64) {
                Some(Some(b)) if (b as usize) < bucket_values.len() => Some(b as usize),
                Some(Some(b)) => {
                    self.report(
                        &format!("{field}.bucket"),
                        ProblemKind::BucketOutOfRange(b as usize),
                    );
                    None
                }
                Some(None) => {
                    self.report(
                        &format!("{field}.bucket"),
                        ProblemKind::WrongType("a bucket number"),
                    );
                    None
                }
                None => {
                    self.report(&format!("{field}.bucket"), ProblemKind::Missing);
                    None
                }
            };
            match (text, bucket) {
                (Some(text), Some(bucket)) => items.push(Item { text, bucket }),
                _ => whole = false,
            }
        }
        if whole {
            for b in 0..buckets.len() {
                if !items.iter().any(|item| item.bucket == b) {
                    self.report("items", ProblemKind::BucketUnused(b));
                    whole = false;
                }
            }
        }
        whole.then_some(Kind::Categorise { buckets, items })
    }
}

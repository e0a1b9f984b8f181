//! xAPI 1.0.3 statements for the `question-answered` and `attempt-completed` events,
//! shaped as H5P's are so a host that forwards H5P statements can forward these. There
//! is no actor: the host knows the learner and adds one; the quiz never does.

use super::answer::{choice_id, group_id, pattern, Answer};
use super::bank::{Choice, Kind};
use super::events::HostEvent;
use super::markup::{plain, Field};
use super::scoring::FULL;
use super::scorm::time::iso_duration;
use serde_json::{json, Map, Value};

/// ADL's verb for a question answered.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// ADL's verb for an attempt finished.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The activity type of one question.
pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// The activity type of the quiz as a whole.
pub const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// What a statement needs beyond the event: where the quiz is, and its bank's words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    /// The quiz's address without query or fragment: the activity id.
    pub iri: String,
    /// The bank's title.
    pub title: String,
    /// The bank's language tag, the key of every language map.
    pub lang: String,
}

impl Activity {
    fn text(&self, text: &str) -> Value {
        let lang = if self.lang.is_empty() {
            "und"
        } else {
            &self.lang
        };
        json!({ lang: text })
    }

    /// A question's activity id: the quiz's plus the question id, percent-encoded.
    pub fn question_iri(&self, id: &str) -> String {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        let mut iri = format!("{}?question=", self.iri).into_bytes();
        for byte in id.bytes() {
            if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
                iri.push(byte);
            } else {
                iri.extend([
                    b'%',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 15)],
                ]);
            }
        }
        String::from_utf8(iri).unwrap_or_default()
    }

    fn parent(&self) -> Value {
        json!({ "contextActivities": { "parent": [{ "objectType": "Activity", "id": self.iri }] } })
    }
}

fn verb(id: &str, word: &str) -> Value {
    json!({ "id": id, "display": { "en-US": word } })
}

/// The statement for `event`, if it is one that gets one. `answer_ms` is the time an
/// answer took; an attempt's comes with its event.
pub fn statement(event: &HostEvent, activity: &Activity, answer_ms: u64) -> Option<Value> {
    match event {
        HostEvent::QuestionAnswered { answer, .. } => Some(answered(answer, activity, answer_ms)),
        HostEvent::AttemptCompleted {
            score,
            pass_mark,
            duration_ms,
            ..
        } => {
            let scaled = if score.possible == 0 {
                0.0
            } else {
                f64::from(score.earned) / (f64::from(score.possible) * f64::from(FULL))
            };
            Some(json!({
                "verb": verb(COMPLETED, "completed"),
                "object": {
                    "objectType": "Activity",
                    "id": activity.iri,
                    "definition": { "name": activity.text(&activity.title), "type": ASSESSMENT },
                },
                "result": {
                    "score": {
                        "min": 0, "max": score.possible,
                        "raw": f64::from(score.earned) / f64::from(FULL), "scaled": scaled,
                    },
                    "success": score.passes(*pass_mark),
                    "completion": true,
                    "duration": iso_duration(*duration_ms),
                },
            }))
        }
        _ => None,
    }
}

/// A choice in words: its text without markup, or its picture's alt (plain already).
fn plain_label(choice: &Choice) -> String {
    match &choice.image {
        Some(image) if choice.text.is_empty() => image.alt.clone(),
        _ => plain(&choice.text, Field::Choice),
    }
}

fn answered(answer: &Answer, activity: &Activity, duration_ms: u64) -> Value {
    let question = &answer.question;
    let kind = answer.interaction_type();
    // Statements carry plain text: the bank's markup left out, a picture named by its alt.
    let list = |ids: Vec<(&str, String)>| -> Vec<Value> {
        ids.into_iter()
            .map(|(id, text)| json!({ "id": id, "description": activity.text(&text) }))
            .collect()
    };
    let prompt = plain(&question.prompt, Field::Prompt);
    let mut definition = Map::new();
    definition.insert("name".into(), activity.text(&prompt));
    definition.insert("description".into(), activity.text(&prompt));
    definition.insert("type".into(), INTERACTION.into());
    definition.insert("interactionType".into(), kind.name().into());
    let right = pattern(&answer.expected(), ["true", "false"], "[.]", "[,]");
    definition.insert("correctResponsesPattern".into(), json!([right]));
    match &question.kind {
        Kind::Single { choices } | Kind::Multiple { choices } => {
            let ids = choices.iter().enumerate();
            let ids = ids.map(|(i, c)| (choice_id(i), plain_label(c))).collect();
            definition.insert("choices".into(), list(ids).into());
        }
        Kind::Categorise { buckets, items } => {
            let sources = items.iter().enumerate();
            let sources = sources
                .map(|(i, s)| (choice_id(i), plain(&s.text, Field::Choice)))
                .collect();
            let targets = buckets.iter().enumerate();
            let targets = targets.map(|(i, b)| (group_id(i), b.clone())).collect();
            definition.insert("source".into(), list(sources).into());
            definition.insert("target".into(), list(targets).into());
        }
        Kind::TrueFalse { .. } => {}
    }
    let raw = f64::from(answer.milli) / f64::from(FULL);
    json!({
        "verb": verb(ANSWERED, "answered"),
        "object": {
            "objectType": "Activity",
            "id": activity.question_iri(&question.id),
            "definition": definition,
        },
        "context": activity.parent(),
        "result": {
            "score": { "min": 0, "max": 1, "raw": raw, "scaled": raw },
            "success": answer.correct(),
            "completion": true,
            "duration": iso_duration(duration_ms),
            "response": pattern(&answer.learner(), ["true", "false"], "[.]", "[,]"),
        },
    })
}

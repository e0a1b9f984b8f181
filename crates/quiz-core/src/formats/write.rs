//! Writes a bank as JSON in the field order authors read it in: serde's derive keeps a
//! struct's field order (serde_json's own maps are sorted by key, and its
//! `preserve_order` feature would also grow the wasm).

use crate::bank::{Bank, Choice, Image, Item, Kind, Question, Topic, FORMAT};
use serde::Serialize;

/// The bank as pretty JSON, two-space indented, ending with a newline.
pub fn bank_json(bank: &Bank) -> String {
    let root = BankOut {
        format: FORMAT,
        id: &bank.id,
        lang: &bank.lang,
        title: &bank.title,
        description: &bank.description,
        topics: bank.topics.iter().map(TopicOut::from).collect(),
        questions: bank.questions.iter().map(QuestionOut::from).collect(),
    };
    let mut out = serde_json::to_string_pretty(&root)
        .expect("structs of strings, numbers and booleans always serialize");
    out.push('\n');
    out
}

#[derive(Serialize)]
struct BankOut<'a> {
    format: u64,
    id: &'a str,
    lang: &'a str,
    title: &'a str,
    description: &'a str,
    topics: Vec<TopicOut<'a>>,
    questions: Vec<QuestionOut<'a>>,
}

#[derive(Serialize)]
struct TopicOut<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct QuestionOut<'a> {
    id: &'a str,
    topic: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'static str,
    prompt: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<ImageOut<'a>>,
    #[serde(flatten)]
    answers: AnswersOut<'a>,
    explanation: &'a str,
}

/// The fields that differ by question type, written between `prompt` and `explanation`.
#[derive(Serialize)]
#[serde(untagged)]
enum AnswersOut<'a> {
    Choices {
        choices: Vec<ChoiceOut<'a>>,
    },
    TrueFalse {
        answer: bool,
    },
    Categorise {
        buckets: &'a [String],
        items: Vec<ItemOut<'a>>,
    },
}

#[derive(Serialize)]
struct ChoiceOut<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<ImageOut<'a>>,
    correct: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<&'a str>,
}

#[derive(Serialize)]
struct ImageOut<'a> {
    src: &'a str,
    alt: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    decorative: bool,
    width: u32,
    height: u32,
}

impl<'a> From<&'a Image> for ImageOut<'a> {
    fn from(i: &'a Image) -> Self {
        Self {
            src: &i.src,
            alt: &i.alt,
            decorative: i.decorative,
            width: i.width,
            height: i.height,
        }
    }
}

#[derive(Serialize)]
struct ItemOut<'a> {
    text: &'a str,
    bucket: usize,
}

impl<'a> From<&'a Topic> for TopicOut<'a> {
    fn from(t: &'a Topic) -> Self {
        Self {
            id: &t.id,
            name: &t.name,
        }
    }
}

impl<'a> From<&'a Question> for QuestionOut<'a> {
    fn from(q: &'a Question) -> Self {
        let choices = |c: &'a [Choice]| AnswersOut::Choices {
            choices: c.iter().map(ChoiceOut::from).collect(),
        };
        let (kind, answers) = match &q.kind {
            Kind::Single { choices: c } => ("single", choices(c)),
            Kind::Multiple { choices: c } => ("multiple", choices(c)),
            Kind::TrueFalse { answer } => ("true_false", AnswersOut::TrueFalse { answer: *answer }),
            Kind::Categorise { buckets, items } => (
                "categorise",
                AnswersOut::Categorise {
                    buckets,
                    items: items.iter().map(ItemOut::from).collect(),
                },
            ),
        };
        Self {
            id: &q.id,
            topic: &q.topic,
            source: q.source.as_deref(),
            kind,
            prompt: &q.prompt,
            image: q.image.as_ref().map(ImageOut::from),
            answers,
            explanation: &q.explanation,
        }
    }
}

impl<'a> From<&'a Choice> for ChoiceOut<'a> {
    fn from(c: &'a Choice) -> Self {
        Self {
            text: &c.text,
            image: c.image.as_ref().map(ImageOut::from),
            correct: c.correct,
            feedback: c.feedback.as_deref(),
        }
    }
}

impl<'a> From<&'a Item> for ItemOut<'a> {
    fn from(i: &'a Item) -> Self {
        Self {
            text: &i.text,
            bucket: i.bucket,
        }
    }
}

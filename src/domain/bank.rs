//! The question bank: its types, and a reader that turns JSON into a checked `Bank`
//! or a list of every problem found, each naming the question and the field.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt;

/// The bank format this code reads.
pub const FORMAT: u64 = 1;
pub const MAX_PROMPT: usize = 200;
pub const MAX_CHOICE: usize = 90;
pub const MAX_EXPLANATION: usize = 400;
pub const MAX_FEEDBACK: usize = 200;
pub const MAX_BUCKET: usize = 30;
pub const MAX_TITLE: usize = 80;
pub const MAX_DESCRIPTION: usize = 160;
pub const MAX_TOPIC_NAME: usize = 60;
pub const MAX_ID: usize = 64;
pub const MIN_CHOICES: usize = 2;
pub const MAX_CHOICES: usize = 8;
pub const ITEMS_RANGE: (usize, usize) = (4, 6);
pub const BUCKETS_RANGE: (usize, usize) = (2, 3);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    pub feedback: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub bucket: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Single {
        choices: Vec<Choice>,
    },
    Multiple {
        choices: Vec<Choice>,
    },
    TrueFalse {
        answer: bool,
    },
    Categorise {
        buckets: Vec<String>,
        items: Vec<Item>,
    },
}

impl Kind {
    /// How many things the learner can place or pick: choices, or statements to sort.
    pub fn option_count(&self) -> usize {
        match self {
            Kind::Single { choices } | Kind::Multiple { choices } => choices.len(),
            Kind::TrueFalse { .. } => 2,
            Kind::Categorise { items, .. } => items.len(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub topic: String,
    pub source: Option<String>,
    pub prompt: String,
    pub explanation: String,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bank {
    pub lang: String,
    pub title: String,
    pub description: String,
    pub topics: Vec<Topic>,
    pub questions: Vec<Question>,
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn topic_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.name.as_str())
    }
}

/// Where in the bank a problem sits: `question` is the id (or `#n` when it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub question: Option<String>,
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    UnsupportedFormat(String),
    Missing,
    WrongType(&'static str),
    Empty,
    TooLong {
        max: usize,
        actual: usize,
    },
    DuplicateId,
    DuplicatePrompt,
    DuplicateTopic,
    UnknownTopic(String),
    UnknownType(String),
    TooFew {
        min: usize,
        actual: usize,
    },
    TooMany {
        max: usize,
        actual: usize,
    },
    NoCorrectChoice,
    NotExactlyOneCorrect(usize),
    BucketOutOfRange(usize),
    BucketUnused(usize),
    NoQuestions,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax {
                line,
                column,
                detail,
            } => {
                write!(f, "invalid JSON at line {line}, column {column}: {detail}")
            }
            Self::UnsupportedFormat(v) => {
                write!(f, "unsupported format {v}; this quiz reads format {FORMAT}")
            }
            Self::Missing => f.write_str("is missing"),
            Self::WrongType(expected) => write!(f, "should be {expected}"),
            Self::Empty => f.write_str("is empty"),
            Self::TooLong { max, actual } => {
                write!(f, "is {actual} characters long; the limit is {max}")
            }
            Self::DuplicateId => f.write_str("repeats an id used by an earlier question"),
            Self::DuplicatePrompt => f.write_str("repeats the prompt of an earlier question"),
            Self::DuplicateTopic => f.write_str("repeats an earlier topic id"),
            Self::UnknownTopic(t) => write!(f, "names topic \"{t}\", which the bank does not list"),
            Self::UnknownType(t) => write!(
                f,
                "has unknown type \"{t}\"; use single, multiple, true_false or categorise"
            ),
            Self::TooFew { min, actual } => write!(f, "has {actual}; at least {min} needed"),
            Self::TooMany { max, actual } => write!(f, "has {actual}; at most {max} allowed"),
            Self::NoCorrectChoice => f.write_str("has no choice marked correct"),
            Self::NotExactlyOneCorrect(n) => {
                write!(
                    f,
                    "has {n} correct choices; a single-answer question needs exactly one"
                )
            }
            Self::BucketOutOfRange(b) => write!(f, "names bucket {b}, which does not exist"),
            Self::BucketUnused(b) => write!(f, "leaves bucket {b} with no statement"),
            Self::NoQuestions => f.write_str("holds no questions"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.question {
            Some(q) => write!(f, "question {q}, field \"{}\": {}", self.field, self.kind),
            None => write!(f, "field \"{}\": {}", self.field, self.kind),
        }
    }
}

/// Parses and checks a bank, returning every problem rather than the first.
pub fn parse(json: &str) -> Result<Bank, Vec<Problem>> {
    let root: Value = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            question: None,
            field: "(file)".into(),
            kind: ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                detail: syntax_detail(&e),
            },
        }]
    })?;
    let mut reader = Reader::default();
    let bank = reader.bank(&root);
    match bank {
        Some(bank) if reader.problems.is_empty() => Ok(bank),
        _ => Err(reader.problems),
    }
}

fn syntax_detail(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "the file ends too early".into(),
        Category::Data => "the top level should be an object".into(),
        _ => {
            // serde_json appends " at line L column C"; the position is reported separately.
            let text = e.to_string();
            text.split(" at line ").next().unwrap_or(&text).to_string()
        }
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    question: Option<String>,
}

impl Reader {
    fn report(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            question: self.question.clone(),
            field: field.into(),
            kind,
        });
    }

    fn text(&mut self, obj: &Map<String, Value>, field: &str, max: usize) -> Option<String> {
        self.text_at(obj, field, field, max, true)
    }

    /// Reads `obj[key]` as text, reporting problems under `path`.
    fn text_at(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        max: usize,
        required: bool,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.report(path, ProblemKind::Missing);
                }
                None
            }
            Some(value) => self.text_value(value, path, max),
        }
    }

    fn text_value(&mut self, value: &Value, field: &str, max: usize) -> Option<String> {
        let Some(s) = value.as_str() else {
            self.report(field, ProblemKind::WrongType("text"));
            return None;
        };
        let trimmed = s.trim();
        let len = trimmed.chars().count();
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

    fn array<'v>(&mut self, obj: &'v Map<String, Value>, field: &str) -> Option<&'v Vec<Value>> {
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

    fn object<'v>(&mut self, value: &'v Value, field: &str) -> Option<&'v Map<String, Value>> {
        let obj = value.as_object();
        if obj.is_none() {
            self.report(field, ProblemKind::WrongType("an object"));
        }
        obj
    }

    fn count(&mut self, field: &str, actual: usize, (min, max): (usize, usize)) -> bool {
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

    fn bank(&mut self, root: &Value) -> Option<Bank> {
        let root = self.object(root, "(file)")?;
        match root.get("format") {
            Some(v) if v.as_u64() == Some(FORMAT) => {}
            None => self.report("format", ProblemKind::Missing),
            Some(other) => self.report("format", ProblemKind::UnsupportedFormat(other.to_string())),
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
            self.question = Some(match value.get("id").and_then(Value::as_str) {
                Some(id) if !id.trim().is_empty() => id.trim().to_string(),
                _ => format!("#{}", index + 1),
            });
            if let Some(q) = self.question(value, &known) {
                if !ids.insert(q.id.clone()) {
                    self.report("id", ProblemKind::DuplicateId);
                }
                if !prompts.insert(q.prompt.to_lowercase()) {
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

    fn question(&mut self, value: &Value, known: &BTreeSet<&str>) -> Option<Question> {
        let obj = self.object(value, "(question)")?;
        let id = self.text(obj, "id", MAX_ID);
        let topic = self.text(obj, "topic", MAX_ID);
        if let Some(t) = &topic {
            if !known.contains(t.as_str()) {
                self.report("topic", ProblemKind::UnknownTopic(t.clone()));
            }
        }
        let source = self.text_at(obj, "source", "source", MAX_TOPIC_NAME, false);
        let prompt = self.text(obj, "prompt", MAX_PROMPT);
        let explanation = self.text(obj, "explanation", MAX_EXPLANATION);
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
            let text = self.text_at(choice, "text", &format!("{field}.text"), MAX_CHOICE, true);
            let feedback = self.text_at(
                choice,
                "feedback",
                &format!("{field}.feedback"),
                MAX_FEEDBACK,
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
            let text = self.text_at(item, "text", &format!("{field}.text"), MAX_CHOICE, true);
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

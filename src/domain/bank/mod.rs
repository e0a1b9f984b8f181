//! The question bank: its types, and a reader that turns JSON into a checked `Bank`
//! or a list of every problem found, each naming the question and the field.

mod kinds;
mod problem;
mod reader;

pub use problem::{Problem, ProblemKind};
use reader::Reader;
use serde_json::Value;

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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bank {
    /// Names the quiz in saved progress, so two quizzes on one site never mix.
    pub id: String,
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

/// What the start screen shows of a bank: no questions, only how many each topic has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BankMeta {
    pub id: String,
    pub title: String,
    pub description: String,
    pub topics: Vec<TopicMeta>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicMeta {
    pub id: String,
    pub name: String,
    pub questions: usize,
}

impl From<&Bank> for BankMeta {
    fn from(bank: &Bank) -> Self {
        BankMeta {
            id: bank.id.clone(),
            title: bank.title.clone(),
            description: bank.description.clone(),
            topics: bank
                .topics
                .iter()
                .map(|t| TopicMeta {
                    id: t.id.clone(),
                    name: t.name.clone(),
                    questions: bank.questions.iter().filter(|q| q.topic == t.id).count(),
                })
                .collect(),
        }
    }
}

impl BankMeta {
    /// How many questions a run of at most `count` from `topics` (all when none are
    /// known) asks; the same as `Plan::run_length` for runs not narrowed by history.
    pub fn run_length(&self, count: usize, topics: &[String]) -> usize {
        let chosen = |t: &&TopicMeta| topics.contains(&t.id);
        let any_known = self.topics.iter().any(|t| chosen(&t));
        let eligible: usize = self
            .topics
            .iter()
            .filter(|t| !any_known || chosen(t))
            .map(|t| t.questions)
            .sum();
        count.min(eligible)
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

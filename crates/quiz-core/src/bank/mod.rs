//! The question bank: its types, and a reader that turns JSON into a checked `Bank`
//! or a list of every problem found, each naming the question and the field.

mod image;
mod kinds;
mod parse;
mod problem;
mod reader;

pub use image::{beside, src_problem, Image, IMAGE_TYPES, MAX_ALT, MAX_SIDE};
pub use parse::parse;
pub use problem::{Problem, ProblemKind};

/// The bank format this code reads.
pub const FORMAT: u64 = 1;
/// The longest prompt allowed, in characters after trimming.
pub const MAX_PROMPT: usize = 200;
/// The longest choice or sorting statement allowed, in characters.
pub const MAX_CHOICE: usize = 90;
/// The longest explanation allowed, in characters.
pub const MAX_EXPLANATION: usize = 400;
/// The longest note on a choice allowed, in characters.
pub const MAX_FEEDBACK: usize = 200;
/// The longest group name of a sorting question allowed, in characters.
pub const MAX_BUCKET: usize = 30;
/// The longest bank title allowed, in characters.
pub const MAX_TITLE: usize = 80;
/// The longest bank description allowed, in characters.
pub const MAX_DESCRIPTION: usize = 160;
/// The longest topic name (or question source) allowed, in characters.
pub const MAX_TOPIC_NAME: usize = 60;
/// The longest id of a bank, topic or question allowed, in characters.
pub const MAX_ID: usize = 64;
/// The fewest choices a single- or multiple-answer question may have.
pub const MIN_CHOICES: usize = 2;
/// The most choices a single- or multiple-answer question may have.
pub const MAX_CHOICES: usize = 8;
/// The fewest and most statements a sorting question may have, inclusive.
pub const ITEMS_RANGE: (usize, usize) = (4, 6);
/// The fewest and most groups a sorting question may have, inclusive.
pub const BUCKETS_RANGE: (usize, usize) = (2, 3);

/// A subject area: questions belong to one, and scores and mastery are given per topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    /// The id that questions name in their `topic` field.
    pub id: String,
    /// The name learners see.
    pub name: String,
}

/// One option of a single- or multiple-answer question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The option as learners see it.
    pub text: String,
    /// Whether picking it is part of the right answer.
    pub correct: bool,
    /// Why this option is right or wrong, shown beside it after checking.
    pub feedback: Option<String>,
    /// A picture shown with the option, or as the option when `text` is empty.
    pub image: Option<Image>,
}

impl Choice {
    /// What names the option in words: its text, or its picture's `alt` when it has none.
    pub fn label(&self) -> &str {
        match &self.image {
            Some(image) if self.text.is_empty() => &image.alt,
            _ => &self.text,
        }
    }
}

/// One statement of a sorting (categorise) question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The statement as learners see it.
    pub text: String,
    /// The index in `buckets` of the group it belongs in.
    pub bucket: usize,
}

/// A question's type, with the options and answer that type needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One choice is right; picking exactly it earns the mark.
    Single {
        /// The options in bank order; exactly one is correct.
        choices: Vec<Choice>,
    },
    /// Several choices may be right; the mark needs exactly those picked.
    Multiple {
        /// The options in bank order; at least one is correct.
        choices: Vec<Choice>,
    },
    /// A statement to judge; shown as the options True and False.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// Statements to sort into groups; each placed right earns its share of the mark.
    Categorise {
        /// The group names, in the order offered.
        buckets: Vec<String>,
        /// The statements to sort.
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

/// One question, checked and ready to ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Unique in the bank; saved progress and host events refer to the question by it.
    pub id: String,
    /// The id of the topic it belongs to.
    pub topic: String,
    /// The section of the source material it tests, for authors; not shown to learners.
    pub source: Option<String>,
    /// The question as asked, in the Markdown subset (`crate::markup`).
    pub prompt: String,
    /// A picture the question shows under its prompt.
    pub image: Option<Image>,
    /// Why the right answer is right, shown in feedback and in the review.
    pub explanation: String,
    /// Its type, options and answer.
    pub kind: Kind,
}

impl Question {
    /// Its pictures: the question's own, then its choices' in bank order.
    pub fn images(&self) -> impl Iterator<Item = &Image> {
        let choices = match &self.kind {
            Kind::Single { choices } | Kind::Multiple { choices } => choices.as_slice(),
            _ => &[],
        };
        self.image
            .iter()
            .chain(choices.iter().filter_map(|c| c.image.as_ref()))
    }
}

/// A checked question bank: everything one quiz can ask.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bank {
    /// Names the quiz in saved progress, so two quizzes on one site never mix.
    pub id: String,
    /// The language tag its text is written in, as the bank file gives it.
    pub lang: String,
    /// The quiz's name: the page heading and title, and named in a shared result.
    pub title: String,
    /// The start screen's summary of what the quiz is for.
    pub description: String,
    /// Every topic, in the order screens list them.
    pub topics: Vec<Topic>,
    /// Every question, in bank order.
    pub questions: Vec<Question>,
}

impl Bank {
    /// The question with this id, if the bank (still) has it.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// A topic's name, or the id itself when the bank no longer lists that topic.
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
    /// The bank's id, which keys saved progress.
    pub id: String,
    /// The language the bank is written in, for the `lang` of what shows from it.
    pub lang: String,
    /// The quiz's name, for the page heading and title.
    pub title: String,
    /// The summary of what the quiz is for.
    pub description: String,
    /// Each topic with its question count, in bank order.
    pub topics: Vec<TopicMeta>,
}

/// A topic as the start screen lists it, with how many questions it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicMeta {
    /// The topic's id.
    pub id: String,
    /// The name learners see.
    pub name: String,
    /// How many of the bank's questions belong to it.
    pub questions: usize,
}

impl From<&Bank> for BankMeta {
    fn from(bank: &Bank) -> Self {
        BankMeta {
            id: bank.id.clone(),
            lang: bank.lang.clone(),
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

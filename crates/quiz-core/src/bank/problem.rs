//! What can be wrong with a bank, worded for the person who wrote it.

use super::{FORMAT, MAX_SIDE};
use std::fmt;

/// Where in the bank a problem sits: `question` is the id (or `#n` when it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The question's id, `#n` (counted from 1) when it has none, or `None` for a bank-level field.
    pub question: Option<String>,
    /// The field's path inside the question or bank, such as `choices[2].text`.
    pub field: String,
    /// What is wrong with it.
    pub kind: ProblemKind,
}

/// What can be wrong with one field; `Display` words it for the bank's author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not valid JSON, so nothing else could be checked.
    Syntax {
        /// The line of the error, counted from 1.
        line: usize,
        /// The column of the error, counted from 1.
        column: usize,
        /// serde_json's description of the error, without its position.
        detail: String,
    },
    /// `format` names a version this code does not read; holds the value as written.
    UnsupportedFormat(String),
    /// A required field is absent or null.
    Missing,
    /// The value has the wrong JSON type; holds what it should be, such as "a list".
    WrongType(&'static str),
    /// Text that is empty once trimmed.
    Empty,
    /// Text longer than its field allows.
    TooLong {
        /// The limit, in characters.
        max: usize,
        /// The length found, in characters.
        actual: usize,
    },
    /// A question id already used by an earlier question.
    DuplicateId,
    /// A prompt already used by an earlier question, ignoring ASCII case.
    DuplicatePrompt,
    /// A topic id already used by an earlier topic.
    DuplicateTopic,
    /// A question names this topic id, which the bank does not list.
    UnknownTopic(String),
    /// `type` is this value, not one of the four question types.
    UnknownType(String),
    /// A list shorter than allowed.
    TooFew {
        /// The fewest allowed.
        min: usize,
        /// How many the list has.
        actual: usize,
    },
    /// A list longer than allowed.
    TooMany {
        /// The most allowed.
        max: usize,
        /// How many the list has.
        actual: usize,
    },
    /// A choice question with no choice marked correct.
    NoCorrectChoice,
    /// A single-answer question with this many correct choices instead of one.
    NotExactlyOneCorrect(usize),
    /// A statement names this group index, which does not exist.
    BucketOutOfRange(usize),
    /// No statement belongs in the group at this index.
    BucketUnused(usize),
    /// The bank holds no questions at all.
    NoQuestions,
    /// The bank id has characters other than letters, digits, `-` and `_`, unsafe in a storage key.
    NotAnIdentifier,
    /// An image `src` that is not a path inside the bank's folder; holds why.
    ImagePath(&'static str),
    /// An image file of a type the quiz does not show; holds its extension.
    ImageType(String),
    /// An empty `alt` on an image not marked decorative.
    EmptyAlt,
    /// An image `width` or `height` that is not a whole number from 1 to the limit; holds it.
    BadSide(String),
    /// A choice with neither text nor an image whose `alt` could name it.
    ChoiceUnnamed,
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
            Self::NotAnIdentifier => f.write_str("should use letters, digits, - and _ only"),
            Self::ImagePath(why) => f.write_str(why),
            Self::ImageType(ext) => write!(
                f,
                "names a \"{ext}\" file; use SVG, PNG, JPEG, WebP or AVIF"
            ),
            Self::EmptyAlt => f.write_str(
                "is empty: say what the picture shows, or add \"decorative\": true if it adds nothing",
            ),
            Self::BadSide(v) => write!(
                f,
                "is {v}; give the picture's size in pixels, a whole number from 1 to {MAX_SIDE}"
            ),
            Self::ChoiceUnnamed => f.write_str(
                "has no text: give it text, or an image whose alt text names it",
            ),
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

impl std::error::Error for Problem {}

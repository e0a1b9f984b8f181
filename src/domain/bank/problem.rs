//! What can be wrong with a bank, worded for the person who wrote it.

use super::FORMAT;
use std::fmt;

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
    NotAnIdentifier,
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

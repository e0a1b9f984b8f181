//! What an importer reports: the questions it read, each with its line, and every
//! question or part of one that it could not keep, with the reason. This module names no
//! parser: each parser's error converts into an [`Issue`] where the parser is defined.

use super::pictures::PictureIssue;
use crate::bank::{Problem, Question, Topic};
use std::error::Error;
use std::fmt;

/// Questions read from a file, in file order, with what went wrong on the way.
#[derive(Debug, Default)]
pub struct Imported {
    /// The topics the questions belong to, in the order they were met.
    pub topics: Vec<Topic>,
    /// The questions kept, each with the line it starts on.
    pub questions: Vec<Located>,
    /// What was left out, each at its line.
    pub issues: Vec<(usize, Issue)>,
    /// What was filled in or renamed, each at its question's line.
    pub notes: Vec<(usize, Note)>,
}

/// A question and the line it starts on.
#[derive(Debug)]
pub struct Located {
    /// The line (from 1) the question starts on.
    pub line: usize,
    /// The question as the bank holds it.
    pub question: Question,
}

/// A parser's own error, boxed so this module names no parser; `downcast_ref` gets it back.
pub type ParseError = Box<dyn Error + Send + Sync>;

/// Something not imported: a whole question (unreadable, unsupported, refused) or a part of one.
#[derive(Debug)]
pub enum Issue {
    /// GIFT text that does not parse: the parser's error, worded as a syntax error.
    Syntax(ParseError),
    /// An Aiken question that is not well formed: the parser's error.
    Malformed(ParseError),
    /// A form the quiz's question types cannot express.
    Unsupported(Unsupported),
    /// A part of a kept question that had to go.
    Dropped(Dropped),
    /// A question the bank reader refuses (too long, too many choices…).
    Refused(Problem),
}

/// GIFT question forms our four types cannot express.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsupported {
    /// `{#…}` numeric answers.
    Numeric,
    /// Only `=` answers: typed-in short answers.
    ShortAnswer,
    /// `{}`: a free-text essay.
    Essay,
    /// Text after `}`: a gap in the middle of the sentence.
    MissingWord,
    /// No answer block at all.
    Description,
    /// A matching answer with nothing on its left (`= -> x`).
    MatchDistractor,
    /// This many unweighted `=` answers in one question.
    SeveralRight(usize),
    /// No answer counts as right.
    NoRight,
}

/// Parts of a kept question that have no place in our format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// Feedback on a true/false answer (`TRUE#…`).
    TrueFalseFeedback,
    /// A partial `%weight%` on this answer of a single-choice question.
    PartialCredit(String),
    /// A picture, named by its `src` as written, and why it was left out.
    Picture(String, PictureIssue),
}

/// Information, not loss: the output holds everything the input did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The question had no explanation, so one stating the answer was written.
    StatedAnswer,
    /// The wanted id was taken, so the question got another.
    Renamed {
        /// The id the question asked for.
        from: String,
        /// The id it got.
        to: String,
    },
    /// An HTML tag the subset has no counterpart for: its text was kept, not the tag.
    OtherTag {
        /// The tag's name, lower case.
        tag: String,
        /// The line it is first used on in the question.
        line: usize,
    },
    /// A picture with no `alt` text at all, so it was marked decorative.
    NoAlt {
        /// Its `src` as written.
        src: String,
        /// The line it is named on.
        line: usize,
    },
}

impl Note {
    /// The line the note is about when it is not the question's first line.
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::OtherTag { line, .. } | Self::NoAlt { line, .. } => Some(*line),
            Self::StatedAnswer | Self::Renamed { .. } => None,
        }
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(e) => write!(f, "question skipped: syntax error: {e}"),
            Self::Malformed(e) => write!(f, "question skipped: {e}"),
            Self::Unsupported(u) => write!(f, "question skipped: {u}"),
            Self::Dropped(d) => write!(f, "question kept, but {d}"),
            Self::Refused(p) => write!(f, "question skipped: field \"{}\" {}", p.field, p.kind),
        }
    }
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Numeric => f.write_str("numeric questions ({#…}) have no counterpart here"),
            Self::ShortAnswer => f.write_str("short-answer questions (only = answers) have no counterpart here"),
            Self::Essay => f.write_str("essay questions ({}) have no counterpart here"),
            Self::MissingWord => f.write_str("missing-word questions (text after }) have no counterpart here"),
            Self::Description => f.write_str("a description (no answer block) is not a question"),
            Self::MatchDistractor => f.write_str("a matching answer with no statement (= -> x) has no counterpart in a categorise question"),
            Self::SeveralRight(n) => write!(f, "{n} answers are marked =; a single-choice question needs exactly one (use %weights% for several)"),
            Self::NoRight => f.write_str("no answer is marked right (= or a positive %weight%)"),
        }
    }
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TrueFalseFeedback => f.write_str("its true/false answer feedback (#…) was dropped: put it in the general feedback (####…)"),
            Self::PartialCredit(t) => write!(f, "the partial credit on \"{t}\" was dropped: it counts as wrong (our questions are all or nothing)"),
            Self::Picture(src, why) => write!(f, "the picture \"{src}\" was left out: {why}"),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StatedAnswer => f.write_str(
                "no explanation given (GIFT's ####…), so the one written only states the answer",
            ),
            Self::Renamed { from, to } => {
                write!(f, "id \"{from}\" was taken, so this question is \"{to}\"")
            }
            Self::OtherTag { tag, .. } => {
                write!(f, "HTML <{tag}> has no counterpart in the bank's text, so only its text was kept")
            }
            Self::NoAlt { src, .. } => write!(
                f,
                "the picture \"{src}\" has no alt text, so it is marked decorative: describe it in the bank if it carries meaning"
            ),
        }
    }
}

// Display already words the inner error, so none is given again as a source.
impl Error for Issue {}
impl Error for Unsupported {}
impl Error for Dropped {}

impl From<Unsupported> for Issue {
    fn from(u: Unsupported) -> Self {
        Self::Unsupported(u)
    }
}

impl From<Dropped> for Issue {
    fn from(d: Dropped) -> Self {
        Self::Dropped(d)
    }
}

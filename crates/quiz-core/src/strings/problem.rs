//! What can be wrong with a strings file, worded for the console and `quiz-bank check`.

use super::plural::Category;
use std::fmt;

/// One thing wrong with a strings file. Each but `NotJson` and `Top` spoils one message at
/// most: that message shows in English, or, for a missing plural form, in its `other` form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not JSON; the whole file is unused.
    NotJson {
        /// The 1-based line of the error.
        line: usize,
        /// The 1-based column of the error.
        column: usize,
        /// The parser's description.
        reason: String,
    },
    /// The file's shape is wrong (no `lang`, `messages` not an object…); the whole file is unused.
    Top(String),
    /// Keys the file leaves out: each shows in English.
    Missing(Vec<&'static str>),
    /// A key the quiz does not have; ignored.
    Unknown(String),
    /// A plain message given as something other than text.
    NotText {
        /// The message's key.
        key: &'static str,
    },
    /// A counted message given as something other than an object of forms.
    NotForms {
        /// The message's key.
        key: &'static str,
    },
    /// A message or form that is empty.
    Empty {
        /// The message's key.
        key: &'static str,
        /// The plural form, for a counted message.
        form: Option<Category>,
    },
    /// A placeholder the message does not have.
    UnknownPlaceholder {
        /// The message's key.
        key: &'static str,
        /// The plural form, for a counted message.
        form: Option<Category>,
        /// The placeholder as written.
        name: String,
    },
    /// A placeholder the English message has and this one leaves out.
    MissingPlaceholder {
        /// The message's key.
        key: &'static str,
        /// The plural form, for a counted message.
        form: Option<Category>,
        /// The placeholder left out.
        name: String,
    },
    /// A plural form name that is not a CLDR category; ignored.
    UnknownForm {
        /// The message's key.
        key: &'static str,
        /// The name as written.
        form: String,
    },
    /// A plural category the language uses and the message lacks.
    MissingForm {
        /// The message's key.
        key: &'static str,
        /// The category missing; without `other` the message shows in English.
        form: Category,
    },
}

impl Problem {
    /// The key the problem is about, for finding its line.
    pub fn key(&self) -> Option<&str> {
        match self {
            Problem::NotJson { .. } | Problem::Top(_) | Problem::Missing(_) => None,
            Problem::Unknown(key) => Some(key),
            Problem::NotText { key }
            | Problem::NotForms { key }
            | Problem::Empty { key, .. }
            | Problem::UnknownPlaceholder { key, .. }
            | Problem::MissingPlaceholder { key, .. }
            | Problem::UnknownForm { key, .. }
            | Problem::MissingForm { key, .. } => Some(key),
        }
    }

    /// Whether the whole file is unusable, rather than one message.
    pub fn is_fatal(&self) -> bool {
        matches!(self, Problem::NotJson { .. } | Problem::Top(_))
    }
}

/// ` ("few" form)` after a key, for a counted message.
struct In(Option<Category>);

impl fmt::Display for In {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(form) => write!(f, " (\"{form}\" form)"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotJson { line, column, reason } => write!(f, "not JSON at line {line}, column {column}: {reason}"),
            Problem::Top(what) => f.write_str(what),
            Problem::Missing(keys) => write!(f, "{} missing, shown in English: {}", keys.len(), keys.join(", ")),
            Problem::Unknown(key) => write!(f, "\"{key}\" is not a message the quiz has; ignored"),
            Problem::NotText { key } => write!(f, "\"{key}\" should be text; shown in English"),
            Problem::NotForms { key } => write!(f, "\"{key}\" is counted, so it should be an object of plural forms (\"one\", \"other\"…); shown in English"),
            Problem::Empty { key, form } => write!(f, "\"{key}\"{} is empty; shown in English", In(*form)),
            Problem::UnknownPlaceholder { key, form, name } => write!(f, "\"{key}\"{} has {{{name}}}, which it cannot fill; shown in English", In(*form)),
            Problem::MissingPlaceholder { key, form, name } => write!(f, "\"{key}\"{} leaves out {{{name}}}; shown in English", In(*form)),
            Problem::UnknownForm { key, form } => write!(f, "\"{key}\" has a form \"{form}\", which is not a plural category (zero, one, two, few, many, other); ignored"),
            Problem::MissingForm { key, form: Category::Other } => write!(f, "\"{key}\" has no \"other\" form; shown in English"),
            Problem::MissingForm { key, form } => write!(f, "\"{key}\" has no \"{form}\" form, which this language uses; its \"other\" form stands in"),
        }
    }
}

impl std::error::Error for Problem {}

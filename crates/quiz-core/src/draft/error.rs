//! Why a bank text cannot be read into a draft, at the line and column serde_json found.

use std::fmt;

/// Why [`super::Draft::from_text`] could not read a text, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is not JSON: a comma, quote or bracket is missing or extra.
    NotJson {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// serde_json's words for what it found.
        detail: String,
    },
    /// The text ends before the JSON does.
    Unfinished {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// A value is JSON but not the kind the form edits there, as a width of `"abc"`.
    WrongValue {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// serde_json's words for what it found and what it expected.
        detail: String,
    },
}

impl DraftError {
    /// Sorts a serde_json error, keeping its position and its words without the position.
    pub(super) fn from_json(e: &serde_json::Error) -> DraftError {
        use serde_json::error::Category;
        let (line, column) = (e.line(), e.column());
        let text = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let detail = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
        match e.classify() {
            Category::Eof => DraftError::Unfinished { line, column },
            Category::Data => DraftError::WrongValue {
                line,
                column,
                detail,
            },
            Category::Syntax | Category::Io => DraftError::NotJson {
                line,
                column,
                detail,
            },
        }
    }

    /// The line, from 1, where the problem was found.
    pub fn line(&self) -> usize {
        match self {
            Self::NotJson { line, .. }
            | Self::Unfinished { line, .. }
            | Self::WrongValue { line, .. } => *line,
        }
    }

    /// The column, from 1, where the problem was found.
    pub fn column(&self) -> usize {
        match self {
            Self::NotJson { column, .. }
            | Self::Unfinished { column, .. }
            | Self::WrongValue { column, .. } => *column,
        }
    }
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::NotJson {
                line,
                column,
                detail,
            } => write!(
                f,
                "Line {line}, column {column}: this is not valid JSON ({detail})."
            ),
            Self::Unfinished { line, column } => write!(
                f,
                "Line {line}, column {column}: the text ends before the JSON does; \
                 a closing bracket or quote may be missing."
            ),
            Self::WrongValue {
                line,
                column,
                detail,
            } => write!(
                f,
                "Line {line}, column {column}: this value is not the kind the form can \
                 edit here ({detail})."
            ),
        }
    }
}

impl std::error::Error for DraftError {}

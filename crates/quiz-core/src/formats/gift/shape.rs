//! The shapes a GIFT answer block can take, as read and before they become a question type.

use super::lex::Ch;

/// One `=` or `~` answer, with its `%weight%` and `#feedback` when given.
#[derive(Debug)]
pub struct Answer {
    /// The line of its `=` or `~`.
    pub line: usize,
    /// Marked `=` rather than `~`.
    pub right: bool,
    /// Its `%weight%`, when given.
    pub weight: Option<f64>,
    /// The answer's text.
    pub text: Vec<Ch>,
    /// Its `#feedback`, when given and not blank.
    pub feedback: Option<Vec<Ch>>,
}

/// What an answer block holds, before it is mapped to a question type.
#[derive(Debug)]
pub enum Shape {
    /// `{}`: nothing to choose from.
    Essay,
    /// `{#…}`: a number to type.
    Numeric,
    /// `{T}` or `{FALSE}`, with any `#feedback` after it.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
        /// Each `#feedback` given, not blank.
        feedback: Vec<Vec<Ch>>,
    },
    /// `=` and `~` answers.
    Choices(Vec<Answer>),
    /// `=left -> right` pairs.
    Matching(Vec<(Vec<Ch>, Vec<Ch>)>),
}

/// An answer block's shape and its `####` general feedback.
#[derive(Debug)]
pub struct Answers {
    /// What the block holds.
    pub shape: Shape,
    /// The `####` general feedback, when given.
    pub general: Option<Vec<Ch>>,
}

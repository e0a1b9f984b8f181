//! The question types the form offers, and which of them a draft question's `type` names.

use super::DraftQuestion;

/// The question types the form can make or turn a question into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewKind {
    /// One right choice.
    Single,
    /// One or more right choices.
    Multiple,
    /// A statement that is true or false.
    TrueFalse,
    /// Statements sorted into groups.
    Categorise,
}

impl NewKind {
    /// The `type` the bank JSON gives this kind.
    pub fn type_name(self) -> &'static str {
        match self {
            NewKind::Single => "single",
            NewKind::Multiple => "multiple",
            NewKind::TrueFalse => "true_false",
            NewKind::Categorise => "categorise",
        }
    }

    /// The kind a bank's `type` names, or `None` for a type the bank format does not have.
    pub fn of(type_name: &str) -> Option<NewKind> {
        [
            Self::Single,
            Self::Multiple,
            Self::TrueFalse,
            Self::Categorise,
        ]
        .into_iter()
        .find(|k| k.type_name() == type_name)
    }
}

impl DraftQuestion {
    /// Its type as one the form offers, or `None` when `kind` names no known type.
    pub fn new_kind(&self) -> Option<NewKind> {
        NewKind::of(&self.kind)
    }
}

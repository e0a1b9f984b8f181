//! What start-up found wrong with an interface strings file, kept for the core to say on
//! the console: the wording, and the JSON decoder that locates a syntax error, are code
//! the first download can do without.

use super::Quiz;
use crate::browser::FetchError;
use crate::i18n::{parse_file, Problem};
use leptos::prelude::*;

/// Why a strings file was not used, or not all of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// It could not be fetched.
    Fetch(FetchError),
    /// It is not JSON; its text, for the decoder to find the line.
    NotJson(String),
    /// Its `lang`, `dir` or shape make it unusable.
    Unusable(Problem),
    /// It was used, with these messages in English or standing in.
    Partial(Vec<Problem>),
}

/// A strings file and its trouble.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringsReport {
    /// The file's path, as the setting or the built-in table gave it.
    pub path: String,
    /// What was wrong.
    pub trouble: Trouble,
}

impl StringsReport {
    /// Says it on the console: an error when the file was not used, a warning per message otherwise.
    pub fn log(&self) {
        let path = &self.path;
        let unused = |why: &dyn std::fmt::Display| {
            leptos::logging::error!(
                "interface strings {path}: {why}; the interface stays in its default language"
            )
        };
        match &self.trouble {
            Trouble::Fetch(e) => unused(e),
            Trouble::NotJson(text) => match parse_file(text) {
                Err(problem) => unused(&problem),
                Ok(_) => unused(&"the browser could not parse it as JSON"),
            },
            Trouble::Unusable(problem) => unused(problem),
            Trouble::Partial(problems) => {
                for problem in problems {
                    leptos::logging::warn!("interface strings {path}: {problem}");
                }
            }
        }
    }
}

impl Quiz {
    /// Keeps what start-up found wrong with the strings files, for `take_reports`.
    pub(crate) fn set_reports(&self, reports: Vec<StringsReport>) {
        self.reports.set_value(reports);
    }

    /// What start-up found wrong with the strings files, once.
    pub(crate) fn take_reports(&self) -> Vec<StringsReport> {
        self.reports
            .try_update_value(std::mem::take)
            .unwrap_or_default()
    }
}

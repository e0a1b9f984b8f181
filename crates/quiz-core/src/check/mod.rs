//! The line-numbered check of a bank or an interface strings file, as `quiz-bank check`
//! prints it and a studio shows it: the bank reader's problems, each at the line of its own
//! field, then what the reader cannot see: the picture files a bank names (read through
//! [`Pictures`], so this module touches no file system) and markup that does not close.
//! A file with `messages` at its top and no `questions` is an interface strings file,
//! checked by [`crate::strings`].
//!
//! The modules: `lines` finds the line of each field in the JSON text, `fields` walks one
//! question's pictures and marked-up texts, `pictures` and `marks` word what is wrong with
//! each, `bank` puts a bank's findings together, `report` holds and prints the result, and
//! `source` is how picture files are read.

mod bank;
mod fields;
mod lines;
mod marks;
mod pictures;
mod report;
mod source;

pub use report::{Finding, Report, Severity};
pub use source::{Pictures, Unread};

use crate::strings;
use serde_json::Value;

/// Checks the bank or interface strings file named `name` (as messages print it), whose
/// text is `json`, reading the pictures a bank names through `pictures`.
pub fn check(name: &str, json: &str, pictures: &dyn Pictures) -> Report {
    let mut report = Report::new(name);
    if is_strings(json) {
        check_strings(json, &mut report);
    } else {
        bank::check(json, pictures, &mut report);
    }
    report
}

/// Whether `json` is an interface strings file rather than a bank.
pub fn is_strings(json: &str) -> bool {
    serde_json::from_str::<Value>(json)
        .is_ok_and(|v| v.get("messages").is_some() && v.get("questions").is_none())
}

/// Every problem of the strings file `json`, and its words when it passes.
fn check_strings(json: &str, report: &mut Report) {
    for (line, problem) in strings::check(json) {
        let (line, column) = match problem {
            strings::Problem::NotJson { line, column, .. } => (Some(line), Some(column)),
            _ => (line, None),
        };
        let mut finding = Finding::error(line, problem.to_string());
        finding.column = column;
        report.push(finding);
    }
    let lang = strings::parse_file(json)
        .map(|f| f.lang)
        .unwrap_or_default();
    report.ok_words = format!("all {} interface strings in {lang}", strings::KEYS.len());
}

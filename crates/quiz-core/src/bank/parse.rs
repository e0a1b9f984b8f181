//! From JSON text to a checked `Bank`: the syntax first, then every field.

use super::reader::Reader;
use super::{Bank, Problem, ProblemKind};
use serde_json::Value;

/// Parses and checks a bank, returning every problem rather than the first.
pub fn parse(json: &str) -> Result<Bank, Vec<Problem>> {
    let root: Value = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            question: None,
            field: "(file)".into(),
            kind: ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                detail: syntax_detail(&e),
            },
        }]
    })?;
    let mut reader = Reader::default();
    let bank = reader.bank(&root);
    match bank {
        Some(bank) if reader.problems.is_empty() => Ok(bank),
        _ => Err(reader.problems),
    }
}

fn syntax_detail(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "the file ends too early".into(),
        Category::Data => "the top level should be an object".into(),
        _ => {
            // serde_json appends " at line L column C"; the position is reported separately.
            let text = e.to_string();
            text.split(" at line ").next().unwrap_or(&text).to_string()
        }
    }
}

//! `quiz-bank check`: runs the widget's own bank reader over a file, then checks what the
//! reader cannot see: the picture files beside the bank, and markup that does not close.
//! Each problem prints as `FILE:LINE[:COLUMN]: message`, the form editors and CI logs link
//! to, with the line of its own field; a warning as `FILE:LINE: warning: message`. A file
//! with `messages` at its top is an interface strings file, checked by `quiz_core::strings`.

mod fields;
mod lines;
mod marks;
mod pictures;

use lines::Lines;
use quiz_core::bank::{parse, Problem, ProblemKind};
use quiz_core::strings;
use serde_json::Value;
use std::path::Path;

/// What checking one file found.
pub struct Checked {
    /// Each error and warning, printable, in order.
    pub lines: Vec<String>,
    /// How many of `lines` are errors: the file fails when there is any.
    pub errors: usize,
    /// How many of `lines` are warnings.
    pub warnings: usize,
    /// The closing line: `FILE: ok, …` or `FILE: N problem(s)`.
    pub summary: String,
}

impl Checked {
    fn new() -> Self {
        Self {
            lines: Vec::new(),
            errors: 0,
            warnings: 0,
            summary: String::new(),
        }
    }

    /// Adds `message` at `FILE:LINE`, or at `FILE` alone when there is no line.
    fn push(&mut self, name: &str, line: Option<usize>, error: bool, message: &str) {
        let at = line.map_or_else(|| name.to_string(), |l| format!("{name}:{l}"));
        self.push_at(&at, error, message);
    }

    /// Adds `message` at `at`, the `FILE:…` prefix.
    fn push_at(&mut self, at: &str, error: bool, message: &str) {
        let kind = if error { "" } else { "warning: " };
        self.lines.push(format!("{at}: {kind}{message}"));
        *if error {
            &mut self.errors
        } else {
            &mut self.warnings
        } += 1;
    }

    /// Ends with the summary: `ok` and `ok_words` when there is no error.
    fn close(mut self, name: &str, ok_words: &str) -> Self {
        let warnings = match self.warnings {
            0 => String::new(),
            1 => ", 1 warning".into(),
            n => format!(", {n} warnings"),
        };
        self.summary = match self.errors {
            0 => format!("{name}: ok, {ok_words}{warnings}"),
            n => format!("{name}: {n} problem(s){warnings}"),
        };
        self
    }
}

/// Checks the bank or interface strings file `file`, whose text is `json`.
pub fn check_file(file: &Path, json: &str) -> Checked {
    let name = file.display().to_string();
    if is_strings(json) {
        check_strings(&name, json)
    } else {
        check_bank(file, &name, json)
    }
}

/// Whether `json` is an interface strings file rather than a bank.
fn is_strings(json: &str) -> bool {
    serde_json::from_str::<Value>(json)
        .is_ok_and(|v| v.get("messages").is_some() && v.get("questions").is_none())
}

fn check_strings(name: &str, json: &str) -> Checked {
    let mut out = Checked::new();
    for (line, problem) in strings::check(json) {
        match (line, &problem) {
            (_, strings::Problem::NotJson { line, column, .. }) => {
                out.push_at(
                    &format!("{name}:{line}:{column}"),
                    true,
                    &problem.to_string(),
                );
            }
            _ => out.push(name, line, true, &problem.to_string()),
        }
    }
    let lang = strings::parse_file(json)
        .map(|f| f.lang)
        .unwrap_or_default();
    let all = format!("all {} interface strings in {lang}", strings::KEYS.len());
    out.close(name, &all)
}

fn check_bank(file: &Path, name: &str, json: &str) -> Checked {
    let mut out = Checked::new();
    let Ok(root) = serde_json::from_str::<Value>(json) else {
        // Not JSON: the reader gives the one problem, with its line and column.
        for p in parse(json).err().unwrap_or_default() {
            if let ProblemKind::Syntax { line, column, .. } = &p.kind {
                out.push_at(
                    &format!("{name}:{line}:{column}"),
                    true,
                    &p.kind.to_string(),
                );
            }
        }
        return out.close(name, "");
    };
    let lines = Lines::new(json);
    let questions = root.get("questions").and_then(Value::as_array);
    let names: Vec<String> = questions
        .into_iter()
        .flatten()
        .enumerate()
        .map(name_of)
        .collect();
    let mut words = String::new();
    match parse(json) {
        Ok(bank) => {
            let (q, t) = (bank.questions.len(), bank.topics.len());
            words = format!("{q} questions in {t} topics");
        }
        Err(problems) => {
            let mut last = None;
            for problem in &problems {
                let line = line_of(&lines, &names, &mut last, problem);
                out.push(name, line, true, &problem.to_string());
            }
        }
    }
    let folder = file.parent().unwrap_or(Path::new(""));
    let mut found = Vec::new();
    for (i, q) in questions.into_iter().flatten().enumerate() {
        let base = format!("questions[{i}]");
        for f in fields::question(folder, q) {
            let message = format!(
                "question {}, field \"{}\": {}",
                names[i], f.field, f.message
            );
            found.push((lines.field(&base, &f.at), f.error, message));
        }
    }
    // Stable: within a line, in the order of the fields.
    found.sort_by_key(|(line, ..)| *line);
    for (line, error, message) in found {
        out.push(name, line, error, &message);
    }
    out.close(name, &words)
}

/// How the reader names the question at `index`: its id, or `#n` when it has none.
fn name_of((index, q): (usize, &Value)) -> String {
    match q.get("id").and_then(Value::as_str).map(str::trim) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("#{}", index + 1),
    }
}

/// The line of the field `problem` names. The reader reports questions in order, and a
/// repeated id first at the question that repeats it, so a question is looked for from the
/// one the problem before named (`last`) onwards.
fn line_of(
    lines: &Lines,
    names: &[String],
    last: &mut Option<usize>,
    problem: &Problem,
) -> Option<usize> {
    let Some(question) = &problem.question else {
        return lines.near(&problem.field);
    };
    let named = |i: &usize| names[*i] == *question;
    let index = if problem.kind == ProblemKind::DuplicateId {
        let start = last.map_or(0, |l| l + 1);
        (start..names.len()).find(|i| named(i) && names[..*i].contains(question))
    } else {
        let start = last.unwrap_or(0);
        (start..names.len()).chain(0..start).find(named)
    }?;
    *last = Some(index);
    lines.field(&format!("questions[{index}]"), &problem.field)
}

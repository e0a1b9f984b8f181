//! A bank's findings: the reader's problems, each at the line of its field and with the
//! question it names, then each question's picture and markup findings in line order.

use super::fields;
use super::lines::Lines;
use super::report::{Finding, Report, Severity};
use super::source::Pictures;
use crate::bank::{parse, Problem, ProblemKind};
use serde_json::Value;

/// Checks the bank `json` into `report`, reading its pictures through `pictures`.
pub fn check(json: &str, pictures: &dyn Pictures, report: &mut Report) {
    let Ok(root) = serde_json::from_str::<Value>(json) else {
        // Not JSON: the reader gives the one problem, with its line and column.
        for p in parse(json).err().unwrap_or_default() {
            if let ProblemKind::Syntax { line, column, .. } = &p.kind {
                let mut finding = Finding::error(Some(*line), p.kind.to_string());
                finding.column = Some(*column);
                report.push(finding);
            }
        }
        return;
    };
    let lines = Lines::new(json);
    let questions = root.get("questions").and_then(Value::as_array);
    let names: Vec<String> = questions
        .into_iter()
        .flatten()
        .enumerate()
        .map(name_of)
        .collect();
    match parse(json) {
        Ok(bank) => {
            let (q, t) = (bank.questions.len(), bank.topics.len());
            report.ok_words = format!("{q} questions in {t} topics");
        }
        Err(problems) => {
            let mut last = None;
            for problem in &problems {
                let (question, line) = place(&lines, &names, &mut last, problem);
                let mut finding = Finding::error(line, problem.to_string());
                finding.question = question;
                report.push(finding);
            }
        }
    }
    let mut found = Vec::new();
    for (i, q) in questions.into_iter().flatten().enumerate() {
        let base = format!("questions[{i}]");
        for f in fields::question(pictures, q) {
            found.push(Finding {
                line: lines.field(&base, &f.at),
                column: None,
                severity: if f.error {
                    Severity::Error
                } else {
                    Severity::Warning
                },
                message: format!(
                    "question {}, field \"{}\": {}",
                    names[i], f.field, f.message
                ),
                question: Some(i),
            });
        }
    }
    // Stable: within a line, in the order of the fields.
    found.sort_by_key(|f| f.line);
    for finding in found {
        report.push(finding);
    }
}

/// How the reader names the question at `index`: its id, or `#n` when it has none.
fn name_of((index, q): (usize, &Value)) -> String {
    match q.get("id").and_then(Value::as_str).map(str::trim) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => format!("#{}", index + 1),
    }
}

/// The index of the question `problem` names, when it names one, and the line of its
/// field. The reader reports questions in order, and a repeated id first at the question
/// that repeats it, so a question is looked for from the one the problem before named
/// (`last`) onwards.
fn place(
    lines: &Lines,
    names: &[String],
    last: &mut Option<usize>,
    problem: &Problem,
) -> (Option<usize>, Option<usize>) {
    let Some(question) = &problem.question else {
        return (None, lines.near(&problem.field));
    };
    let named = |i: &usize| names[*i] == *question;
    let index = if problem.kind == ProblemKind::DuplicateId {
        let start = last.map_or(0, |l| l + 1);
        (start..names.len()).find(|i| named(i) && names[..*i].contains(question))
    } else {
        let start = last.unwrap_or(0);
        (start..names.len()).chain(0..start).find(named)
    };
    let Some(index) = index else {
        return (None, None);
    };
    *last = Some(index);
    let line = lines.field(&format!("questions[{index}]"), &problem.field);
    (Some(index), line)
}

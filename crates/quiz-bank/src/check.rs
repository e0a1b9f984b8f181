//! `quiz-bank check`: runs the widget's own bank reader over a file and prints each problem
//! as `FILE:LINE[:COLUMN]: message`, the form editors and CI logs link to. A file with
//! `messages` at its top is an interface strings file, checked by `quiz_core::strings`.

use quiz_core::bank::{parse, Problem, ProblemKind};
use quiz_core::strings;

/// Whether `json` is an interface strings file rather than a bank.
pub fn is_strings(json: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(json)
        .is_ok_and(|v| v.get("messages").is_some() && v.get("questions").is_none())
}

/// Every problem in the strings file `json`, as printable lines, or its summary.
pub fn check_strings(name: &str, json: &str) -> Result<String, Vec<String>> {
    let problems = strings::check(json);
    if problems.is_empty() {
        let lang = strings::parse_file(json)
            .map(|f| f.lang)
            .unwrap_or_default();
        return Ok(format!(
            "{name}: ok, all {} interface strings in {lang}",
            strings::KEYS.len()
        ));
    }
    Err(problems
        .iter()
        .map(|(line, problem)| match (line, problem) {
            (_, strings::Problem::NotJson { line, column, .. }) => {
                format!("{name}:{line}:{column}: {problem}")
            }
            (Some(line), _) => format!("{name}:{line}: {problem}"),
            (None, _) => format!("{name}: {problem}"),
        })
        .collect())
}

/// Every problem in `json` as a printable line; empty when the bank is valid.
pub fn check(name: &str, json: &str) -> Result<String, Vec<String>> {
    match parse(json) {
        Ok(bank) => Ok(format!(
            "{name}: ok, {} questions in {} topics",
            bank.questions.len(),
            bank.topics.len()
        )),
        Err(problems) => Err(problems.iter().map(|p| line_for(name, json, p)).collect()),
    }
}

fn line_for(name: &str, json: &str, problem: &Problem) -> String {
    match (&problem.kind, &problem.question) {
        (ProblemKind::Syntax { line, column, .. }, _) => {
            format!("{name}:{line}:{column}: {}", problem.kind)
        }
        (_, Some(id)) => match question_line(json, id) {
            Some(line) => format!("{name}:{line}: {problem}"),
            None => format!("{name}: {problem}"),
        },
        (_, None) => format!("{name}: {problem}"),
    }
}

/// The line of `"id": "<id>"` inside the questions list: where to look for a question's
/// problem. A question named by position (`#3`) or a repeated id gives the first match.
fn question_line(json: &str, id: &str) -> Option<usize> {
    let start = json.find("\"questions\"")?;
    let quoted = serde_json::Value::from(id).to_string();
    let mut at = start;
    while let Some(found) = json[at..].find(&quoted) {
        let pos = at + found;
        let before = json[start..pos].trim_end();
        if before.ends_with(':') && before[..before.len() - 1].trim_end().ends_with("\"id\"") {
            return Some(json[..pos].matches('\n').count() + 1);
        }
        at = pos + quoted.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_problem_points_at_the_line_of_its_id() {
        let json = "{\"questions\": [\n {\"topic\": \"x\",\n  \"id\": \"q2\"}\n]}";
        assert_eq!(question_line(json, "q2"), Some(3));
        assert_eq!(question_line(json, "x"), None);
    }
}

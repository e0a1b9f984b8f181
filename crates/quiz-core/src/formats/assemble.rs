//! Turns imported questions into a bank the widget's own reader accepts: any question the
//! reader refuses (too long, too many choices or buckets…) is left out and reported.

use super::imported::{Imported, Issue};
use super::write::bank_json;
use crate::bank::{parse, Bank, Problem};

/// What the flags say about the bank as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankInfo {
    /// The bank's id.
    pub id: String,
    /// Its language code, such as `en`.
    pub lang: String,
    /// Its title.
    pub title: String,
    /// Its one-line description.
    pub description: String,
}

/// A checked bank as JSON (`None` when no question survived), and the problems with the
/// flags themselves, which no question can fix.
#[derive(Debug)]
pub struct Assembled {
    /// The bank as JSON, or `None` when there is nothing valid to write.
    pub json: Option<String>,
    /// Problems with the bank's own fields (id, title…), which no question can fix.
    pub bank_problems: Vec<Problem>,
}

/// Checks `imported` with the widget's reader, moving refused questions into its issues.
pub fn assemble(info: &BankInfo, imported: &mut Imported) -> Assembled {
    loop {
        imported
            .topics
            .retain(|t| imported.questions.iter().any(|l| l.question.topic == t.id));
        let bank = Bank {
            id: info.id.clone(),
            lang: info.lang.clone(),
            title: info.title.clone(),
            description: info.description.clone(),
            topics: imported.topics.clone(),
            questions: imported
                .questions
                .iter()
                .map(|l| l.question.clone())
                .collect(),
        };
        let json = bank_json(&bank);
        let problems = match parse(&json) {
            Ok(_) => {
                return Assembled {
                    json: Some(json),
                    bank_problems: vec![],
                }
            }
            Err(problems) => problems,
        };
        let (of_questions, of_bank): (Vec<Problem>, Vec<Problem>) =
            problems.into_iter().partition(|p| p.question.is_some());
        if of_questions.is_empty() {
            // With no questions left the reader reports the empty list: nothing to write.
            let empty = imported.questions.is_empty();
            return Assembled {
                json: None,
                bank_problems: if empty { vec![] } else { of_bank },
            };
        }
        let before = imported.questions.len();
        for problem in of_questions {
            let id = problem.question.clone().unwrap_or_default();
            // The reader names a question by its id, which the importer made unique.
            if let Some(at) = imported.questions.iter().position(|l| l.question.id == id) {
                let line = imported.questions.remove(at).line;
                imported.issues.push((line, Issue::Refused(problem)));
            } else if let Some((line, _)) = imported
                .issues
                .iter()
                .find(|(_, i)| matches!(i, Issue::Refused(p) if p.question.as_deref() == Some(&id)))
            {
                // A second problem of a question already left out.
                let line = *line;
                imported.issues.push((line, Issue::Refused(problem)));
            }
        }
        if imported.questions.len() == before {
            // Cannot happen (every problem names a question we built), but never loop.
            return Assembled {
                json: None,
                bank_problems: of_bank,
            };
        }
    }
}

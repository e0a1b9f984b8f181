//! GIFT, Moodle's plain-text question format: `import` reads a file into our questions,
//! `export` writes a bank back out as GIFT.
//!
//! Besides Moodle's own `// [id:…]`, two comments carry what GIFT has no place for, so a
//! bank survives export and import unchanged: `// source: …` before a question and
//! `// topic-id: …` before a `$CATEGORY:` line. Other comments are skipped.

mod answers;
mod block;
mod choices;
mod export;
mod lex;
mod map;
mod shape;

pub use block::SyntaxError;
pub use export::export;

use super::defaults::{stated_answer, unique_id};
use super::imported::{Imported, Located, Note};
use super::text::slug;
use crate::bank::{Question, Topic};

/// Reads GIFT text into questions, reporting each one (or part) it cannot keep.
/// Questions before any `$CATEGORY:` go to `default_topic`.
pub fn import(gift: &str, lang: &str, default_topic: &Topic) -> Imported {
    let mut out = Imported::default();
    let mut topic: Option<String> = None;
    let (mut topic_id, mut source, mut id) = (None, None, None);
    let mut index = 0;
    for block in lex::blocks(gift) {
        for (_, comment) in &block.comments {
            if let Some(v) = comment.strip_prefix("source:") {
                source = Some(v.trim().to_string());
            } else if let Some(v) = comment.strip_prefix("topic-id:") {
                topic_id = Some(v.trim().to_string());
            } else if let Some(v) = comment
                .strip_prefix("[id:")
                .and_then(|v| v.strip_suffix(']'))
            {
                id = Some(v.trim().to_string());
            }
        }
        let mut chars = lex::trim(&block.chars);
        if lex::find(chars, 0, "$CATEGORY:") == Some(0) {
            let end = lex::find(chars, 0, "\n").unwrap_or(chars.len());
            let path = lex::text(&chars[10..end]);
            let name = category_name(&path);
            let id = topic_id
                .take()
                .unwrap_or_else(|| slug(&name).to_lowercase());
            let id = if id.is_empty() {
                format!("topic-{}", out.topics.len() + 1)
            } else {
                id
            };
            if !out.topics.iter().any(|t| t.id == id) {
                out.topics.push(Topic {
                    id: id.clone(),
                    name,
                });
            }
            topic = Some(id);
            chars = &chars[end..];
        }
        if lex::trim(chars).is_empty() {
            continue;
        }
        index += 1;
        let parts = match block::parts(chars) {
            Ok(parts) => parts,
            Err((line, e)) => {
                out.issues.push((line, e.into()));
                (source, id) = (None, None);
                continue;
            }
        };
        let mapped = match map::map(&parts) {
            Ok(mapped) => mapped,
            Err(issue) => {
                out.issues.push(issue);
                (source, id) = (None, None);
                continue;
            }
        };
        out.issues
            .extend(mapped.dropped.into_iter().map(|(l, d)| (l, d.into())));
        let wanted = id.take().or(parts.title.clone());
        let (qid, renamed) = unique_id(wanted.as_deref(), index, &out.questions);
        out.notes.extend(renamed.map(|n| (parts.line, n)));
        let explanation = mapped.explanation.unwrap_or_else(|| {
            out.notes.push((parts.line, Note::StatedAnswer));
            stated_answer(&mapped.kind, lang)
        });
        let topic = topic.clone().unwrap_or_else(|| {
            if !out.topics.iter().any(|t| t.id == default_topic.id) {
                out.topics.insert(0, default_topic.clone());
            }
            default_topic.id.clone()
        });
        out.questions.push(Located {
            line: parts.line,
            question: Question {
                id: qid,
                topic,
                source: source.take(),
                prompt: mapped.prompt,
                image: None,
                explanation,
                kind: mapped.kind,
            },
        });
    }
    out
}

/// The last step of a Moodle category path (`$course$/top/PMO/Roles` → `Roles`);
/// `//` inside a name stands for a literal `/`.
fn category_name(path: &str) -> String {
    let parts: Vec<String> = path
        .replace("//", "\u{0}")
        .split('/')
        .map(|p| p.replace('\u{0}', "/").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    parts.last().cloned().unwrap_or_else(|| "General".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_names_are_the_last_step_of_the_path() {
        assert_eq!(category_name("$course$/top/PMO/Roles"), "Roles");
        assert_eq!(category_name(" Roles "), "Roles");
        assert_eq!(category_name("Input//output"), "Input/output");
        assert_eq!(category_name(""), "General");
    }
}

//! GIFT, Moodle's plain-text question format: `import` reads a file into our questions,
//! `export` writes a bank back out as GIFT. Text comes in as the bank's Markdown subset
//! (`[html]` mapped onto it, `[markdown]` kept, plain text escaped), and the pictures it
//! names are found through [`MediaFiles`].
//!
//! Besides Moodle's own `// [id:…]`, three comments carry what GIFT has no place for, so a
//! bank survives export and import unchanged: `// source: …` and `// picture-sizes: …`
//! before a question and `// topic-id: …` before a `$CATEGORY:` line. Other comments are
//! skipped.

mod answers;
mod block;
mod choices;
mod content;
mod entity;
mod export;
mod export_text;
mod html;
mod lex;
mod map;
mod markdown;
mod marks;
mod shape;
mod sizes;
mod subset;
mod tag;
#[cfg(test)]
mod tests;

pub use block::SyntaxError;
pub use export::export;
pub(crate) use subset::literal;

use super::defaults::{stated_answer, unique_id};
use super::imported::{Dropped, Imported, Located, Note};
use super::pictures::{resolve, MediaFiles, Named, NoFiles};
use super::text::slug;
use crate::bank::{Image, Kind, Question, Topic};
use sizes::Slot;

/// Reads GIFT text into questions, reporting each one (or part) it cannot keep; reads no
/// picture files, so every picture is reported and left out (see [`import_with`]).
pub fn import(gift: &str, lang: &str, default_topic: &Topic) -> Imported {
    import_with(gift, lang, default_topic, &NoFiles)
}

/// Reads GIFT text into questions, reporting each one (or part) it cannot keep, with the
/// pictures it names read through `files`. Questions before any `$CATEGORY:` go to
/// `default_topic`.
pub fn import_with(
    gift: &str,
    lang: &str,
    default_topic: &Topic,
    files: &dyn MediaFiles,
) -> Imported {
    let mut out = Imported::default();
    let mut topic: Option<String> = None;
    let (mut topic_id, mut source, mut id) = (None, None, None);
    let mut sizes = Vec::new();
    let mut index = 0;
    for block in lex::blocks(gift) {
        for (_, comment) in &block.comments {
            if let Some(v) = comment.strip_prefix("source:") {
                source = Some(v.trim().to_string());
            } else if let Some(v) = comment.strip_prefix("picture-sizes:") {
                sizes = sizes::read(v);
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
        let sizes = std::mem::take(&mut sizes);
        let parts = match block::parts(chars) {
            Ok(parts) => parts,
            Err((line, e)) => {
                out.issues.push((line, e.into()));
                (source, id) = (None, None);
                continue;
            }
        };
        let mut mapped = match map::map(&parts) {
            Ok(mapped) => mapped,
            Err(issue) => {
                out.issues.push(issue);
                (source, id) = (None, None);
                continue;
            }
        };
        out.issues
            .extend(mapped.dropped.into_iter().map(|(l, d)| (l, d.into())));
        out.notes
            .extend(mapped.notes.into_iter().map(|n| (parts.line, n)));
        sizes::apply(&sizes, Slot::Question, &mut mapped.image);
        let image = picture(mapped.image, files, parts.line, &mut out);
        if let Kind::Single { choices } | Kind::Multiple { choices } = &mut mapped.kind {
            for (n, (choice, mut named)) in choices.iter_mut().zip(mapped.choice_images).enumerate()
            {
                sizes::apply(&sizes, Slot::Choice(n + 1), &mut named);
                choice.image = picture(named, files, parts.line, &mut out);
            }
        }
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
                image,
                explanation,
                kind: mapped.kind,
            },
        });
    }
    out
}

/// The bank's picture for `named`, or `None` with the reason reported at its line; a
/// picture with no `alt` at all is noted under the question at `line`.
fn picture(
    named: Option<Named>,
    files: &dyn MediaFiles,
    line: usize,
    out: &mut Imported,
) -> Option<Image> {
    let named = named?;
    match resolve(&named, files) {
        Ok(image) => {
            if named.alt.is_none() {
                let note = Note::NoAlt {
                    src: named.src,
                    line: named.line,
                };
                out.notes.push((line, note));
            }
            Some(image)
        }
        Err(why) => {
            let dropped = Dropped::Picture(named.src, why);
            out.issues.push((named.line, dropped.into()));
            None
        }
    }
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

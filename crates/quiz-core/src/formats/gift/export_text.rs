//! How bank text goes into GIFT: as written when it reads back the same as plain text;
//! else the question is written `[markdown]`, its line breaks as Markdown hard breaks and
//! its pictures as `![alt](src)` at the start of the question text or choice.

use super::lex::SPECIAL;
use super::marks::looks_like_item;
use super::subset::literal;
use crate::bank::{Image, Kind, Question};
use crate::markup::Field;

/// Whether `q` must be written as Markdown: it has a picture, or a text that plain GIFT
/// would not give back as it is (markup, a line break, a character plain text escapes).
pub(super) fn needs_markdown(q: &Question) -> bool {
    let changes = |text: &str, field: Field| literal(text, field) != text;
    let choices = match &q.kind {
        Kind::Single { choices } | Kind::Multiple { choices } => choices.as_slice(),
        _ => &[],
    };
    q.image.is_some()
        || changes(&q.prompt, Field::Prompt)
        || changes(&q.explanation, Field::Explanation)
        || choices.iter().any(|c| {
            c.image.is_some()
                || changes(&c.text, Field::Choice)
                || c.feedback
                    .as_deref()
                    .is_some_and(|f| changes(f, Field::Feedback))
        })
        || matches!(&q.kind, Kind::Categorise { items, .. } if items.iter().any(|i| changes(&i.text, Field::Choice)))
}

/// Bank `text` as GIFT text: GIFT's special characters escaped; in Markdown, a line break
/// that is no paragraph's end or list item's start becomes a hard break (`\` at its end),
/// and every line break is written `\n`, so the question keeps to one line of the file.
pub(super) fn gift_text(text: &str, markdown: bool) -> String {
    if !markdown {
        return escape(text);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut joined = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        joined.push_str(line);
        if let Some(next) = lines.get(i + 1) {
            let soft = line.trim().is_empty() || next.trim().is_empty() || looks_like_item(next);
            joined.push_str(if soft { "\n" } else { "\\\n" });
        }
    }
    escape(&joined)
}

/// A bucket name, plain text in the bank: in a Markdown question, markup characters are
/// escaped so they read back as written.
pub(super) fn bucket(name: &str, markdown: bool) -> String {
    if markdown {
        escape(&literal(name, Field::Choice))
    } else {
        escape(name)
    }
}

/// A picture as a Markdown image reference, with a space after it when text follows.
pub(super) fn picture(image: Option<&Image>, then_text: bool) -> String {
    let Some(image) = image else {
        return String::new();
    };
    let mut alt = String::new();
    for c in image.alt.chars() {
        if matches!(c, '[' | ']' | '\\') {
            alt.push('\\');
        }
        alt.push(c);
    }
    let src = &image.src;
    let src = if src.contains(|c: char| c.is_whitespace() || "()<>".contains(c)) {
        format!("<{src}>")
    } else {
        src.clone()
    };
    let space = if then_text { " " } else { "" };
    escape(&format!("![{alt}]({src}){space}"))
}

/// Text with GIFT's special characters backslash-escaped and line breaks written `\n`.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' {
            out.push_str("\\n");
            continue;
        }
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_become_hard_breaks_except_around_paragraphs_and_items() {
        assert_eq!(gift_text("a\nb", true), r"a\\\nb");
        assert_eq!(gift_text("a\n\nb", true), r"a\n\nb");
        assert_eq!(gift_text("Pick:\n- *x*\n- y", true), r"Pick\:\n- *x*\n- y");
        assert_eq!(gift_text("a=b", false), r"a\=b");
    }

    #[test]
    fn a_picture_is_a_markdown_image() {
        let image = Image {
            src: "images/my chart.svg".into(),
            alt: "A [draft] chart".into(),
            width: 10,
            height: 10,
            decorative: false,
        };
        assert_eq!(
            picture(Some(&image), true),
            r"![A \\[draft\\] chart](<images/my chart.svg>) "
        );
        assert_eq!(picture(None, true), "");
    }
}

//! One GIFT text (question text, answer, feedback) as bank text for its field: `[plain]`,
//! `[moodle]` and unmarked text escaped so it stays literal, `[html]` mapped onto the
//! Markdown subset, `[markdown]` kept; the pictures it names are taken out. An answer's
//! own marker (`=[html]…`) wins over the question's.

use super::block::{format_marker, Format};
use super::lex::{text, trim, Ch};
use super::subset::literal;
use super::{html, markdown};
use crate::formats::imported::Note;
use crate::formats::pictures::Named;
use crate::markup::{plain, Field};

/// A text in the bank's subset, with the pictures it named and what it could not keep.
#[derive(Debug, Default)]
pub struct Content {
    /// The text in the Markdown subset.
    pub text: String,
    /// The pictures it named, in order.
    pub images: Vec<Named>,
    /// An [`Note::OtherTag`] for each HTML tag kept only as its text.
    pub notes: Vec<Note>,
}

/// Reads `chars`, written in `format` unless they start with their own marker, for `field`.
pub fn content(chars: &[Ch], format: Format, field: Field) -> Content {
    let chars = trim(chars);
    let (own, skip) = format_marker(chars);
    let (format, chars) = match skip {
        0 => (format, chars),
        _ => (own, trim(&chars[skip..])),
    };
    let raw: String = chars.iter().map(|ch| ch.c).collect();
    let line_at = |at: usize| {
        let index = raw[..at].chars().count();
        chars.get(index).or(chars.last()).map_or(0, |ch| ch.line)
    };
    let named = |image: html::RawImage| Named {
        line: line_at(image.at),
        src: image.src,
        alt: image.alt,
        width: image.width,
        height: image.height,
    };
    match format {
        Format::Plain => Content {
            text: literal(&text(chars), field),
            ..Content::default()
        },
        Format::Html => {
            let read = html::to_subset(&raw, field);
            let notes = read.others.into_iter().map(|(at, tag)| Note::OtherTag {
                tag,
                line: line_at(at),
            });
            Content {
                text: read.text,
                notes: notes.collect(),
                images: read.images.into_iter().map(named).collect(),
            }
        }
        Format::Markdown => {
            let read = markdown::read(&raw, field);
            Content {
                text: read.text,
                images: read.images.into_iter().map(named).collect(),
                notes: Vec::new(),
            }
        }
    }
}

/// A bucket name (the right side of a matching pair), which the bank holds as plain text:
/// the visible text of its content.
pub fn bucket(chars: &[Ch], format: Format) -> Content {
    let mut read = content(chars, format, Field::Choice);
    read.text = plain(&read.text, Field::Choice);
    read
}

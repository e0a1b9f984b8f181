//! GIFT's `[html]` text in the bank's Markdown subset: `b`/`strong`, `i`/`em`, `code`,
//! `br`, `p`, `ul`/`ol`/`li` map onto it, `img` is taken out as a picture, entities are
//! decoded, and any other tag becomes its text (block tags a line break), named so the
//! importer can note it. `script` and `style` lose their content: it is not text.

use super::entity;
use super::marks::{Gap, Style};
use super::subset::Subset;
use super::tag::tag_at;
use crate::markup::Field;

/// An `<img>` as written: where it stood (a byte offset into the HTML) and its attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct RawImage {
    /// The byte offset of its `<`.
    pub at: usize,
    /// The `src` attribute, entities decoded.
    pub src: String,
    /// The `alt` attribute, when present.
    pub alt: Option<String>,
    /// The `width` attribute, when a whole number of pixels.
    pub width: Option<u32>,
    /// The `height` attribute, when a whole number of pixels.
    pub height: Option<u32>,
}

/// HTML read as subset text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Html {
    /// The text in the Markdown subset.
    pub text: String,
    /// The pictures, in order.
    pub images: Vec<RawImage>,
    /// Each tag kept only as its text: its name, at the byte offset of its first use.
    pub others: Vec<(usize, String)>,
}

/// Tags that start a new block: their text goes on a line of its own.
const BLOCKS: [&str; 27] = [
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "address",
    "aside",
    "caption",
    "center",
];

/// One open list: the next number of an `ol` (`None` for `ul`), and whether an item came.
struct List {
    next: Option<u32>,
    started: bool,
}

/// Reads `html` as text for `field`.
pub(super) fn to_subset(html: &str, field: Field) -> Html {
    let mut w = Subset::new(field);
    let mut out = Html::default();
    let mut lists: Vec<List> = Vec::new();
    let mut run = String::new();
    let mut i = 0;
    while let Some(c) = html[i..].chars().next() {
        let rest = &html[i..];
        let Some(tag) = (c == '<').then(|| tag_at(rest)).flatten() else {
            match (c == '&').then(|| entity::decode(rest)).flatten() {
                Some((decoded, len)) => (run.push(decoded), i += len),
                None => (run.push(c), i += c.len_utf8()),
            };
            continue;
        };
        w.text(&std::mem::take(&mut run));
        let at = i;
        i += tag.len;
        match (tag.name.as_str(), tag.end) {
            ("b" | "strong", false) => w.open(Style::Strong),
            ("b" | "strong", true) => w.close(Style::Strong),
            ("i" | "em", false) => w.open(Style::Emphasis),
            ("i" | "em", true) => w.close(Style::Emphasis),
            ("code", false) => w.open_code(),
            ("code", true) => w.close_code(),
            ("br", _) => w.line_break(),
            ("p", _) => w.gap(Gap::Para),
            ("ul" | "ol", false) => {
                w.gap(if lists.is_empty() {
                    Gap::Para
                } else {
                    Gap::Line
                });
                let start = tag.pixels("start").unwrap_or(1);
                let next = (tag.name == "ol").then_some(start);
                lists.push(List {
                    next,
                    started: false,
                });
            }
            ("ul" | "ol", true) => {
                lists.pop();
                w.end_list();
                w.gap(if lists.is_empty() {
                    Gap::Para
                } else {
                    Gap::Line
                });
            }
            ("li", false) => {
                let (marker, first) = match lists.last_mut() {
                    Some(list) => {
                        let marker = list.next.map_or("- ".into(), |n| format!("{n}. "));
                        list.next = list.next.map(|n| n + 1);
                        (marker, !std::mem::replace(&mut list.started, true))
                    }
                    None => ("- ".into(), true),
                };
                w.item(marker, first);
            }
            ("li", true) => w.gap(Gap::Line),
            ("img", false) => out.images.push(RawImage {
                at,
                src: tag.attr("src").unwrap_or_default().to_string(),
                alt: tag.attr("alt").map(str::to_string),
                width: tag.pixels("width"),
                height: tag.pixels("height"),
            }),
            (name, end) => {
                if !end && !out.others.iter().any(|(_, n)| n == name) {
                    out.others.push((at, name.to_string()));
                }
                if BLOCKS.contains(&name) {
                    w.gap(Gap::Para);
                } else if matches!(name, "td" | "th") {
                    w.gap(Gap::Space);
                } else if !end && matches!(name, "script" | "style") {
                    let close = format!("</{name}");
                    i = html[i..]
                        .to_ascii_lowercase()
                        .find(&close)
                        .map_or(html.len(), |at| i + at);
                }
            }
        }
    }
    w.text(&run);
    out.text = w.finish();
    out
}

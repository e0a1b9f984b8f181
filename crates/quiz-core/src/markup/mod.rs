//! The small Markdown subset bank text may use: emphasis, strong, code and line breaks
//! everywhere; lists in prompts and explanations; links in explanations. It turns text
//! into a tree that the app builds DOM nodes from (never HTML), and into plain text for
//! SCORM, xAPI and length limits. Anything else shows as the characters written.

mod block;
mod inline;
mod plain;

pub use block::parse;
pub use inline::Unclosed;
pub use plain::{plain, unclosed, visible_len};

/// Which bank field a text comes from: it decides which parts of the subset apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A question's prompt: inline markup, line breaks, lists and paragraphs.
    Prompt,
    /// A choice or a sorting statement: inline markup and line breaks.
    Choice,
    /// The note on a choice: inline markup and line breaks.
    Feedback,
    /// A question's explanation: everything, links included.
    Explanation,
}

impl Field {
    /// Whether bullet and numbered lists (and blank-line paragraphs) apply.
    pub fn has_blocks(self) -> bool {
        matches!(self, Field::Prompt | Field::Explanation)
    }

    /// Whether `[text](https://…)` links apply.
    pub fn has_links(self) -> bool {
        self == Field::Explanation
    }
}

/// A run of text inside a paragraph or list item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Characters shown as written.
    Text(String),
    /// `*…*`: stressed, shown in italics.
    Emphasis(Vec<Inline>),
    /// `**…**`: strongly stressed, shown in bold.
    Strong(Vec<Inline>),
    /// `` `…` ``: code, shown in a fixed-width font, nothing inside it interpreted.
    Code(String),
    /// A newline inside a paragraph.
    Break,
    /// `[text](https://…)`: a link that opens in a new tab.
    Link {
        /// The address: always `http:` or `https:`.
        href: String,
        /// What the link says.
        children: Vec<Inline>,
    },
}

/// A paragraph or a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Running text.
    Paragraph(Vec<Inline>),
    /// Lines that started with `- ` or `* `.
    Bullets(Vec<Vec<Inline>>),
    /// Lines that started with `1. ` or `1) `, numbered from the first line's number.
    Numbered {
        /// The number of the first item.
        start: u32,
        /// The items, in order.
        items: Vec<Vec<Inline>>,
    },
}

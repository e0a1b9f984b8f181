//! The visible text of marked-up text: for SCORM and xAPI, which carry plain text, and for
//! the bank's length limits, which count what a learner reads.

use super::block::parse_noting;
use super::{Block, Field, Inline, Unclosed};

fn push_inlines(out: &mut String, nodes: &[Inline]) {
    for node in nodes {
        match node {
            Inline::Text(s) | Inline::Code(s) => out.push_str(s),
            Inline::Break => out.push(' '),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                push_inlines(out, c)
            }
        }
    }
}

/// `text` as `field` reads it, with the markup removed: blocks, items and line breaks
/// become single spaces.
pub fn plain(text: &str, field: Field) -> String {
    let mut out = String::new();
    for block in parse_noting(text, field, &mut Vec::new()) {
        let items = match &block {
            Block::Paragraph(p) => std::slice::from_ref(p),
            Block::Bullets(items) | Block::Numbered { items, .. } => items.as_slice(),
        };
        for item in items {
            if !out.is_empty() {
                out.push(' ');
            }
            push_inlines(&mut out, item);
        }
    }
    out
}

/// How many characters a learner reads in `text`: what the bank's length limits count.
pub fn visible_len(text: &str, field: Field) -> usize {
    plain(text, field).chars().count()
}

/// Each marker in `text` that opens and does not close, in order.
pub fn unclosed(text: &str, field: Field) -> Vec<Unclosed> {
    let mut found = Vec::new();
    parse_noting(text, field, &mut found);
    found
}

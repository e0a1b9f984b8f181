//! Bank text in the Markdown subset (`quiz_core::markup`) as DOM nodes: the text only
//! ever becomes text nodes, never HTML, so nothing in a bank can run.

use leptos::prelude::*;
use quiz_core::markup::{parse, Block, Field, Inline};
use web_sys::{Element, Node};

fn element(tag: &str) -> Option<Element> {
    document().create_element(tag).ok()
}

pub fn append_inlines(parent: &Node, nodes: &[Inline]) {
    for node in nodes {
        let child: Option<Node> = match node {
            Inline::Text(s) => Some(document().create_text_node(s).into()),
            Inline::Break => element("br").map(Into::into),
            Inline::Code(s) => element("code").map(|e| {
                e.set_text_content(Some(s));
                e.into()
            }),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                let tag = match node {
                    Inline::Emphasis(_) => "em",
                    Inline::Strong(_) => "strong",
                    _ => "a",
                };
                element(tag).map(|e| {
                    if let Inline::Link { href, .. } = node {
                        // A new tab, with no window.opener for the page it opens.
                        let _ = e.set_attribute("href", href);
                        let _ = e.set_attribute("target", "_blank");
                        let _ = e.set_attribute("rel", "noopener noreferrer");
                    }
                    append_inlines(&e, c);
                    e.into()
                })
            }
        };
        if let Some(child) = child {
            let _ = parent.append_child(&child);
        }
    }
}

pub fn append_blocks(parent: &Node, blocks: &[Block]) {
    for block in blocks {
        let (tag, items, start) = match block {
            Block::Paragraph(p) => ("p", std::slice::from_ref(p), 1),
            Block::Bullets(items) => ("ul", items.as_slice(), 1),
            Block::Numbered { start, items } => ("ol", items.as_slice(), *start),
        };
        let Some(e) = element(tag) else { continue };
        if start != 1 {
            let _ = e.set_attribute("start", &start.to_string());
        }
        for item in items {
            match tag {
                "p" => append_inlines(&e, item),
                _ => {
                    if let Some(li) = element("li") {
                        append_inlines(&li, item);
                        let _ = e.append_child(&li);
                    }
                }
            }
        }
        let _ = parent.append_child(&e);
    }
}

/// Whether `text` reads as one paragraph in `field`, so it fits where only phrasing
/// content may go (a `<legend>`, a `<span>`).
pub fn is_inline(text: &str, field: Field) -> bool {
    matches!(parse(text, field).as_slice(), [] | [Block::Paragraph(_)])
}

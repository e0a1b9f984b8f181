//! Paragraphs and lists: a line starting `- `, `* `, `1. ` or `1) ` is a list item where
//! the field allows lists, and a blank line ends a paragraph or list.

use super::inline::{inlines, Unclosed};
use super::{Block, Field};

enum Line<'a> {
    Blank,
    Bullet(&'a str),
    Number(u32, &'a str),
    Text(&'a str),
}

fn classify(line: &str) -> Line<'_> {
    let body = line.trim_start();
    if body.is_empty() {
        return Line::Blank;
    }
    if let Some(rest) = body.strip_prefix("- ").or_else(|| body.strip_prefix("* ")) {
        return Line::Bullet(rest.trim_start());
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &body[digits..];
        if let Some(item) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            let n = body[..digits].parse().unwrap_or(1);
            return Line::Number(n, item.trim_start());
        }
    }
    Line::Text(line)
}

/// The blocks of `text` as `field` reads it; markers that do not close show as written.
pub fn parse(text: &str, field: Field) -> Vec<Block> {
    parse_noting(text, field, &mut Vec::new())
}

/// `parse`, adding each marker that does not close to `unclosed`.
pub(super) fn parse_noting(text: &str, field: Field, unclosed: &mut Vec<Unclosed>) -> Vec<Block> {
    let links = field.has_links();
    if !field.has_blocks() {
        // One paragraph; a run of newlines is one break.
        let joined = text.lines().map(str::trim).filter(|l| !l.is_empty());
        let joined = joined.collect::<Vec<_>>().join("\n");
        let inline = inlines(&joined, links, unclosed);
        return if inline.is_empty() {
            Vec::new()
        } else {
            vec![Block::Paragraph(inline)]
        };
    }
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    // A blank line ends a list: the next item starts a new one.
    let mut after_blank = false;
    for line in text.lines() {
        let line = classify(line);
        let blank = matches!(line, Line::Blank);
        if !matches!(line, Line::Text(_)) && !para.is_empty() {
            blocks.push(Block::Paragraph(inlines(&para.join("\n"), links, unclosed)));
            para.clear();
        }
        match line {
            Line::Blank => {}
            Line::Text(t) => para.push(t.trim()),
            Line::Bullet(t) => {
                let node = inlines(t, links, unclosed);
                match blocks.last_mut() {
                    Some(Block::Bullets(items)) if !after_blank => items.push(node),
                    _ => blocks.push(Block::Bullets(vec![node])),
                }
            }
            Line::Number(n, t) => {
                let node = inlines(t, links, unclosed);
                match blocks.last_mut() {
                    Some(Block::Numbered { items, .. }) if !after_blank => items.push(node),
                    _ => blocks.push(Block::Numbered {
                        start: n,
                        items: vec![node],
                    }),
                }
            }
        }
        after_blank = blank;
    }
    if !para.is_empty() {
        blocks.push(Block::Paragraph(inlines(&para.join("\n"), links, unclosed)));
    }
    blocks
}

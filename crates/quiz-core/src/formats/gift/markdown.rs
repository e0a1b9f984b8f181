//! GIFT's `[markdown]` text in the bank's subset, which it already is in all but its lines:
//! pictures `![alt](src)` are taken out, and lines are joined as Markdown joins them (a
//! single line break is a space, a blank line a new paragraph, a list item its own line).

use super::html::RawImage;
use super::marks::looks_like_item;
use crate::markup::Field;

/// Markdown text in the subset, with the pictures it named.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Markdown {
    /// The text, pictures taken out.
    pub text: String,
    /// The pictures, in order; `at` is a byte offset into the text as given.
    pub images: Vec<RawImage>,
}

/// Reads Markdown `text` for `field`.
pub(super) fn read(text: &str, field: Field) -> Markdown {
    let mut images = Vec::new();
    let mut kept = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if text[i..].starts_with("![") && !text[..i].ends_with('\\') {
            if let Some((image, len)) = image_at(&text[i..]) {
                images.push(RawImage { at: i, ..image });
                i += len;
                continue;
            }
        }
        kept.push(c);
        i += c.len_utf8();
    }
    Markdown {
        text: join_lines(&kept, field),
        images,
    }
}

/// `![alt](src)` or `![alt](<src> "title")` at the start of `text`, and its length.
fn image_at(text: &str) -> Option<(RawImage, usize)> {
    let close = text.find(']')?;
    let alt = &text[2..close];
    let inside = text[close + 1..].strip_prefix('(')?;
    let end = inside.find(')')?;
    let target = inside[..end].trim();
    let src = match target.strip_prefix('<') {
        Some(rest) => rest.split('>').next()?,
        None => target.split_whitespace().next().unwrap_or_default(),
    };
    if alt.contains('\n') || alt.contains('[') {
        return None;
    }
    let image = RawImage {
        src: src.to_string(),
        alt: Some(unescape(alt)),
        ..RawImage::default()
    };
    Some((image, close + 2 + end + 1))
}

/// Alt text is plain: a backslash before punctuation only made it literal.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(n) if c == '\\' && n.is_ascii_punctuation() => {}
            _ => out.push(c),
        }
    }
    out
}

/// Lines as Markdown reads them: blank lines part paragraphs (one line break where the
/// field has no blocks); inside one, a list item or a hard break (two trailing spaces or a
/// trailing `\`) keeps its line, any other line break is a space.
fn join_lines(text: &str, field: Field) -> String {
    let mut out = String::new();
    let mut blank = false;
    let mut hard = false;
    for raw in text.lines() {
        let line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(match (blank, field.has_blocks()) {
                (true, true) => "\n\n",
                (true, false) => "\n",
                _ if hard || looks_like_item(&line) => "\n",
                _ => " ",
            });
        }
        let slashes = line.chars().rev().take_while(|c| *c == '\\').count();
        hard = raw.ends_with("  ") || slashes % 2 == 1;
        let end = line.len() - slashes % 2;
        out.push_str(&line[..end]);
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_taken_out_with_their_alt_and_place() {
        let md = read(
            "See ![A \\*chart\\*](media/a%20b.png \"T\") here",
            Field::Prompt,
        );
        assert_eq!(md.text, "See here");
        assert_eq!(md.images.len(), 1);
        let image = &md.images[0];
        assert_eq!((image.at, image.src.as_str()), (4, "media/a%20b.png"));
        assert_eq!(image.alt.as_deref(), Some("A *chart*"));
        let angled = read("![](<my pic.svg>)", Field::Choice);
        assert_eq!(
            (angled.text.as_str(), angled.images[0].src.as_str()),
            ("", "my pic.svg")
        );
        assert_eq!(angled.images[0].alt.as_deref(), Some(""));
        let escaped = read("not \\![a](b.png) and ![a] (b.png)", Field::Prompt);
        assert!(escaped.images.is_empty());
    }

    #[test]
    fn lines_join_as_markdown_joins_them() {
        let text = "Which of\n  these:\n- *one*\n- two\n\n\n1. three  \nfour\\\nfive";
        assert_eq!(
            read(text, Field::Prompt).text,
            "Which of these:\n- *one*\n- two\n\n1. three\nfour\nfive"
        );
        assert_eq!(read("a\n\nb\nc", Field::Choice).text, "a\nb c");
    }
}

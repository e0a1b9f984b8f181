//! The marks subset text is built from: inline styles, the separators between runs of
//! text, and the lines that would read as list items where none was meant.

/// An inline style of the subset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// `**…**`.
    Strong,
    /// `*…*`.
    Emphasis,
}

impl Style {
    /// The marker that opens and closes it.
    pub(super) fn marker(self) -> &'static str {
        match self {
            Self::Strong => "**",
            Self::Emphasis => "*",
        }
    }
}

/// What separates the text before from the text after, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Gap {
    /// A space.
    Space,
    /// A line break.
    Line,
    /// A blank line: a new paragraph where the field has blocks, a line break elsewhere.
    Para,
}

/// Whether a line reads as a list item (`- `, `* `, `1. `, `1) `), as the subset sees it.
pub(super) fn looks_like_item(line: &str) -> bool {
    let body = line.trim_start();
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    body.starts_with("- ")
        || body.starts_with("* ")
        || (1..=9).contains(&digits)
            && (body[digits..].starts_with(". ") || body[digits..].starts_with(") "))
}

/// `text` with a `\` before each line that would read as a list item, but for the lines
/// (counted from 0) in `items`, which are list items on purpose.
pub(super) fn escape_items(text: &str, items: &[usize]) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .enumerate()
        .map(|(n, line)| {
            if looks_like_item(line) && !items.contains(&n) {
                format!("\\{line}")
            } else {
                line.to_string()
            }
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lookalikes_are_escaped_unless_meant() {
        assert!(looks_like_item("  12) x") && looks_like_item("* x"));
        assert!(!looks_like_item("-x") && !looks_like_item("1234567890. x"));
        assert_eq!(escape_items("- a\n- b\n3. c", &[0]), "- a\n\\- b\n\\3. c");
    }
}

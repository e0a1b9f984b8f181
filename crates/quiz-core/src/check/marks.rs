//! Markup that opens and never closes, in the fields that take the Markdown subset: the
//! quiz shows such a marker as typed, which is seldom what the author meant.

use crate::markup::{self, Field};
use std::fmt;

/// A marker in one field that does not close; a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed(pub markup::Unclosed);

impl Unclosed {
    /// The marker as written.
    fn marker(self) -> &'static str {
        match self.0 {
            markup::Unclosed::Emphasis => "*",
            markup::Unclosed::Strong => "**",
            markup::Unclosed::Code => "`",
        }
    }

    /// The marker with a `\` before each character, which shows it as typed.
    fn escaped(self) -> &'static str {
        match self.0 {
            markup::Unclosed::Emphasis => "\\*",
            markup::Unclosed::Strong => "\\*\\*",
            markup::Unclosed::Code => "\\`",
        }
    }
}

impl fmt::Display for Unclosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} opens and does not close, so it shows as typed: close it, or write {} to show it on purpose",
            self.marker(),
            self.escaped()
        )
    }
}

/// Each kind of marker that does not close in `text`, read as `field` reads it, once.
pub fn check(text: &str, field: Field) -> Vec<Unclosed> {
    let mut found: Vec<Unclosed> = Vec::new();
    for marker in markup::unclosed(text.trim(), field) {
        if !found.iter().any(|u| u.0 == marker) {
            found.push(Unclosed(marker));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_unclosed_marker_is_named_once_with_its_escape() {
        let found = check("**a and *b and *c", Field::Prompt);
        let words: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(words[0].starts_with("** opens"), "{words:?}");
        assert!(words[0].contains("write \\*\\* to"), "{words:?}");
        assert_eq!(
            check("`x", Field::Feedback),
            [Unclosed(markup::Unclosed::Code)]
        );
        assert!(check("**a** and 2 * 3 and \\*", Field::Choice).is_empty());
    }
}

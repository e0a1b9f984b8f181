//! The `// picture-sizes:` comment the export writes before a question with pictures, so
//! their width and height, which a Markdown image cannot hold, survive export and import:
//! `// picture-sizes: question 640x360, choice 2 240x170`. Moodle skips comments.

use crate::bank::{Kind, Question};
use crate::formats::pictures::Named;

/// Which picture of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    /// The question's own.
    Question,
    /// The choice's, numbered from 1.
    Choice(usize),
}

/// The sizes of `q`'s pictures as a comment's text (after `// `), or `None` without any.
pub(super) fn comment(q: &Question) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(image) = &q.image {
        parts.push(format!("question {}x{}", image.width, image.height));
    }
    if let Kind::Single { choices } | Kind::Multiple { choices } = &q.kind {
        for (n, c) in choices.iter().enumerate() {
            if let Some(image) = &c.image {
                parts.push(format!("choice {} {}x{}", n + 1, image.width, image.height));
            }
        }
    }
    (!parts.is_empty()).then(|| format!("picture-sizes: {}", parts.join(", ")))
}

/// The sizes a `picture-sizes:` comment gives (its text after the colon); parts that do not
/// read are passed over.
pub(super) fn read(text: &str) -> Vec<(Slot, u32, u32)> {
    text.split(',')
        .filter_map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let (slot, size) = match words[..] {
                ["question", size] => (Slot::Question, size),
                ["choice", n, size] => (Slot::Choice(n.parse().ok()?), size),
                _ => return None,
            };
            let (w, h) = size.split_once('x')?;
            Some((slot, w.parse().ok()?, h.parse().ok()?))
        })
        .collect()
}

/// Gives `named` the size `sizes` hold for `slot`, if any.
pub(super) fn apply(sizes: &[(Slot, u32, u32)], slot: Slot, named: &mut Option<Named>) {
    let found = sizes.iter().find(|(s, ..)| *s == slot);
    if let (Some(named), Some((_, w, h))) = (named.as_mut(), found) {
        named.width = Some(*w);
        named.height = Some(*h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_back_and_bad_parts_are_passed_over() {
        let sizes = read(" question 640x360, choice 2 240x170, choice x 1x1, box 3x3, question 5");
        assert_eq!(
            sizes,
            [(Slot::Question, 640, 360), (Slot::Choice(2), 240, 170)]
        );
        let mut named = Some(Named::default());
        apply(&sizes, Slot::Choice(2), &mut named);
        assert_eq!(
            named.map(|n| (n.width, n.height)),
            Some((Some(240), Some(170)))
        );
        let mut none = None;
        apply(&sizes, Slot::Question, &mut none);
        assert_eq!(none, None);
    }
}

//! One HTML tag, comment or declaration read from the start of a text: whether it ends an
//! element, its name, its attributes (entities decoded) and how many bytes it takes.

use super::entity;

/// A tag as read; comments and declarations (`<!…>`, `<?…?>`) read as nameless end tags.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Tag {
    /// `</name>` rather than `<name>`.
    pub end: bool,
    /// The name in lower case; empty for a comment or declaration.
    pub name: String,
    /// Each attribute's name (lower case) and value.
    pub attrs: Vec<(String, String)>,
    /// Its length in bytes, `<` to `>`.
    pub len: usize,
}

impl Tag {
    /// The value of attribute `key`, when given.
    pub(super) fn attr(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Attribute `key` as a whole number of pixels: `640` or `640px`; `None` for `50%`, `0`.
    pub(super) fn pixels(&self, key: &str) -> Option<u32> {
        let value = self.attr(key)?.trim();
        let digits = value.bytes().take_while(u8::is_ascii_digit).count();
        let unit = value[digits..].trim();
        (unit.is_empty() || unit.eq_ignore_ascii_case("px"))
            .then(|| value[..digits].parse().ok())
            .flatten()
            .filter(|n| *n > 0)
    }
}

/// The tag, comment or declaration at the start of `text` (which starts with `<`), or
/// `None` when the `<` starts none, so it stays as written.
pub(super) fn tag_at(text: &str) -> Option<Tag> {
    let nameless = |len| Tag {
        end: true,
        name: String::new(),
        attrs: Vec::new(),
        len,
    };
    if let Some(body) = text.strip_prefix("<!--") {
        return Some(nameless(
            body.find("-->").map_or(text.len(), |at| 4 + at + 3),
        ));
    }
    if text.starts_with("<!") || text.starts_with("<?") {
        return Some(nameless(text.find('>')? + 1));
    }
    let (end, body) = match text[1..].strip_prefix('/') {
        Some(body) => (true, body),
        None => (false, &text[1..]),
    };
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = body[..name_len].to_ascii_lowercase();
    let mut rest = &body[name_len..];
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if let Some(after) = rest.strip_prefix('>') {
            let len = text.len() - after.len();
            return Some(Tag {
                end,
                name,
                attrs,
                len,
            });
        }
        let key_len = rest.find(|c: char| c.is_whitespace() || "=>/".contains(c))?;
        let key = rest[..key_len].to_ascii_lowercase();
        rest = rest[key_len..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, next) = match after.chars().next()? {
                q @ ('"' | '\'') => {
                    let close = after[1..].find(q)?;
                    (&after[1..1 + close], &after[close + 2..])
                }
                _ => {
                    let len = after.find(|c: char| c.is_whitespace() || c == '>')?;
                    after.split_at(len)
                }
            };
            value = entity::decode_all(raw);
            rest = next;
        }
        attrs.push((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_with_their_attributes_or_not_at_all() {
        let tag =
            tag_at("<IMG Src='a b.png' alt=\"x &amp; y\" width=640px height=50% hidden/>rest")
                .unwrap();
        assert_eq!((tag.end, tag.name.as_str(), tag.len), (false, "img", 66));
        assert_eq!(
            (tag.attr("src"), tag.attr("alt")),
            (Some("a b.png"), Some("x & y"))
        );
        assert_eq!(
            (tag.pixels("width"), tag.pixels("height")),
            (Some(640), None)
        );
        assert_eq!(tag.attr("hidden"), Some(""));
        assert_eq!(
            tag_at("</b >").map(|t| (t.end, t.name)),
            Some((true, "b".into()))
        );
        assert_eq!(tag_at("<!-- c -->x").map(|t| t.len), Some(10));
        for text in ["< b>", "<3", "<b", "<a href=\"x>"] {
            assert_eq!(tag_at(text), None, "{text}");
        }
    }
}

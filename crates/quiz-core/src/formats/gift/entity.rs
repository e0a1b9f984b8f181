//! HTML character references: `&#233;`, `&#xE9;` and the named ones Moodle's editor and
//! exports use (`&amp;`, `&nbsp;`, accented letters, quotes and dashes).

/// Named references, by name.
const NAMED: [(&str, char); 52] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("euro", '€'),
    ("pound", '£'),
    ("deg", '°'),
    ("times", '×'),
    ("divide", '÷'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("ouml", 'ö'),
    ("auml", 'ä'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("szlig", 'ß'),
    ("shy", '\u{ad}'),
];

/// The character a reference at the start of `text` (which starts with `&`) stands for,
/// and how many bytes the reference takes; `None` when it is none, so `&` stays as written.
pub(super) fn decode(text: &str) -> Option<(char, usize)> {
    let end = text.char_indices().take(12).find(|(_, c)| *c == ';')?.0;
    let name = &text[1..end];
    let c = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, end + 1))
}

/// `text` with every reference decoded.
pub(super) fn decode_all(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match decode(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_names_decode_and_anything_else_stays() {
        assert_eq!(decode_all("A &amp; B &lt;C&gt;"), "A & B <C>");
        assert_eq!(
            decode_all("Gesti&oacute;n &#233;&#xE9;&#X41;"),
            "Gestión ééA"
        );
        assert_eq!(decode_all("&nbsp;&rsquo;"), "\u{a0}’");
        assert_eq!(
            decode_all("R&D; a & b; &#0; &#xZZ; &bogus;"),
            "R&D; a & b; &#0; &#xZZ; &bogus;"
        );
        assert_eq!(decode_all("&amp"), "&amp");
    }
}

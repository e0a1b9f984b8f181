//! GIFT text as characters that remember their line and whether a backslash escaped
//! them, cut into blocks at blank lines with the comment lines set aside.

/// One character of a GIFT file; `escaped` ones never act as syntax.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ch {
    /// The character, escape resolved.
    pub c: char,
    /// Whether a backslash escaped it.
    pub escaped: bool,
    /// Its line, counted from 1.
    pub line: usize,
}

/// The lines between two blank lines: a question, a `$CATEGORY:` or only comments.
#[derive(Debug, Default)]
pub struct Block {
    /// The text with comment lines removed; lines are joined by an unescaped `\n`.
    pub chars: Vec<Ch>,
    /// Each comment line's number and its text after `//`, trimmed.
    pub comments: Vec<(usize, String)>,
}

/// The characters GIFT lets a backslash escape.
pub const SPECIAL: [char; 7] = ['~', '=', '#', '{', '}', ':', '\\'];

/// Splits a GIFT file into blocks, resolving escapes (`\n` becomes a line break).
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut block = Block::default();
    let mut has_text = false;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if has_text || !block.comments.is_empty() {
                blocks.push(std::mem::take(&mut block));
                has_text = false;
            }
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix("//") {
            block.comments.push((number, comment.trim().to_string()));
            continue;
        }
        if has_text {
            block.chars.push(plain('\n', number));
        }
        has_text = true;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().copied()) {
                ('\\', Some(next)) if SPECIAL.contains(&next) => {
                    chars.next();
                    block.chars.push(Ch {
                        c: next,
                        escaped: true,
                        line: number,
                    });
                }
                ('\\', Some('n')) => {
                    chars.next();
                    block.chars.push(Ch {
                        c: '\n',
                        escaped: true,
                        line: number,
                    });
                }
                _ => block.chars.push(plain(c, number)),
            }
        }
    }
    if has_text || !block.comments.is_empty() {
        blocks.push(block);
    }
    blocks
}

fn plain(c: char, line: usize) -> Ch {
    Ch {
        c,
        escaped: false,
        line,
    }
}

/// Where the unescaped `pattern` first starts in `chars`, from `from` on.
pub fn find(chars: &[Ch], from: usize, pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    (from..chars.len()).find(|&i| {
        chars.len() - i >= pattern.len()
            && pattern
                .iter()
                .zip(&chars[i..])
                .all(|(p, ch)| !ch.escaped && ch.c == *p)
    })
}

/// The text of `chars` with every run of whitespace, line breaks included, made one space.
pub fn text(chars: &[Ch]) -> String {
    let raw: String = chars.iter().map(|ch| ch.c).collect();
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `chars` without leading and trailing whitespace.
pub fn trim(chars: &[Ch]) -> &[Ch] {
    let start = chars
        .iter()
        .position(|ch| !ch.c.is_whitespace())
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|ch| !ch.c.is_whitespace())
        .map_or(start, |i| i + 1);
    &chars[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_literal_and_comments_and_blank_lines_split() {
        let b = blocks("// c1\n::a\\:b:: x \\{y\\}\n  more\n\n\n// c2\nz{T}");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].comments, [(1, "c1".to_string())]);
        assert_eq!(text(&b[0].chars), "::a:b:: x {y} more");
        assert_eq!(find(&b[0].chars, 0, "{"), None);
        assert_eq!(find(&b[0].chars, 0, "::"), Some(0));
        assert_eq!(b[0].chars.last().unwrap().line, 3);
        assert_eq!(b[1].comments[0].0, 6);
        assert_eq!(find(&b[1].chars, 0, "{"), Some(1));
    }
}

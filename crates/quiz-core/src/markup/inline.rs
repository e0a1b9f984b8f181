//! Inline markup: escapes, code spans, links, then `*` and `**` matched with a stack, as
//! CommonMark does in spirit, so unmatched markers stay literal and no input is slow.

use super::Inline;

/// A marker that opens and never closes, shown as written; `quiz-bank check` warns of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unclosed {
    /// A `*` with no partner.
    Emphasis,
    /// A `**` with no partner.
    Strong,
    /// A `` ` `` with no partner.
    Code,
}

enum Tok {
    Text(String),
    Code(String),
    Break,
    Link(String, Vec<Inline>),
    /// A run of one or two `*`, with whether it may open or close.
    Star(usize, bool, bool),
    /// The first part of a `***` that may close (and may open, as held): `pair` makes it
    /// the `*` or the `**`, whichever closes the marker opened last, and the next token
    /// the other.
    Triple(bool),
}

/// Characters a backslash makes literal.
fn escapable(c: char) -> bool {
    c.is_ascii_punctuation() || c.is_ascii_digit()
}

fn push_text(toks: &mut Vec<Tok>, c: char) {
    match toks.last_mut() {
        Some(Tok::Text(s)) => s.push(c),
        _ => toks.push(Tok::Text(c.to_string())),
    }
}

/// `[text](http…)` at the start of `rest`: the link's text, address and length in bytes.
fn link_at(rest: &str) -> Option<(&str, &str, usize)> {
    let close = rest.find(']')?;
    let text = &rest[1..close];
    let after = rest[close + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    let href = &after[..end];
    let lower = href.to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    (web && !text.is_empty() && !href.contains(char::is_whitespace)).then_some((
        text,
        href,
        close + 2 + end + 1,
    ))
}

fn tokenize(text: &str, links: bool, unclosed: &mut Vec<Unclosed>) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|&n| escapable(n)) => {
                push_text(&mut toks, chars[i + 1]);
                i += 2;
            }
            '\n' => {
                toks.push(Tok::Break);
                i += 1;
            }
            '`' => match chars[i + 1..].iter().position(|&n| n == '`') {
                Some(len) if len > 0 => {
                    toks.push(Tok::Code(chars[i + 1..i + 1 + len].iter().collect()));
                    i += len + 2;
                }
                _ => {
                    unclosed.push(Unclosed::Code);
                    push_text(&mut toks, c);
                    i += 1;
                }
            },
            '[' if links => {
                let rest: String = chars[i..].iter().collect();
                match link_at(&rest) {
                    Some((label, href, bytes)) => {
                        let children = inlines(label, false, unclosed);
                        toks.push(Tok::Link(href.to_string(), children));
                        i += rest[..bytes].chars().count();
                    }
                    None => {
                        push_text(&mut toks, c);
                        i += 1;
                    }
                }
            }
            '*' => {
                let run = chars[i..].iter().take_while(|&&n| n == '*').count();
                let before = i.checked_sub(1).map(|b| chars[b]);
                let after = chars.get(i + run).copied();
                let open = after.is_some_and(|a| !a.is_whitespace());
                let close = before.is_some_and(|b| !b.is_whitespace());
                match run {
                    1 | 2 => toks.push(Tok::Star(run, open, close)),
                    // A `***` that may close ends whichever marker was opened last (see
                    // `pair`); one that only opens starts the strong first.
                    3 if close => toks.extend([Tok::Triple(open), Tok::Star(2, open, close)]),
                    3 => toks.extend([Tok::Star(2, open, close), Tok::Star(1, open, close)]),
                    _ => (0..run).for_each(|_| push_text(&mut toks, '*')),
                }
                i += run;
            }
            _ => {
                push_text(&mut toks, c);
                i += 1;
            }
        }
    }
    toks
}

/// For each token, the index of its partner when it is a matched opening star run.
fn pair(toks: &mut [Tok], unclosed: &mut Vec<Unclosed>) -> Vec<Option<usize>> {
    let mut partner = vec![None; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut closed = vec![false; toks.len()];
    for i in 0..toks.len() {
        if let Tok::Triple(open) = toks[i] {
            let last = stack.last().map(|&o| &toks[o]);
            let first = if matches!(last, Some(Tok::Star(2, ..))) {
                2
            } else {
                1
            };
            toks[i] = Tok::Star(first, open, true);
            toks[i + 1] = Tok::Star(3 - first, open, true);
        }
        let Tok::Star(len, open, close) = toks[i] else {
            continue;
        };
        let found = close
            .then(|| {
                stack
                    .iter()
                    .rposition(|&o| matches!(toks[o], Tok::Star(l, ..) if l == len))
            })
            .flatten();
        match found {
            Some(at) => {
                partner[stack[at]] = Some(i);
                closed[i] = true;
                stack.truncate(at);
            }
            None if open => stack.push(i),
            None => {}
        }
    }
    for (i, tok) in toks.iter().enumerate() {
        // A star with spaces on both sides is plainly a character, not a marker.
        if let Tok::Star(len, open, close) = *tok {
            if partner[i].is_none() && !closed[i] && (open || close) {
                unclosed.push(if len == 2 {
                    Unclosed::Strong
                } else {
                    Unclosed::Emphasis
                });
            }
        }
    }
    partner
}

fn push_inline(out: &mut Vec<Inline>, node: Inline) {
    match (out.last_mut(), node) {
        (Some(Inline::Text(s)), Inline::Text(t)) => s.push_str(&t),
        (_, node) => out.push(node),
    }
}

fn build(
    toks: &mut [Option<Tok>],
    partner: &[Option<usize>],
    from: usize,
    to: usize,
) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let node = match (toks[i].take(), partner[i]) {
            (Some(Tok::Star(len, ..)), Some(end)) => {
                let children = build(toks, partner, i + 1, end);
                i = end;
                if len == 2 {
                    Inline::Strong(children)
                } else {
                    Inline::Emphasis(children)
                }
            }
            (Some(Tok::Star(len, ..)), None) => Inline::Text("*".repeat(len)),
            (Some(Tok::Text(s)), _) => Inline::Text(s),
            (Some(Tok::Code(s)), _) => Inline::Code(s),
            (Some(Tok::Break), _) => Inline::Break,
            (Some(Tok::Link(href, children)), _) => Inline::Link { href, children },
            (None | Some(Tok::Triple(_)), _) => Inline::Text(String::new()),
        };
        push_inline(&mut out, node);
        i += 1;
    }
    out.retain(|n| !matches!(n, Inline::Text(s) if s.is_empty()));
    out
}

/// The inline nodes of `text`; markers that do not close are added to `unclosed`.
pub(super) fn inlines(text: &str, links: bool, unclosed: &mut Vec<Unclosed>) -> Vec<Inline> {
    let mut toks = tokenize(text, links, unclosed);
    let partner = pair(&mut toks, unclosed);
    let len = toks.len();
    let mut toks: Vec<Option<Tok>> = toks.into_iter().map(Some).collect();
    build(&mut toks, &partner, 0, len)
}

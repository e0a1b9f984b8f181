//! Builds bank text in the Markdown subset (`crate::markup`) from literal text, styles and
//! breaks, as the HTML reader meets them: whitespace collapses as in HTML, and characters
//! that would be markup (`*`, `` ` ``, `\`, `[` where links apply, a list marker at a line's
//! start) are escaped with `\`, so literal text stays literal.

use super::marks::{escape_items, Gap, Style};
use crate::markup::Field;

/// Subset text under construction for one field.
pub(super) struct Subset {
    field: Field,
    out: String,
    gap: Option<Gap>,
    /// Open styles, outermost first, each once; the first `written` have their marker out.
    styles: Vec<Style>,
    depth: [u32; 2],
    written: usize,
    /// The style whose closing marker ends `out`, to take back if it opens again at once.
    just_closed: Option<Style>,
    /// The text of an open `code`, how deep it is nested, and the separator before it.
    code: Option<String>,
    code_depth: u32,
    before_code: Option<Gap>,
    /// A list item's marker, waiting for the item's first text; until that text, the
    /// item's separator stands whatever paragraph opens inside it.
    prefix: Option<String>,
    /// The lines (counted from 0) that start with a list marker written on purpose.
    list_lines: Vec<usize>,
}

impl Subset {
    /// Empty text for `field`.
    pub(super) fn new(field: Field) -> Self {
        Self {
            field,
            out: String::new(),
            gap: None,
            styles: Vec::new(),
            depth: [0; 2],
            written: 0,
            just_closed: None,
            code: None,
            code_depth: 0,
            before_code: None,
            prefix: None,
            list_lines: Vec::new(),
        }
    }

    /// Literal text: runs of whitespace become one space.
    pub(super) fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                self.gap(Gap::Space);
            } else if let Some(code) = &mut self.code {
                if self.gap.take().is_some() && !code.is_empty() {
                    code.push(' ');
                }
                code.push(c);
            } else {
                self.begin();
                if matches!(c, '*' | '`' | '\\') || c == '[' && self.field.has_links() {
                    self.out.push('\\');
                }
                self.out.push(c);
            }
        }
    }

    /// A separator before the next text; the strongest one asked for wins.
    pub(super) fn gap(&mut self, gap: Gap) {
        if self.prefix.is_none() {
            self.gap = self.gap.max(Some(gap));
        }
    }

    /// A `<br>`: a line break; a second one in a row makes a blank line where it can.
    pub(super) fn line_break(&mut self) {
        let next = match self.gap {
            Some(Gap::Line | Gap::Para) => Gap::Para,
            _ => Gap::Line,
        };
        self.gap(next);
    }

    /// A list item starts, marked `- ` or `N. ` where the field has lists; items after
    /// the first of a list follow on the next line, whatever paragraphs they hold.
    pub(super) fn item(&mut self, marker: String, first: bool) {
        self.prefix = None;
        if first {
            self.gap(Gap::Line);
        } else {
            self.gap = Some(Gap::Line);
        }
        self.prefix = self.field.has_blocks().then_some(marker);
    }

    /// A list ends: an item with no text leaves no marker behind.
    pub(super) fn end_list(&mut self) {
        self.prefix = None;
    }

    /// A style opens; nested repeats of one style count once.
    pub(super) fn open(&mut self, style: Style) {
        self.depth[style as usize] += 1;
        if self.depth[style as usize] == 1 {
            self.styles.push(style);
        }
    }

    /// A style closes; a close with no open is ignored.
    pub(super) fn close(&mut self, style: Style) {
        let depth = &mut self.depth[style as usize];
        if *depth == 0 {
            return;
        }
        *depth -= 1;
        if *depth > 0 {
            return;
        }
        let Some(at) = self.styles.iter().position(|s| *s == style) else {
            return;
        };
        if at < self.written {
            self.close_written(at);
            self.just_closed = Some(style);
        }
        self.styles.remove(at);
    }

    /// `<code>` opens: its text is gathered and written as one code span when it closes.
    pub(super) fn open_code(&mut self) {
        self.code_depth += 1;
        if self.code.is_none() {
            self.code = Some(String::new());
            self.before_code = self.gap.take();
        }
    }

    /// `</code>`: the gathered text as `` `code` ``, or as escaped text when it holds a
    /// backtick, which a code span cannot.
    pub(super) fn close_code(&mut self) {
        self.code_depth = self.code_depth.saturating_sub(1);
        if self.code_depth > 0 {
            return;
        }
        let Some(code) = self.code.take() else { return };
        let trailing = std::mem::replace(&mut self.gap, self.before_code.take());
        if code.contains('`') {
            self.text(&code);
        } else if !code.is_empty() {
            self.begin();
            self.out.push('`');
            self.out.push_str(&code);
            self.out.push('`');
        }
        self.gap = self.gap.max(trailing);
    }

    /// The text, every style closed, and lines that would read as list items escaped.
    pub(super) fn finish(mut self) -> String {
        if self.code.is_some() {
            self.code_depth = 1;
            self.close_code();
        }
        self.close_written(0);
        if !self.field.has_blocks() {
            return self.out;
        }
        escape_items(&self.out, &self.list_lines)
    }

    /// Writes what must come before more text: the pending separator, a list marker, and
    /// the markers of styles not yet written.
    fn begin(&mut self) {
        let gap = self.gap.take();
        if !self.out.is_empty() {
            match gap {
                Some(Gap::Space) => self.out.push(' '),
                Some(gap) => {
                    self.close_written(0);
                    let para = gap == Gap::Para && self.field.has_blocks();
                    self.out.push_str(if para { "\n\n" } else { "\n" });
                }
                None => {}
            }
        }
        if let Some(prefix) = self.prefix.take() {
            self.list_lines.push(self.out.matches('\n').count());
            self.out.push_str(&prefix);
        }
        if gap.is_none() && self.written < self.styles.len() {
            // `**a**` then `**b**` at once is one run: `**ab**`, not `**a****b**`.
            if let Some(style) = self.just_closed.filter(|s| *s == self.styles[self.written]) {
                self.out.truncate(self.out.len() - style.marker().len());
                self.written += 1;
            }
        }
        for style in &self.styles[self.written..] {
            self.out.push_str(style.marker());
        }
        self.written = self.styles.len();
        self.just_closed = None;
    }

    /// Writes the closing markers of the written styles from `from` on, innermost first.
    fn close_written(&mut self, from: usize) {
        for style in self.styles[from..self.written].iter().rev() {
            self.out.push_str(style.marker());
        }
        self.written = self.written.min(from);
    }
}

/// Plain `text` as bank text for `field`: whitespace collapsed, markup characters escaped,
/// so the quiz shows it as written.
pub(crate) fn literal(text: &str, field: Field) -> String {
    let mut subset = Subset::new(field);
    subset.text(text);
    subset.finish()
}

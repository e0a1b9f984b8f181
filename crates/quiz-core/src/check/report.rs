//! What a check found, structured for a studio and printable as `quiz-bank` prints it:
//! `FILE:LINE[:COLUMN]: [warning: ]message` for each finding, then one summary line.

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The file fails the check.
    Error,
    /// Worth fixing, but the file still passes.
    Warning,
}

/// One error or warning, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The line of the field it names, counted from 1; `None` for the file as a whole.
    pub line: Option<usize>,
    /// The column, counted from 1, when the text is not JSON at all.
    pub column: Option<usize>,
    /// Whether it fails the check.
    pub severity: Severity,
    /// What is wrong, worded for the author.
    pub message: String,
    /// The index in the bank's `questions` of the question it belongs to, when it does.
    pub question: Option<usize>,
}

impl Finding {
    /// An error at `line`, of no question.
    pub(crate) fn error(line: Option<usize>, message: String) -> Self {
        Self {
            line,
            column: None,
            severity: Severity::Error,
            message,
            question: None,
        }
    }

    /// Whether it fails the check.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The finding as printed for the file `name`: `FILE:LINE[:COLUMN]: [warning: ]message`,
    /// or `FILE: …` when it has no line.
    pub fn printed(&self, name: &str) -> String {
        let at = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{name}:{line}:{column}"),
            (Some(line), None) => format!("{name}:{line}"),
            (None, _) => name.to_string(),
        };
        let kind = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        format!("{at}: {kind}{}", self.message)
    }
}

/// Everything a check found in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The file's name, as the printed lines begin.
    pub name: String,
    /// Each error and warning, in the order they print.
    pub findings: Vec<Finding>,
    /// How many findings are errors: the file fails when there is any.
    pub errors: usize,
    /// How many findings are warnings.
    pub warnings: usize,
    /// What the summary says of a file that passes, such as `12 questions in 3 topics`.
    pub ok_words: String,
}

impl Report {
    /// An empty report on the file `name`.
    pub(crate) fn new(name: &str) -> Self {
        Self {
            name: name.to_string(),
            findings: Vec::new(),
            errors: 0,
            warnings: 0,
            ok_words: String::new(),
        }
    }

    /// Adds `finding`, counting it.
    pub(crate) fn push(&mut self, finding: Finding) {
        *match finding.severity {
            Severity::Error => &mut self.errors,
            Severity::Warning => &mut self.warnings,
        } += 1;
        self.findings.push(finding);
    }

    /// Whether the file passes: no errors, warnings allowed.
    pub fn passed(&self) -> bool {
        self.errors == 0
    }

    /// Each finding as printed, in order.
    pub fn lines(&self) -> Vec<String> {
        let name = &self.name;
        self.findings.iter().map(|f| f.printed(name)).collect()
    }

    /// The closing line: `FILE: ok, <ok_words>[, N warnings]` when the file passes, else
    /// `FILE: N problem(s)[, N warnings]`.
    pub fn summary(&self) -> String {
        let name = &self.name;
        let warnings = match self.warnings {
            0 => String::new(),
            1 => ", 1 warning".into(),
            n => format!(", {n} warnings"),
        };
        match self.errors {
            0 => format!("{name}: ok, {}{warnings}", self.ok_words),
            n => format!("{name}: {n} problem(s){warnings}"),
        }
    }
}

//! `quiz-bank check`: runs `quiz_core::check` over a file, reading the pictures a bank
//! names from the folder beside it. Each problem prints as `FILE:LINE[:COLUMN]: message`,
//! the form editors and CI logs link to, with the line of its own field; a warning as
//! `FILE:LINE: warning: message`. A file with `messages` at its top is an interface
//! strings file, checked by `quiz_core::strings`.

use quiz_core::check::{check, Pictures, Unread};
use std::io::ErrorKind;
use std::path::Path;

/// What checking one file found, as printed.
pub struct Checked {
    /// Each error and warning, printable, in order.
    pub lines: Vec<String>,
    /// How many of `lines` are errors: the file fails when there is any.
    pub errors: usize,
    /// The closing line: `FILE: ok, …` or `FILE: N problem(s)`.
    pub summary: String,
}

/// The picture files in a bank file's folder; messages name each by its path there.
struct Folder<'a>(&'a Path);

impl Pictures for Folder<'_> {
    fn read(&self, src: &str) -> Result<Vec<u8>, Unread> {
        std::fs::read(self.0.join(src)).map_err(|e| match e.kind() {
            ErrorKind::NotFound => Unread::Missing,
            _ => Unread::Unreadable(e.to_string()),
        })
    }

    fn shown(&self, src: &str) -> String {
        self.0.join(src).display().to_string()
    }
}

/// Checks the bank or interface strings file `file`, whose text is `json`.
pub fn check_file(file: &Path, json: &str) -> Checked {
    let name = file.display().to_string();
    let folder = Folder(file.parent().unwrap_or(Path::new("")));
    let report = check(&name, json, &folder);
    Checked {
        lines: report.lines(),
        errors: report.errors,
        summary: report.summary(),
    }
}

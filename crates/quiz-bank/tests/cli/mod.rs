//! Runs the `quiz-bank` binary that cargo built for these tests, from the crate root.
// Each test crate that includes this module uses a different part of it.
#![allow(dead_code)]

use quiz_core::bank::{parse, Bank, Question};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `quiz-bank ARGS…` with the crate root as working directory.
pub fn quiz_bank<S: AsRef<OsStr>>(args: &[S]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_quiz-bank"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("quiz-bank runs");
    Run {
        code: out.status.code().expect("quiz-bank exits"),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

impl Run {
    /// The bank written to stdout, which must pass the widget's own reader.
    pub fn bank(&self) -> Bank {
        parse(&self.stdout)
            .unwrap_or_else(|p| panic!("output is not a valid bank: {p:?}\n{}", self.stdout))
    }

    /// Asserts stderr reports `needle` at `file:line:`.
    pub fn reports(&self, file: &str, line: usize, needle: &str) {
        let prefix = format!("{file}:{line}: ");
        assert!(
            self.stderr
                .lines()
                .any(|l| l.starts_with(&prefix) && l.contains(needle)),
            "expected \"{prefix}…{needle}…\" in:\n{}",
            self.stderr
        );
    }

    /// How many stderr lines report a skipped question.
    pub fn skipped(&self) -> usize {
        self.stderr
            .lines()
            .filter(|l| l.contains("question skipped"))
            .count()
    }
}

/// The question with `id`, which must be there.
pub fn question<'b>(bank: &'b Bank, id: &str) -> &'b Question {
    bank.question(id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

/// A fresh folder in the temp dir holding copies of the GIFT fixtures with pictures and
/// their `media/` folder, so a bank written there (`-o`) can name the pictures.
pub fn copied_fixtures(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("quiz-bank-pictures-{}-{name}", std::process::id()));
    let from = Path::new("tests/fixtures/gift");
    std::fs::create_dir_all(dir.join("media")).unwrap();
    for entry in std::fs::read_dir(from.join("media")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join("media").join(entry.file_name())).unwrap();
    }
    for file in ["html-images.gift", "markdown-images.gift"] {
        std::fs::copy(from.join(file), dir.join(file)).unwrap();
    }
    dir
}

//! How the check reads the picture files a bank names: through [`Pictures`], which
//! `quiz-bank` implements over the bank's folder and a studio over the files it was given.
//! A map from each `src` to its bytes is one, for a studio and for tests.

use std::collections::BTreeMap;
use std::fmt;

/// Why a picture file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// There is no file at that path.
    Missing,
    /// The file is there but cannot be read; holds the reason.
    Unreadable(String),
}

impl fmt::Display for Unread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing => f.write_str("no such file"),
            Self::Unreadable(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Unread {}

/// The picture files beside a bank, each found by its `src` as the bank writes it.
pub trait Pictures {
    /// The bytes of the file the bank names `src`.
    fn read(&self, src: &str) -> Result<Vec<u8>, Unread>;
    /// The name messages give that file, such as its path on disk.
    fn shown(&self, src: &str) -> String;
}

/// The files given in memory, each under its `src`; messages name a file by its `src`.
impl Pictures for BTreeMap<String, Vec<u8>> {
    fn read(&self, src: &str) -> Result<Vec<u8>, Unread> {
        self.get(src).cloned().ok_or(Unread::Missing)
    }

    fn shown(&self, src: &str) -> String {
        src.to_string()
    }
}

//! The packager: the built quiz, a bank with its pictures, the provider's settings and a
//! title, made into a SCORM 1.2, SCORM 2004, cmi5 or web zip. Plain Rust with no file
//! system: `quiz-bank package` reads the files from disk, and a page in the browser can
//! hand it the same files and get the same bytes back.

mod assets;
mod build;
mod cmi5;
mod offline;
mod scorm;
mod settings;
mod web;
mod zip;

pub use build::package;
pub use cmi5::MoveOn;
pub use settings::{Chosen, SettingsError};
pub use zip::{zip, ZipError};

use crate::bank::Problem;
use std::fmt;

/// One file of a package: its path inside it (`/` between folders) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// Where the file goes, relative to the package's root.
    pub path: String,
    /// What it holds.
    pub data: Vec<u8>,
}

impl File {
    /// A file at `path` holding `data`.
    pub fn new(path: impl Into<String>, data: impl Into<Vec<u8>>) -> Self {
        Self {
            path: path.into(),
            data: data.into(),
        }
    }
}

/// A provider's bank, packaged in place of the built-in one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderBank {
    /// The bank as JSON, as the quiz reads it.
    pub json: String,
    /// The pictures it names, each at the path its `src` gives (relative to the bank).
    pub pictures: Vec<File>,
}

/// The kinds of package.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Channel {
    /// SCORM 1.2, the version every LMS takes.
    Scorm12,
    /// SCORM 2004 4th edition.
    Scorm2004,
    /// cmi5: one assignable unit that reports to the LMS's LRS.
    Cmi5,
    /// A static site for the provider's own server.
    Web,
}

impl Channel {
    /// All of them, in the order they are listed and built.
    pub const ALL: [Channel; 4] = [Self::Scorm12, Self::Scorm2004, Self::Cmi5, Self::Web];

    /// The name the command line and file names use: `scorm12`, `scorm2004`, `cmi5`, `web`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Scorm12 => "scorm12",
            Self::Scorm2004 => "scorm2004",
            Self::Cmi5 => "cmi5",
            Self::Web => "web",
        }
    }

    /// The channel a slug names.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.slug() == slug)
    }

    /// The package's file name: `scorm12.zip` and so on.
    pub fn file_name(self) -> String {
        format!("{}.zip", self.slug())
    }
}

/// Everything a package is made from.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// The built quiz (the release build's folder), without its `.br` and `.gz` copies.
    pub quiz: Vec<File>,
    /// The provider's bank; `None` packages the built-in one.
    pub bank: Option<ProviderBank>,
    /// The quiz settings as a URL query (`mode=exam&pass=80`), fixed in the package.
    pub settings: String,
    /// The title the LMS shows; by default the bank's.
    pub title: Option<String>,
    /// When a cmi5 LMS counts the unit done.
    pub move_on: MoveOn,
}

/// Why no package was made.
#[derive(Clone, Debug, PartialEq)]
pub enum PackageError {
    /// The quiz files lack one the packager needs: not a release build of the quiz.
    NotABuild(&'static str),
    /// The quiz file changed shape: `index.html` without `</head>`, `sw.js` without its list.
    BuildShape(&'static str),
    /// The settings do not parse.
    Settings(Vec<SettingsError>),
    /// The provider's bank has problems (the reader's).
    Bank(Vec<Problem>),
    /// A picture the bank names is not among its files.
    MissingPicture(String),
    /// The zip could not be written.
    Zip(ZipError),
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotABuild(file) => {
                write!(f, "the quiz files have no {file}: build the quiz first")
            }
            Self::BuildShape(what) => write!(f, "the built quiz has changed shape: {what}"),
            Self::Settings(errors) => {
                let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "the settings do not parse: {}", all.join("; "))
            }
            Self::Bank(problems) => write!(f, "the bank has {} problem(s)", problems.len()),
            Self::MissingPicture(src) => write!(f, "the bank names {src}, which is missing"),
            Self::Zip(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for PackageError {}

impl From<ZipError> for PackageError {
    fn from(e: ZipError) -> Self {
        Self::Zip(e)
    }
}

/// XML text, safe in content and in attribute values.
fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

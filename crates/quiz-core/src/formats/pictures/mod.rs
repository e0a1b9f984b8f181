//! The pictures an imported text names (`<img>`, `![alt](src)`): where the file is, how the
//! tool reads it ([`MediaFiles`], which the caller implements: this crate touches no file
//! system), and why one is left out. [`resolve`] turns a named picture into the bank's
//! [`Image`](crate::bank::Image), its size from the attributes or else from the file itself.

mod resolve;

pub use resolve::{resolve, source};

use super::media::SniffError;
use std::fmt;

/// A picture as a text names it, not yet found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    /// The line it is named on.
    pub line: usize,
    /// Its address as written (`@@PLUGINFILE@@/a.png`, `images/a.svg`…).
    pub src: String,
    /// Its alternative text, when the text gives one (an empty one marks it decorative).
    pub alt: Option<String>,
    /// The width the text gives it, in pixels.
    pub width: Option<u32>,
    /// The height the text gives it, in pixels.
    pub height: Option<u32>,
}

/// Where a picture's file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Moodle's `@@PLUGINFILE@@/name`: a file in the folder given with `--media`; holds the
    /// name, URL-decoded (it may hold `/`).
    Plugin(String),
    /// A path relative to the imported file's folder, URL-decoded.
    Path(String),
}

/// A picture's file, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The path the bank gives it: relative to the bank file, with `/` between folders.
    pub src: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Reads the files pictures name; the command-line tool implements it over the file system.
pub trait MediaFiles {
    /// The file `source` names, with the path the bank gives it.
    fn load(&self, source: &Source) -> Result<Loaded, MediaError>;
}

/// Reads no file: every picture is left out, reported.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoFiles;

impl MediaFiles for NoFiles {
    fn load(&self, _: &Source) -> Result<Loaded, MediaError> {
        Err(MediaError::NoFiles)
    }
}

/// Why a picture's file could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MediaError {
    /// This import reads no files.
    NoFiles,
    /// A `@@PLUGINFILE@@` picture, named here, and no folder of Moodle's files given.
    NoMediaFolder(String),
    /// No file at this path.
    Missing(String),
    /// The file is there but cannot be read: its path and the reason.
    Unreadable(String, String),
    /// The file is outside the folder the bank is written to, so the bank cannot name it.
    Outside(String),
}

/// Why a picture was left out of the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PictureIssue {
    /// A second picture where one is allowed.
    Extra,
    /// A picture in a part of the question that holds none (feedback, explanation…).
    NoPlace(&'static str),
    /// A web address or other scheme (`http:`, `data:`…), not a file.
    Remote,
    /// No `src` at all.
    NoSrc,
    /// The file could not be had.
    Media(MediaError),
    /// The path the bank would give it is not one the bank accepts; holds why.
    BadSrc(&'static str),
    /// A file type the quiz does not show (by its extension).
    Type,
    /// The file is not an image the quiz shows, or its size cannot be read.
    NotImage(SniffError),
}

impl fmt::Display for MediaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoFiles => f.write_str("this import reads no picture files"),
            Self::NoMediaFolder(name) => write!(
                f,
                "{name} is one of Moodle's files: give the folder that holds them with --media DIR"
            ),
            Self::Missing(path) => write!(f, "{path} is not there"),
            Self::Unreadable(path, why) => write!(f, "{path} cannot be read: {why}"),
            Self::Outside(path) => write!(
                f,
                "{path} is outside the bank's folder; write the bank (-o) where the picture is inside its folder"
            ),
        }
    }
}

impl fmt::Display for PictureIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Extra => f.write_str("a question, and each choice, holds one picture"),
            Self::NoPlace(part) => write!(f, "pictures have no place in {part}"),
            Self::Remote => {
                f.write_str("only files are read: save the picture and name it by its path")
            }
            Self::NoSrc => f.write_str("it names no file"),
            Self::Media(e) => e.fmt(f),
            Self::BadSrc(why) => write!(f, "its path {why}"),
            Self::Type => {
                f.write_str("the quiz shows .svg, .png, .jpg, .jpeg, .webp and .avif files")
            }
            Self::NotImage(e) => write!(f, "the file is {e}"),
        }
    }
}

impl std::error::Error for MediaError {}
impl std::error::Error for PictureIssue {}

//! The picture files a bank names, read through [`Pictures`]: there, not too heavy, the
//! type their name says, and the shape the bank gives them.

use super::source::{Pictures, Unread};
use crate::formats::media::{sniff, ImageKind, SniffError};
use std::fmt;

/// Above this many bytes a picture is refused: 1 MB.
pub const MAX_BYTES: u64 = 1_048_576;
/// Above this many bytes a picture is warned of: 150 KB.
pub const WARN_BYTES: u64 = 153_600;
/// How far, as a share, the bank's width-to-height ratio may be from the file's.
const RATIO_SLACK: f64 = 0.01;

/// What is wrong with one picture file; each names the picture as the bank writes it.
#[derive(Debug, PartialEq, Eq)]
pub enum PictureProblem {
    /// No file there; holds the name of the file looked for.
    Missing(String, String),
    /// The file is there but cannot be read; holds its name and the reason.
    Unreadable(String, String, String),
    /// Over 1 MB (an error); holds the size in bytes.
    TooHeavy(String, u64),
    /// Over 150 KB (a warning); holds the size in bytes.
    Heavy(String, u64),
    /// Not a picture the quiz shows, or one whose size cannot be read.
    Unsniffable(String, SniffError),
    /// Its bytes are of another type than its name says.
    WrongType {
        /// The path written in the bank.
        src: String,
        /// The type its extension names.
        named: ImageKind,
        /// The type its bytes are.
        actual: ImageKind,
    },
    /// The bank's width and height have another shape than the file's natural size.
    Stretched {
        /// The path written in the bank.
        src: String,
        /// The width and height in the bank.
        given: (u32, u32),
        /// The file's natural width and height.
        natural: (u32, u32),
    },
}

impl PictureProblem {
    /// Whether it stops the bank from passing; the rest are warnings.
    pub fn is_error(&self) -> bool {
        // An SVG of no size still shows, at the size the bank gives.
        !matches!(
            self,
            Self::Heavy(..)
                | Self::Stretched { .. }
                | Self::Unsniffable(_, SniffError::NoSize(ImageKind::Svg))
        )
    }
}

/// Kilobytes (of 1,024 bytes), rounded up, so that anything over a limit shows over it.
fn kb(bytes: u64) -> u64 {
    bytes.div_ceil(1024)
}

impl fmt::Display for PictureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(src, path) => write!(f, "picture \"{src}\" is missing: no file at {path}"),
            Self::Unreadable(src, path, why) => {
                write!(f, "picture \"{src}\" cannot be read at {path}: {why}")
            }
            Self::TooHeavy(src, bytes) => write!(
                f,
                "picture \"{src}\" is {} KB; the limit is 1 MB (1024 KB): make it smaller",
                kb(*bytes)
            ),
            Self::Heavy(src, bytes) => write!(
                f,
                "picture \"{src}\" is {} KB; over 150 KB it slows the quiz on a phone: make it smaller",
                kb(*bytes)
            ),
            Self::Unsniffable(src, SniffError::Unknown) => write!(
                f,
                "picture \"{src}\" is not a picture: its bytes are not SVG, PNG, JPEG, WebP or AVIF"
            ),
            Self::Unsniffable(src, why) => write!(f, "picture \"{src}\" is {why}"),
            Self::WrongType { src, named, actual } => write!(
                f,
                "picture \"{src}\" is {actual}, not {named} as its name says: rename it .{}, or save it as {named}",
                actual.extensions()[0]
            ),
            Self::Stretched {
                src,
                given: (w, h),
                natural: (nw, nh),
            } => write!(
                f,
                "picture \"{src}\" is {w}x{h} in the bank but {nw}x{nh} in the file, so the page \
                 would show it stretched: give a width and height of the file's shape, such as {w}x{}",
                height_for(*w, (*nw, *nh))
            ),
        }
    }
}

impl std::error::Error for PictureProblem {}

/// The height that keeps the ratio of `natural` at `width`, within the bank's limits.
fn height_for(width: u32, (nw, nh): (u32, u32)) -> u32 {
    let h = (f64::from(width) * f64::from(nh) / f64::from(nw)).round();
    h.clamp(1.0, f64::from(crate::bank::MAX_SIDE)) as u32
}

/// Whether `given` has the shape of `natural`: within 1%, or within a pixel of it on
/// either side (a small picture cannot always come closer in whole pixels).
fn same_shape((w, h): (u32, u32), (nw, nh): (u32, u32)) -> bool {
    let (w, h, nw, nh) = (f64::from(w), f64::from(h), f64::from(nw), f64::from(nh));
    let off = (w * nh - h * nw).abs() / (h * nw);
    off <= RATIO_SLACK || (h - w * nh / nw).abs() < 1.0 || (w - h * nw / nh).abs() < 1.0
}

/// Every problem with the picture the bank names `src`, read through `pictures`; `size` is
/// its width and height in the bank, when they are valid.
pub fn check(pictures: &dyn Pictures, src: &str, size: Option<(u32, u32)>) -> Vec<PictureProblem> {
    let named_kind = ImageKind::from_name(src);
    let bytes = match pictures.read(src) {
        Ok(bytes) => bytes,
        Err(Unread::Missing) => {
            return vec![PictureProblem::Missing(src.into(), pictures.shown(src))]
        }
        Err(Unread::Unreadable(why)) => {
            let shown = pictures.shown(src);
            return vec![PictureProblem::Unreadable(src.into(), shown, why)];
        }
    };
    let src = src.to_string();
    let mut found = Vec::new();
    let len = bytes.len() as u64;
    if len > MAX_BYTES {
        found.push(PictureProblem::TooHeavy(src.clone(), len));
    } else if len > WARN_BYTES {
        found.push(PictureProblem::Heavy(src.clone(), len));
    }
    let actual = match sniff(&bytes) {
        Ok(sniffed) => Ok(sniffed),
        Err(SniffError::NoSize(kind)) if named_kind.is_some_and(|n| n != kind) => Err(kind),
        Err(why) => {
            found.push(PictureProblem::Unsniffable(src, why));
            return found;
        }
    };
    let kind = actual.map_or_else(|kind| kind, |s| s.kind);
    match named_kind {
        Some(named_kind) if named_kind != kind => found.push(PictureProblem::WrongType {
            src,
            named: named_kind,
            actual: kind,
        }),
        _ => {
            if let (Ok(s), Some(given)) = (actual, size) {
                let natural = (s.width, s.height);
                if !same_shape(given, natural) {
                    found.push(PictureProblem::Stretched {
                        src,
                        given,
                        natural,
                    });
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_within_a_percent_or_a_pixel_passes() {
        assert!(same_shape((640, 360), (1280, 720)));
        assert!(same_shape((640, 361), (1280, 720)));
        assert!(same_shape((10, 3), (1000, 333)));
        assert!(same_shape((7, 2), (10, 3)));
        assert!(!same_shape((640, 400), (1280, 720)));
        assert!(!same_shape((40, 40), (4, 3)));
        assert_eq!(height_for(40, (4, 3)), 30);
        assert_eq!(height_for(4096, (1, 100)), 4096);
    }

    #[test]
    fn sizes_show_in_whole_kilobytes_rounded_up() {
        assert_eq!(kb(WARN_BYTES), 150);
        assert_eq!(kb(WARN_BYTES + 1), 151);
        assert_eq!(kb(MAX_BYTES + 1), 1025);
    }
}

//! What an image file is and how big it is, from its bytes alone: the type (SVG, PNG, JPEG,
//! WebP or AVIF, the ones the quiz shows) and the natural width and height, as a browser
//! lays it out. Pure: no file system, no decoding of pixels; the importer and
//! `quiz-bank check` hand it a file's bytes.

mod bytes;
mod jpeg;
mod raster;
mod svg;

use std::fmt;

/// An image type the quiz shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageKind {
    /// Scalable Vector Graphics (`.svg`).
    Svg,
    /// Portable Network Graphics (`.png`).
    Png,
    /// JPEG (`.jpg`, `.jpeg`).
    Jpeg,
    /// WebP (`.webp`).
    WebP,
    /// AVIF (`.avif`).
    Avif,
}

impl ImageKind {
    /// The file extensions of this type, lower case, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Svg => &["svg"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::WebP => &["webp"],
            Self::Avif => &["avif"],
        }
    }

    /// The type a file name's extension names (any case), or `None` for any other.
    pub fn from_name(name: &str) -> Option<Self> {
        let (_, ext) = name.rsplit_once('.')?;
        let ext = ext.to_ascii_lowercase();
        [Self::Svg, Self::Png, Self::Jpeg, Self::WebP, Self::Avif]
            .into_iter()
            .find(|k| k.extensions().contains(&ext.as_str()))
    }
}

impl fmt::Display for ImageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Svg => "SVG",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::WebP => "WebP",
            Self::Avif => "AVIF",
        })
    }
}

/// An image's type and natural size, in pixels (CSS pixels for SVG), as it is shown: a
/// JPEG's EXIF orientation and an AVIF's rotation are applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sniffed {
    /// The file's type, from its bytes (not its name).
    pub kind: ImageKind,
    /// The natural width, at least 1.
    pub width: u32,
    /// The natural height, at least 1.
    pub height: u32,
}

/// Why the bytes gave no type and size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SniffError {
    /// Not a type the quiz shows (or not an image at all).
    Unknown,
    /// The type is known but its size cannot be read: a truncated or damaged file, or an
    /// SVG with neither `width`/`height` nor a `viewBox`.
    NoSize(ImageKind),
}

impl fmt::Display for SniffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unknown => f.write_str("not an SVG, PNG, JPEG, WebP or AVIF image"),
            Self::NoSize(ImageKind::Svg) => f.write_str(
                "an SVG whose size cannot be read: give its root element width and height, or a viewBox",
            ),
            Self::NoSize(kind) => write!(f, "a {kind} file whose size cannot be read (damaged or cut short?)"),
        }
    }
}

impl std::error::Error for SniffError {}

/// The type and natural size of the image in `bytes` (the whole file, or at least its
/// first few kilobytes: an SVG's root element, a JPEG's frame header).
pub fn sniff(bytes: &[u8]) -> Result<Sniffed, SniffError> {
    let kind = kind(bytes).ok_or(SniffError::Unknown)?;
    let size = match kind {
        ImageKind::Png => raster::png(bytes),
        ImageKind::Jpeg => jpeg::size(bytes),
        ImageKind::WebP => raster::webp(bytes),
        ImageKind::Avif => raster::avif(bytes),
        ImageKind::Svg => svg::size(bytes),
    };
    match size {
        Some((width, height)) if width > 0 && height > 0 => Ok(Sniffed {
            kind,
            width,
            height,
        }),
        _ => Err(SniffError::NoSize(kind)),
    }
}

/// The type of the image in `bytes`, from its signature, or `None` when it is none the
/// quiz shows.
pub fn kind(bytes: &[u8]) -> Option<ImageKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageKind::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(ImageKind::Jpeg)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageKind::WebP)
    } else if raster::is_avif(bytes) {
        Some(ImageKind::Avif)
    } else if svg::is_svg(bytes) {
        Some(ImageKind::Svg)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_signatures_give_the_type() {
        assert_eq!(ImageKind::from_name("a/b.JPEG"), Some(ImageKind::Jpeg));
        assert_eq!(ImageKind::from_name("x.svg"), Some(ImageKind::Svg));
        assert_eq!(ImageKind::from_name("x.gif"), None);
        assert_eq!(ImageKind::from_name("png"), None);
        assert_eq!(sniff(b"GIF89a\x01\x00\x01\x00"), Err(SniffError::Unknown));
        assert_eq!(sniff(b""), Err(SniffError::Unknown));
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(SniffError::NoSize(ImageKind::Png))
        );
    }
}

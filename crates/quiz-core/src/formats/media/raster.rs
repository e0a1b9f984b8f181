//! The sizes of PNG (its IHDR chunk), WebP (its VP8, VP8L or VP8X chunk) and AVIF (the
//! `ispe` property of its image, turned by any `irot`).

use super::bytes::{be, le};

/// A PNG's width and height, from the IHDR chunk that must come first.
pub(super) fn png(bytes: &[u8]) -> Option<(u32, u32)> {
    (bytes.get(12..16)? == b"IHDR").then_some(())?;
    Some((be::<4>(bytes, 16)?, be::<4>(bytes, 20)?))
}

/// A WebP's width and height: lossy (`VP8 `), lossless (`VP8L`) or extended (`VP8X`).
pub(super) fn webp(bytes: &[u8]) -> Option<(u32, u32)> {
    match bytes.get(12..16)? {
        b"VP8 " => {
            // A key frame's tag (3 bytes), its start code, then 14-bit sizes.
            (bytes.get(23..26)? == [0x9d, 0x01, 0x2a]).then_some(())?;
            Some((le::<2>(bytes, 26)? & 0x3fff, le::<2>(bytes, 28)? & 0x3fff))
        }
        b"VP8L" => {
            (*bytes.get(20)? == 0x2f).then_some(())?;
            let bits = le::<4>(bytes, 21)?;
            Some(((bits & 0x3fff) + 1, (bits >> 14 & 0x3fff) + 1))
        }
        b"VP8X" => Some((le::<3>(bytes, 24)? + 1, le::<3>(bytes, 27)? + 1)),
        _ => None,
    }
}

/// Whether `bytes` start with an ISO BMFF `ftyp` box that names the AVIF brand.
pub(super) fn is_avif(bytes: &[u8]) -> bool {
    let Some(size) = be::<4>(bytes, 0) else {
        return false;
    };
    if bytes.get(4..8) != Some(b"ftyp") || size < 16 {
        return false;
    }
    let end = (size as usize).min(bytes.len());
    // The major brand, then (after the minor version) the compatible brands.
    let brands = std::iter::once(8).chain((16..end).step_by(4));
    brands
        .filter_map(|at| bytes.get(at..at + 4))
        .any(|b| b == b"avif" || b == b"avis")
}

/// An AVIF's width and height: the largest `ispe` (the whole picture, when a grid also
/// lists its tiles), with width and height swapped by a quarter-turn `irot`.
pub(super) fn avif(bytes: &[u8]) -> Option<(u32, u32)> {
    let meta = child(bytes, b"meta")?;
    // `meta` is a full box: a version and flags before its children.
    let ipco = child(child(meta.get(4..)?, b"iprp")?, b"ipco")?;
    let mut best: Option<(u32, u32)> = None;
    let mut turned = false;
    for (kind, body) in boxes(ipco) {
        match kind {
            b"ispe" => {
                let size = (be::<4>(body, 4)?, be::<4>(body, 8)?);
                let area = |(w, h): (u32, u32)| u64::from(w) * u64::from(h);
                if best.is_none_or(|b| area(size) > area(b)) {
                    best = Some(size);
                }
            }
            b"irot" => turned = body.first().is_some_and(|angle| angle & 1 == 1),
            _ => {}
        }
    }
    best.map(|(w, h)| if turned { (h, w) } else { (w, h) })
}

/// The body of the first box of type `kind` among the boxes in `bytes`.
fn child<'a>(bytes: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    boxes(bytes).find(|(k, _)| *k == kind).map(|(_, body)| body)
}

/// The boxes laid end to end in `bytes`, each as its type and body; stops at a box that
/// does not fit.
fn boxes(bytes: &[u8]) -> impl Iterator<Item = (&[u8; 4], &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let size = be::<4>(bytes, at)? as usize;
        let kind: &[u8; 4] = bytes.get(at + 4..at + 8)?.try_into().ok()?;
        let (header, size) = match size {
            0 => (8, bytes.len() - at),
            1 => {
                let high = u64::from(be::<4>(bytes, at + 8)?);
                let low = u64::from(be::<4>(bytes, at + 12)?);
                (16, usize::try_from(high << 32 | low).ok()?)
            }
            n => (8, n),
        };
        let body = bytes.get(at + header..at.checked_add(size)?)?;
        at += size.max(header);
        Some((kind, body))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_short_files_have_no_size() {
        assert_eq!(png(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x03"), None);
        assert_eq!(webp(b"RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0"), None);
        assert_eq!(webp(b"RIFF\0\0\0\0WEBPVP8Z\0\0\0\0\0\0\0\0\0\0"), None);
        assert!(!is_avif(b"\0\0\0\x10ftypmif1\0\0\0\0"));
        assert!(is_avif(b"\0\0\0\x14ftypmif1\0\0\0\0avif"));
        assert_eq!(avif(b"\0\0\0\x14ftypavif\0\0\0\0avif"), None);
    }

    #[test]
    fn boxes_of_every_size_form_are_walked() {
        // A 64-bit size, then a box that runs to the end.
        let mut bytes = b"\0\0\0\x01abcd\0\0\0\0\0\0\0\x12xy".to_vec();
        bytes.extend(b"\0\0\0\0efghrest");
        let found: Vec<(&[u8; 4], &[u8])> = boxes(&bytes).collect();
        assert_eq!(found, [(b"abcd", &b"xy"[..]), (b"efgh", &b"rest"[..])]);
        assert_eq!(boxes(b"\0\0\0\x20abcd").count(), 0);
    }
}

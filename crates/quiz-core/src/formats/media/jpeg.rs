//! A JPEG's size: its frame header (SOFn), turned a quarter by an EXIF orientation of 5–8,
//! as browsers show it.

use super::bytes::{be, le};

/// The width and height of the JPEG in `bytes`, as shown.
pub(super) fn size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    let mut turned = false;
    loop {
        // Each segment starts with 0xFF (any number of them: fill bytes), then its marker.
        (*bytes.get(at)? == 0xff).then_some(())?;
        while *bytes.get(at)? == 0xff {
            at += 1;
        }
        let marker = bytes[at];
        at += 1;
        match marker {
            // Markers that stand alone, with no length.
            0x01 | 0xd0..=0xd8 => continue,
            // The image data or its end, and no frame header before it.
            0xd9 | 0xda => return None,
            _ => {}
        }
        let len = be::<2>(bytes, at)? as usize;
        let body = bytes.get(at + 2..at + len.max(2));
        match (marker, body) {
            (0xc0..=0xcf, Some(body)) if !matches!(marker, 0xc4 | 0xc8 | 0xcc) => {
                let (height, width) = (be::<2>(body, 1)?, be::<2>(body, 3)?);
                return Some(if turned {
                    (height, width)
                } else {
                    (width, height)
                });
            }
            (0xe1, Some(body)) if body.starts_with(b"Exif\0\0") => {
                turned = orientation(&body[6..]).is_some_and(|o| (5..=8).contains(&o));
            }
            (0xc0..=0xcf, None) => return None,
            _ => {}
        }
        at += len;
    }
}

/// The orientation (tag 0x0112) in the first directory of an EXIF TIFF block.
fn orientation(tiff: &[u8]) -> Option<u32> {
    let little = match tiff.get(..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |at: usize| {
        if little {
            le::<2>(tiff, at)
        } else {
            be::<2>(tiff, at)
        }
    };
    let u32_at = |at: usize| {
        if little {
            le::<4>(tiff, at)
        } else {
            be::<4>(tiff, at)
        }
    };
    (u16_at(2)? == 42).then_some(())?;
    let dir = u32_at(4)? as usize;
    let count = u16_at(dir)? as usize;
    (0..count)
        .map(|i| dir + 2 + 12 * i)
        .find(|&entry| u16_at(entry) == Some(0x0112))
        .and_then(|entry| u16_at(entry + 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_a_frame_header_has_no_size() {
        assert_eq!(size(&[0xff, 0xd8, 0xff, 0xda, 0, 2]), None);
        assert_eq!(size(&[0xff, 0xd8, 0xff, 0xe0, 0, 16, 1]), None);
        assert_eq!(size(&[0xff, 0xd8, 0x00]), None);
        // A frame header cut short.
        assert_eq!(size(&[0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0]), None);
    }

    #[test]
    fn a_bare_frame_header_and_fill_bytes_are_read() {
        let sof = [0xff, 0xd8, 0xff, 0xff, 0xc2, 0, 8, 8, 0, 20, 0, 30, 3];
        assert_eq!(size(&sof), Some((30, 20)));
    }

    #[test]
    fn the_orientation_is_read_in_either_byte_order() {
        let mm = b"MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0";
        assert_eq!(orientation(mm), Some(6));
        let ii = b"II\x2a\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x03\0\0\0";
        assert_eq!(orientation(ii), Some(3));
        assert_eq!(orientation(b"XX\0\x2a"), None);
    }
}

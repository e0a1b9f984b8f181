//! A deterministic zip writer: entries in name order, one fixed time, deflated at one
//! level, no extra fields. The same files always give the same bytes, on the host and in
//! wasm. No zip64: a package is far below its 4 GB and 65,535-entry limits, and
//! [`zip`] refuses anything larger rather than write a broken archive.

use super::File;
use std::fmt;

/// Every entry's time: 2024-01-01 00:00:00, in MS-DOS form.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2024 - 1980) << 9) | (1 << 5) | 1;
/// Deflate's level: miniz's best.
const LEVEL: u8 = 10;
/// Version 2.0 of the format: deflate, folders.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 0x0800;

/// Why files could not be zipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Two entries have the same name.
    Duplicate(String),
    /// The archive would need zip64: too many entries or too many bytes.
    TooLarge,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Duplicate(name) => write!(f, "two files are both called {name}"),
            Self::TooLarge => f.write_str("the package would be over 4 GB or 65,535 files"),
        }
    }
}

impl std::error::Error for ZipError {}

/// The zip of `files`, sorted by name; each entry deflated, or stored when that is smaller.
pub fn zip(files: &[File]) -> Result<Vec<u8>, ZipError> {
    let mut sorted: Vec<&File> = files.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    if let Some(pair) = sorted.windows(2).find(|w| w[0].path == w[1].path) {
        return Err(ZipError::Duplicate(pair[0].path.clone()));
    }
    let count = u16::try_from(sorted.len()).map_err(|_| ZipError::TooLarge)?;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for file in sorted {
        let offset = small(out.len())?;
        let deflated = miniz_oxide::deflate::compress_to_vec(&file.data, LEVEL);
        let stored = deflated.len() >= file.data.len();
        let body = if stored { &file.data } else { &deflated };
        let header = Header {
            method: if stored { 0 } else { 8 },
            crc: crc32fast::hash(&file.data),
            compressed: small(body.len())?,
            size: small(file.data.len())?,
            name: file.path.as_bytes(),
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        header.write(&mut out)?;
        out.extend_from_slice(header.name);
        out.extend_from_slice(body);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&VERSION.to_le_bytes()); // made by: 2.0, MS-DOS
        header.write(&mut central)?;
        // Comment length, disk, internal and external attributes: all zero.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(header.name);
    }
    let start = small(out.len())?;
    let size = small(central.len())?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, the central directory's disk
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&[0; 2]); // no comment
    small(out.len())?;
    Ok(out)
}

/// The fields the local and central headers share, from "version needed" to the
/// extra field's length; the name follows them in a local header, and comes after the
/// central header's own fields there.
struct Header<'a> {
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    name: &'a [u8],
}

impl Header<'_> {
    fn write(&self, out: &mut Vec<u8>) -> Result<(), ZipError> {
        let name_len = u16::try_from(self.name.len()).map_err(|_| ZipError::TooLarge)?;
        for half in [VERSION, UTF8_NAMES, self.method, DOS_TIME, DOS_DATE] {
            out.extend_from_slice(&half.to_le_bytes());
        }
        for word in [self.crc, self.compressed, self.size] {
            out.extend_from_slice(&word.to_le_bytes());
        }
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&[0; 2]); // no extra field
        Ok(())
    }
}

/// `n` as the format's 32-bit size or offset, when it fits.
fn small(n: usize) -> Result<u32, ZipError> {
    u32::try_from(n).map_err(|_| ZipError::TooLarge)
}

//! Numbers read from a file's bytes, in either byte order, never past the end.

/// The big-endian number in `bytes[at..at + N]`, or `None` past the end.
pub(super) fn be<const N: usize>(bytes: &[u8], at: usize) -> Option<u32> {
    let slice = bytes.get(at..at.checked_add(N)?)?;
    Some(slice.iter().fold(0u32, |n, &b| n << 8 | u32::from(b)))
}

/// The little-endian number in `bytes[at..at + N]`, or `None` past the end.
pub(super) fn le<const N: usize>(bytes: &[u8], at: usize) -> Option<u32> {
    let slice = bytes.get(at..at.checked_add(N)?)?;
    Some(slice.iter().rev().fold(0u32, |n, &b| n << 8 | u32::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_in_both_orders_and_stop_at_the_end() {
        assert_eq!(be::<2>(&[1, 2], 0), Some(0x0102));
        assert_eq!(le::<3>(&[1, 2, 3], 0), Some(0x030201));
        assert_eq!(be::<4>(&[1, 2, 3], 0), None);
        assert_eq!(le::<2>(&[1], usize::MAX), None);
    }
}

//! The runtime half of the perfect hash of the names that the macro computes at compile time
//! (`codegen-core/src/expand/tables/name_hash.rs`, which documents the scheme). The hash functions
//! themselves come with the generated tables (`__catalogue::name_hash`), written from the very
//! source the macro builds with, so the two halves cannot drift apart.

pub(crate) use crate::__catalogue::name_hash::{bucket, name_hash, slot, value_hash};

/// Whether two byte strings are equal, compared 8 bytes at a time without a call to `memcmp`
/// (names are short, and the call costs more than the comparison).
#[inline]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len < 8 {
        return a == b;
    }
    let word = |bytes: &[u8], start: usize| {
        let mut word = [0; 8];
        word.copy_from_slice(&bytes[start..start + 8]);
        u64::from_le_bytes(word)
    };
    let mut start = 0;
    while start + 8 < len {
        if word(a, start) != word(b, start) {
            return false;
        }
        start += 8;
    }
    word(a, len - 8) == word(b, len - 8)
}

#[cfg(test)]
mod tests {
    use super::same_bytes;

    #[test]
    fn same_bytes_is_slice_equality() {
        let samples: [&[u8]; 9] = [
            b"",
            b"A",
            b"ERROR_A",
            b"ERROR_AB",
            b"ERROR_ABC",
            b"ERROR_ABCDEFGHIJ",
            b"ERROR_ABCDEFGHIK",
            b"XRROR_ABCDEFGHIJ",
            b"ERROR_ABCDEFGHIJK",
        ];
        for a in samples {
            for b in samples {
                assert_eq!(same_bytes(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }
}

//! The runtime half of the perfect hash of the names that the macro computes at compile time
//! (`codegen/src/expand/tables/name_hash.rs`, which documents the scheme). The hash functions
//! themselves come with the generated tables (`__catalogue::name_hash`), written from the very
//! source the macro builds with, so the two halves cannot drift apart.

pub(crate) use crate::__catalogue::name_hash::{bucket, is_main_length, name_hash, slot, value_hash};

/// Where the middle one of three 16-byte chunks of a name of 16 to 48 bytes starts: 16, or
/// `len - 16` for a name of up to 32 bytes. The chunks at 0, there and at `len - 16` cover it.
#[inline(always)]
fn middle(len: usize) -> usize {
    len.min(32) - 16
}

/// The 16 bytes of `bytes` from `start`.
#[inline(always)]
fn chunk(bytes: &[u8], start: usize) -> [u8; 16] {
    let mut chunk = [0; 16];
    chunk.copy_from_slice(&bytes[start..start + 16]);
    chunk
}

/// `byte` with an ASCII lower-case letter made upper-case, and every letter, digit and `_`
/// otherwise kept: bit `0x20` is cleared where bit `0x40` of `byte + 1` is set. That is so for
/// every letter, for no digit or control character, and not for DEL (`0x7F + 1` is `0x80`), so
/// no other byte folds to a letter, a digit or `_` (`` ` `` and `{` to `~` become `@` and `[`
/// to `^`, which no name holds): a folded query equals a name of upper-case letters, digits
/// and `_` exactly when the query equals it ignoring ASCII case.
#[inline(always)]
fn fold_to_name_byte(byte: u8) -> u8 {
    byte & !((byte.wrapping_add(1) >> 1) & 0x20)
}

/// The bytes of `query`, folded by [`fold_to_name_byte`], that differ from `key`; written byte
/// by byte so that it compiles to vector instructions.
#[inline(always)]
fn chunk_difference(query: [u8; 16], key: [u8; 16]) -> [u8; 16] {
    let mut different = [0; 16];
    for i in 0..16 {
        different[i] = fold_to_name_byte(query[i]) ^ key[i];
    }
    different
}

/// Whether `query` equals `key` ignoring ASCII case, where `key` is a name of 16 to 48 bytes
/// of upper-case letters, digits and `_`: the 16 bytes at 0, at [`middle`] and at `len - 16`
/// cover it, compared without a loop or a branch.
#[inline(always)]
pub(crate) fn same_plain_name(query: &[u8], key: &[u8]) -> bool {
    let len = query.len();
    if !is_main_length(len) || key.len() != len {
        return false;
    }
    let (a, b, c) = (
        chunk_difference(chunk(query, 0), chunk(key, 0)),
        chunk_difference(chunk(query, middle(len)), chunk(key, middle(len))),
        chunk_difference(chunk(query, len - 16), chunk(key, len - 16)),
    );
    let mut different = [0; 16];
    for i in 0..16 {
        different[i] = a[i] | b[i] | c[i];
    }
    u128::from_le_bytes(different) == 0
}

/// Whether `query` equals `key` ignoring ASCII case, where `key` is a name of any length of
/// upper-case letters, digits and `_`: [`same_plain_name`] for the names off its main path
/// (shorter than 16 or longer than 48 bytes, about 7% of them), by the same folded 16-byte
/// chunks: for a name of 8 to 15 bytes its words at 0 and `len - 8`, for a shorter one the
/// name padded with zeros (which fold to zeros).
#[inline(never)]
pub(crate) fn same_plain_name_any_length(query: &[u8], key: &[u8]) -> bool {
    let len = query.len();
    if key.len() != len {
        return false;
    }
    if len < 16 {
        // The words at 0 and `len - 8` (overlapping), or the name padded with zeros.
        let (mut ends_query, mut ends_key) = ([0; 16], [0; 16]);
        if len >= 8 {
            for (ends, name) in [(&mut ends_query, query), (&mut ends_key, key)] {
                ends[..8].copy_from_slice(&name[..8]);
                ends[8..].copy_from_slice(&name[len - 8..]);
            }
        } else {
            ends_query[..len].copy_from_slice(query);
            ends_key[..len].copy_from_slice(key);
        }
        return u128::from_le_bytes(chunk_difference(ends_query, ends_key)) == 0;
    }
    // Chunks at 0, 16, ... and a last one at `len - 16`, overlapping the one before.
    (0..len - 16)
        .step_by(16)
        .chain([len - 16])
        .all(|start| u128::from_le_bytes(chunk_difference(chunk(query, start), chunk(key, start))) == 0)
}

#[cfg(test)]
mod tests {
    use super::{fold_to_name_byte, same_plain_name, same_plain_name_any_length};

    #[test]
    fn folding_keeps_apart_what_case_does_not_join() {
        for byte in 0..=u8::MAX {
            let folded = fold_to_name_byte(byte);
            let name_byte = folded.is_ascii_uppercase() || folded.is_ascii_digit() || folded == b'_';
            if name_byte {
                assert_eq!(folded, byte.to_ascii_uppercase(), "{byte:#x}");
            }
            if byte.is_ascii_alphanumeric() || byte == b'_' {
                assert!(name_byte, "{byte:#x}");
            }
        }
    }

    #[test]
    fn same_plain_name_is_equality_ignoring_ascii_case() {
        let keys: [&[u8]; 7] = [
            b"ERROR_ABCDEFGHIJ",
            b"ERROR_ABCDEFGHIK",
            b"ERROR_ABCDEFGHIJK",
            b"ERROR_ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789",
            b"ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND",
            b"ERROR_IPSEC_DEFAULT_QM_POLICY_NOT_FOUND",
            b"ERROR_0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123",
        ];
        let mut queries: Vec<Vec<u8>> = Vec::new();
        for key in keys {
            queries.push(key.to_vec());
            queries.push(key.to_ascii_lowercase());
            // One byte changed, anywhere: its case, another letter or digit, a control
            // character, DEL, a byte past ASCII.
            for at in 0..key.len() {
                for change in [0x20, 0x01, 0x40, 0x60, 0x80, 0xA0] {
                    let mut query = key.to_vec();
                    query[at] ^= change;
                    queries.push(query);
                }
            }
        }
        for key in keys {
            for query in &queries {
                assert_eq!(same_plain_name(query, key), query.eq_ignore_ascii_case(key), "{query:?} {key:?}");
                assert_eq!(
                    same_plain_name_any_length(query, key),
                    query.eq_ignore_ascii_case(key),
                    "{query:?} {key:?}"
                );
            }
        }
    }

    #[test]
    fn same_plain_name_any_length_is_equality_ignoring_ascii_case_from_1_to_70_bytes() {
        let alphabet = b"ERROR_0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        for len in 1..=70 {
            let key: Vec<u8> = (0..len).map(|i| alphabet[(i * 7 + len) % alphabet.len()]).collect();
            assert!(same_plain_name_any_length(&key, &key), "{len}");
            assert!(same_plain_name_any_length(&key.to_ascii_lowercase(), &key), "{len}");
            assert!(!same_plain_name_any_length(&key[..len - 1], &key), "{len}");
            for at in 0..len {
                // Case flipped, another letter or digit, a control character, DEL, past ASCII.
                for change in [0x20, 0x01, 0x40, 0x60, 0x80, 0xA0] {
                    let mut query = key.clone();
                    query[at] ^= change;
                    let expected = query.eq_ignore_ascii_case(&key);
                    assert_eq!(same_plain_name_any_length(&query, &key), expected, "{len} {at} {change:#x}");
                }
            }
        }
    }
}

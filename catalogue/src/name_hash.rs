//! The runtime half of the perfect hash of the names that the macro computes at compile time
//! (`codegen/src/expand/tables/name_hash.rs`, which documents the scheme). These functions
//! must stay identical to the macro's; the tests looking up every name prove they are.

/// Hash of `name` with ASCII case folded (bit `0x20` cleared in every byte), 8 bytes at a time.
#[inline]
pub(crate) fn name_hash(name: &[u8], seed: u64) -> u64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    const FOLD: u64 = !0x2020_2020_2020_2020;
    let mut hash = seed ^ (name.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = name.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        hash = (hash ^ (u64::from_le_bytes(word) & FOLD)).wrapping_mul(MULTIPLIER).rotate_left(31);
    }
    let rest = chunks.remainder();
    let mut word = [0; 8];
    word[..rest.len()].copy_from_slice(rest);
    hash = (hash ^ (u64::from_le_bytes(word) & FOLD)).wrapping_mul(MULTIPLIER);
    hash ^= hash >> 29;
    hash = hash.wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 32)
}

/// The bucket of a hash, among `buckets`.
#[inline]
pub(crate) fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash & 0xFFFF_FFFF) * buckets as u64) >> 32) as usize
}

/// The slot of a hash displaced by `displacement`, among `slots`.
#[inline]
pub(crate) fn slot(hash: u64, displacement: u16, slots: usize) -> usize {
    let mixed = (hash ^ u64::from(displacement).wrapping_mul(0xD6E8_FEB8_6659_FD93)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (((mixed >> 32) * slots as u64) >> 32) as usize
}

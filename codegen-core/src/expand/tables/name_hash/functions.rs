//! The hash functions of the perfect hash of the names, shared by the macro (which builds the
//! tables with them) and the runtime (which looks names up with them): the expansion writes this
//! file's text into the generated `__catalogue` module. Plain Rust, no imports, no dependencies.

/// Hash of `name` with ASCII case folded (bit `0x20` cleared in every byte), 16 bytes per
/// multiplication (as foldhash does); the length is mixed in first, so the overlapping or
/// zero-extended last block is safe.
#[inline]
pub fn name_hash(name: &[u8], seed: u64) -> u64 {
    const SEED_MIX: u64 = 0x9E37_79B9_7F4A_7C15;
    const SECOND: u64 = 0x243F_6A88_85A3_08D3;
    const FINAL: u64 = 0x1319_8A2E_0370_7344;
    const FOLD: u64 = !0x2020_2020_2020_2020;
    let word_at = |start: usize| {
        let mut word = [0; 8];
        word.copy_from_slice(&name[start..start + 8]);
        u64::from_le_bytes(word) & FOLD
    };
    let len = name.len();
    let mut hash = seed ^ (len as u64).wrapping_mul(SEED_MIX);
    if len > 16 {
        let mut start = 0;
        while start + 16 < len {
            hash = folded_multiply(word_at(start) ^ hash, word_at(start + 8) ^ SECOND);
            start += 16;
        }
        // The last 16 bytes, overlapping the previous block unless the length is a multiple of 16.
        hash = folded_multiply(word_at(len - 16) ^ hash, word_at(len - 8) ^ SECOND);
    } else if len >= 8 {
        hash = folded_multiply(word_at(0) ^ hash, word_at(len - 8) ^ SECOND);
    } else {
        let word = name.iter().rev().fold(0, |word, &byte| word << 8 | u64::from(byte)) & FOLD;
        hash = folded_multiply(word ^ hash, SECOND);
    }
    folded_multiply(hash, FINAL)
}

/// Hash of a 32-bit value, for the perfect hashes of HRESULT and NTSTATUS values: one
/// multiplication.
#[inline]
pub const fn value_hash(value: u32, seed: u64) -> u64 {
    folded_multiply(value as u64 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), 0x243F_6A88_85A3_08D3)
}

/// The 128-bit product of `a` and `b`, its halves XORed: one multiplication mixes 16 bytes.
#[inline]
const fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    (product as u64) ^ ((product >> 64) as u64)
}

/// The bucket of a hash, among `buckets`.
#[inline]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash & 0xFFFF_FFFF) * buckets as u64) >> 32) as usize
}

/// The slot of a hash displaced by `displacement`, among `slots`.
#[inline]
pub const fn slot(hash: u64, displacement: u16, slots: usize) -> usize {
    let mixed = (hash ^ (displacement as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (((mixed >> 32) * slots as u64) >> 32) as usize
}

//! The hash functions of the perfect hash of the names, shared by the macro (which builds the
//! tables with them) and the runtime (which looks names up with them): the expansion writes this
//! file's text into the generated `__catalogue` module. Plain Rust, no imports, no dependencies.

/// Bit `0x20` cleared in every byte: ASCII letters folded to upper case.
const FOLD: u64 = !0x2020_2020_2020_2020;

/// Multipliers: digits of pi.
const K: [u64; 4] = [0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89];

/// Whether a name of `len` bytes takes the main path: 16 to 48 bytes, nearly every name.
#[inline(always)]
pub fn is_main_length(len: usize) -> bool {
    len.wrapping_sub(16) <= 32
}

/// The 8 bytes of `name` from `start`, little-endian (the caller keeps `start + 8` in bounds).
#[inline(always)]
pub fn word(name: &[u8], start: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&name[start..start + 8]);
    u64::from_le_bytes(word)
}

/// Whether a name of `len` bytes is hashed without a loop or a call: 8 to 48 bytes, all but
/// about 3% of the names.
#[inline(always)]
pub fn is_inline_hash_length(len: usize) -> bool {
    len.wrapping_sub(8) <= 40
}

/// Hash of `name` with ASCII case folded (bit `0x20` cleared in every byte).
///
/// A name of 8 to 48 bytes is hashed from its length and the words at 0, 8, 16 and `len - 8`
/// (8 and 16 moved back to `len - 8` for a shorter name) by two independent multiplications:
/// no loop. Those words cover every byte of a name of up to 32 bytes; with `full`, a longer
/// name's words at 24 and 32 (or `len - 8`) are mixed in too, so every byte counts (the builder
/// sets `full` when the four words leave two names alike). Other names take [`other_hash`],
/// which reads every byte.
#[inline(always)]
pub fn name_hash(name: &[u8], seed: u64, full: bool) -> u64 {
    let len = name.len();
    if !is_inline_hash_length(len) {
        return other_hash(name, seed);
    }
    let at = |start: usize| word(name, start) & FOLD;
    let mut hash = mix(at(0), at((len - 8).min(8)), at((len - 8).min(16)), at(len - 8), seed ^ len as u64);
    if full && len > 32 {
        hash ^= folded_multiply(at(24) ^ K[2], at((len - 8).min(32)) ^ K[3]);
    }
    hash
}

/// The hash of four words and a seed: two independent multiplications.
#[inline(always)]
fn mix(a: u64, b: u64, c: u64, d: u64, seed: u64) -> u64 {
    folded_multiply(a ^ seed, c ^ K[0]) ^ folded_multiply(b ^ K[1], d)
}

/// [`name_hash`] of a name shorter than 8 or longer than 48 bytes: every byte counts.
#[inline(never)]
pub fn other_hash(name: &[u8], seed: u64) -> u64 {
    let len = name.len();
    let seed = seed ^ len as u64;
    if len < 8 {
        let short = name.iter().rev().fold(0, |word, &byte| word << 8 | u64::from(byte)) & FOLD;
        return mix(short, K[2], K[3], K[2], seed);
    }
    let at = |start: usize| word(name, start) & FOLD;
    let mut hash = mix(at(0), at(8), at(16), at(len - 8), seed);
    let mut start = 24;
    while start + 8 < len {
        hash = hash.rotate_left(23) ^ folded_multiply(at(start) ^ K[2], seed ^ K[3]);
        start += 8;
    }
    hash
}

/// Hash of a 32-bit value, for the perfect hashes of HRESULT and NTSTATUS values: two
/// multiplications.
#[inline]
pub const fn value_hash(value: u32, seed: u64) -> u64 {
    // A second multiplication spreads values in arithmetic progression (codes of one facility)
    // over the top bits, which pick the bucket.
    let hash = folded_multiply(value as u64 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), K[0]);
    folded_multiply(hash, K[1])
}

/// The 128-bit product of `a` and `b`, its halves XORed: one multiplication mixes 16 bytes.
#[inline(always)]
const fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    (product as u64) ^ ((product >> 64) as u64)
}

/// The bucket of a hash, among `buckets` (a power of two, at least 2): its top bits.
#[inline(always)]
pub fn bucket(hash: u64, buckets: usize) -> usize {
    (hash >> (64 - buckets.trailing_zeros())) as usize
}

/// The slot of a hash displaced by `displacement`, among `slots`: from the low half of the
/// hash, its upper 16 bits XORed with the displacement.
#[inline(always)]
pub fn slot(hash: u64, displacement: u16, slots: usize) -> usize {
    let mixed = (hash as u32 ^ u32::from(displacement) << 16) as u64;
    ((mixed * slots as u64) >> 32) as usize
}

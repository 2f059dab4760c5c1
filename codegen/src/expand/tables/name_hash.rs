//! A minimal perfect hash of the error names, computed once at expansion time, so the runtime
//! finds a page by name with one hash, two table reads and one comparison, with no loop and no
//! branch it could mispredict for nearly every name.
//!
//! The scheme is "hash and displace" (CHD): every name hashes to a 64-bit value; its top bits
//! pick one of a power of two of buckets of about [`KEYS_PER_BUCKET`] names, and each bucket
//! stores one displacement, XORed into the low half of the hash before it is scaled to a slot,
//! chosen so that its names land in slots no other name uses.
//!
//! The hash ([`name_hash`], in `name_hash/functions.rs`) folds ASCII case by clearing bit
//! `0x20` of every byte, so one lookup serves exact and case-insensitive queries alike. A name of
//! 8 to 48 bytes (all but about 3% of them) is hashed from its length and four 8-byte words, at
//! 0, 8, 16 and `len - 8` (8 and 16 moved back to `len - 8` for a shorter name), by two
//! independent multiplications: a cost that does not depend on the name. For a name of up to
//! 32 bytes those words are the whole name; a longer one is told apart by them unless two names
//! of the same length differ only between 24 and `len - 8`, and then the builder sets `full`, a
//! constant of the generated tables with which those names hash two more words (the runtime
//! cost of the fallback is zero until it is needed). Shorter and longer names hash every byte,
//! out of line.
//!
//! The tables (written by `tables.rs`): `NAME_DISPLACEMENTS`, one `u16` per bucket; per slot,
//! `NAME_SLOTS` (`u32`: where the name starts in `STRINGS`, plus its length times 2^24 when the
//! name has no lower-case letter, else 0) and `NAME_PAGES` (`u16`: the page). So the runtime
//! answers `None` for a query of another length without reading a name, and compares the query
//! with the name straight from `STRINGS`, without reading the page record first: for a name of
//! 16 to 48 bytes (the main path, 94% of them) three 16-byte chunks, the query's folded so that
//! a lower-case letter becomes upper-case and no other byte becomes a letter, digit or `_` (see
//! `fold_to_name_byte` in the runtime's `name_hash.rs`), compared for equality with vector
//! instructions; other lengths, out of line, by the same folded chunks (overlapping, or padded).
//! Names the slot gives no length for are compared with the page's name by
//! `eq_ignore_ascii_case`.
//!
//! Where the time goes (measured at 7,259 names by timing truncated variants of the lookup, so
//! approximate): the hash about 3.4 ns with the loop that feeds it, the displacement and slot
//! reads about 2 ns, the three-chunk comparison about 3 ns; the names off the main path cost the
//! average another 2 ns before they had a length in their slot and a chunked comparison.
//!
//! The search is deterministic (seeds and displacements are tried in order) and bounded
//! ([`SEEDS`] seeds, `u16` displacements); it fails only when two names differ only in case,
//! and then [`build`] returns `None` and the runtime falls back to a scan.
//!
//! [`name_hash`], [`bucket`] and [`slot`] live in `name_hash/functions.rs`, one source for both
//! halves: this crate compiles it as a module, and the expansion writes the same text into the
//! generated `__catalogue` module, where the runtime's lookups call it.

/// Average number of names per bucket.
const KEYS_PER_BUCKET: usize = 4;

/// How many hash seeds are tried.
const SEEDS: u64 = 8;

mod functions;

pub use functions::{bucket, is_main_length, name_hash, slot, value_hash, word};

use crate::sort::sorted_order;

/// The source of [`name_hash`], [`bucket`] and [`slot`], emitted into the generated tables.
pub const FUNCTIONS_SOURCE: &str = include_str!("name_hash/functions.rs");

/// Slot value of a slot no name occupies.
pub const EMPTY_SLOT: u16 = u16::MAX;

/// The tables of a perfect hash over a list of names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameHash {
    /// The seed every name is hashed with.
    pub seed: u64,
    /// Whether names of 33 to 48 bytes hash a fifth word (see [`name_hash`]).
    pub full: bool,
    /// One displacement per bucket.
    pub displacements: Vec<u16>,
    /// The index of the name in each slot, or [`EMPTY_SLOT`].
    pub slots: Vec<u16>,
}

/// A perfect hash of `names` (ASCII, at most `u16::MAX - 1` of them), or `None` when the bounded
/// search finds none (names that differ only in case).
///
/// The hash reads every byte of every name but those of 33 to 48 bytes, of which it reads the
/// words at 0, 8, 16 and the last; when that leaves two names alike (case folded), `full` adds
/// the words between, which covers them. Then the first of [`SEEDS`] seeds for which every hash
/// differs and every bucket finds a displacement is used.
pub fn build(names: &[&str]) -> Option<NameHash> {
    if names.len() >= usize::from(EMPTY_SLOT) || !names.iter().all(|name| name.is_ascii()) {
        return None;
    }
    let full = !words_tell_apart(names);
    (0..SEEDS).find_map(|seed| build_with(names, seed, full))
}

/// Whether the words [`name_hash`] reads without `full` differ between every two names of 33 to
/// 48 bytes of the same length, case folded.
fn words_tell_apart(names: &[&str]) -> bool {
    let keys: Vec<(usize, [u64; 4])> = names
        .iter()
        .map(|name| name.as_bytes())
        .filter(|name| is_main_length(name.len()) && name.len() > 32)
        .map(|name| {
            let len = name.len();
            (len, [0, 8, 16, len - 8].map(|start| word(name, start) & !0x2020_2020_2020_2020))
        })
        .collect();
    let order = sorted_order(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    order.windows(2).all(|pair| keys[pair[0]] != keys[pair[1]])
}

/// A perfect hash of 32-bit `values` (distinct, fewer than `u16::MAX` of them) with
/// [`value_hash`], by the same scheme as the names': the runtime finds an HRESULT or NTSTATUS
/// page by value with one hash, two table reads and one comparison. `None` when the bounded
/// search finds none.
pub fn build_values(values: &[u32]) -> Option<NameHash> {
    if values.len() >= usize::from(EMPTY_SLOT) {
        return None;
    }
    (0..SEEDS)
        .find_map(|seed| place(&values.iter().map(|&value| value_hash(value, seed)).collect::<Vec<_>>(), seed, false))
}

fn build_with(names: &[&str], seed: u64, full: bool) -> Option<NameHash> {
    let hashes: Vec<u64> = names.iter().map(|name| name_hash(name.as_bytes(), seed, full)).collect();
    place(&hashes, seed, full)
}

/// The displacements and slots that give every key of `hashes` its own slot, or `None` when two
/// hashes are equal or a bucket finds no displacement.
fn place(hashes: &[u64], seed: u64, full: bool) -> Option<NameHash> {
    let by_hash = sorted_order(hashes.len(), &|a, b| hashes[a].cmp(&hashes[b]));
    if by_hash.windows(2).any(|pair| hashes[pair[0]] == hashes[pair[1]]) {
        return None;
    }
    let bucket_count = hashes.len().div_ceil(KEYS_PER_BUCKET).next_power_of_two().max(2);
    let slot_count = hashes.len() + hashes.len() / 16;
    let mut buckets = vec![Vec::new(); bucket_count];
    for (index, &hash) in hashes.iter().enumerate() {
        buckets[bucket(hash, bucket_count)].push(index);
    }
    // Fullest buckets first; a stable sort keeps equal ones in bucket order.
    let order = sorted_order(bucket_count, &|a, b| buckets[b].len().cmp(&buckets[a].len()));
    let mut displacements = vec![0; bucket_count];
    let mut slots = vec![EMPTY_SLOT; slot_count];
    let mut placed = Vec::with_capacity(KEYS_PER_BUCKET * 4);
    for b in order.into_iter().filter(|&b| !buckets[b].is_empty()) {
        let fits = |displacement: u16, placed: &mut Vec<usize>| {
            placed.clear();
            for &index in &buckets[b] {
                let s = slot(hashes[index], displacement, slot_count);
                if slots[s] != EMPTY_SLOT || placed.contains(&s) {
                    return false;
                }
                placed.push(s);
            }
            true
        };
        let displacement = (0..=u16::MAX).find(|&d| fits(d, &mut placed))?;
        displacements[b] = displacement;
        for (&index, &s) in buckets[b].iter().zip(&placed) {
            slots[s] = index as u16;
        }
    }
    Some(NameHash { seed, full, displacements, slots })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(table: &NameHash, names: &[&'a str], query: &str) -> Option<&'a str> {
        let hash = name_hash(query.as_bytes(), table.seed, table.full);
        let displacement = table.displacements[bucket(hash, table.displacements.len())];
        let index = table.slots[slot(hash, displacement, table.slots.len())];
        names.get(usize::from(index)).copied().filter(|name| name.eq_ignore_ascii_case(query))
    }

    fn generated_names(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("ERROR_GENERATED_{}_{i}", ["A", "BB", "CCC_DDD"][i % 3])).collect()
    }

    /// Names shaped like the SDK's, of every length from 2 to 70 bytes, some with lower-case
    /// letters, many sharing long prefixes and suffixes.
    fn sdk_like_names(count: usize) -> Vec<String> {
        let words = ["ACCESS", "DENIED", "IPSEC", "IKE", "NEG", "STATUS", "NOT", "FOUND", "INVALID", "64k", "CTX", "E"];
        let prefixes = ["ERROR_", "STATUS_", "E_", "RPC_NT_", "CO_E_", "S_", "WSA", "DNS_ERROR_"];
        (0..count)
            .map(|i| {
                let mut name = prefixes[i % prefixes.len()].to_string();
                let mut rest = i / prefixes.len();
                for _ in 0..i % 7 {
                    name.push_str(words[rest % words.len()]);
                    name.push('_');
                    rest /= words.len();
                }
                name.push_str(&format!("{i:X}"));
                name
            })
            .collect()
    }

    fn assert_every_name_found(table: &NameHash, names: &[&str]) {
        let mut used: Vec<u16> = table.slots.iter().copied().filter(|&s| s != EMPTY_SLOT).collect();
        used.sort_unstable();
        assert_eq!(used, (0..names.len() as u16).collect::<Vec<u16>>());
        for name in names {
            assert_eq!(find(table, names, name), Some(*name));
            assert_eq!(find(table, names, &name.to_ascii_lowercase()), Some(*name));
        }
    }

    #[test]
    fn every_name_has_its_own_slot_and_is_found_in_any_case() {
        let owned = generated_names(3000);
        let names: Vec<&str> = owned.iter().map(String::as_str).collect();
        let table = build(&names).expect("a perfect hash of 3000 distinct names");
        assert_every_name_found(&table, &names);
        assert_eq!(find(&table, &names, "ERROR_NOT_A_NAME"), None);
    }

    #[test]
    fn a_catalogue_of_seven_thousand_names_builds_with_modest_tables() {
        let owned = sdk_like_names(7400);
        let names: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert!(names.iter().any(|name| name.len() < 16) && names.iter().any(|name| name.len() > 48));
        let table = build(&names).expect("a perfect hash of 7400 names");
        assert_every_name_found(&table, &names);
        // 2 bytes per bucket of about 4 names, 6 bytes per slot (`tables.rs`).
        assert!(table.displacements.len() <= names.len() / 2);
        assert!(table.slots.len() <= names.len() + names.len() / 16);
    }

    #[test]
    fn names_alike_in_every_word_the_hash_reads_get_the_full_hash() {
        // 39 bytes that differ only at 27, between the words at 16 and `len - 8`.
        let names = ["ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND", "ERROR_IPSEC_DEFAULT_MM_POLIXY_NOT_FOUND", "ERROR_A"];
        let table = build(&names).expect("a perfect hash");
        assert!(table.full);
        assert_every_name_found(&table, &names);
        // Differing at 20 (in the word at 16) or at 38 (in the last word) is enough.
        let names = ["ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND", "ERROR_IPSEC_DEFAULT_QM_POLICY_NOT_FOUND"];
        assert!(!build(&names).expect("a perfect hash").full);
        let names = ["ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUND", "ERROR_IPSEC_DEFAULT_MM_POLICY_NOT_FOUNE"];
        assert!(!build(&names).expect("a perfect hash").full);
    }

    #[test]
    fn the_same_names_give_the_same_tables() {
        let owned = generated_names(500);
        let names: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert_eq!(build(&names), build(&names));
    }

    #[test]
    fn every_value_has_its_own_slot() {
        let values: Vec<u32> = (0..2000u32).map(|i| 0x8009_0000 | (i * 3)).chain([0, u32::MAX]).collect();
        let table = build_values(&values).expect("a perfect hash of distinct values");
        for (index, &value) in values.iter().enumerate() {
            let hash = value_hash(value, table.seed);
            let displacement = table.displacements[bucket(hash, table.displacements.len())];
            assert_eq!(usize::from(table.slots[slot(hash, displacement, table.slots.len())]), index);
        }
    }

    #[test]
    fn names_differing_only_in_case_have_no_perfect_hash() {
        assert_eq!(build(&["ERROR_X", "ERROR_Y", "error_x"]), None);
        assert_eq!(build(&["ERROR_ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ERROR_ABCDEFGHIJKLMNOPQRSTUVWXYz"]), None);
    }

    #[test]
    fn empty_and_tiny_catalogues_build() {
        let empty = build(&[]).expect("empty");
        assert!(empty.slots.is_empty());
        let one = build(&["ERROR_ONE"]).expect("one name");
        assert_eq!(find(&one, &["ERROR_ONE"], "error_one"), Some("ERROR_ONE"));
    }

    #[test]
    fn case_folding_ignores_only_the_case_of_letters() {
        for full in [false, true] {
            let hash = |name: &[u8]| name_hash(name, 3, full);
            assert_eq!(hash(b"ERROR_ITERATED_DATA_EXCEEDS_64k"), hash(b"error_iterated_data_exceeds_64K"));
            assert_eq!(hash(b"E_FAIL"), hash(b"e_fail"));
            assert_ne!(hash(b"ERROR_A"), hash(b"ERROR_B"));
            assert_ne!(hash(b"ERROR_A"), hash(b"ERROR_A\0"));
            assert_ne!(hash(b"ERROR_ABCDEFGHIJKLMNOPQRSTUVWXYZ"), hash(b"ERROR_ABCDEFGHIJKLMNOQPRSTUVWXYZ"));
        }
    }
}

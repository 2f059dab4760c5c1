//! A minimal perfect hash of the error names, computed once at expansion time, so the runtime
//! finds a page by name with one hash, two table reads and one string comparison.
//!
//! The scheme is "hash and displace" (CHD): every name hashes to a 64-bit value; its low half
//! picks a bucket of about [`KEYS_PER_BUCKET`] names, and each bucket stores one displacement
//! chosen so that its names land in slots no other name uses. Names are hashed with ASCII case
//! folded, so one lookup serves exact and case-insensitive queries alike.
//!
//! The search is deterministic (seeds and displacements are tried in order) and bounded
//! ([`SEEDS`] seeds, `u16` displacements); when it fails, for example because two names differ
//! only in case, [`build`] returns `None` and the runtime falls back to a scan.
//!
//! [`name_hash`], [`bucket`] and [`slot`] live in `name_hash/functions.rs`, one source for both
//! halves: this crate compiles it as a module, and the expansion writes the same text into the
//! generated `__catalogue` module, where the runtime's lookups call it.

/// Average number of names per bucket.
const KEYS_PER_BUCKET: usize = 4;

/// How many hash seeds are tried before giving up.
const SEEDS: u64 = 8;

mod functions;

pub use functions::{bucket, name_hash, slot, value_hash};

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
    /// One displacement per bucket.
    pub displacements: Vec<u16>,
    /// The index of the name in each slot, or [`EMPTY_SLOT`].
    pub slots: Vec<u16>,
}

/// A perfect hash of `names` (at most `u16::MAX` of them), or `None` when the bounded search
/// finds none.
pub fn build(names: &[&str]) -> Option<NameHash> {
    build_keys(names.len(), |seed| names.iter().map(|name| name_hash(name.as_bytes(), seed)).collect())
}

/// A perfect hash of 32-bit `values` (distinct, at most `u16::MAX` of them) with [`value_hash`],
/// the same scheme as the names': the runtime finds an HRESULT or NTSTATUS page by value with one
/// hash, two table reads and one comparison. `None` when the bounded search finds none.
pub fn build_values(values: &[u32]) -> Option<NameHash> {
    build_keys(values.len(), |seed| values.iter().map(|&value| value_hash(value, seed)).collect())
}

/// The first seed's perfect hash of `count` keys, hashed by `hashes(seed)`.
fn build_keys(count: usize, hashes: impl Fn(u64) -> Vec<u64>) -> Option<NameHash> {
    if count >= usize::from(EMPTY_SLOT) {
        return None;
    }
    (0..SEEDS).find_map(|seed| build_with_seed(&hashes(seed), seed))
}

fn build_with_seed(hashes: &[u64], seed: u64) -> Option<NameHash> {
    let by_hash = sorted_order(hashes.len(), &|a, b| hashes[a].cmp(&hashes[b]));
    if by_hash.windows(2).any(|pair| hashes[pair[0]] == hashes[pair[1]]) {
        return None;
    }
    let bucket_count = hashes.len().div_ceil(KEYS_PER_BUCKET).max(1);
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
    Some(NameHash { seed, displacements, slots })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(table: &NameHash, names: &[&'a str], query: &str) -> Option<&'a str> {
        let hash = name_hash(query.as_bytes(), table.seed);
        let displacement = table.displacements[bucket(hash, table.displacements.len())];
        let index = table.slots[slot(hash, displacement, table.slots.len())];
        names.get(usize::from(index)).copied().filter(|name| name.eq_ignore_ascii_case(query))
    }

    fn generated_names(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("ERROR_GENERATED_{}_{i}", ["A", "BB", "CCC_DDD"][i % 3])).collect()
    }

    #[test]
    fn every_name_has_its_own_slot_and_is_found_in_any_case() {
        let owned = generated_names(3000);
        let names: Vec<&str> = owned.iter().map(String::as_str).collect();
        let table = build(&names).expect("a perfect hash of 3000 distinct names");
        let mut used: Vec<u16> = table.slots.iter().copied().filter(|&s| s != EMPTY_SLOT).collect();
        used.sort_unstable();
        assert_eq!(used, (0..3000).collect::<Vec<u16>>());
        for name in &names {
            assert_eq!(find(&table, &names, name), Some(*name));
            assert_eq!(find(&table, &names, &name.to_ascii_lowercase()), Some(*name));
        }
        assert_eq!(find(&table, &names, "ERROR_NOT_A_NAME"), None);
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
        assert_eq!(name_hash(b"ERROR_ITERATED_DATA_EXCEEDS_64k", 3), name_hash(b"error_iterated_data_exceeds_64K", 3));
        assert_ne!(name_hash(b"ERROR_A", 0), name_hash(b"ERROR_B", 0));
        assert_ne!(name_hash(b"ERROR_A", 0), name_hash(b"ERROR_A\0", 0));
    }
}

//! Reading the compile-time search index (`__catalogue::SEARCH_*`, built by
//! `codegen/src/expand/tables/search_index.rs`): the sorted vocabulary and each word's
//! postings.

use core::cmp::Ordering;

use crate::__catalogue::{
    PAGES, SEARCH_BLOCK, SEARCH_EXTRA, SEARCH_POSTINGS, SEARCH_PROSE_PAGES, SEARCH_REF_WIDTH, SEARCH_RESTART,
    SEARCH_RESTARTS, SEARCH_WORD_COUNT, SEARCH_WORDS, STRINGS,
};

/// A vocabulary word: its index in the sorted vocabulary.
pub type WordId = usize;

/// The number of vocabulary words.
pub fn word_count() -> usize {
    SEARCH_WORD_COUNT
}

/// The text of word `id`, as it occurs in a name or message (any case) or in `SEARCH_EXTRA`.
pub fn word(id: WordId) -> &'static str {
    let at = id * SEARCH_REF_WIDTH;
    let mut packed = 0u64;
    for (shift, &byte) in SEARCH_WORDS[at..at + SEARCH_REF_WIDTH].iter().enumerate() {
        packed |= u64::from(byte) << (8 * shift);
    }
    let (offset, len) = ((packed >> 4) as usize, (packed & 0xF) as usize);
    let (text, start) = match offset.checked_sub(STRINGS.len()) {
        None => (STRINGS, offset),
        Some(start) => (SEARCH_EXTRA, start),
    };
    let end = if len == 0 { text[start..].find('\n').map_or(text.len(), |n| start + n) } else { start + len };
    text.get(start..end).unwrap_or_default()
}

/// Compares `stored` (any case) with `lower` (lowercase) in lowercase order.
pub fn compare(stored: &str, lower: &str) -> Ordering {
    stored.bytes().map(|b| b.to_ascii_lowercase()).cmp(lower.bytes())
}

/// The id of the word `lower` (lowercase), if the vocabulary has it.
pub fn find(lower: &str) -> Option<WordId> {
    let at = first_at_least(lower);
    (at < SEARCH_WORD_COUNT && compare(word(at), lower) == Ordering::Equal).then_some(at)
}

/// The first word not below `lower` in the vocabulary's order.
pub fn first_at_least(lower: &str) -> WordId {
    let (mut low, mut high) = (0, SEARCH_WORD_COUNT);
    while low < high {
        let middle = low + (high - low) / 2;
        if compare(word(middle), lower) == Ordering::Less {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// Where a word occurs: blocks of pages whose name or message may hold it, and the exact pages
/// whose prose or aliases hold it (prose only where the name and message do not).
pub struct Postings {
    bytes: &'static [u8],
}

impl Postings {
    /// The postings of word `id`.
    pub fn of(id: WordId) -> Self {
        let mut at = SEARCH_RESTARTS[id / SEARCH_RESTART] as usize;
        for _ in 0..id % SEARCH_RESTART {
            at = skip_entry(at);
        }
        Postings { bytes: &SEARCH_POSTINGS[at..] }
    }

    /// Calls `block` for every block that may hold the word in a name or message, and `exact`
    /// with every page whose prose (`false`) or aliases (`true`) hold it.
    pub fn each(&self, mut block: impl FnMut(usize), mut exact: impl FnMut(usize, bool)) {
        let mut at = 0;
        let header = read(self.bytes, &mut at);
        if header & 2 == 2 {
            for (byte_at, &byte) in self.bytes[at..at + bitmap_len()].iter().enumerate() {
                for bit in 0..8 {
                    if byte & (1 << bit) != 0 {
                        block(byte_at * 8 + bit);
                    }
                }
            }
            at += bitmap_len();
        } else {
            let mut current = 0;
            for _ in 0..header >> 2 {
                current += read(self.bytes, &mut at) as usize;
                block(current);
            }
        }
        if header & 1 == 0 {
            return;
        }
        let pages = read(self.bytes, &mut at);
        if pages & 1 == 1 {
            for (byte_at, &byte) in self.bytes[at..at + prose_bitmap_len()].iter().enumerate() {
                for bit in 0..8 {
                    if byte & (1 << bit) != 0 {
                        exact(usize::from(SEARCH_PROSE_PAGES[byte_at * 8 + bit]), false);
                    }
                }
            }
            return;
        }
        let mut prose_at = 0;
        for _ in 0..pages >> 1 {
            let value = read(self.bytes, &mut at);
            prose_at += (value >> 1) as usize;
            exact(usize::from(SEARCH_PROSE_PAGES[prose_at]), value & 1 == 1);
        }
    }
}

/// The offset right after the postings entry at `at`.
fn skip_entry(mut at: usize) -> usize {
    let header = read(&SEARCH_POSTINGS, &mut at);
    if header & 2 == 2 {
        at += bitmap_len();
    } else {
        for _ in 0..header >> 2 {
            read(&SEARCH_POSTINGS, &mut at);
        }
    }
    if header & 1 == 1 {
        let pages = read(&SEARCH_POSTINGS, &mut at);
        if pages & 1 == 1 {
            at += prose_bitmap_len();
        } else {
            for _ in 0..pages >> 1 {
                read(&SEARCH_POSTINGS, &mut at);
            }
        }
    }
    at
}

/// Bytes of a prose bitmap: one bit per page with prose or aliases.
fn prose_bitmap_len() -> usize {
    SEARCH_PROSE_PAGES.len().div_ceil(8)
}

/// Bytes of a block bitmap: one bit per block of the catalogue.
fn bitmap_len() -> usize {
    PAGES.len().div_ceil(SEARCH_BLOCK).div_ceil(8)
}

/// Reads one LEB128 varint.
fn read(bytes: &[u8], at: &mut usize) -> u32 {
    let mut value = 0u32;
    let mut shift = 0;
    while let Some(&byte) = bytes.get(*at) {
        *at += 1;
        value |= u32::from(byte & 0x7F) << shift;
        if byte < 0x80 {
            break;
        }
        shift += 7;
    }
    value
}

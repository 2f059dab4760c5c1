//! The search index behind `winerror::search`: a sorted vocabulary of every word a page can be
//! found by, and for each word where it occurs.
//!
//! Words are lowercase runs of ASCII letters and digits from four fields of a page:
//!
//! - its **name**, split on `_`; a `WSAE` name also gives the word without `WSA` (`econnreset`,
//!   the BSD errno spelling) and without `WSAE` (`connreset`), and a long name word that is a
//!   run of other words is split into them (`connreset` gives `conn` and `reset`, `addrinuse`
//!   gives `addr`, `in` and `use`);
//! - its official **message**;
//! - its **prose**: the words of the page body (the sections after the message);
//! - the **aliases** the page states in its fixed-form Error Details lines (``- **BSD errno:**
//!   `ECONNRESET` ``, and `std::io::ErrorKind`, whose CamelCase values also give their words:
//!   `ConnectionReset`), as the Markdown phase read them into the page's `details`.
//!
//! The runtime checks name and message words against the text itself (`STRINGS`), so for them
//! the index only needs to say which *blocks* of [`BLOCK`] consecutive pages may hold the word:
//! a coarse index, a fraction of the size of one that names every page. Prose and aliases are
//! not in the build without the `pages` feature, so their words name the exact pages.
//!
//! Tables (all emitted into `__catalogue`):
//!
//! - `SEARCH_WORDS`: one reference per vocabulary word, in sorted order, `SEARCH_REF_WIDTH` bytes
//!   little-endian: `offset << 4 | len`, where `offset` is a byte offset into `STRINGS` followed
//!   by `SEARCH_EXTRA` and `len` the word's length (0: up to the next `\n` of `SEARCH_EXTRA`). A
//!   word is referenced where it occurs in a name or message, in any case; words found nowhere
//!   in `STRINGS` are written to `SEARCH_EXTRA`.
//! - `SEARCH_POSTINGS`: for each word in vocabulary order, LEB128 varints: a header
//!   (`block_count << 2 | is_bitmap << 1 | has_exact_pages`), the blocks (each the gap from the
//!   previous block, the first from 0; or, where that is smaller, a bitmap of one bit per block of
//!   the catalogue), then, when it has exact pages, `count << 1 | is_bitmap` and the pages: a
//!   bitmap of one bit per entry of `SEARCH_PROSE_PAGES` or, per page, `gap << 1 | is_alias`
//!   with the gap between positions in `SEARCH_PROSE_PAGES` (the first from 0).
//! - `SEARCH_PROSE_PAGES`: the pages with prose or aliases, in catalogue order.
//! - `SEARCH_RESTARTS`: the offset into `SEARCH_POSTINGS` of every [`RESTART`]th word.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use std::fmt::Write as _;

use super::literal;
use crate::check::Catalogue;

mod words;

use words::{alias_words, is_hex_number, name_words, words};

/// Pages per block of the coarse name and message postings.
pub const BLOCK: usize = 64;

/// Words per restart point in the postings.
pub const RESTART: usize = 32;

/// Words whose prose is on more than this share of the pages with prose (numerator,
/// denominator) are found by their prose nowhere: `technical`, `meaning`, `summary`.
pub const COMMON_PROSE: (usize, usize) = (1, 4);

/// Words found in prose alone, on at most this many pages, are not indexed.
pub const RARE_PROSE: usize = 3;

/// Words too common to index: the runtime treats them as optional and never looks them up.
/// The runtime keeps the same list (`catalogue/src/search/words.rs`).
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "has", "have", "in", "is", "it", "its", "of", "on",
    "or", "that", "the", "this", "to", "was", "were", "with",
];

/// Where a word of a page came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    /// The name or the message: verified against `STRINGS` at run time.
    Text,
    /// The page's prose.
    Prose,
    /// An alias the page states.
    Alias,
}

/// The built index.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Bytes per word reference (3, or 4 when the text is too long for 20-bit offsets).
    pub ref_width: usize,
    /// The word references.
    pub words: Vec<u8>,
    /// Words that occur in no name or message.
    pub extra: String,
    /// The postings.
    pub postings: Vec<u8>,
    /// Restart offsets into the postings.
    pub restarts: Vec<u32>,
    /// The pages with prose or aliases, in catalogue order: the exact postings index this list.
    pub prose_pages: Vec<u16>,
    /// Vocabulary size.
    pub word_count: usize,
}

/// Builds the index of `catalogue`; `text_starts[i]` is where page `i`'s name starts in `STRINGS`.
pub fn build(catalogue: &Catalogue, text_starts: &[u32], message_starts: &[u32], strings_len: usize) -> SearchIndex {
    let stop: BTreeSet<&str> = STOP_WORDS.iter().copied().collect();
    // Words standing on their own anywhere: the pieces compounds are split into.
    let mut known: BTreeSet<String> = BTreeSet::new();
    for entry in &catalogue.entries {
        let page = &entry.page;
        for (_, word) in
            words(&page.message).chain(words(&page.source.text[page.body_start.min(page.source.text.len())..]))
        {
            if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_alphabetic()) {
                known.insert(word.to_ascii_lowercase());
            }
        }
        for token in page.name.split('_') {
            if token.len() >= 2 && token.bytes().all(|b| b.is_ascii_alphabetic()) {
                known.insert(token.to_ascii_lowercase());
            }
        }
    }
    // word -> (reference offset, len) in STRINGS, and (page, field) occurrences.
    let mut refs: HashMap<String, (usize, usize)> = HashMap::new();
    let mut occurrences: BTreeMap<String, BTreeSet<(usize, Field)>> = BTreeMap::new();
    let mut add = |word: String, page: usize, field: Field, at: Option<usize>| {
        if word.len() < 2 || word.bytes().all(|b| b.is_ascii_digit()) || stop.contains(word.as_str()) {
            return;
        }
        if let Some(at) = at {
            refs.entry(word.clone()).or_insert((at, word.len()));
        }
        occurrences.entry(word).or_default().insert((page, field));
    };
    for (index, entry) in catalogue.entries.iter().enumerate() {
        let page = &entry.page;
        let start = text_starts[index] as usize;
        let mut offset = 0;
        for token in page.name.split('_') {
            let lower = token.to_ascii_lowercase();
            for word in name_words(&lower, &known) {
                // The piece's place in the token, for its reference.
                let at = lower.find(&word).map(|within| start + offset + within);
                add(word, index, Field::Text, at);
            }
            offset += token.len() + 1;
        }
        // Each distinct message is stored once in STRINGS, apart from the name.
        let message_start = message_starts[index] as usize;
        for (at, word) in words(&page.message) {
            add(word.to_ascii_lowercase(), index, Field::Text, Some(message_start + at));
        }
        let body = &page.source.text[page.body_start.min(page.source.text.len())..];
        // The aliases the Markdown phase read from the fixed-form Error Details lines.
        let details = &page.details;
        for value in details.errno.iter().flatten().chain(&details.io_kind) {
            for word in alias_words(value) {
                add(word, index, Field::Alias, None);
            }
        }
        // Hex numbers in prose are other codes' values (a value is found by its own page).
        for (_, word) in words(body).filter(|(_, word)| !is_hex_number(word)) {
            add(word.to_ascii_lowercase(), index, Field::Prose, None);
        }
    }

    let prose_pages = keep_useful(&mut occurrences);
    let prose_at: HashMap<usize, usize> = prose_pages.iter().enumerate().map(|(at, &page)| (page, at)).collect();
    let block_count = catalogue.entries.len().div_ceil(BLOCK);
    let mut index = SearchIndex {
        word_count: occurrences.len(),
        prose_pages: prose_pages.iter().map(|&page| page as u16).collect(),
        ..SearchIndex::default()
    };
    let mut references: Vec<(usize, usize)> = Vec::with_capacity(occurrences.len());
    for (word, places) in &occurrences {
        let reference = match refs.get(word) {
            Some(&(at, len)) if len <= 15 => (at, len),
            _ => {
                let at = strings_len + index.extra.len();
                index.extra.push_str(word);
                index.extra.push('\n');
                (at, if word.len() <= 15 { word.len() } else { 0 })
            }
        };
        references.push(reference);
        if index.word_count > 0 && (index.restarts.len() * RESTART) == references.len() - 1 {
            index.restarts.push(index.postings.len() as u32);
        }
        let mut blocks: Vec<usize> = places.iter().filter(|(_, f)| *f == Field::Text).map(|(p, _)| p / BLOCK).collect();
        blocks.dedup();
        // Exact pages: prose and alias (an alias wins over prose on the same page).
        let mut exact: BTreeMap<usize, bool> = BTreeMap::new();
        for &(page, field) in places {
            match field {
                Field::Text => {}
                Field::Prose => {
                    exact.entry(page).or_insert(false);
                }
                Field::Alias => {
                    exact.insert(page, true);
                }
            }
        }
        let mut gaps = Vec::new();
        let mut previous = 0;
        for &block in &blocks {
            push_varint(&mut gaps, (block - previous) as u32);
            previous = block;
        }
        let bitmap_len = block_count.div_ceil(8);
        let as_bitmap = bitmap_len < gaps.len();
        let header = ((blocks.len() as u32) << 2) | (u32::from(as_bitmap) << 1) | u32::from(!exact.is_empty());
        push_varint(&mut index.postings, header);
        if as_bitmap {
            let mut bitmap = vec![0u8; bitmap_len];
            for block in blocks {
                bitmap[block / 8] |= 1 << (block % 8);
            }
            index.postings.extend(bitmap);
        } else {
            index.postings.extend(gaps);
        }
        if !exact.is_empty() {
            push_exact(&mut index.postings, &exact, &prose_at, prose_pages.len());
        }
    }
    let largest = references.iter().map(|&(at, _)| at).max().unwrap_or(0);
    index.ref_width = if largest < 1 << 20 { 3 } else { 4 };
    for (at, len) in references {
        let packed = ((at as u64) << 4) | len as u64;
        index.words.extend_from_slice(&packed.to_le_bytes()[..index.ref_width]);
    }
    index
}

/// Prose and alias pages a word needs no index entry for, dropped from `occurrences`: prose on
/// a page whose name or message has the word (found there, with a higher weight), words of
/// prose alone on at most [`RARE_PROSE`] pages (words few search by), and the prose of words on more
/// than [`COMMON_PROSE`] of the pages with prose (section titles and the like). Returns the
/// pages with prose or aliases left, in catalogue order.
fn keep_useful(occurrences: &mut BTreeMap<String, BTreeSet<(usize, Field)>>) -> Vec<usize> {
    let prose_page_count = occurrences
        .values()
        .flatten()
        .filter(|(_, field)| *field != Field::Text)
        .map(|(page, _)| *page)
        .collect::<BTreeSet<_>>()
        .len();
    occurrences.retain(|_, places| {
        let text: BTreeSet<usize> = places.iter().filter(|(_, f)| *f == Field::Text).map(|(p, _)| *p).collect();
        places.retain(|(page, field)| *field != Field::Prose || !text.contains(page));
        let prose = places.iter().filter(|(_, f)| *f == Field::Prose).count();
        let only_prose = places.iter().all(|(_, f)| *f == Field::Prose);
        if prose * COMMON_PROSE.1 > prose_page_count * COMMON_PROSE.0 {
            places.retain(|(_, field)| *field != Field::Prose);
        }
        !places.is_empty() && (!only_prose || prose > RARE_PROSE)
    });
    occurrences
        .values()
        .flatten()
        .filter(|(_, field)| *field != Field::Text)
        .map(|(page, _)| *page)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Writes the exact pages of a word: `count << 1 | is_bitmap`, then a bitmap of one bit per
/// prose page (when smaller and no page is an alias one) or, per page, `gap << 1 | is_alias`
/// with the gap between positions in the prose page list.
fn push_exact(out: &mut Vec<u8>, exact: &BTreeMap<usize, bool>, prose_at: &HashMap<usize, usize>, prose_count: usize) {
    let mut gaps = Vec::new();
    let mut previous = 0;
    for (page, &is_alias) in exact {
        let at = prose_at[page];
        push_varint(&mut gaps, (((at - previous) as u32) << 1) | u32::from(is_alias));
        previous = at;
    }
    let bitmap_len = prose_count.div_ceil(8);
    let as_bitmap = bitmap_len < gaps.len() && exact.values().all(|&is_alias| !is_alias);
    push_varint(out, ((exact.len() as u32) << 1) | u32::from(as_bitmap));
    if as_bitmap {
        let mut bitmap = vec![0u8; bitmap_len];
        for page in exact.keys() {
            let at = prose_at[page];
            bitmap[at / 8] |= 1 << (at % 8);
        }
        out.extend(bitmap);
    } else {
        out.extend(gaps);
    }
}

/// Writes the index's tables (see the module documentation).
pub fn emit(out: &mut String, index: &SearchIndex) {
    let _ = writeln!(
        out,
        "/// Pages per block of the search postings.\npub const SEARCH_BLOCK: usize = {BLOCK};\n\
         /// Words per restart point of the search postings.\npub const SEARCH_RESTART: usize = {RESTART};\n\
         /// Bytes per search word reference.\npub const SEARCH_REF_WIDTH: usize = {};\n\
         /// Words in the search vocabulary.\npub const SEARCH_WORD_COUNT: usize = {};",
        index.ref_width, index.word_count
    );
    bytes(out, "The search vocabulary: one reference per word, in sorted order.", "SEARCH_WORDS", &index.words);
    out.push_str("/// Search words that occur in no name or message.\npub static SEARCH_EXTRA: &str = ");
    literal::push_string(out, &index.extra);
    out.push_str(";\n");
    bytes(out, "The search postings of every word, in vocabulary order.", "SEARCH_POSTINGS", &index.postings);
    let _ = write!(
        out,
        "/// The pages with prose or aliases.\npub static SEARCH_PROSE_PAGES: [u16; {}] = [",
        index.prose_pages.len()
    );
    for &page in &index.prose_pages {
        literal::push_decimal(out, u32::from(page));
        out.push(',');
    }
    out.push_str("];\n");
    let _ = write!(
        out,
        "/// Offsets into `SEARCH_POSTINGS` of every `SEARCH_RESTART`th word.\npub static SEARCH_RESTARTS: [u32; {}] = [",
        index.restarts.len()
    );
    for &offset in &index.restarts {
        literal::push_decimal(out, offset);
        out.push(',');
    }
    out.push_str("];\n");
}

/// `/// DOC` and `pub static NAME: [u8; N] = *b"..";`
fn bytes(out: &mut String, doc: &str, name: &str, items: &[u8]) {
    let _ = write!(out, "/// {doc}\npub static {name}: [u8; {}] = *b\"", items.len());
    for &byte in items {
        match byte {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(byte as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push_str("\";\n");
}

/// LEB128.
fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

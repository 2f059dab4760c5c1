//! A parsed query: its words and the vocabulary words each may be found as.

use std::string::String;
use std::vec::Vec;

use super::Kind;
use super::index::{self, Postings};
use super::typos::typos;
use super::words::{STOP_WORDS, is_family_word, words};

/// At most this many query words are used.
pub(super) const MAX_WORDS: usize = 8;
/// Longer query words are ignored.
pub(super) const MAX_WORD_LEN: usize = 40;
/// At most this many words per query word that start with it.
const MAX_STEMS: usize = 24;

/// One word of the query.
#[derive(Debug)]
pub struct Term<'q> {
    /// As typed.
    pub(super) word: &'q str,
    /// Lowercase.
    pub(super) lower: String,
    /// Optional: a stop word.
    pub(super) stop: bool,
    /// Whether any vocabulary word stands for it.
    pub(super) indexed: bool,
    /// Whether it names a family or space.
    pub(super) family: bool,
}

impl Term<'_> {
    /// Whether a page must match it (with the query's slack).
    pub fn required(&self) -> bool {
        !self.stop && (self.indexed || self.family)
    }
}

/// A vocabulary word one of the terms may be found as.
#[derive(Clone, Copy, Debug)]
pub(super) struct Expansion {
    pub(super) term: usize,
    pub(super) kind: Kind,
    pub(super) text: &'static str,
}

/// A page whose prose or aliases hold a vocabulary word one of the terms may be found as.
#[derive(Clone, Copy, Debug)]
pub(super) struct Exact {
    pub(super) page: usize,
    pub(super) term: usize,
    pub(super) is_alias: bool,
    pub(super) kind: Kind,
    pub(super) text: &'static str,
}

/// The parsed query.
#[derive(Debug)]
pub struct Query<'q> {
    pub(super) terms: Vec<Term<'q>>,
    pub(super) expansions: Vec<Expansion>,
    /// The pages whose prose or aliases hold a query word, by page.
    pub(super) exact: Vec<Exact>,
    /// Open-addressing tables of expansion indices by hash of the word, forwards and backwards.
    pub(super) forward: Vec<(u32, u16)>,
    /// The words a joined name word may be made of, sorted by first byte, and for each
    /// lowercase first byte the range of them that start with it.
    pub(super) pieces: Vec<Piece>,
    pub(super) buckets: Vec<(u16, u16)>,
}

/// A word a joined name word may hold: a query word or one of its expansions, lowercase.
#[derive(Debug)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) term: usize,
    pub(super) kind: Kind,
    /// Whether its start stands for it (`conn` for `connection`): a query word or the word a
    /// typo corrects to, not a longer or joined word.
    pub(super) abbreviates: bool,
}

/// A piece found inside a joined name word, from `start` to `end`.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) term: usize,
    pub(super) kind: Kind,
}

/// FNV-1a step on a lowercased byte.
#[inline]
fn step(hash: u32, byte: u8) -> u32 {
    (hash ^ u32::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0193)
}

const SEED: u32 = 0x811C_9DC5;

pub(super) fn hash_forward(text: &[u8]) -> u32 {
    text.iter().fold(SEED, |hash, &b| step(hash, b))
}

impl<'q> Query<'q> {
    /// Reads the query's words and looks each up in the vocabulary.
    pub fn parse(text: &'q str) -> Self {
        let mut terms: Vec<Term<'q>> = words(text)
            .filter(|word| word.len() <= MAX_WORD_LEN)
            .take(MAX_WORDS)
            .map(|word| {
                let lower = word.to_ascii_lowercase();
                Term {
                    word,
                    stop: STOP_WORDS.contains(&lower.as_str()),
                    family: is_family_word(&lower),
                    lower,
                    indexed: false,
                }
            })
            .collect();
        let mut expansions = Vec::new();
        for at in 0..terms.len() {
            let lower = terms[at].lower.clone();
            let mut add = |term: usize, kind: Kind, id: index::WordId| {
                expansions.push((term, kind, id));
            };
            if let Some(id) = index::find(&lower) {
                add(at, Kind::Exact, id);
            }
            // Two words written as one: `timed out` is `TIMEDOUT`.
            if let Some(next) = terms.get(at + 1) {
                let joined = std::format!("{lower}{}", next.lower);
                if let Some(id) = index::find(&joined) {
                    add(at, Kind::Stem, id);
                    add(at + 1, Kind::Stem, id);
                }
            }
            if terms[at].stop {
                continue;
            }
            let exact = index::find(&lower).is_some();
            if lower.len() >= 4 {
                // Longer words starting with it: `refuse` finds `refused`.
                let mut id = index::first_at_least(&lower);
                let mut stems = 0;
                while id < index::word_count() && stems < MAX_STEMS {
                    let word = index::word(id);
                    if !word
                        .as_bytes()
                        .get(..lower.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(lower.as_bytes()))
                    {
                        break;
                    }
                    if word.len() > lower.len() && word.len() <= lower.len() + 3 {
                        add(at, Kind::Stem, id);
                        stems += 1;
                    }
                    id += 1;
                }
                // Shorter words it starts with: `connection` finds `conn` and `connect`.
                for len in 4..lower.len() {
                    if let Some(id) = index::find(&lower[..len]) {
                        add(at, Kind::Stem, id);
                    }
                }
                if !exact {
                    for id in typos(&lower) {
                        add(at, Kind::Typo, id);
                    }
                }
            }
        }
        let mut resolved = Vec::with_capacity(expansions.len());
        let mut exact = Vec::new();
        for (term, kind, id) in expansions {
            let text = index::word(id);
            terms[term].indexed = true;
            Postings::of(id).each(|_| {}, |page, is_alias| exact.push(Exact { page, term, is_alias, kind, text }));
            resolved.push(Expansion { term, kind, text });
        }
        // By page; within a page, in the order found (a stable sort).
        exact.sort_by_key(|found| found.page);
        let size = (resolved.len() * 4).next_power_of_two().max(16);
        let mut forward = std::vec![(0u32, u16::MAX); size];
        for (at, expansion) in resolved.iter().enumerate() {
            insert(&mut forward, hash_forward(expansion.text.as_bytes()), at as u16);
        }
        let mut pieces: Vec<Piece> = terms
            .iter()
            .enumerate()
            .filter(|(_, term)| term.lower.len() >= 2)
            .map(|(term, t)| Piece { text: t.lower.clone(), term, kind: Kind::Exact, abbreviates: true })
            .chain(resolved.iter().map(|e| Piece {
                text: e.text.to_ascii_lowercase(),
                term: e.term,
                kind: e.kind,
                abbreviates: e.kind == Kind::Typo,
            }))
            .collect();
        pieces.sort_by(|a, b| a.text.cmp(&b.text).then(a.kind.cmp(&b.kind)));
        pieces.dedup_by(|a, b| a.text == b.text && a.term == b.term);
        let mut buckets = std::vec![(0u16, 0u16); 256];
        for (at, piece) in pieces.iter().enumerate() {
            let bucket = &mut buckets[usize::from(piece.text.as_bytes()[0])];
            if bucket.1 == 0 {
                bucket.0 = at as u16;
            }
            bucket.1 = at as u16 + 1;
        }
        Query { terms, expansions: resolved, exact, forward, pieces, buckets }
    }

    /// The expansions whose word is `word` (any case), given its hash in `table`.
    pub(super) fn probe<'s>(
        &'s self,
        table: &'s [(u32, u16)],
        hash: u32,
        word: &'s [u8],
    ) -> impl Iterator<Item = &'s Expansion> + 's {
        let mask = table.len() - 1;
        let mut slot = hash as usize & mask;
        core::iter::from_fn(move || {
            loop {
                let (stored, at) = table[slot];
                if at == u16::MAX {
                    return None;
                }
                slot = (slot + 1) & mask;
                let expansion = &self.expansions[usize::from(at)];
                if stored == hash && expansion.text.as_bytes().eq_ignore_ascii_case(word) {
                    return Some(expansion);
                }
            }
        })
    }

    /// The required terms, one bit each.
    pub(super) fn required_mask(&self) -> u16 {
        self.terms.iter().enumerate().filter(|(_, term)| term.required()).fold(0, |mask, (at, _)| mask | 1 << at)
    }

    /// The query's stop words that `word` (any case) is.
    pub(super) fn stop_mask(&self, word: &str) -> u16 {
        let mut mask = 0;
        for (at, term) in self.terms.iter().enumerate() {
            if term.stop && term.lower.eq_ignore_ascii_case(word) {
                mask |= 1 << at;
            }
        }
        mask
    }
}

fn insert(table: &mut [(u32, u16)], hash: u32, at: u16) {
    let mask = table.len() - 1;
    let mut slot = hash as usize & mask;
    while table[slot].1 != u16::MAX {
        slot = (slot + 1) & mask;
    }
    table[slot] = (hash, at);
}

//! A parsed query: its words, what each may be found as, and the check of one page.

use std::string::String;
use std::vec::Vec;

use super::index::{self, Postings};
use super::{Field, Hit, Kind, Match};
use crate::__catalogue::{FAMILIES, PAGES, SEARCH_BLOCK};

/// At most this many query words are used.
const MAX_WORDS: usize = 8;
/// Longer query words are ignored.
const MAX_WORD_LEN: usize = 40;
/// At most this many words per query word that start with it.
const MAX_STEMS: usize = 24;
/// At most this many typo candidates per query word.
const MAX_TYPOS: usize = 8;

/// Score per required query word a page matches.
const WORD_BONUS: u32 = 50;

/// Score per message word, beyond the first, of the longest run of query words the message
/// holds in the query's order, when that run is at least half of the message.
const PHRASE_BONUS: u32 = 10;

/// Words that are optional in a query, and never indexed (the macro's list, in
/// `codegen/src/expand/tables/search_index.rs`, is the same).
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "has", "have", "in", "is", "it", "its", "of", "on",
    "or", "that", "the", "this", "to", "was", "were", "with",
];

/// Whether `word` (any case) is one of [`STOP_WORDS`].
fn is_stop_word(word: &str) -> bool {
    word.len() <= 5 && STOP_WORDS.iter().any(|stop| stop.eq_ignore_ascii_case(word))
}

/// Leading name words that say nothing about the error.
const NAME_PREFIXES: &[&str] = &["ERROR", "STATUS", "WSA"];

/// One word of the query.
#[derive(Debug)]
pub struct Term<'q> {
    /// As typed.
    pub word: &'q str,
    /// Lowercase.
    lower: String,
    /// Optional: a stop word.
    stop: bool,
    /// Whether any vocabulary word stands for it.
    indexed: bool,
    /// Whether it names a family or space.
    family: bool,
    /// Blocks that may hold it.
    pub blocks: Vec<bool>,
    /// Pages whose prose or aliases hold it: (page, is_alias, kind, word).
    exact: Vec<(usize, bool, Kind, &'static str)>,
}

impl Term<'_> {
    /// Whether a page must match it (with the query's slack).
    pub fn required(&self) -> bool {
        !self.stop && (self.indexed || self.family)
    }
}

/// A vocabulary word one of the terms may be found as.
#[derive(Clone, Copy, Debug)]
struct Expansion {
    term: usize,
    kind: Kind,
    text: &'static str,
}

/// The parsed query.
#[derive(Debug)]
pub struct Query<'q> {
    pub terms: Vec<Term<'q>>,
    expansions: Vec<Expansion>,
    /// Open-addressing tables of expansion indices by hash of the word, forwards and backwards.
    forward: Vec<(u32, u16)>,
    /// The words a joined name word may be made of, sorted by first byte, and for each
    /// lowercase first byte the range of them that start with it.
    pieces: Vec<Piece>,
    buckets: Vec<(u16, u16)>,
}

/// A word a joined name word may hold: a query word or one of its expansions, lowercase.
#[derive(Debug)]
struct Piece {
    text: String,
    term: usize,
    kind: Kind,
    /// Whether its start stands for it (`conn` for `connection`): a query word or the word a
    /// typo corrects to, not a longer or joined word.
    abbreviates: bool,
}

/// A piece found inside a joined name word, from `start` to `end`.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    start: usize,
    end: usize,
    term: usize,
    kind: Kind,
}

/// Joined name words longer than this are not split.
const MAX_JOINED: usize = 48;

/// FNV-1a step on a lowercased byte.
#[inline]
fn step(hash: u32, byte: u8) -> u32 {
    (hash ^ u32::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0193)
}

const SEED: u32 = 0x811C_9DC5;

fn hash_forward(text: &[u8]) -> u32 {
    text.iter().fold(SEED, |hash, &b| step(hash, b))
}

/// The words of `text`: runs of ASCII letters and digits, with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty())
}

impl<'q> Query<'q> {
    /// Reads the query's words and looks each up in the vocabulary.
    pub fn parse(text: &'q str) -> Self {
        let block_count = PAGES.len().div_ceil(SEARCH_BLOCK);
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
                    blocks: std::vec![false; block_count],
                    exact: Vec::new(),
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
        for (term, kind, id) in expansions {
            let text = index::word(id);
            terms[term].indexed = true;
            let term_ref = &mut terms[term];
            let mut exact = Vec::new();
            Postings::of(id).each(
                |block| {
                    if let Some(slot) = term_ref.blocks.get_mut(block) {
                        *slot = true;
                    }
                },
                |page, is_alias| exact.push((page, is_alias, kind, text)),
            );
            for &(page, ..) in &exact {
                if let Some(slot) = term_ref.blocks.get_mut(page / SEARCH_BLOCK) {
                    *slot = true;
                }
            }
            term_ref.exact.extend(exact);
            resolved.push(Expansion { term, kind, text });
        }
        for term in terms.iter_mut().filter(|term| term.family) {
            for (at, page) in PAGES.iter().enumerate() {
                if family_matches(page, &term.lower) {
                    term.blocks[at / SEARCH_BLOCK] = true;
                }
            }
        }
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
        Query { terms, expansions: resolved, forward, pieces, buckets }
    }

    /// The expansions whose word is `word` (any case), given its hash in `table`.
    fn probe<'s>(
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

    /// The query's stop words that `word` (any case) is.
    fn stop_mask(&self, word: &str) -> u16 {
        let mut mask = 0;
        for (at, term) in self.terms.iter().enumerate() {
            if term.stop && term.lower.eq_ignore_ascii_case(word) {
                mask |= 1 << at;
            }
        }
        mask
    }

    /// Finds the query's words inside the joined name word `form` (`CONNRESET`: `conn`, the
    /// start of `connection`, and `reset`). When pieces spell all of it, offers each and returns
    /// `true`; otherwise offers the pieces of four letters or more at its start and end.
    fn compound(
        &self,
        form: &'static str,
        edges: &mut Vec<Edge>,
        offer: &mut impl FnMut(usize, Kind, &'static str),
        masks: &mut Vec<u16>,
    ) -> bool {
        let bytes = form.as_bytes();
        let n = bytes.len();
        if n >= MAX_JOINED {
            return false;
        }
        edges.clear();
        for start in 0..n {
            let (from, to) = self.buckets[usize::from(bytes[start].to_ascii_lowercase())];
            for piece in &self.pieces[usize::from(from)..usize::from(to)] {
                let text = piece.text.as_bytes();
                let common = bytes[start..].iter().zip(text).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count();
                if common == text.len() {
                    edges.push(Edge { start, end: start + common, term: piece.term, kind: piece.kind });
                } else if piece.abbreviates {
                    // An abbreviation: the start of the word (`conn`, `addr`, `reg`).
                    for len in 3..=common {
                        edges.push(Edge {
                            start,
                            end: start + len,
                            term: piece.term,
                            kind: piece.kind.max(Kind::Stem),
                        });
                    }
                }
            }
        }
        // Edges come by start, so a place is settled before any edge leaves it.
        let mut via = [u8::MAX; MAX_JOINED];
        let mut reached = [false; MAX_JOINED];
        reached[0] = true;
        for (at, edge) in edges.iter().enumerate().take(usize::from(u8::MAX)) {
            if reached[edge.start] && !reached[edge.end] {
                reached[edge.end] = true;
                via[edge.end] = at as u8;
            }
        }
        if reached[n] {
            let (mut end, first) = (n, masks.len());
            while end > 0 {
                let edge = edges[usize::from(via[end])];
                offer(edge.term, edge.kind, &form[edge.start..edge.end]);
                masks.push(1 << edge.term);
                end = edge.start;
            }
            masks[first..].reverse();
            return true;
        }
        for edge in edges.iter().filter(|edge| (edge.start == 0 || edge.end == n) && edge.end - edge.start >= 4) {
            offer(edge.term, edge.kind, &form[edge.start..edge.end]);
        }
        false
    }

    /// Checks page `page_at`: its hit and how many required words it matched, or `None`.
    pub fn check(&self, page_at: usize) -> Option<(Hit<'q>, u8)> {
        let page = &PAGES[page_at];
        let mut best: [Option<(u32, Match<'q>)>; MAX_WORDS] = [None; MAX_WORDS];
        let mut offer = |term: usize, field: Field, kind: Kind, found: &'static str| {
            let score = field.weight() * kind.factor();
            let slot = &mut best[term];
            if slot.is_none_or(|(old, _)| score > old) {
                *slot = Some((score, Match { word: self.terms[term].word, field, kind, found }));
            }
        };
        // The name, word by word, for itself and for its compound pieces.
        let name = page.name();
        let (mut spelled, mut spellable) = (0u32, 0u32);
        let mut skip_prefix = name_prefix_len(name);
        let mut edges: Vec<Edge> = Vec::new();
        // Which query words each name word (or piece of a joined one) holds, in order.
        let mut name_masks: Vec<u16> = Vec::new();
        for token in name.split('_') {
            let counts = skip_prefix == 0;
            skip_prefix = skip_prefix.saturating_sub(1);
            let mut covered = false;
            let mut mask = self.stop_mask(token);
            let mut last = token;
            for form in name_forms(token) {
                let bytes = form.as_bytes();
                for expansion in self.probe(&self.forward, hash_forward(bytes), bytes) {
                    offer(expansion.term, Field::Name, expansion.kind, form);
                    mask |= 1 << expansion.term;
                    covered = true;
                }
                last = form;
            }
            if !covered && last.len() >= 4 {
                // A joined word: `CONNRESET` is `conn` + `reset`, `NOINTERFACE` is `no` + `interface`.
                covered = self.compound(
                    last,
                    &mut edges,
                    &mut |term, kind, piece| offer(term, Field::Name, kind, piece),
                    &mut name_masks,
                );
                if !covered {
                    name_masks.push(mask);
                }
            } else {
                name_masks.push(mask);
            }
            if counts {
                spellable += 1;
                spelled += u32::from(covered);
            }
        }
        // The message, and which query words each of its words holds.
        let mut message_masks: Vec<u16> = Vec::new();
        for word in words(page.message()) {
            let bytes = word.as_bytes();
            let mut mask = self.stop_mask(word);
            for expansion in self.probe(&self.forward, hash_forward(bytes), bytes) {
                offer(expansion.term, Field::Message, expansion.kind, word);
                mask |= 1 << expansion.term;
            }
            if mask == 0 && is_stop_word(word) {
                // `access is denied` holds the phrase `access denied`.
                continue;
            }
            message_masks.push(mask);
        }
        for (term_at, term) in self.terms.iter().enumerate() {
            for &(page, is_alias, kind, text) in &term.exact {
                if page == page_at {
                    offer(term_at, if is_alias { Field::Alias } else { Field::Prose }, kind, text);
                }
            }
            if term.family && family_matches(&PAGES[page_at], &term.lower) {
                offer(term_at, Field::Family, Kind::Exact, PAGES[page_at].module());
            }
        }
        let mut matched = 0u8;
        let mut score = 0u32;
        let mut matches = Vec::new();
        for (term, found) in self.terms.iter().zip(&best) {
            if let Some((term_score, found)) = found {
                score += if term.stop { 1 } else { *term_score };
                matched += u8::from(term.required());
                matches.push(*found);
            }
        }
        if matched == 0 {
            return None;
        }
        score += (12 * spelled).checked_div(spellable).unwrap_or(0);
        // Each word found counts before how well: a page with every word comes first.
        score += WORD_BONUS * u32::from(matched);
        // A phrase of the query in the message: `no such interface` in "No such interface supported".
        // A phrase of the query that is most of the message (`no such interface` in "No such
        // interface supported"), beyond what the name already spells in order.
        let phrase = longest_run(&message_masks);
        if 2 * phrase >= message_masks.len() {
            score += PHRASE_BONUS * phrase.saturating_sub(longest_run(&name_masks).max(1)) as u32;
        }
        Some((Hit { page, at: page_at, score, matches }, matched))
    }
}

/// The longest run of `masks` in which each holds the query word after one the previous held.
fn longest_run(masks: &[u16]) -> usize {
    let (mut runs, mut longest) = ([0usize; MAX_WORDS], 0);
    let mut previous = 0u16;
    for &mask in masks {
        let mut next = [0usize; MAX_WORDS];
        for (at, run) in next.iter_mut().enumerate() {
            if mask & (1 << at) != 0 {
                *run = if at > 0 && previous & (1 << (at - 1)) != 0 { runs[at - 1] + 1 } else { 1 };
                longest = longest.max(*run);
            }
        }
        (previous, runs) = (mask, next);
    }
    longest
}

fn insert(table: &mut [(u32, u16)], hash: u32, at: u16) {
    let mask = table.len() - 1;
    let mut slot = hash as usize & mask;
    while table[slot].1 != u16::MAX {
        slot = (slot + 1) & mask;
    }
    table[slot] = (hash, at);
}

/// The forms a name word is found as: itself, and for `WSAE` names without `WSA` (the BSD
/// errno spelling) and without `WSAE`.
fn name_forms(token: &str) -> impl Iterator<Item = &str> {
    let wsa = token.len() > 5 && token.as_bytes()[..3].eq_ignore_ascii_case(b"WSA");
    let e = wsa && token.as_bytes()[3].eq_ignore_ascii_case(&b'E');
    [Some(token), wsa.then(|| &token[3..]), e.then(|| &token[4..])].into_iter().flatten()
}

/// How many leading words of `name` say nothing about the error: `ERROR`, `STATUS`, `WSA`, and
/// an HRESULT's facility and severity (`SEC_E_`).
fn name_prefix_len(name: &str) -> usize {
    let mut tokens = name.split('_');
    if let Some(at) = name.split('_').take(3).position(|token| matches!(token, "E" | "S" | "W" | "I")) {
        return at + 1;
    }
    usize::from(tokens.next().is_some_and(|first| NAME_PREFIXES.contains(&first)))
}

/// Whether `word` (lowercase) names a family or a space.
fn is_family_word(word: &str) -> bool {
    matches!(word, "win32" | "hresult" | "ntstatus")
        || FAMILIES.iter().any(|family| family.module().split('_').any(|part| part == word))
}

/// Whether `page`'s family or space is named by `word` (lowercase).
fn family_matches(page: &crate::ErrorPage, word: &str) -> bool {
    page.space().keyword() == word || page.module().split('_').any(|part| part == word)
}

/// Vocabulary words within one typing mistake of `word` (two for words of eight letters or more),
/// closest first.
fn typos(word: &str) -> Vec<index::WordId> {
    let limit = if word.len() >= 8 { 2 } else { 1 };
    let mut found: Vec<(usize, index::WordId)> = Vec::new();
    for id in 0..index::word_count() {
        let candidate = index::word(id);
        if candidate.len().abs_diff(word.len()) > limit {
            continue;
        }
        if let Some(distance) = distance_within(word.as_bytes(), candidate.as_bytes(), limit) {
            found.push((distance, id));
        }
    }
    found.sort_unstable();
    found.truncate(MAX_TYPOS);
    found.into_iter().map(|(_, id)| id).collect()
}

/// The optimal-string-alignment distance of `a` (lowercase) and `b` (any case), if at most `limit`.
fn distance_within(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    let width = b.len() + 1;
    let mut rows = [[0usize; MAX_WORD_LEN + 3]; 3];
    if width > rows[0].len() {
        return None;
    }
    for (j, cell) in rows[0].iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (current, previous, before) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[current][0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1].to_ascii_lowercase());
            let mut value = (rows[previous][j] + 1).min(rows[current][j - 1] + 1).min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2].to_ascii_lowercase() && a[i - 2] == b[j - 1].to_ascii_lowercase()
            {
                value = value.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min > limit {
            return None;
        }
    }
    let distance = rows[a.len() % 3][b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_one_mistake_each() {
        assert_eq!(distance_within(b"conection", b"connection", 2), Some(1));
        assert_eq!(distance_within(b"refsued", b"refused", 1), Some(1));
        assert_eq!(distance_within(b"reset", b"RESET", 1), Some(0));
        assert_eq!(distance_within(b"abcdef", b"uvwxyz", 2), None);
    }

    #[test]
    fn name_prefixes_are_not_spelled() {
        assert_eq!(name_prefix_len("ERROR_ACCESS_DENIED"), 1);
        assert_eq!(name_prefix_len("SEC_E_UNTRUSTED_ROOT"), 2);
        assert_eq!(name_prefix_len("WSAECONNRESET"), 0);
        assert_eq!(name_prefix_len("STATUS_CONNECTION_RESET"), 1);
    }
}

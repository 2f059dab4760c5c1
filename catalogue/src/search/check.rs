//! The check of one page against a parsed query: where each query word is found and the score.

use std::vec::Vec;

use super::matcher::{Edge, MAX_WORDS, Query, hash_forward};
use super::words::{family_matches, is_stop_word, name_forms, name_prefix_len, words};
use super::{Field, Hit, Kind, Match};
use crate::__catalogue::PAGES;

/// Score per required query word a page matches.
const WORD_BONUS: u32 = 50;

/// Score per message word, beyond the first, of the longest run of query words the message
/// holds in the query's order, when that run is at least half of the message.
const PHRASE_BONUS: u32 = 10;

/// Joined name words longer than this are not split.
const MAX_JOINED: usize = 48;

/// Buffers [`Query::check`] reuses from page to page.
#[derive(Debug, Default)]
pub struct Scratch {
    /// The pieces found in a joined name word.
    edges: Vec<Edge>,
    /// Which query words each name word (or piece of a joined one) holds, in order.
    name_masks: Vec<u16>,
    /// Which query words each message word holds, in order.
    message_masks: Vec<u16>,
}

impl<'q> Query<'q> {
    /// For every page, at most how many required words it can match: those its name or
    /// message holds as one of their expansions, whose pieces a name word may be joined from,
    /// that its prose or aliases hold, or that name its family (by the page postings of
    /// [`super::page_words`]). Never below what [`Query::check`] finds. Each page's words
    /// come as two masks: those surely held, and those only a joined name word may hold (see
    /// [`Query::joined`]).
    pub(super) fn possible(&self) -> Vec<(u16, u16)> {
        let all = super::page_words::get();
        let mut held = std::vec![0u16; PAGES.len()];
        let mut joined = std::vec![0u16; PAGES.len()];
        let mut mark = |pages: &[u16], term: usize| {
            for &page in pages {
                joined[usize::from(page)] |= 1 << term;
            }
        };
        let required = |term: usize| self.terms[term].required();
        for expansion in self.expansions.iter().filter(|e| required(e.term)) {
            for &page in all.word(&expansion.text.to_ascii_lowercase()) {
                held[usize::from(page)] |= 1 << expansion.term;
            }
        }
        // A joined name word holds each piece it is made of, or the first three letters of an
        // abbreviated one, somewhere.
        for piece in self.pieces.iter().filter(|piece| required(piece.term)) {
            let text = piece.text.as_bytes();
            if text.len() < 2 {
                mark(&(0..PAGES.len() as u16).collect::<Vec<_>>(), piece.term);
            } else {
                mark(all.run(&text[..text.len().min(3)]), piece.term);
            }
        }
        for found in self.exact.iter().filter(|found| required(found.term)) {
            held[found.page] |= 1 << found.term;
        }
        for (at, term) in self.terms.iter().enumerate().filter(|(_, term)| term.family && term.required()) {
            for (page_at, page) in PAGES.iter().enumerate() {
                if family_matches(page, &term.lower) {
                    held[page_at] |= 1 << at;
                }
            }
        }
        held.into_iter().zip(joined).map(|(held, joined)| (held, joined & !held)).collect()
    }

    /// The words page `page_at`'s joined name words hold, as [`Query::check`] finds them.
    pub(super) fn joined(&self, page_at: usize, scratch: &mut Scratch) -> u16 {
        let mut held = 0u16;
        for token in PAGES[page_at].name().split('_') {
            let mut covered = false;
            let mut last = token;
            for form in name_forms(token) {
                let bytes = form.as_bytes();
                covered |= self.probe(&self.forward, hash_forward(bytes), bytes).next().is_some();
                last = form;
            }
            if !covered && last.len() >= 4 {
                scratch.name_masks.clear();
                self.compound(last, &mut scratch.edges, &mut |term, _, _| held |= 1 << term, &mut scratch.name_masks);
            }
        }
        held
    }

    /// Finds the query's words inside the joined name word `form` (`CONNRESET`: `conn`, the
    /// start of `connection`, and `reset`). When pieces spell all of it, offers each and returns
    /// `true`; otherwise offers the pieces of four letters or more at its start and end.
    pub(super) fn compound(
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
    pub(super) fn check(&self, page_at: usize, scratch: &mut Scratch) -> Option<(Hit<'q>, u8)> {
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
        let Scratch { edges, name_masks, message_masks } = scratch;
        edges.clear();
        name_masks.clear();
        message_masks.clear();
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
                    edges,
                    &mut |term, kind, piece| offer(term, Field::Name, kind, piece),
                    name_masks,
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
        let from = self.exact.partition_point(|found| found.page < page_at);
        for found in self.exact[from..].iter().take_while(|found| found.page == page_at) {
            offer(found.term, if found.is_alias { Field::Alias } else { Field::Prose }, found.kind, found.text);
        }
        for (term_at, term) in self.terms.iter().enumerate() {
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
        let phrase = longest_run(message_masks);
        if 2 * phrase >= message_masks.len() {
            score += PHRASE_BONUS * phrase.saturating_sub(longest_run(name_masks).max(1)) as u32;
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

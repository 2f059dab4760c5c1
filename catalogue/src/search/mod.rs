//! [`search`]: ranked search over every page's name, message, prose and aliases, for tools.

mod check;
mod index;
mod matcher;
mod page_words;
mod typos;
mod words;

use core::fmt;
use std::vec::Vec;

use crate::__catalogue::PAGES;
use crate::lookup::lookup_value;
use crate::{ErrorPage, Space};

use check::Scratch;
use matcher::{MAX_WORDS, Query};

/// Where a query word was found on a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The whole query is the page's name or one spelling of its value.
    Exact,
    /// A word of the name (`CONNRESET` holds `conn` and `reset`; `WSAECONNRESET` is also
    /// `ECONNRESET`).
    Name,
    /// An alias the page states, such as its BSD errno name.
    Alias,
    /// The official message.
    Message,
    /// The page's prose.
    Prose,
    /// The page's family or space (`winsock`, `ntstatus`).
    Family,
}

impl Field {
    /// `name`, `alias`, `message`, `page text`, `family`: the word for it in the CLI.
    pub fn label(self) -> &'static str {
        match self {
            Field::Exact => "exact",
            Field::Name => "name",
            Field::Alias => "alias",
            Field::Message => "message",
            Field::Prose => "page text",
            Field::Family => "family",
        }
    }

    /// The field's weight in a score.
    fn weight(self) -> u32 {
        match self {
            Field::Exact => 10_000,
            Field::Alias => 12,
            Field::Name => 10,
            Field::Message => 5,
            Field::Prose => 3,
            Field::Family => 2,
        }
    }
}

/// How a query word matched the word it was found as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The same word, in any case.
    Exact,
    /// A word sharing its stem: one starts with the other (`refused` for `refuse`, `conn` for
    /// `connection`), or two query words written as one (`timed out` for `TIMEDOUT`).
    Stem,
    /// A word within a small edit distance (`conection` for `connection`).
    Typo,
}

impl Kind {
    fn factor(self) -> u32 {
        match self {
            Kind::Exact => 4,
            Kind::Stem => 3,
            Kind::Typo => 2,
        }
    }
}

/// Why a page matched one query word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'q> {
    /// The query word.
    pub word: &'q str,
    /// Where it was found.
    pub field: Field,
    /// How it matched.
    pub kind: Kind,
    /// The word it was found as, as the page writes it (for [`Field::Exact`], the name).
    pub found: &'static str,
}

impl fmt::Display for Match<'_> {
    /// `name`, `message`, `page text`, `alias ECONNRESET`, `name (typo of CONNECTION)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.field, self.kind) {
            (Field::Exact, _) => f.write_str("exact name or value"),
            (Field::Alias, Kind::Exact) => write!(f, "alias {}", self.found),
            (field, Kind::Exact) => f.write_str(field.label()),
            (field, Kind::Stem) => write!(f, "{} ({} ~ {})", field.label(), self.word, self.found),
            (field, Kind::Typo) => write!(f, "{} (typo of {})", field.label(), self.found),
        }
    }
}

/// One result of [`search`]: a page, its score and why it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit<'q> {
    page: &'static ErrorPage,
    /// The page's index in `PAGES`.
    at: usize,
    score: u32,
    matches: Vec<Match<'q>>,
}

impl<'q> Hit<'q> {
    /// The page.
    pub fn page(&self) -> &'static ErrorPage {
        self.page
    }

    /// The score: higher is better; 10,000 for an exact name or value.
    pub fn score(&self) -> u32 {
        self.score
    }

    /// Why the page matched: one entry per query word it matched, in query order.
    pub fn matches(&self) -> &[Match<'q>] {
        &self.matches
    }
}

/// The iterator [`search`] returns: [`Hit`]s, best first.
#[derive(Clone, Debug)]
pub struct Search<'q> {
    hits: std::vec::IntoIter<Hit<'q>>,
}

impl<'q> Iterator for Search<'q> {
    type Item = Hit<'q>;

    fn next(&mut self) -> Option<Hit<'q>> {
        self.hits.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.hits.size_hint()
    }
}

impl ExactSizeIterator for Search<'_> {}
impl core::iter::FusedIterator for Search<'_> {}

/// The pages that best match `query`, best first, each with its score and why it matched.
///
/// A query is words, as a person types them: words of a name (`CONNRESET`, `conn reset`), of
/// the official message, of a page's prose, an alias a page states (its BSD errno name, such as
/// `ECONNRESET`), a family or space (`winsock`, `ntstatus`), or a whole name or value.
///
/// - An exact name (any case, `ERROR_` optional) or value (`10054`, `0x2746`, `0x80072746`)
///   comes first.
/// - Each query word is found as itself, as a word sharing its stem (`refuse` finds `refused`,
///   `connection` finds the `CONN` of `WSAECONNRESET`, `timed out` finds `TIMEDOUT`) or, when the
///   catalogue has no such word, as a word within one or two typing mistakes (`conection`).
/// - Words such as `the`, `is` and `in` are optional. The results are the pages that match every
///   other word; with three words or more, also those that miss one; if no page matches them all,
///   the pages that match the most.
/// - A page scores 50 for each word it matches (so pages with every word come first) and, for
///   each word, the weight of the best place it was found (alias 12: a BSD errno name or
///   `std::io::ErrorKind` the page states; name 10, a joined name word such as `NOINTERFACE`
///   included; message 5; page text 3; family 2) times how it matched (exact 4, stem 3, typo 2);
///   plus up to 12 for how much of the name the query spells out, and 10 per word of a query
///   phrase that is at least half of the message, beyond the run the name spells in order.
///   Ties come in catalogue order.
///
/// The index behind it is built at compile time with the other tables.
///
/// ```
/// let best = winerror::search("access denied").next().unwrap();
/// assert_eq!(best.page().name(), "ERROR_ACCESS_DENIED");
/// let names: Vec<_> = winerror::search("connection reset").take(3).map(|hit| hit.page().name()).collect();
/// assert!(names.contains(&"WSAECONNRESET"), "{names:?}");
/// assert_eq!(winerror::search("ECONNRESET").next().unwrap().page().name(), "WSAECONNRESET");
/// assert_eq!(winerror::search("").count(), 0);
/// ```
pub fn search(query: &str) -> Search<'_> {
    let mut hits = exact_hits(query);
    let parsed = Query::parse(query);
    if !parsed.terms.is_empty() {
        ranked(&parsed, &mut hits);
    }
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.at.cmp(&b.at)));
    let mut seen = std::vec![false; PAGES.len()];
    hits.retain(|hit| !core::mem::replace(&mut seen[hit.at], true));
    Search { hits: hits.into_iter() }
}

/// Hits for a query that is a whole name or value.
fn exact_hits(query: &str) -> Vec<Hit<'_>> {
    let text = query.trim();
    let mut pages: Vec<&'static ErrorPage> = Vec::new();
    if text.is_empty() {
        return Vec::new();
    }
    if let Some(page) = crate::by_name(text).or_else(|| {
        let prefixed = std::format!("ERROR_{text}");
        crate::by_name(&prefixed)
    }) {
        pages.push(page);
    }
    if let Some(value) = parse_value(text) {
        pages.extend(crate::lookup(value));
        for space in [Space::HResult, Space::NtStatus] {
            pages.extend(lookup_value(space, value));
        }
        if value & 0xFFFF_0000 == 0x8007_0000 {
            pages.extend(crate::lookup(value & 0xFFFF));
        }
    }
    pages
        .into_iter()
        .map(|page| Hit {
            page,
            at: index_of(page),
            score: Field::Exact.weight(),
            matches: std::vec![Match { word: text, field: Field::Exact, kind: Kind::Exact, found: page.name() }],
        })
        .collect()
}

/// The index of `page`, one of `PAGES`, in it.
fn index_of(page: &ErrorPage) -> usize {
    (page as *const ErrorPage as usize - PAGES.as_ptr() as usize) / core::mem::size_of::<ErrorPage>()
}

/// A decimal or `0x` hex value, or a negative decimal read as 32-bit two's complement.
fn parse_value(text: &str) -> Option<u32> {
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return u32::from_str_radix(hex, 16).ok();
    }
    if let Some(negative) = text.strip_prefix('-') {
        return negative.parse::<u32>().ok().filter(|&n| n <= 1 << 31).map(|n| n.wrapping_neg());
    }
    text.parse().ok()
}

/// The ranked word search: how many words each page may hold from the page postings, then the
/// pages that may reach the best page's count checked, most words first.
fn ranked<'q>(query: &Query<'q>, hits: &mut Vec<Hit<'q>>) {
    let required = query.terms.iter().filter(|term| term.required()).count();
    let possible = query.possible();
    // The pages by how many required words they may hold.
    let mut by_count: Vec<Vec<usize>> = std::vec![Vec::new(); MAX_WORDS + 1];
    for (page_at, &(held, joined)) in possible.iter().enumerate() {
        let count = ((held | joined) & query.required_mask()).count_ones() as usize;
        if count > 0 {
            by_count[count].push(page_at);
        }
    }
    let slack = u8::from(required >= 3);
    let mut best = 0u8;
    let mut found: Vec<(Hit<'q>, u8)> = Vec::new();
    let mut scratch = Scratch::default();
    // By falling count; stop once no page left can reach the best page's (less the slack).
    for level in (1..by_count.len()).rev() {
        if level as u8 + slack < best.max(1) {
            break;
        }
        for &page_at in &by_count[level] {
            let (held, joined) = possible[page_at];
            if joined != 0 {
                // Words only a joined name word may hold: look at the name's joined words first.
                let surely = held | (joined & query.joined(page_at, &mut scratch));
                if (surely & query.required_mask()).count_ones() as u8 + slack < best.max(1) {
                    continue;
                }
            }
            if let Some((hit, matched)) = query.check(page_at, &mut scratch) {
                best = best.max(matched);
                found.push((hit, matched));
            }
        }
    }
    if required == 0 {
        // Only optional words (family names, `the`): pages of the families they name.
        return;
    }
    let floor = best.saturating_sub(slack).max(1);
    hits.extend(found.into_iter().filter(|(_, matched)| *matched >= floor).map(|(hit, _)| hit));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(query: &str) -> Vec<&'static str> {
        search(query).map(|hit| hit.page().name()).collect()
    }

    #[test]
    fn exact_names_and_values_come_first() {
        assert_eq!(names("ERROR_ACCESS_DENIED")[0], "ERROR_ACCESS_DENIED");
        assert_eq!(names("access_denied")[0], "ERROR_ACCESS_DENIED");
        assert_eq!(names("10054")[0], "WSAECONNRESET");
        assert_eq!(names("0x80090325")[0], "SEC_E_UNTRUSTED_ROOT");
        assert_eq!(names("0x80070005")[0], "ERROR_ACCESS_DENIED");
    }

    #[test]
    fn results_are_best_first_and_once_each() {
        let hits: Vec<_> = search("connection reset").collect();
        assert!(hits.windows(2).all(|pair| pair[0].score() >= pair[1].score()));
        let mut pages: Vec<_> = hits.iter().map(|hit| hit.at).collect();
        pages.sort_unstable();
        pages.dedup();
        assert_eq!(pages.len(), hits.len());
    }

    #[test]
    fn every_hit_says_why() {
        for hit in search("conection refused") {
            assert!(!hit.matches().is_empty());
        }
        let hit = search("conection refused").find(|hit| hit.page().name() == "WSAECONNREFUSED").unwrap();
        assert!(hit.matches().iter().any(|m| m.kind == Kind::Typo), "{hit:?}");
    }

    #[test]
    fn queries_without_words_match_nothing() {
        assert_eq!(search("").count(), 0);
        assert_eq!(search("  -- ,. ").count(), 0);
        assert_eq!(search("ééé").count(), 0);
        assert_eq!(search("zzzzqqqq").count(), 0);
    }
}

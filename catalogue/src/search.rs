//! [`search`]: ranked word search over the names and messages of every page, for tools.

use core::iter::FusedIterator;

use crate::{ErrorPage, pages};

/// The pages whose names or messages contain every word of `query`, best first.
///
/// Words are runs of ASCII letters and digits, compared whole and without regard to ASCII
/// case; a name's words are its `_`-separated parts. Every word of the query must occur in
/// the page's name or message. Pages with more words found in the name rank first, then pages
/// with more words found in the message, then pages whose whole name the query spells out
/// (`access denied` puts `ERROR_ACCESS_DENIED` before `ERROR_NETWORK_ACCESS_DENIED`); ties
/// come in code order. Each item carries its score, higher is better.
///
/// The search allocates nothing: it walks the catalogue once per distinct score.
///
/// ```
/// let (best, _score) = winerror::search("access denied").next().unwrap();
/// assert_eq!(best.name(), "ERROR_ACCESS_DENIED");
/// assert!(winerror::search("negotiation took too long").any(|(page, _)| page.code().raw() == 13814));
/// assert_eq!(winerror::search("").count(), 0);
/// ```
pub fn search(query: &str) -> Search<'_> {
    Search { query, tier: Tier::Unknown, position: 0, next_below: 0 }
}

/// The iterator [`search`] returns: `(page, score)` pairs, best first.
#[derive(Clone, Debug)]
pub struct Search<'q> {
    query: &'q str,
    tier: Tier,
    position: usize,
    next_below: u32,
}

/// Which score the current pass over the pages yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tier {
    /// The best score is not known yet.
    Unknown,
    /// Yielding the pages with this score.
    Score(u32),
    /// Every match has been yielded.
    Done,
}

impl Iterator for Search<'_> {
    type Item = (&'static ErrorPage, u32);

    fn next(&mut self) -> Option<Self::Item> {
        let all = pages();
        loop {
            let current = match self.tier {
                Tier::Done => return None,
                Tier::Unknown => {
                    let best = all.iter().map(|page| score(self.query, page)).max().unwrap_or(0);
                    self.tier = if best == 0 { Tier::Done } else { Tier::Score(best) };
                    continue;
                }
                Tier::Score(current) => current,
            };
            while let Some(page) = all.get(self.position) {
                self.position += 1;
                let page_score = score(self.query, page);
                if page_score == current {
                    return Some((page, page_score));
                }
                if page_score < current {
                    self.next_below = self.next_below.max(page_score);
                }
            }
            self.tier = if self.next_below == 0 { Tier::Done } else { Tier::Score(self.next_below) };
            self.position = 0;
            self.next_below = 0;
        }
    }
}

impl FusedIterator for Search<'_> {}

/// The words of a query, a name or a message: maximal runs of ASCII letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty())
}

/// Whether `word` is one of the words of `text`, ignoring ASCII case.
fn contains_word(text: &str, word: &str) -> bool {
    words(text).any(|candidate| candidate.eq_ignore_ascii_case(word))
}

/// The score of `page` for `query`: zero unless every query word occurs in its name or message.
///
/// Name hits are weighted so that one more word found in the name always outweighs any number
/// of message hits; the lowest bit rewards a query that spells out every word of the name.
fn score(query: &str, page: &ErrorPage) -> u32 {
    let query_words = words(query);
    let (mut total, mut in_name, mut in_message) = (0u32, 0u32, 0u32);
    for word in query_words.clone() {
        let name_hit = contains_word(page.name(), word);
        let message_hit = contains_word(page.message(), word);
        if !name_hit && !message_hit {
            return 0;
        }
        total += 1;
        in_name += u32::from(name_hit);
        in_message += u32::from(message_hit);
    }
    if total == 0 {
        return 0;
    }
    let spells_name = words(page.name())
        .filter(|part| !matches!(*part, "ERROR" | "WSA"))
        .all(|part| query_words.clone().any(|word| word.eq_ignore_ascii_case(part)));
    let message_weight = 2;
    let name_weight = message_weight * (total + 1);
    1 + in_name * name_weight + in_message * message_weight + u32::from(spells_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(query: &str) -> impl Iterator<Item = &'static str> + '_ {
        search(query).map(|(page, _)| page.name())
    }

    #[test]
    fn every_query_word_is_required() {
        for (page, _) in search("ipsec delay") {
            assert!(contains_word(page.name(), "IPSEC") || contains_word(page.message(), "ipsec"));
            assert!(contains_word(page.name(), "DELAY") || contains_word(page.message(), "delay"));
        }
        assert!(names("ipsec delay").any(|name| name == "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
        assert_eq!(search("ipsec zzzunknownword").count(), 0);
    }

    #[test]
    fn words_match_whole_and_in_any_case() {
        assert!(names("TIMEOUT").any(|name| name == "ERROR_WINHTTP_TIMEOUT"));
        assert!(names("timeout").any(|name| name == "ERROR_INTERNET_TIMEOUT"));
        // A word's prefix is not a word: "negotiat" does not find "Negotiation took too long."
        assert!(names("negotiation").any(|name| name == "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
        assert!(!names("negotiat").any(|name| name == "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    }

    #[test]
    fn name_hits_rank_above_message_hits_and_ties_go_by_code() {
        let results: Vec<_> = search("timeout").collect();
        assert!(results.len() > 2);
        for pair in results.windows(2) {
            let ((first, first_score), (second, second_score)) = (pair[0], pair[1]);
            assert!(first_score >= second_score, "{first:?} before {second:?}");
            if first_score == second_score {
                assert!(first.code() <= second.code());
            }
        }
        let first_message_only = results.iter().position(|(page, _)| !contains_word(page.name(), "timeout"));
        let last_in_name = results.iter().rposition(|(page, _)| contains_word(page.name(), "timeout"));
        if let (Some(first_message_only), Some(last_in_name)) = (first_message_only, last_in_name) {
            assert!(last_in_name < first_message_only);
        }
    }

    #[test]
    fn spelling_out_a_name_puts_it_first() {
        assert_eq!(names("access denied").next(), Some("ERROR_ACCESS_DENIED"));
        assert_eq!(names("error_ipsec_ike_mm_delay_drop").next(), Some("ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    }

    #[test]
    fn every_match_is_yielded_once() {
        let mut seen: Vec<_> = names("file").collect();
        let total = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), total);
        let expected = pages().iter().filter(|page| score("file", page) > 0).count();
        assert_eq!(total, expected);
    }

    #[test]
    fn queries_without_words_match_nothing() {
        assert_eq!(search("").count(), 0);
        assert_eq!(search("  -- ,. ").count(), 0);
        assert_eq!(search("ééé").count(), 0);
    }
}

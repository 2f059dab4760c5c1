//! Typo corrections: vocabulary words within a small edit distance of a query word.

use std::sync::OnceLock;
use std::vec::Vec;

use super::index;
use super::matcher::MAX_WORD_LEN;

/// At most this many typo candidates per query word.
const MAX_TYPOS: usize = 8;

/// Vocabulary words within one typing mistake of `word` (two for words of eight letters or more),
/// closest first.
pub(super) fn typos(word: &str) -> Vec<index::WordId> {
    let limit = if word.len() >= 8 { 2 } else { 1 };
    let mut found: Vec<(usize, index::WordId)> = Vec::new();
    let by_length = by_length();
    let lengths = word.len().saturating_sub(limit)..(word.len() + limit + 1).min(by_length.len());
    for &(id, candidate) in by_length.get(lengths).unwrap_or_default().iter().flatten() {
        if let Some(distance) = distance_within(word.as_bytes(), candidate.as_bytes(), limit) {
            found.push((distance, id));
        }
    }
    found.sort_unstable();
    found.truncate(MAX_TYPOS);
    found.into_iter().map(|(_, id)| id).collect()
}

/// The vocabulary by word length, each word with its id: built on the first typo look-up of a
/// process and kept on the heap (the static tables do not grow).
fn by_length() -> &'static [Vec<(index::WordId, &'static str)>] {
    static ALL: OnceLock<Vec<Vec<(index::WordId, &'static str)>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = std::vec![Vec::new(); MAX_WORD_LEN + 3];
        for id in 0..index::word_count() {
            let word = index::word(id);
            if let Some(words) = all.get_mut(word.len()) {
                words.push((id, word));
            }
        }
        all
    })
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
}

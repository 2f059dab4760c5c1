//! Page postings: for each lowercase word of a name (every form of it) or of a message, the
//! pages that hold it; for each two- and three-letter run of a name word of four letters or
//! more (which may be a joined word), the pages that hold it anywhere. Built from the names
//! and messages on the first search of a process and kept on the heap (the static tables do
//! not grow).

use std::collections::HashMap;
use std::string::String;
use std::sync::OnceLock;
use std::vec::Vec;

use super::words::{name_forms, words};
use crate::__catalogue::PAGES;

/// Pages by index, ascending, each once.
pub type Pages = Vec<u16>;

/// The postings of every name and message word and of every run of a name word.
#[derive(Debug, Default)]
pub struct PageWords {
    /// Lowercase name forms and message words.
    words: HashMap<String, Pages>,
    /// Two- and three-letter runs (lowercase, packed by [`run_key`]) of name words of four
    /// letters or more.
    runs: HashMap<u32, Pages>,
}

/// The postings, built on first use.
pub fn get() -> &'static PageWords {
    static ALL: OnceLock<PageWords> = OnceLock::new();
    ALL.get_or_init(build)
}

fn add<K: Eq + core::hash::Hash>(map: &mut HashMap<K, Pages>, key: K, page: u16) {
    let pages = map.entry(key).or_default();
    if pages.last() != Some(&page) {
        pages.push(page);
    }
}

fn build() -> PageWords {
    let mut all = PageWords::default();
    for (at, page) in PAGES.iter().enumerate() {
        let at = at as u16;
        for token in page.name().split('_') {
            for form in name_forms(token) {
                add(&mut all.words, form.to_ascii_lowercase(), at);
                let bytes = form.as_bytes();
                if bytes.len() >= 4 {
                    for start in 0..bytes.len() - 1 {
                        add(&mut all.runs, run_key(&bytes[start..start + 2]), at);
                        if start + 3 <= bytes.len() {
                            add(&mut all.runs, run_key(&bytes[start..start + 3]), at);
                        }
                    }
                }
            }
        }
        for word in words(page.message()) {
            add(&mut all.words, word.to_ascii_lowercase(), at);
        }
    }
    all
}

/// A run of two or three letters, lowercase, as one number.
fn run_key(run: &[u8]) -> u32 {
    run.iter().fold(u32::from(run.len() as u8), |key, &byte| key << 8 | u32::from(byte.to_ascii_lowercase()))
}

impl PageWords {
    /// The pages whose name (a form of a word) or message holds `lower` (lowercase) as a word.
    pub fn word(&self, lower: &str) -> &[u16] {
        self.words.get(lower).map_or(&[], Vec::as_slice)
    }

    /// The pages with a name word of four letters or more that holds `run` (two or three
    /// letters, any case) anywhere.
    pub fn run(&self, run: &[u8]) -> &[u16] {
        self.runs.get(&run_key(run)).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_messages_and_runs_are_posted() {
        let all = get();
        let at = PAGES.iter().position(|page| page.name() == "WSAECONNRESET").unwrap() as u16;
        for word in ["wsaeconnreset", "econnreset", "connreset", "existing", "connection"] {
            assert!(all.word(word).contains(&at), "{word}");
        }
        for run in ["con", "res", "ET", "nnr"] {
            assert!(all.run(run.as_bytes()).contains(&at), "{run}");
        }
        assert!(!all.word("zzzzqqqq").contains(&at));
        assert!(all.word("connection").windows(2).all(|pair| pair[0] < pair[1]));
    }
}

//! How text becomes the search index's words: the words of a message or of prose, the pieces of
//! an error name (joined words split into known words and abbreviations), and the words of an
//! alias value (`ConnectionReset` gives `connection` and `reset`).

use std::collections::BTreeSet;

/// The lowercase words of `text`: runs of ASCII letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        Some((start, &text[start..at]))
    })
}

/// Whether `word` is a `0x` hex number.
pub fn is_hex_number(word: &str) -> bool {
    word.strip_prefix("0x").is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The words of an alias, lowercase: each run of letters and digits, and the parts of a
/// CamelCase run (`ConnectionReset` gives `connectionreset`, `connection` and `reset`).
pub fn alias_words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (_, word) in words(value) {
        out.push(word.to_ascii_lowercase());
        let bytes = word.as_bytes();
        let starts: Vec<usize> = (0..bytes.len())
            .filter(|&i| i == 0 || (bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase()))
            .collect();
        if starts.len() > 1 {
            for (at, &start) in starts.iter().enumerate() {
                let end = starts.get(at + 1).copied().unwrap_or(bytes.len());
                out.push(word[start..end].to_ascii_lowercase());
            }
        }
    }
    out
}

/// The name words of a name token (lowercase): the token, its `WSA`/`WSAE`-less forms, and
/// the pieces of a compound, split by `known` words.
pub fn name_words(token: &str, known: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut stem = token;
    if let Some(rest) = token.strip_prefix("wsa").filter(|rest| rest.len() > 2) {
        // The BSD errno spelling, `econnreset`.
        out.push(rest.to_owned());
        stem = rest.strip_prefix('e').filter(|rest| rest.len() > 2).unwrap_or(rest);
    }
    // A compound (a name word no message or name has on its own) is indexed by its pieces, which the runtime finds at its ends; a whole word
    // the query spells is still matched against the name itself.
    match split_compound(stem, known).filter(|_| !known.contains(stem)) {
        Some(pieces) => out.extend(pieces),
        None => out.push(token.to_owned()),
    }
    out.sort();
    out.dedup();
    out
}

/// Whether `piece` is a word of its own or the abbreviation of one (`conn`, `addr`).
fn is_piece(piece: &str, known: &BTreeSet<String>) -> bool {
    if known.contains(piece) {
        return true;
    }
    (3..=5).contains(&piece.len())
        && known
            .range(piece.to_owned()..)
            .next()
            .is_some_and(|word| word.starts_with(piece) && word.len() > piece.len())
}

/// The fewest pieces (at least two, each of two letters or more) that spell `token`, or `None`.
pub fn split_compound(token: &str, known: &BTreeSet<String>) -> Option<Vec<String>> {
    let n = token.len();
    if !(5..=40).contains(&n) || !token.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // best[i]: fewest pieces spelling token[..i], and where the last piece starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 2..=n {
        for start in 0..=end - 2 {
            let Some((count, _)) = best[start] else { continue };
            if (start, end) == (0, n) || !is_piece(&token[start..end], known) {
                continue;
            }
            if best[end].is_none_or(|(best_count, _)| count + 1 < best_count) {
                best[end] = Some((count + 1, start));
            }
        }
    }
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        pieces.push(token[start..end].to_owned());
        end = start;
    }
    pieces.reverse();
    Some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(words: &[&str]) -> BTreeSet<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    #[test]
    fn compounds_split_into_words_and_abbreviations() {
        let known = known(&["connection", "reset", "address", "in", "use", "timed", "out", "socket", "not"]);
        assert_eq!(split_compound("connreset", &known).unwrap(), ["conn", "reset"]);
        assert_eq!(split_compound("addrinuse", &known).unwrap(), ["addr", "in", "use"]);
        assert_eq!(split_compound("timedout", &known).unwrap(), ["timed", "out"]);
        assert_eq!(split_compound("notsock", &known).unwrap(), ["not", "sock"]);
        assert_eq!(split_compound("reset", &known), None, "a word is not a compound of itself");
        assert_eq!(split_compound("zzzzzz", &known), None);
    }

    #[test]
    fn hex_numbers_are_told_from_words() {
        assert!(is_hex_number("0x2746") && is_hex_number("0x80070005"));
        assert!(!is_hex_number("0x") && !is_hex_number("0xzz") && !is_hex_number("ipv6") && !is_hex_number("u32"));
    }

    #[test]
    fn wsae_names_give_their_errno_spelling() {
        let known = known(&["connection", "reset"]);
        let words = name_words("wsaeconnreset", &known);
        for word in ["econnreset", "conn", "reset"] {
            assert!(words.iter().any(|w| w == word), "{word} in {words:?}");
        }
    }

    #[test]
    fn alias_values_give_their_words() {
        assert_eq!(alias_words("ConnectionReset"), ["connectionreset", "connection", "reset"]);
        assert_eq!(alias_words("AddrInUse"), ["addrinuse", "addr", "in", "use"]);
        assert_eq!(alias_words("ECONNRESET"), ["econnreset"]);
    }
}

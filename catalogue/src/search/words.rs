//! The words of queries and pages: stop words, name words and their forms, families.

use crate::__catalogue::FAMILIES;

/// Words that are optional in a query, and never indexed (the macro's list, in
/// `codegen/src/expand/tables/search_index.rs`, is the same).
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "has", "have", "in", "is", "it", "its", "of", "on",
    "or", "that", "the", "this", "to", "was", "were", "with",
];

/// Whether `word` (any case) is one of [`STOP_WORDS`].
pub(super) fn is_stop_word(word: &str) -> bool {
    word.len() <= 5 && STOP_WORDS.iter().any(|stop| stop.eq_ignore_ascii_case(word))
}

/// Leading name words that say nothing about the error.
const NAME_PREFIXES: &[&str] = &["ERROR", "STATUS", "WSA"];

/// The words of `text`: runs of ASCII letters and digits, with their byte offsets.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty())
}

/// The forms a name word is found as: itself, and for `WSAE` names without `WSA` (the BSD
/// errno spelling) and without `WSAE`.
pub(super) fn name_forms(token: &str) -> impl Iterator<Item = &str> {
    let wsa = token.len() > 5 && token.as_bytes()[..3].eq_ignore_ascii_case(b"WSA");
    let e = wsa && token.as_bytes()[3].eq_ignore_ascii_case(&b'E');
    [Some(token), wsa.then(|| &token[3..]), e.then(|| &token[4..])].into_iter().flatten()
}

/// How many leading words of `name` say nothing about the error: `ERROR`, `STATUS`, `WSA`, and
/// an HRESULT's facility and severity (`SEC_E_`).
pub(super) fn name_prefix_len(name: &str) -> usize {
    let mut tokens = name.split('_');
    if let Some(at) = name.split('_').take(3).position(|token| matches!(token, "E" | "S" | "W" | "I")) {
        return at + 1;
    }
    usize::from(tokens.next().is_some_and(|first| NAME_PREFIXES.contains(&first)))
}

/// Whether `word` (lowercase) names a family or a space.
pub(super) fn is_family_word(word: &str) -> bool {
    matches!(word, "win32" | "hresult" | "ntstatus")
        || FAMILIES.iter().any(|family| family.module().split('_').any(|part| part == word))
}

/// Whether `page`'s family or space is named by `word` (lowercase).
pub(super) fn family_matches(page: &crate::ErrorPage, word: &str) -> bool {
    page.space().keyword() == word || page.module().split('_').any(|part| part == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_prefixes_are_not_spelled() {
        assert_eq!(name_prefix_len("ERROR_ACCESS_DENIED"), 1);
        assert_eq!(name_prefix_len("SEC_E_UNTRUSTED_ROOT"), 2);
        assert_eq!(name_prefix_len("WSAECONNRESET"), 0);
        assert_eq!(name_prefix_len("STATUS_CONNECTION_RESET"), 1);
    }
}

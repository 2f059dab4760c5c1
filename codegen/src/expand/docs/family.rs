//! The rustdoc of a family module: title, introduction and a table of its codes.

use std::fmt::Write as _;
use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use super::{CatalogueIndex, message_inline};
use crate::check::Catalogue;
use crate::grammar::is_error_name;
use crate::page::parse_with_offsets;

/// Families with more codes than this get their table split into blocks of a hundred values,
/// each under its own heading, so a long module page can be navigated.
pub const BLOCK_TABLE_THRESHOLD: usize = 100;

/// The short module doc of family `family_index`: its title and header.
pub fn family_summary(catalogue: &Catalogue, family_index: usize) -> String {
    let family = &catalogue.families[family_index];
    format!("{}\n\nHeader: `{}`.", family.title, family.header)
}

/// The module doc of family `family_index`.
pub fn family_doc(catalogue: &Catalogue, index: &CatalogueIndex<'_>, family_index: usize) -> String {
    let family = &catalogue.families[family_index];
    let members = index.family_members(family_index);
    let mut doc = format!("{}\n\nHeader: `{}`.\n\n", family.title, family.header);
    if !family.intro.is_empty() {
        doc.push_str(&linked_intro(catalogue, &family.intro));
        doc.push_str("\n\n");
    }
    let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
        return doc;
    };
    let (low, high) = (catalogue.entries[first].page.code, catalogue.entries[last].page.code);
    let count = members.len();
    let _ = writeln!(doc, "## Codes\n");
    let codes = if count == 1 { "code".to_owned() } else { format!("{count} codes") };
    let _ = writeln!(doc, "{codes} of `{}`, from {low} to {high}, by value.\n", family.header);
    if count <= BLOCK_TABLE_THRESHOLD {
        table(&mut doc, catalogue, members);
        return doc;
    }
    let blocks = blocks(catalogue, members);
    let _ = write!(doc, "Blocks of a hundred values: ");
    for (position, (start, _)) in blocks.iter().enumerate() {
        let separator = if position == 0 { "" } else { ", " };
        let _ = write!(doc, "{separator}[{0}xx](#{0}xx)", start / 100);
    }
    let _ = writeln!(doc, ".\n");
    for (start, block) in blocks {
        let _ = writeln!(doc, "### {}xx\n", start / 100);
        table(&mut doc, catalogue, block);
    }
    doc
}

/// `members` grouped by hundreds of their value: (first value of the hundred, its members).
fn blocks<'m>(catalogue: &Catalogue, members: &'m [usize]) -> Vec<(u32, &'m [usize])> {
    let hundred = |i: usize| catalogue.entries[members[i]].page.code / 100;
    let mut blocks = Vec::new();
    let mut start = 0;
    for end in 1..=members.len() {
        if end == members.len() || hundred(end) != hundred(start) {
            blocks.push((hundred(start) * 100, &members[start..end]));
            start = end;
        }
    }
    blocks
}

/// A table of codes: name (linked), value, hex and message.
fn table(doc: &mut String, catalogue: &Catalogue, members: &[usize]) {
    let _ = writeln!(doc, "| Name | Value | Hex | Message |\n|---|--:|--:|---|");
    for &member in members {
        let entry = &catalogue.entries[member];
        let code = entry.page.code;
        let _ = writeln!(doc, "| [`{0}`]({0}) | {code} | `0x{code:X}` | {1} |", entry.page.name, message_inline(entry));
    }
    doc.push('\n');
}

/// The introduction with the names of the catalogue's errors turned into intra-doc links
/// (outside links and code blocks).
fn linked_intro(catalogue: &Catalogue, intro: &str) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut in_link_or_block = 0usize;
    // Broken links were reported when the index page was read.
    for (event, range) in parse_with_offsets(intro, &mut |_| None) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => in_link_or_block += 1,
            Event::End(TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                in_link_or_block = in_link_or_block.saturating_sub(1);
            }
            Event::Code(code) if in_link_or_block == 0 => {
                if let Some(target) = catalogue.get(&code) {
                    let module = &catalogue.families[target.family].module;
                    edits.push((range, format!("[`{code}`](super::{module}::{code})")));
                }
            }
            Event::Text(text) if in_link_or_block == 0 && intro.get(range.clone()) == Some(text.as_ref()) => {
                for (offset, word) in words(&text) {
                    if let Some(target) = catalogue.get(word) {
                        let module = &catalogue.families[target.family].module;
                        let start = range.start + offset;
                        edits.push((start..start + word.len(), format!("[{word}](super::{module}::{word})")));
                    }
                }
            }
            _ => {}
        }
    }
    let mut linked = String::with_capacity(intro.len());
    let mut at = 0;
    for (range, replacement) in edits {
        linked.push_str(&intro[at..range.start]);
        linked.push_str(&replacement);
        at = range.end;
    }
    linked.push_str(&intro[at..]);
    linked
}

/// The words of `text` that could be error names, with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let word_char = c.is_ascii_alphanumeric() || c == '_';
        match (start, word_char) {
            (None, true) => start = Some(index),
            (Some(from), false) => {
                let word = &text[from..index];
                if is_error_name(word) && (word.contains('_') || word.starts_with("WSA")) {
                    words.push((from, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Catalogue {
        crate::check_folder(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs")).catalogue
    }

    fn doc_of(catalogue: &Catalogue, module: &str) -> String {
        let family = catalogue.families.iter().position(|f| f.module == module).expect("a family");
        family_doc(catalogue, &CatalogueIndex::new(catalogue, true), family)
    }

    #[test]
    fn a_family_table_has_one_row_per_code_with_its_message() {
        let catalogue = docs();
        let doc = doc_of(&catalogue, "winhttp");
        assert!(doc.starts_with("WinHTTP\n\nHeader: `winhttp.h`."));
        assert_eq!(doc.matches("\n| [`ERROR_WINHTTP_").count(), 46);
        assert!(doc.contains(
            "| [`ERROR_WINHTTP_TIMEOUT`](ERROR_WINHTTP_TIMEOUT) | 12002 | `0x2EE2` | The request has timed out."
        ));
        assert!(!doc.contains("### "), "a small family has one table");
    }

    #[test]
    fn a_large_family_is_split_into_hundreds_with_a_contents_line() {
        let catalogue = docs();
        let doc = doc_of(&catalogue, "ipsec");
        assert!(doc.contains("Blocks of a hundred values: [130xx](#130xx), [138xx](#138xx), [139xx](#139xx)."));
        assert_eq!(doc.matches("\n### ").count(), 3);
        assert_eq!(doc.matches("\n| [`").count(), 153);
    }

    #[test]
    fn names_in_the_introduction_become_links() {
        let catalogue = docs();
        let doc = doc_of(&catalogue, "winsock");
        assert!(doc.contains("[WSAEWOULDBLOCK](super::winsock::WSAEWOULDBLOCK) (10035 - 0x2733)"));
        assert!(doc.contains("`ws2_32.dll`"), "code spans that are not names stay as they are");
    }

    #[test]
    fn words_finds_names_after_multibyte_text() {
        assert_eq!(words("é WSAEINTR — ERROR_X_Y."), [(3, "WSAEINTR"), (16, "ERROR_X_Y")]);
        assert!(words("Windows Sockets, ws2_32").is_empty());
    }
}

//! The rustdoc of a family module: title, introduction and a table of its codes.

use std::fmt::Write as _;

use super::{CatalogueIndex, message_inline};
use crate::check::Catalogue;
use crate::family::Family;

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
        doc.push_str(&linked_intro(catalogue, family));
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

/// The introduction with the names of the catalogue's errors turned into intra-doc links; the
/// Markdown phase found the words and code spans that may be names ([`Family::intro_names`]).
///
/// A link is the bare name, as in the module's table. The module's documentation is an outer
/// `#[doc]` attribute, which rustdoc resolves in the scope that declares the module, not inside
/// it: there `super::` names the wrong module (or none), while every constant is reachable by
/// its bare name through the hidden `pub use self::FAMILY::*` beside each module. An unresolved
/// link would not even be reported (lints are silent inside a foreign macro's expansion) and
/// would reach the HTML as a dead `href`; the CI's link check catches that.
fn linked_intro(catalogue: &Catalogue, family: &Family) -> String {
    let intro = family.intro.as_str();
    let mut linked = String::with_capacity(intro.len());
    let mut at = 0;
    for used in &family.intro_names {
        let name = used.name(intro);
        if catalogue.get(name).is_none() {
            continue;
        }
        linked.push_str(&intro[at..used.range.start]);
        let _ = write!(linked, "[{}]({name})", &intro[used.range.clone()]);
        at = used.range.end;
    }
    linked.push_str(&intro[at..]);
    linked
}

//! The rustdoc of a family module: title, introduction and a table of its codes.

use std::fmt::Write as _;

use super::{CatalogueIndex, LinkScope, constant_link, message_inline, rewrite_prose};
use crate::check::Catalogue;
use crate::expand::rewrite::Edits;
use crate::family::Family;
use crate::page::NameUse;
use crate::space::Space;

/// Families with more codes than this get their table split into blocks (a hundred values of a
/// Win32 code, 256 codes of an HRESULT or NTSTATUS facility), each under its own heading, so a
/// long module page can be navigated.
pub const BLOCK_TABLE_THRESHOLD: usize = 100;

/// The short module doc of family `family_index`: its title, header and space.
pub fn family_summary(catalogue: &Catalogue, family_index: usize) -> String {
    let family = &catalogue.families[family_index];
    format!("{}\n\n{}", family.title, facts_line(family))
}

/// `Header: `winerror.h`.`, with the space for HRESULT and NTSTATUS families.
fn facts_line(family: &Family) -> String {
    match family.space {
        Space::Win32 => format!("Header: `{}`.", family.header),
        space => format!("Header: `{}`. Space: {} values.", family.header, space.noun()),
    }
}

/// The module doc of family `family_index`.
pub fn family_doc(catalogue: &Catalogue, index: &CatalogueIndex<'_>, family_index: usize) -> String {
    let family = &catalogue.families[family_index];
    let members = index.family_members(family_index);
    let mut doc = format!("{}\n\n{}\n\n", family.title, facts_line(family));
    if !family.intro.is_empty() {
        doc.push_str(&linked_intro(catalogue, family));
        doc.push_str("\n\n");
    }
    let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
        return doc;
    };
    let (low, high) = (catalogue.entries[first].page.code, catalogue.entries[last].page.code);
    let count = members.len();
    let space = family.space;
    let _ = writeln!(doc, "## Codes\n");
    let codes = if count == 1 { "code".to_owned() } else { format!("{count} codes") };
    let (low, high) = match space {
        Space::Win32 => (low.to_string(), high.to_string()),
        _ => (format!("0x{low:08X}"), format!("0x{high:08X}")),
    };
    let _ = writeln!(doc, "{codes} of `{}`, from {low} to {high}, by value.\n", family.header);
    if count <= BLOCK_TABLE_THRESHOLD {
        table(&mut doc, catalogue, space, members);
        return doc;
    }
    let blocks = blocks(catalogue, space, members);
    let what = if space == Space::Win32 { "a hundred values" } else { "256 values" };
    let _ = write!(doc, "Blocks of {what}: ");
    for (position, (label, _)) in blocks.iter().enumerate() {
        let separator = if position == 0 { "" } else { ", " };
        let _ = write!(doc, "{separator}[{label}](#{})", label.to_ascii_lowercase());
    }
    let _ = writeln!(doc, ".\n");
    for (label, block) in blocks {
        let _ = writeln!(doc, "### {label}\n");
        table(&mut doc, catalogue, space, block);
    }
    doc
}

/// `members` grouped into blocks of their values: hundreds of a Win32 code (`138xx`), 256
/// values of an HRESULT or NTSTATUS (`0x800903xx`), each with its heading.
fn blocks<'m>(catalogue: &Catalogue, space: Space, members: &'m [usize]) -> Vec<(String, &'m [usize])> {
    let divisor = if space == Space::Win32 { 100 } else { 256 };
    let block = |i: usize| catalogue.entries[members[i]].page.code / divisor;
    let label = |block: u32| match space {
        Space::Win32 => format!("{block}xx"),
        _ => format!("0x{block:06X}xx"),
    };
    let mut blocks = Vec::new();
    let mut start = 0;
    for end in 1..=members.len() {
        if end == members.len() || block(end) != block(start) {
            blocks.push((label(block(start)), &members[start..end]));
            start = end;
        }
    }
    blocks
}

/// A name as code that may wrap after each underscore: `<wbr>` marks a line-break opportunity
/// and adds no character, so the name is still found by the browser's search and copied
/// whole. Long names (`ERROR_IPSEC_IKE_...`, `STATUS_GRAPHICS_...`) would otherwise widen the
/// name column until the message column leaves a 1280-pixel window.
fn breakable_name(name: &str) -> String {
    format!("<code>{}</code>", name.replace('_', "_<wbr>"))
}

/// A table of codes: name (linked, breakable), value (decimal and hex for Win32 codes, hex for the
/// others) and message.
fn table(doc: &mut String, catalogue: &Catalogue, space: Space, members: &[usize]) {
    let hex_only = space.hex_only();
    let _ = writeln!(
        doc,
        "{}",
        if hex_only {
            "| Name | Value | Message |\n|---|--:|---|"
        } else {
            "| Name | Value | Hex | Message |\n|---|--:|--:|---|"
        }
    );
    for &member in members {
        let entry = &catalogue.entries[member];
        let code = entry.page.code;
        let module = &catalogue.families[entry.family].module;
        let name = constant_link(&breakable_name(&entry.page.name), module, &entry.page.name, LinkScope::Module);
        let message = message_inline(entry);
        let _ = if hex_only {
            writeln!(doc, "| {name} | `0x{code:08X}` | {message} |")
        } else {
            writeln!(doc, "| {name} | {code} | `0x{code:X}` | {message} |")
        };
    }
    doc.push('\n');
}

/// The introduction with the names of the catalogue's errors turned into intra-doc links and
/// mentions' values rendered ([`rewrite_prose`]) and code fences made safe; the Markdown phase
/// found the words and code spans that may be names ([`Family::intro_names`]) and the fences
/// ([`Family::intro_fences`]).
///
/// A link is the bare name, as in the module's table ([`LinkScope::Module`]). The module's
/// documentation is an outer `#[doc]` attribute, which rustdoc resolves in the scope that declares
/// the module, not inside it: there `super::` names the wrong module (or none), while every
/// constant is reachable by its bare name through the hidden `pub use self::FAMILY::*` beside each
/// module. An unresolved link would not even be reported (lints are silent inside a foreign
/// macro's expansion) and would reach the HTML as a dead `href`; the CI's link check catches that.
fn linked_intro(catalogue: &Catalogue, family: &Family) -> String {
    let intro = family.intro.as_str();
    let link_of = |used: &NameUse, written: &str| {
        let name = used.name(intro);
        let target = catalogue.get(name)?;
        Some(constant_link(written, &catalogue.families[target.family].module, name, LinkScope::Module))
    };
    let mut edits = Edits::new();
    edits.fences(&family.intro_fences);
    rewrite_prose(intro, 0, &family.intro_names, link_of, edits)
}

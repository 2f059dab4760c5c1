//! The rustdoc page of one constant.

use std::fmt::Write as _;

use super::{CatalogueIndex, computed, facility, link, severity};
use crate::bits::{self, hresult_from_nt, hresult_from_win32, win32_of_hresult};
use crate::check::{Catalogue, Entry};
use crate::expand::literal::push_escaped;
use crate::expand::rewrite::Edits;
use crate::space::Space;

/// The rustdoc of entry `at`: the message as summary line, a table of facts, the page's own
/// sections with error names linked, then the sections computed over the whole catalogue.
pub fn constant_doc(catalogue: &Catalogue, index: &CatalogueIndex<'_>, at: usize) -> String {
    let entry = &catalogue.entries[at];
    let page = &entry.page;
    let family = &catalogue.families[entry.family];
    let mut doc = String::new();
    let message = page.message_source().trim();
    let _ = writeln!(doc, "{message}\n");
    let mut facts = value_facts(catalogue, entry);
    facts.push(("Header", "---", format!("`{}`", catalogue.header(entry))));
    facts.push(("Family", "---", format!("[{}](super::{})", family.title, family.module)));
    if let Some(date) = page.updated {
        facts.push(("Updated", "---", format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)));
    }
    for row in [0, 1, 2] {
        let cells: Vec<&str> = facts.iter().map(|fact| [fact.0, fact.1, fact.2.as_str()][row]).collect();
        let _ = writeln!(doc, "| {} |", cells.join(" | "));
    }
    doc.push('\n');
    doc.push_str(&linked_body(catalogue, entry));
    doc.push_str("\n\n");
    doc.push_str(&computed::sections(catalogue, index, at));
    doc
}

/// The facts of an entry's value, as (column, alignment, cell): every form of the value, its
/// severity and facility, and the page of the same error in the other space where there is one
/// (a Win32 code and the HRESULT that carries it link each other).
fn value_facts(catalogue: &Catalogue, entry: &Entry) -> Vec<(&'static str, &'static str, String)> {
    let code = entry.page.code;
    let linked_hex = |space: Space, value: u32| match catalogue.find_value(space, value) {
        Some(other) => format!("`0x{value:08X}` ({})", link(catalogue, other)),
        None => format!("`0x{value:08X}`"),
    };
    match catalogue.space(entry) {
        Space::Win32 => {
            let hresult = hresult_from_win32(code);
            vec![
                ("Decimal", "--:", code.to_string()),
                ("Hex", "--:", format!("`0x{code:X}`")),
                ("HRESULT", "--:", linked_hex(Space::HResult, hresult)),
                ("HRESULT (signed)", "--:", (hresult as i32).to_string()),
                ("HRESULT severity", "---", severity(hresult, false).to_owned()),
                ("HRESULT facility", "---", facility(hresult, false)),
            ]
        }
        space => {
            let nt = space == Space::NtStatus;
            let mut facts = vec![
                ("Hex", "--:", format!("`0x{code:08X}`")),
                ("Decimal (signed)", "--:", (code as i32).to_string()),
                ("Severity", "---", severity(code, nt).to_owned()),
                ("Facility", "---", facility(code, nt)),
                ("Code", "--:", format!("`0x{0:X}` ({0})", bits::code(code))),
            ];
            if nt {
                facts.push(("HRESULT_FROM_NT", "--:", linked_hex(Space::HResult, hresult_from_nt(code))));
            } else if let Some(win32) = win32_of_hresult(code).filter(|_| code != 0) {
                let pages =
                    catalogue.entries.iter().filter(|e| catalogue.space(e) == Space::Win32 && e.page.code == win32);
                let links: Vec<String> = pages.map(|other| link(catalogue, other)).collect();
                let cell = if links.is_empty() { win32.to_string() } else { format!("{win32} ({})", links.join(", ")) };
                facts.push(("Win32 code", "--:", cell));
            }
            facts
        }
    }
}

/// Appends the short rustdoc of entry `at` as a string literal: the message, then its values,
/// header and family on one line. Written straight into the expansion, as the normal build
/// writes one for every constant.
pub fn push_constant_summary(out: &mut String, catalogue: &Catalogue, at: usize) {
    let entry = &catalogue.entries[at];
    let page = &entry.page;
    let code = page.code;
    let message = page.message_source().trim();
    out.push('"');
    push_escaped(out, message);
    // Inside the literal: two newlines, then the facts line.
    match catalogue.space(entry) {
        Space::Win32 => {
            let hresult = hresult_from_win32(code);
            let _ = write!(out, "\\n\\n{code} (`0x{code:X}`), HRESULT `0x{hresult:08X}`, `");
        }
        space => {
            let nt = space == Space::NtStatus;
            let facility = bits::facility(code);
            let facility =
                bits::facility_name(facility, nt).map_or_else(|| format!("facility {facility}"), str::to_owned);
            let _ = write!(
                out,
                "\\n\\n{} `0x{code:08X}` ({}), {}, {facility}, code 0x{:X}, `",
                space.noun(),
                code as i32,
                severity(code, nt),
                bits::code(code)
            );
        }
    }
    push_escaped(out, catalogue.header(entry));
    out.push_str("`, ");
    push_escaped(out, &catalogue.families[entry.family].title);
    out.push_str(".\"");
}

/// The page body with error names turned into intra-doc links and code fences made safe
/// (see [`Edits::fences`]).
fn linked_body(catalogue: &Catalogue, entry: &Entry) -> String {
    let page = &entry.page;
    let text = page.source.text.as_str();
    let mut edits = Edits::new();
    for used in &page.name_uses {
        let name = used.name(text);
        if name == page.name || used.range.start < page.body_start {
            continue;
        }
        if let Some(target) = catalogue.get(name) {
            let module = &catalogue.families[target.family].module;
            edits.replace(used.range.clone(), format!("[{}](super::{module}::{name})", &text[used.range.clone()]));
        }
    }
    edits.fences(&page.fences);
    edits.apply(text, page.body_start).trim().to_owned()
}

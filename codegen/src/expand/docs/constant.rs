//! The rustdoc page of one constant.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::{CatalogueIndex, LinkScope, computed, constant_link, facility, link, rewrite_prose, severity};
use crate::bits::{self, hresult_from_nt, hresult_from_win32, win32_of_hresult};
use crate::check::{Catalogue, Entry};
use crate::expand::literal::push_escaped;
use crate::expand::rewrite::Edits;
use crate::page::NameUse;
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
/// (a Win32 code and the HRESULT that carries it link each other; see [`facts_links`]).
fn value_facts(catalogue: &Catalogue, entry: &Entry) -> Vec<(&'static str, &'static str, String)> {
    let code = entry.page.code;
    let others = facts_links(catalogue, entry);
    let links: Vec<String> = others.iter().map(|other| link(catalogue, other, LinkScope::Constant)).collect();
    let with_links = |cell: String| if links.is_empty() { cell } else { format!("{cell} ({})", links.join(", ")) };
    match catalogue.space(entry) {
        Space::Win32 => {
            let hresult = hresult_from_win32(code);
            vec![
                ("Decimal", "--:", code.to_string()),
                ("Hex", "--:", format!("`0x{code:X}`")),
                ("HRESULT", "--:", with_links(format!("`0x{hresult:08X}`"))),
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
                facts.push(("HRESULT_FROM_NT", "--:", with_links(format!("`0x{:08X}`", hresult_from_nt(code)))));
            } else if let Some(win32) = win32_of_hresult(code).filter(|_| code != 0) {
                facts.push(("Win32 code", "--:", with_links(win32.to_string())));
            }
            facts
        }
    }
}

/// The pages the facts table of `entry` links: the same error in the other space. For a Win32
/// code, the HRESULT page of `HRESULT_FROM_WIN32`; for an NTSTATUS value, the HRESULT page of
/// `HRESULT_FROM_NT`; for a FACILITY_WIN32 HRESULT, the Win32 pages of the code it carries.
pub(super) fn facts_links<'c>(catalogue: &'c Catalogue, entry: &Entry) -> Vec<&'c Entry> {
    let code = entry.page.code;
    match catalogue.space(entry) {
        Space::Win32 => catalogue.find_value(Space::HResult, hresult_from_win32(code)).into_iter().collect(),
        Space::NtStatus => catalogue.find_value(Space::HResult, hresult_from_nt(code)).into_iter().collect(),
        Space::HResult => match win32_of_hresult(code).filter(|_| code != 0) {
            Some(win32) => catalogue
                .entries
                .iter()
                .filter(|e| catalogue.space(e) == Space::Win32 && e.page.code == win32)
                .collect(),
            None => Vec::new(),
        },
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
        // The value alone: severity, facility and code are on the whole page, and the normal
        // build (and every dependent's) compiles thousands of these lines.
        space => {
            let _ = write!(out, "\\n\\n{} `0x{code:08X}`, `", space.noun());
        }
    }
    push_escaped(out, catalogue.header(entry));
    out.push_str("`, ");
    push_escaped(out, &catalogue.families[entry.family].title);
    out.push_str(".\"");
}

/// The page body with error names turned into intra-doc links, mentions' values rendered
/// ([`rewrite_prose`]) and code fences made safe (see [`Edits::fences`]).
///
/// A name is linked where the body first uses it and where it leads a Related Errors item,
/// not at every use: a page that discusses its twin throughout would otherwise link it in
/// every paragraph.
fn linked_body(catalogue: &Catalogue, entry: &Entry) -> String {
    let page = &entry.page;
    let text = page.source.text.as_str();
    let mut edits = Edits::new();
    edits.fences(&page.fences);
    let mut linked: HashSet<&str> = HashSet::new();
    let link_of = |used: &NameUse, written: &str| {
        let name = used.name(text);
        let target = catalogue.get(name).filter(|_| name != page.name)?;
        let leads_related = page.related.iter().any(|related| related.offset == used.range.start);
        let first = linked.insert(name);
        (first || leads_related)
            .then(|| constant_link(written, &catalogue.families[target.family].module, name, LinkScope::Constant))
    };
    rewrite_prose(text, page.body_start, &page.name_uses, link_of, edits).trim().to_owned()
}

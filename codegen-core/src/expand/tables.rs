//! The static tables behind the runtime lookups.

mod name_hash;
pub mod search_index;

use std::fmt::Write as _;

use super::literal;

use crate::check::Catalogue;
use crate::space::Space;

use name_hash::{EMPTY_SLOT, FUNCTIONS_SOURCE, NameHash, build as build_name_hash, build_values};

/// Largest value for which a dense code → pages index is emitted; beyond it the runtime
/// falls back to binary search over the sorted pages.
pub const DENSE_INDEX_LIMIT: u32 = 1 << 16;

/// The source of the value arithmetic and facility names (`crate::bits`), emitted into the
/// generated tables for the runtime.
pub const BITS_SOURCE: &str = include_str!("../bits.rs");

/// The `__catalogue` module: string blob, pages, code index, name and value hashes, families,
/// related.
pub fn tables(out: &mut String, catalogue: &Catalogue, options: &crate::ExpandOptions, rt: &str) {
    let names: Vec<&str> = catalogue.entries.iter().map(|e| e.page.name.as_str()).collect();
    // Without a perfect hash (never for real names), the runtime scans the pages.
    let name_hash = build_name_hash(&names).unwrap_or(NO_HASH);
    let space_starts = space_starts(catalogue);
    out.push_str(
        "#[doc(hidden)]\n#[allow(missing_docs, reason = \"generated tables behind the documented lookups\")]\n\
         pub mod __catalogue {\n",
    );
    let related = records(out, catalogue, rt);
    search_tables(out, catalogue);
    let code_index = code_index(catalogue, usize::from(space_starts[1]));
    array(
        out,
        "`SPACE_STARTS[s]..SPACE_STARTS[s + 1]` are the pages of space `s` (Win32, HRESULT, NTSTATUS).",
        "SPACE_STARTS",
        "u16",
        &space_starts,
    );
    for (space, prefix) in [(Space::HResult, "HRESULT"), (Space::NtStatus, "NTSTATUS")] {
        value_hash(out, catalogue, &space_starts, space, prefix);
    }
    let page_count = catalogue.entries.len();
    array(
        out,
        "`CODE_INDEX[c]..CODE_INDEX[c + 1]` are the pages with value `c` (empty when dense indexing is off).",
        "CODE_INDEX",
        "u16",
        &code_index,
    );
    let _ =
        writeln!(out, "/// The seed of the perfect hash of the names.\npub const NAME_SEED: u64 = {};", name_hash.seed);
    array(
        out,
        "One displacement per bucket of the perfect hash of the names.",
        "NAME_DISPLACEMENTS",
        "u16",
        &name_hash.displacements,
    );
    array(
        out,
        "The page index in each slot of the perfect hash of the names (`u16::MAX`: empty; no slots at all: no perfect hash, scan the pages).",
        "NAME_SLOTS",
        "u16",
        &name_hash.slots,
    );
    array(out, "Related pages, as page indices; each page owns a run of it.", "RELATED", "u16", &related);
    let _ = write!(
        out,
        "/// The families, by module name.\npub static FAMILIES: [{rt}::Family; {}] = [",
        catalogue.families.len()
    );
    for family in &catalogue.families {
        let _ = write!(out, "{rt}::Family::__new(");
        for text in [family.module.as_str(), family.title.as_str(), family.header] {
            literal::push_string(out, text);
            out.push(',');
        }
        let _ = write!(out, "{rt}::Space::{:?}),", family.space);
    }
    out.push_str("];\n");
    if options.bodies {
        let _ = write!(
            out,
            "/// The Markdown body of every page, in page order.\npub static BODIES: [&str; {page_count}] = ["
        );
        for entry in &catalogue.entries {
            literal::push_string(out, entry.page.source.text[entry.page.body_start..].trim());
            out.push(',');
        }
        out.push_str("];\n");
    }
    out.push_str("/// The hash functions the name tables were built with.\npub mod name_hash {\n");
    out.push_str(FUNCTIONS_SOURCE);
    out.push_str("}\n/// The value arithmetic and facility names, as the macro used them.\npub mod bits {\n");
    out.push_str(BITS_SOURCE);
    out.push_str("}\n}\n");
}

/// The search index (`search_index.rs`), over the name and message offsets `records` wrote.
fn search_tables(out: &mut String, catalogue: &Catalogue) {
    let mut text_starts = Vec::with_capacity(catalogue.entries.len());
    let mut at = 0u32;
    for entry in &catalogue.entries {
        text_starts.push(at);
        at += (entry.page.name.len() + entry.page.message.len()) as u32;
    }
    let index = search_index::build(catalogue, &text_starts, at as usize);
    search_index::emit(out, &index);
}

/// The tables of a catalogue without a perfect hash: the runtime scans instead.
const NO_HASH: NameHash = NameHash { seed: 0, displacements: Vec::new(), slots: Vec::new() };

/// The first page of each space, and the page count: pages are sorted by space first.
fn space_starts(catalogue: &Catalogue) -> [u16; 4] {
    let mut starts = [0; 4];
    for (at, space) in Space::ALL.into_iter().enumerate() {
        starts[at] = catalogue.entries.partition_point(|e| catalogue.space(e) < space) as u16;
    }
    starts[3] = catalogue.entries.len() as u16;
    starts
}

/// `{PREFIX}_SEED`, `{PREFIX}_DISPLACEMENTS` and `{PREFIX}_SLOTS`: a perfect hash of the values of
/// `space`, whose slots hold page indices (no slots: no perfect hash, search the sorted run).
fn value_hash(out: &mut String, catalogue: &Catalogue, starts: &[u16; 4], space: Space, prefix: &str) {
    let index = space as usize;
    let (start, end) = (usize::from(starts[index]), usize::from(starts[index + 1]));
    let values: Vec<u32> = catalogue.entries[start..end].iter().map(|e| e.page.code).collect();
    let distinct = values.windows(2).all(|pair| pair[0] != pair[1]);
    let hash = distinct.then(|| build_values(&values)).flatten().unwrap_or(NO_HASH);
    let slots: Vec<u16> =
        hash.slots.iter().map(|&slot| if slot == EMPTY_SLOT { slot } else { slot + start as u16 }).collect();
    let noun = space.noun();
    let _ = writeln!(
        out,
        "/// The seed of the perfect hash of the {noun} values.\npub const {prefix}_SEED: u64 = {};",
        hash.seed
    );
    array(
        out,
        &format!("One displacement per bucket of the perfect hash of the {noun} values."),
        &format!("{prefix}_DISPLACEMENTS"),
        "u16",
        &hash.displacements,
    );
    array(
        out,
        &format!("The page index in each slot of the perfect hash of the {noun} values (`u16::MAX`: empty)."),
        &format!("{prefix}_SLOTS"),
        "u16",
        &slots,
    );
}

/// `/// DOC` and `pub static NAME: [TYPE; N] = [..];`
fn array(out: &mut String, doc: &str, name: &str, item_type: &str, items: &[u16]) {
    let _ = write!(out, "/// {doc}\npub static {name}: [{item_type}; {}] = [", items.len());
    for &item in items {
        literal::push_decimal(out, u32::from(item));
        out.push(',');
    }
    out.push_str("];\n");
}

/// Writes the string blob (`STRINGS`) and one `ErrorPage::__new` call per page (`PAGES`);
/// returns the related runs.
fn records(out: &mut String, catalogue: &Catalogue, rt: &str) -> Vec<u16> {
    let mut strings = String::new();
    let mut related: Vec<u16> = Vec::new();
    let mut pages = String::new();
    for entry in &catalogue.entries {
        let page = &entry.page;
        let text_start = strings.len() as u32;
        strings.push_str(&page.name);
        strings.push_str(&page.message);
        let name_len = page.name.len().min(u8::MAX as usize) as u8;
        let message_len = page.message.len().min(u16::MAX as usize) as u16;
        let targets: Vec<u16> =
            page.related.iter().filter_map(|m| catalogue.index_of(&m.name)).map(|i| i as u16).collect();
        let run_len = targets.len().min(u8::MAX as usize);
        // A run past what a u16 start can address is left out rather than wrapped.
        let (related_start, related_len) = match u16::try_from(related.len() + run_len) {
            Ok(_) if run_len > 0 => {
                let start = related.len() as u16;
                related.extend(&targets[..run_len]);
                (start, run_len as u8)
            }
            _ => (0, 0),
        };
        let family = entry.family as u16;
        let code = page.code;
        let updated = page.updated.map_or(0, |d| d.packed());
        pages.push_str(rt);
        pages.push_str("::ErrorPage::__new(");
        let fields: [u32; 8] = [
            code,
            text_start,
            name_len.into(),
            message_len.into(),
            family.into(),
            updated,
            related_start.into(),
            related_len.into(),
        ];
        for field in fields {
            literal::push_decimal(&mut pages, field);
            pages.push(',');
        }
        pages.push_str("),\n");
    }
    out.push_str("/// Every page's name followed by its message.\npub static STRINGS: &str = ");
    literal::push_string(out, &strings);
    let _ = write!(
        out,
        ";\n/// Every page, sorted by (space, code, name).\npub static PAGES: [{rt}::ErrorPage; {}] = [\n",
        catalogue.entries.len()
    );
    out.push_str(&pages);
    out.push_str("];\n");
    related
}

/// `index[c]` is the first Win32 page with value `>= c`, for every `c` up to one past the largest
/// value; the Win32 pages are the first `win32_end`.
fn code_index(catalogue: &Catalogue, win32_end: usize) -> Vec<u16> {
    let win32 = &catalogue.entries[..win32_end];
    let max = win32.last().map_or(0, |e| e.page.code);
    if max >= DENSE_INDEX_LIMIT {
        return Vec::new();
    }
    let mut index = Vec::with_capacity(max as usize + 2);
    let mut page = 0;
    for code in 0..=max + 1 {
        while page < win32.len() && win32[page].page.code < code {
            page += 1;
        }
        index.push(page as u16);
    }
    index
}

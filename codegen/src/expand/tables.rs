//! The static tables behind the runtime lookups.

mod name_hash;
pub mod search_index;

use std::collections::HashMap;
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
    let space_starts = space_starts(catalogue);
    out.push_str(
        "#[doc(hidden)]\n#[allow(missing_docs, reason = \"generated tables behind the documented lookups\")]\n\
         pub mod __catalogue {\n",
    );
    let (related, text_starts) = records(out, catalogue, rt);
    search_tables(out, catalogue, &text_starts);
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
    name_tables(out, catalogue, &text_starts.names);
    array(out, "Related pages, as page indices; each page owns a run of it.", "RELATED", "u16", &related);
    let _ = write!(
        out,
        "/// The families, by module name.\npub static FAMILIES: [{rt}::Family; {}] = [",
        catalogue.families.len()
    );
    for family in &catalogue.families {
        let _ = write!(out, "{rt}::Family::__new({rt}::__FamilyFields{{");
        for (field, text) in [("module", family.module.as_str()), ("title", &family.title), ("header", family.header)] {
            out.push_str(field);
            out.push(':');
            literal::push_string(out, text);
            out.push(',');
        }
        let _ = write!(out, "space: {rt}::Space::{:?}}}),", family.space);
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
fn search_tables(out: &mut String, catalogue: &Catalogue, starts: &TextStarts) {
    let index = search_index::build(catalogue, &starts.names, &starts.messages, starts.len);
    search_index::emit(out, &index);
}

/// The tables of a catalogue without a perfect hash: the runtime scans instead.
const NO_HASH: NameHash = NameHash { seed: 0, full: false, displacements: Vec::new(), slots: Vec::new() };

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

/// The perfect hash of the names (`name_hash.rs`, which documents the scheme): its seed, its
/// `full` flag and displacements, and per slot what the lookup needs without reading the page
/// record: `NAME_SLOTS`, where the name starts in `STRINGS` (24 bits) and, for a name of 1 to 255
/// bytes without a lower-case letter, its length (the top 8 bits; 0 otherwise), and
/// `NAME_PAGES`, the page index. An empty slot is 0 and `u16::MAX`. Without a perfect hash
/// (never for real names), the slots are empty and the runtime scans the pages.
fn name_tables(out: &mut String, catalogue: &Catalogue, name_starts: &[u32]) {
    let names: Vec<&str> = catalogue.entries.iter().map(|e| e.page.name.as_str()).collect();
    let addressable = name_starts.iter().all(|&start| start < 1 << 24);
    let name_hash = build_name_hash(&names).filter(|_| addressable).unwrap_or(NO_HASH);
    let _ = write!(
        out,
        "/// The seed of the perfect hash of the names.\npub const NAME_SEED: u64 = {};\n\
         /// Whether the name hash reads the word at 24 of names of 33 to 48 bytes.\npub const NAME_FULL_HASH: bool = {};\n",
        name_hash.seed, name_hash.full
    );
    array(
        out,
        "One displacement per bucket of the perfect hash of the names.",
        "NAME_DISPLACEMENTS",
        "u16",
        &name_hash.displacements,
    );
    let mut keys = Vec::with_capacity(name_hash.slots.len());
    let mut pages = Vec::with_capacity(name_hash.slots.len());
    for &index in &name_hash.slots {
        match names.get(usize::from(index)) {
            Some(name) if index != EMPTY_SLOT => {
                // The length only for names of 1 to 255 upper-case letters, digits and `_`,
                // which the lookup compares folded (its folding relies on that); 0 sends the
                // others to the page record.
                let plain = (1..=255).contains(&name.len())
                    && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
                let code = if plain { name.len() as u32 } else { 0 };
                keys.push(name_starts[usize::from(index)] | code << 24);
                pages.push(index);
            }
            _ => {
                keys.push(0);
                pages.push(EMPTY_SLOT);
            }
        }
    }
    let _ = write!(
        out,
        "/// The name in each slot of the perfect hash of the names: where it starts in `STRINGS`, plus \
         its length times 2^24 for a name of 1 to 255 bytes without a lower-case letter (else 0; 0 in \
         all: empty; no slots at all: no perfect hash, scan the pages).\n\
         pub static NAME_SLOTS: [u32; {}] = [",
        keys.len()
    );
    for key in keys {
        literal::push_decimal(out, key);
        out.push(',');
    }
    out.push_str("];\n");
    array(out, "The page of the name in each slot (`u16::MAX`: empty).", "NAME_PAGES", "u16", &pages);
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

/// The columns of the page table, in the order of `__PageColumns`' fields: each page's value,
/// where its name starts in `STRINGS` and its length, where its message starts and its length,
/// its family and its row of the extra tables.
const PAGE_COLUMNS: [&str; 7] = ["value", "name_start", "name_len", "message_start", "message_len", "family", "extra"];

/// Offsets into `STRINGS` and family indices share a `u32` in the page record: offsets below
/// 2^24, families below 2^8.
const OFFSET_LIMIT: usize = 1 << 24;

/// Where each page's name and message start in `STRINGS`, and the blob's length.
pub struct TextStarts {
    /// Where each page's name starts.
    pub names: Vec<u32>,
    /// Where each page's message starts (pages with the same message share one copy).
    pub messages: Vec<u32>,
    /// The length of `STRINGS`.
    pub len: usize,
}

/// Writes the string blob (`STRINGS`: each name, followed by its message the first time that
/// message occurs), the page table (`PAGES`, built by the runtime from one named column per field,
/// so each field is named where it is written and each value costs one token) and the extra rows
/// (`EXTRA_UPDATED`, `EXTRA_RELATED`: the pages with a date or related pages; row 0 has neither);
/// returns the related runs and where each page's name and message start in the blob.
fn records(out: &mut String, catalogue: &Catalogue, rt: &str) -> (Vec<u16>, TextStarts) {
    let mut strings = String::new();
    let mut starts = TextStarts {
        names: Vec::with_capacity(catalogue.entries.len()),
        messages: Vec::with_capacity(catalogue.entries.len()),
        len: 0,
    };
    let mut message_at: HashMap<&str, u32> = HashMap::new();
    let mut related: Vec<u16> = Vec::new();
    let (mut extra_updated, mut extra_related): (Vec<u32>, Vec<u16>) = (vec![0], vec![0, 0]);
    let mut columns: [Vec<u32>; 7] = Default::default();
    for entry in &catalogue.entries {
        let page = &entry.page;
        let name_start = strings.len() as u32;
        strings.push_str(&page.name);
        let message_start = *message_at.entry(page.message.as_str()).or_insert_with(|| {
            let at = strings.len() as u32;
            strings.push_str(&page.message);
            at
        });
        starts.names.push(name_start);
        starts.messages.push(message_start);
        let name_len = page.name.len().min(u8::MAX as usize) as u8;
        let message_len = page.message.len().min(u16::MAX as usize) as u16;
        let targets: Vec<u16> =
            page.related.iter().filter_map(|m| catalogue.index_of(&m.name)).map(|i| i as u16).collect();
        // A run past what a u16 can address is left out rather than wrapped.
        let targets = if u16::try_from(related.len() + targets.len()).is_ok() { targets } else { Vec::new() };
        let updated = page.updated.map_or(0, |d| d.packed());
        let extra = if (updated == 0 && targets.is_empty()) || extra_updated.len() > usize::from(u16::MAX) {
            0
        } else {
            related.extend(&targets);
            extra_updated.push(updated);
            extra_related.push(related.len() as u16);
            extra_updated.len() - 1
        };
        let row: [u32; 7] = [
            page.code,
            name_start,
            name_len.into(),
            message_start,
            message_len.into(),
            entry.family as u32,
            extra as u32,
        ];
        for (column, value) in columns.iter_mut().zip(row) {
            column.push(value);
        }
    }
    if strings.len() >= OFFSET_LIMIT || catalogue.families.len() > usize::from(u8::MAX) + 1 {
        out.push_str(
            "compile_error!(\"winerror: the names and messages exceed 16 MiB, or the families 256: the page \
             record cannot address them\");\n",
        );
    }
    starts.len = strings.len();
    out.push_str(
        "/// Every page's name, followed by its message where that message first occurs.\npub static STRINGS: &str = ",
    );
    literal::push_string(out, &strings);
    let _ = write!(
        out,
        ";\n/// Every page, sorted by (space, code, name).\npub static PAGES: [{rt}::ErrorPage; {}] = {rt}::__PageColumns {{\n",
        catalogue.entries.len()
    );
    for (name, column) in PAGE_COLUMNS.iter().zip(&columns) {
        out.push_str(name);
        out.push_str(": [");
        for &value in column {
            literal::push_decimal(out, value);
            out.push(',');
        }
        out.push_str("],\n");
    }
    out.push_str("}.pages();\n");
    let _ = write!(
        out,
        "/// The `Updated:` date (`YYYYMMDD`, or 0) of each extra row.\npub static EXTRA_UPDATED: [u32; {}] = [",
        extra_updated.len()
    );
    for updated in extra_updated {
        literal::push_decimal(out, updated);
        out.push(',');
    }
    out.push_str("];\n");
    array(
        out,
        "`EXTRA_RELATED[r]..EXTRA_RELATED[r + 1]` is extra row `r`'s run of `RELATED`.",
        "EXTRA_RELATED",
        "u16",
        &extra_related,
    );
    (related, starts)
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

//! The rustdoc text of constants and family modules, built from the pages' Markdown.

use std::fmt::Write as _;

use crate::check::{Catalogue, Entry};

/// `HRESULT_FROM_WIN32`: a Win32 code in the FACILITY_WIN32 HRESULT space, as the bit pattern.
pub fn hresult_from_win32(code: u32) -> u32 {
    if code as i32 <= 0 { code } else { (code & 0xFFFF) | (7 << 16) | 0x8000_0000 }
}

/// The search aliases of a value: decimal, hex and HRESULT hex.
pub fn aliases(code: u32) -> Vec<String> {
    let hresult = hresult_from_win32(code);
    let mut aliases = vec![code.to_string(), format!("0x{code:X}")];
    if hresult != code {
        aliases.push(format!("0x{hresult:08X}"));
    }
    aliases
}

/// The rustdoc of one constant: message, facts, then the page's own sections with links.
pub fn constant_doc(catalogue: &Catalogue, entry: &Entry) -> String {
    let page = &entry.page;
    let text = &page.source.text;
    let code = page.code;
    let hresult = hresult_from_win32(code);
    let mut doc = String::new();
    let message = text.get(page.message_range.clone()).unwrap_or(&page.message).trim();
    let _ = writeln!(doc, "{message}\n");
    let _ = writeln!(doc, "| | |\n|---|---|");
    let _ = writeln!(doc, "| Name | `{}` |", page.name);
    let _ = writeln!(doc, "| Decimal | {code} |");
    let _ = writeln!(doc, "| Hex | `0x{code:X}` |");
    let _ = writeln!(doc, "| HRESULT | `0x{hresult:08X}` ({}) |", hresult as i32);
    let _ = writeln!(doc, "| Header | `{}` |", catalogue.header(entry));
    let _ = writeln!(doc, "| Family | [`{0}`](super::{0}) |", catalogue.families[entry.family].module);
    if let Some(date) = page.updated {
        let _ = writeln!(doc, "| Updated | {:04}-{:02}-{:02} |", date.year, date.month, date.day);
    }
    doc.push('\n');
    doc.push_str(&linked_body(catalogue, entry));
    doc
}

/// The page body with error names turned into intra-doc links and code fences made safe:
/// a `rust` fence is compiled but never run (`rust,no_run`); any other fence is `text`.
fn linked_body(catalogue: &Catalogue, entry: &Entry) -> String {
    let page = &entry.page;
    let text = page.source.text.as_str();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for used in &page.name_uses {
        if used.name == page.name || used.range.start < page.body_start {
            continue;
        }
        if let Some(target) = catalogue.get(&used.name) {
            let module = &catalogue.families[target.family].module;
            edits
                .push((used.range.clone(), format!("[{}](super::{module}::{})", &text[used.range.clone()], used.name)));
        }
    }
    for fence in &page.fences {
        let line = &text[fence.opening_line.clone()];
        let marker_len = line.len() - line.trim_start_matches(['`', '~']).len();
        let marker = &line[..marker_len];
        let lang = if fence.info.trim_start().starts_with("rust") { "rust,no_run" } else { "text" };
        edits.push((fence.opening_line.clone(), format!("{marker}{lang}")));
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut body = String::new();
    let mut at = page.body_start;
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        body.push_str(&text[at..range.start]);
        body.push_str(&replacement);
        at = range.end;
    }
    body.push_str(&text[at..]);
    body.trim().to_owned()
}

/// The rustdoc of a family module: title, introduction and a table of its codes.
pub fn family_doc(catalogue: &Catalogue, family_index: usize) -> String {
    let family = &catalogue.families[family_index];
    let mut doc = format!("{}\n\nHeader: `{}`.\n\n{}\n\n", family.title, family.header, family.intro);
    let _ = writeln!(doc, "| Name | Value | Hex |\n|---|---|---|");
    for entry in catalogue.entries.iter().filter(|e| e.family == family_index) {
        let code = entry.page.code;
        let _ = writeln!(doc, "| [`{0}`]({0}) | {code} | `0x{code:X}` |", entry.page.name);
    }
    doc
}

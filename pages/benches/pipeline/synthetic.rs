//! Synthetic catalogues for the benchmark: any number of valid pages across several families,
//! in the full page format (title, message, date, sections, mentions of other pages with their
//! true values, a Related Errors list, name uses, code fences), so every check does its work.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Families the pages are spread over, round-robin.
const FAMILIES: usize = 16;

/// The value of page `index`: odd numbers from 1, so 30,000 pages stay below 65,536 and the
/// dense code index is used, as for the real catalogue.
fn code(index: usize) -> u32 {
    index as u32 * 2 + 1
}

fn family(index: usize) -> usize {
    index % FAMILIES
}

fn name(index: usize) -> String {
    format!("ERROR_SYNTHETIC_F{:02}_{index:05}", family(index))
}

/// `NAME (DECIMAL - 0xHEX)` of page `index`.
fn mention(index: usize) -> String {
    let code = code(index);
    format!("{} ({code} - 0x{code:X})", name(index))
}

/// Writes `pages` pages under `docs` (which must not exist yet) and returns their total size.
pub fn write_catalogue(docs: &Path, pages: usize) -> std::io::Result<usize> {
    let mut bytes = 0;
    for family in 0..FAMILIES {
        let folder = docs.join(format!("synthetic_{family:02}"));
        fs::create_dir_all(&folder)?;
        let index = format!(
            "# Synthetic family {family}\n\nHeader: winerror.h\n\nGenerated pages for measuring the pipeline; \
             every page mentions its neighbours with their true values.\n"
        );
        bytes += index.len();
        fs::write(folder.join("README.md"), index)?;
    }
    for index in 0..pages {
        let page = page(index, pages);
        bytes += page.len();
        let folder = docs.join(format!("synthetic_{:02}", family(index)));
        fs::write(folder.join(format!("{}.md", name(index))), page)?;
    }
    Ok(bytes)
}

/// The Markdown of page `index` out of `pages`.
fn page(index: usize, pages: usize) -> String {
    let next = (index + 1) % pages;
    let previous = (index + pages - 1) % pages;
    let far = (index * 7 + 13) % pages;
    let code = code(index);
    let mut text = String::with_capacity(1200);
    let _ = write!(
        text,
        "# {} - {code} (0x{code:X})\n\n\
         The synthetic operation number {index} could not be completed because a resource was busy.\n\n\
         Updated: 2026-02-21\n\n\
         ## Technical Meaning\n\n\
         The component reports this value when a request arrives while an earlier one still holds the \
         resource. It is the counterpart of {} and usually follows {}.\n\n\
         ## Usage Context\n\n\
         Callers see it from *synthetic* APIs. Log lines carry the value in **decimal** or as an \
         HRESULT; search for `{}` or for [the family](https://example.com/synthetic).\n\n",
        name(index),
        mention(next),
        mention(previous),
        name(far),
    );
    if index.is_multiple_of(10) {
        let _ = write!(text, "```rust\nlet code = {code}_u32;\nassert_eq!(code, 0x{code:X});\n```\n\n");
    }
    let _ = write!(
        text,
        "## Related Errors\n\n\
         - {}: the same condition seen from the other side.\n\
         - {}: reported first, when the request is queued.\n\
         - {}\n\n\
         ## Summary\n\n\
         Retry later, or find which request holds the resource; see {} for the opposite case.\n",
        mention(next),
        mention(previous),
        name(far),
        name(next),
    );
    text
}

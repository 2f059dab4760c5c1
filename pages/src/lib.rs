//! The winerror pipeline: read a folder of Markdown error pages, check the whole catalogue and
//! expand it to Rust. The `winerror-macros` proc macro is a thin shell over [`generate_source`]; tests,
//! benchmarks, fuzzers and tools call the phases directly.
//!
//! Phases, one module each: [`load`] → [`page`] (and [`family`] for index pages) → [`check`] →
//! [`expand`](mod@expand). Within the Markdown phase the imports go one way: [`page`] and
//! [`family`] use [`scan`] (the checks inside a block), which uses [`markdown`] (the parse). This crate holds the Markdown phase and the entry points; the other
//! phases come from `winerror-codegen`, re-exported here, which depends on no Markdown parser
//! and so compiles alongside pulldown-cmark in a dependent's build.
#![deny(missing_docs)]

mod details;
pub mod family;
pub mod markdown;
pub mod page;
pub mod scan;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;

pub use winerror_codegen::{bits, check, diagnostic, expand, grammar, load, parallel, space};

use std::path::Path;

pub use check::Catalogue;
pub use diagnostic::{Diagnostic, Diagnostics, Location};
pub use expand::{ExpandOptions, expand_source};

/// Largest number of pages one catalogue may hold (tables index pages with `u16`).
pub const MAX_PAGES: usize = u16::MAX as usize;

/// The result of reading and checking a docs folder.
#[derive(Debug)]
pub struct Checked {
    /// Every page that can be emitted.
    pub catalogue: Catalogue,
    /// Every problem found, sorted by location.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads, parses and checks the docs folder `docs_dir`; never panics on any input.
pub fn check_folder(docs_dir: &Path) -> Checked {
    let mut diags = Diagnostics::new();
    let loaded = load::load(docs_dir, &mut diags);
    let families = loaded.families.iter().map(|files| family::parse_family(files, &mut diags)).collect();
    let mut entries = page::parse_pages(loaded.families, &mut diags);
    if entries.len() > MAX_PAGES {
        let location =
            Location::folder(&docs_dir.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned()));
        diags.error(location, format!("{} pages; one catalogue holds at most {MAX_PAGES}", entries.len()));
        entries.truncate(MAX_PAGES);
    }
    let catalogue = check::check(families, entries, loaded.tracked, &mut diags);
    Checked { catalogue, diagnostics: diags.into_sorted() }
}

/// Runs the whole pipeline to Rust source text, which the proc macro gives to the compiler's
/// lexer, and every problem found.
pub fn generate_source(docs_dir: &Path, options: &ExpandOptions) -> (String, Vec<Diagnostic>) {
    let checked = check_folder(docs_dir);
    (expand_source(&checked.catalogue, options), checked.diagnostics)
}

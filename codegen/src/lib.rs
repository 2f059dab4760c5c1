//! The winerror pipeline: read a folder of Markdown error pages, check the whole catalogue and
//! expand it to Rust. The `winerror-macros` proc macro is a thin shell over [`generate_source`]; tests,
//! benchmarks, fuzzers and tools call the phases directly.
//!
//! Phases, one module each: [`load`] → [`page`] (and [`family`] for index pages) → [`check`] →
//! [`expand`](mod@expand).
#![deny(missing_docs)]

pub mod args;
pub mod check;
pub mod diagnostic;
pub mod expand;
pub mod family;
pub mod grammar;
pub mod load;
pub mod page;
mod parallel;
pub mod scan;
mod sort;
#[cfg(test)]
mod testing;

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
    let mut entries = parallel::parse_pages(loaded.families, &mut diags);
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

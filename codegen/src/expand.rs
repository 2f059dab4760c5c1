//! Phase 4: turn the checked catalogue into Rust tokens: one constant per page, one module
//! per family, the tables behind the lookups, and the rebuild tracking.

pub mod docs;
mod literal;
mod rewrite;
mod tables;

use std::fmt::Write as _;

use crate::check::Catalogue;
use crate::space::Space;

/// How to expand.
#[derive(Clone, Debug)]
pub struct ExpandOptions {
    /// Path of the runtime crate, as source text (`crate` inside `winerror`, `::winerror` elsewhere).
    pub runtime: String,
    /// Whether to emit every page's Markdown body (the `pages` feature).
    pub bodies: bool,
    /// Whether each constant and module gets its whole rustdoc page (facts table, the page's
    /// sections, computed sections, family tables) or only a summary: the message and one line
    /// of facts. Summaries keep a normal build small; the whole pages are for `cargo doc`.
    pub full_docs: bool,
    /// Whether to emit an `include_bytes!` of every page so rustc rebuilds when one is edited.
    /// Off when the invoking crate's build script already watches the folder
    /// (`cargo:rerun-if-changed`), which costs nothing at compile time.
    pub track_pages: bool,
}

impl Default for ExpandOptions {
    fn default() -> Self {
        ExpandOptions { runtime: "crate".to_owned(), bodies: false, full_docs: true, track_pages: true }
    }
}

/// Expands the catalogue as Rust source text. The same catalogue always gives the same text.
///
/// The proc macro hands this text to the compiler's own lexer in one call
/// (`proc_macro::TokenStream::from_str`) instead of building the catalogue's few hundred
/// thousand tokens one call across the proc-macro bridge at a time.
pub fn expand_source(catalogue: &Catalogue, options: &ExpandOptions) -> String {
    let rt = options.runtime.as_str();
    let mut source = String::new();
    family_modules(&mut source, catalogue, options, rt);
    tables::tables(&mut source, catalogue, options, rt);
    if options.track_pages {
        rebuild_tracking(&mut source, catalogue);
    }
    source
}

/// One public module per family holding its constants, re-exported at the invocation site.
/// The re-exports are hidden from rustdoc: each constant has one page, in its family's module.
fn family_modules(out: &mut String, catalogue: &Catalogue, options: &ExpandOptions, rt: &str) {
    let index = docs::CatalogueIndex::new(catalogue, options.full_docs);
    for (family_index, family) in catalogue.families.iter().enumerate() {
        let module_doc = if options.full_docs {
            docs::family_doc(catalogue, &index, family_index)
        } else {
            docs::family_summary(catalogue, family_index)
        };
        out.push_str("#[doc = ");
        literal::push_string(out, &module_doc);
        let _ = writeln!(out, "] pub mod {} {{", family.module);
        let space = family.space;
        for &at in index.family_members(family_index) {
            let page = &catalogue.entries[at].page;
            out.push_str("#[doc = ");
            if options.full_docs {
                literal::push_string(out, &docs::constant_doc(catalogue, &index, at));
                out.push(']');
                for alias in docs::aliases(space, page.code) {
                    let _ = write!(out, "#[doc(alias = \"{alias}\")]");
                }
            } else {
                // Search aliases serve rustdoc's search only.
                docs::push_constant_summary(out, catalogue, at);
                out.push(']');
            }
            let type_name = space.type_name();
            for piece in
                [" pub const ", &page.name, ": ", rt, "::", type_name, " = ", rt, "::", type_name, "::from_raw("]
            {
                out.push_str(piece);
            }
            if space == Space::Win32 {
                literal::push_decimal(out, page.code);
            } else {
                let _ = write!(out, "{}", page.code as i32);
            }
            out.push_str(");\n");
        }
        let _ = writeln!(out, "}}\n#[doc(hidden)] pub use self::{}::*;", family.module);
    }
}

/// `include_bytes!` of every page, so rustc rebuilds the crate when one is edited.
/// (Added, renamed and deleted pages are caught by the runtime crate's build script.)
fn rebuild_tracking(out: &mut String, catalogue: &Catalogue) {
    out.push_str("const _: () = {\n");
    for path in catalogue.tracked.iter().filter(|path| path.is_file()).filter_map(|path| path.to_str()) {
        out.push_str("let _ = include_bytes!(");
        literal::push_string(out, path);
        out.push_str(");\n");
    }
    out.push_str("};\n");
}

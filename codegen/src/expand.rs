//! Phase 4: turn the checked catalogue into Rust tokens: one constant per page, one module
//! per family, the tables behind the lookups, and the rebuild tracking.

mod docs;
mod literal;
mod tables;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::check::Catalogue;

pub use docs::hresult_from_win32;

/// How to expand.
#[derive(Clone, Debug)]
pub struct ExpandOptions {
    /// Path of the runtime crate (`crate` inside `winerror`, `::winerror` elsewhere).
    pub runtime: TokenStream,
    /// Whether to emit every page's Markdown body (the `pages` feature).
    pub bodies: bool,
    /// Whether each constant and module gets its whole rustdoc page (facts table, the page's
    /// sections, computed sections, family tables) or only a summary: the message and one line
    /// of facts. Summaries keep a normal build small; the whole pages are for `cargo doc`.
    pub full_docs: bool,
}

impl Default for ExpandOptions {
    fn default() -> Self {
        ExpandOptions { runtime: quote!(crate), bodies: false, full_docs: true }
    }
}

/// Expands the catalogue. The same catalogue always gives the same tokens.
pub fn expand(catalogue: &Catalogue, options: &ExpandOptions) -> TokenStream {
    let modules = family_modules(catalogue, options);
    let tables = tables::tables(catalogue, options);
    let tracking = rebuild_tracking(catalogue);
    quote! {
        #modules
        #tables
        #tracking
    }
}

/// One public module per family holding its constants, re-exported at the invocation site.
/// The re-exports are hidden from rustdoc: each constant has one page, in its family's module.
fn family_modules(catalogue: &Catalogue, options: &ExpandOptions) -> TokenStream {
    let rt = &options.runtime;
    let mut modules = TokenStream::new();
    let index = docs::CatalogueIndex::new(catalogue);
    for (family_index, family) in catalogue.families.iter().enumerate() {
        let module = Ident::new(&family.module, Span::call_site());
        let module_doc = if options.full_docs {
            docs::family_doc(catalogue, &index, family_index)
        } else {
            docs::family_summary(catalogue, family_index)
        };
        let module_doc = literal::string(&module_doc);
        let constants = index.family_members(family_index).iter().map(|&at| {
            let entry = &catalogue.entries[at];
            let name = Ident::new(&entry.page.name, Span::call_site());
            let code = entry.page.code;
            let (doc, aliases) = if options.full_docs {
                (docs::constant_doc(catalogue, &index, at), docs::aliases(code))
            } else {
                // Search aliases serve rustdoc's search only.
                (docs::constant_summary(catalogue, at), Vec::new())
            };
            let doc = literal::string(&doc);
            quote! {
                #[doc = #doc]
                #(#[doc(alias = #aliases)])*
                pub const #name: #rt::ErrorCode = #rt::ErrorCode::from_raw(#code);
            }
        });
        modules.extend(quote! {
            #[doc = #module_doc]
            pub mod #module {
                #(#constants)*
            }
            #[doc(hidden)]
            pub use self::#module::*;
        });
    }
    modules
}

/// `include_bytes!` of every page, so rustc rebuilds the crate when one is edited.
/// (Added, renamed and deleted pages are caught by the runtime crate's build script.)
fn rebuild_tracking(catalogue: &Catalogue) -> TokenStream {
    let files = catalogue.tracked.iter().filter(|path| path.is_file()).filter_map(|path| path.to_str());
    quote! {
        const _: () = {
            #(let _ = include_bytes!(#files);)*
        };
    }
}

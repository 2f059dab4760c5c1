//! The static tables behind the runtime lookups.

mod name_hash;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::check::Catalogue;

use name_hash::{NameHash, build as build_name_hash};

/// Largest value for which a dense code → pages index is emitted; beyond it the runtime
/// falls back to binary search over the sorted pages.
pub const DENSE_INDEX_LIMIT: u32 = 1 << 16;

/// The `__catalogue` module: string blob, pages, code index, name hash, families, related.
pub fn tables(catalogue: &Catalogue, options: &crate::ExpandOptions) -> TokenStream {
    let rt = &options.runtime;
    let Records { strings, pages, related } = records(catalogue, options);
    let strings_literal = super::literal::string(&strings);
    let page_count = pages.len();
    let code_index = code_index(catalogue);
    let code_index_len = code_index.len();
    let names: Vec<&str> = catalogue.entries.iter().map(|e| e.page.name.as_str()).collect();
    // Without a perfect hash (never for real names), the runtime scans the pages.
    let name_hash =
        build_name_hash(&names).unwrap_or(NameHash { seed: 0, displacements: Vec::new(), slots: Vec::new() });
    let name_seed = name_hash.seed;
    let displacement_count = name_hash.displacements.len();
    let displacements = name_hash.displacements.into_iter().map(Literal::u16_unsuffixed);
    let slot_count = name_hash.slots.len();
    let slots = name_hash.slots.into_iter().map(Literal::u16_unsuffixed);
    let related_len = related.len();
    let related = related.into_iter().map(Literal::u16_unsuffixed);
    let families = catalogue.families.iter().map(|f| {
        let (module, title, header) = (&f.module, &f.title, f.header);
        quote!(#rt::Family::__new(#module, #title, #header))
    });
    let family_count = catalogue.families.len();
    let bodies = options.bodies.then(|| {
        let bodies = catalogue.entries.iter().map(|e| e.page.source.text[e.page.body_start..].trim());
        quote! {
            /// The Markdown body of every page, in page order.
            pub static BODIES: [&str; #page_count] = [#(#bodies),*];
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(missing_docs, reason = "generated tables behind the documented lookups")]
        pub mod __catalogue {
            /// Every page's name followed by its message.
            pub static STRINGS: &str = #strings_literal;
            /// Every page, sorted by (code, name).
            pub static PAGES: [#rt::ErrorPage; #page_count] = [#(#pages),*];
            /// `CODE_INDEX[c]..CODE_INDEX[c + 1]` are the pages with value `c` (empty when dense indexing is off).
            pub static CODE_INDEX: [u16; #code_index_len] = [#(#code_index),*];
            /// The seed of the perfect hash of the names.
            pub const NAME_SEED: u64 = #name_seed;
            /// One displacement per bucket of the perfect hash of the names.
            pub static NAME_DISPLACEMENTS: [u16; #displacement_count] = [#(#displacements),*];
            /// The page index in each slot of the perfect hash of the names (`u16::MAX`: empty;
            /// no slots at all: no perfect hash, scan the pages).
            pub static NAME_SLOTS: [u16; #slot_count] = [#(#slots),*];
            /// Related pages, as page indices; each page owns a run of it.
            pub static RELATED: [u16; #related_len] = [#(#related),*];
            /// The families, by module name.
            pub static FAMILIES: [#rt::Family; #family_count] = [#(#families),*];
            #bodies
        }
    }
}

/// The string blob, one `ErrorPage::__new` call per page, and the related runs.
struct Records {
    strings: String,
    pages: Vec<TokenStream>,
    related: Vec<u16>,
}

fn records(catalogue: &Catalogue, options: &crate::ExpandOptions) -> Records {
    let rt = &options.runtime;
    let mut strings = String::new();
    let mut related: Vec<u16> = Vec::new();
    let mut pages = Vec::with_capacity(catalogue.entries.len());
    for entry in &catalogue.entries {
        let page = &entry.page;
        let text_start = strings.len() as u32;
        strings.push_str(&page.name);
        strings.push_str(&page.message);
        let name_len = page.name.len().min(u8::MAX as usize) as u8;
        let message_len = page.message.len().min(u16::MAX as usize) as u16;
        let targets: Vec<u16> =
            page.related.iter().filter_map(|m| catalogue.by_name.get(&m.name)).map(|&i| i as u16).collect();
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
        pages.push(quote! {
            #rt::ErrorPage::__new(#code, #text_start, #name_len, #message_len, #family, #updated, #related_start, #related_len)
        });
    }
    Records { strings, pages, related }
}

/// `index[c]` is the first page with value `>= c`, for every `c` up to one past the largest value.
fn code_index(catalogue: &Catalogue) -> Vec<Literal> {
    let max = catalogue.entries.last().map_or(0, |e| e.page.code);
    if max >= DENSE_INDEX_LIMIT {
        return Vec::new();
    }
    let mut index = Vec::with_capacity(max as usize + 2);
    let mut page = 0;
    for code in 0..=max + 1 {
        while page < catalogue.entries.len() && catalogue.entries[page].page.code < code {
            page += 1;
        }
        index.push(Literal::u16_unsuffixed(page as u16));
    }
    index
}

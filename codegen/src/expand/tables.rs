//! The static tables behind the runtime lookups.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::check::Catalogue;

/// Largest value for which a dense code → pages index is emitted; beyond it the runtime
/// falls back to binary search over the sorted pages.
pub const DENSE_INDEX_LIMIT: u32 = 1 << 16;

/// The `__catalogue` module: string blob, pages, code index, name order, families, related.
pub fn tables(catalogue: &Catalogue, options: &crate::ExpandOptions) -> TokenStream {
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
        let related_start = related.len() as u32;
        related.extend(page.related.iter().filter_map(|m| catalogue.by_name.get(&m.name)).map(|&i| i as u16));
        let related_len = (related.len() as u32 - related_start) as u16;
        let family = entry.family as u16;
        let code = page.code;
        let updated = page.updated.map_or(0, |d| d.packed());
        pages.push(quote! {
            #rt::ErrorPage::__new(#code, #text_start, #name_len, #message_len, #family, #updated, #related_start, #related_len)
        });
    }
    let page_count = pages.len();
    let code_index = code_index(catalogue);
    let code_index_len = code_index.len();
    let mut by_name: Vec<usize> = (0..catalogue.entries.len()).collect();
    by_name.sort_by(|&a, &b| catalogue.entries[a].page.name.cmp(&catalogue.entries[b].page.name));
    let by_name = by_name.into_iter().map(|i| Literal::u16_unsuffixed(i as u16));
    let name_count = catalogue.entries.len();
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
            pub static STRINGS: &str = #strings;
            /// Every page, sorted by (code, name).
            pub static PAGES: [#rt::ErrorPage; #page_count] = [#(#pages),*];
            /// `CODE_INDEX[c]..CODE_INDEX[c + 1]` are the pages with value `c` (empty when dense indexing is off).
            pub static CODE_INDEX: [u16; #code_index_len] = [#(#code_index),*];
            /// Page indices sorted by name.
            pub static BY_NAME: [u16; #name_count] = [#(#by_name),*];
            /// Related pages, as page indices; each page owns a run of it.
            pub static RELATED: [u16; #related_len] = [#(#related),*];
            /// The families, by module name.
            pub static FAMILIES: [#rt::Family; #family_count] = [#(#families),*];
            #bodies
        }
    }
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

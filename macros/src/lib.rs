//! `catalogue!`: reads a folder of Markdown error pages at compile time and expands it into
//! constants, modules and lookup tables. A thin shell over `winerror-pages`: syn parses the
//! arguments, the pipeline writes the expansion, quote emits the errors.
#![deny(missing_docs)]

mod args;

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse_macro_input;

use crate::args::Args;

/// `catalogue!("../../docs")`, `catalogue!("docs", runtime = ::winerror, bodies, summaries)`.
///
/// `bodies` also emits every page's Markdown body; `summaries` gives each constant and module a
/// short rustdoc (message and facts on one line) instead of its whole page, which keeps a normal
/// build cheap where nobody reads the pages (invoke it under `#[cfg(not(doc))]`). `untracked`
/// leaves out the `include_bytes!` of every page that makes rustc rebuild on an edit, for a crate
/// whose build script watches the folder with `cargo:rerun-if-changed`. Each option may be
/// given once.
///
/// The folder is relative to the file that invokes the macro (like `include_str!`). Every
/// problem in the pages becomes one compile error starting with `path:line:column:`; the
/// valid pages are still expanded.
#[proc_macro]
pub fn catalogue(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let args = parse_macro_input!(input as Args);
    let folder_span = args.folder.span();
    let folder = resolve(&args.folder.value(), folder_span);
    let options = winerror_pages::ExpandOptions {
        runtime: args.runtime.map_or_else(|| "crate".to_owned(), |path| quote!(#path).to_string()),
        bodies: args.bodies,
        full_docs: !args.summaries,
        track_pages: !args.untracked,
    };
    let (source, diagnostics) = winerror_pages::generate_source(&folder, &options);
    // The bulk of the expansion is source text handed to the compiler's lexer in one call
    // (`proc_macro2` forwards to it inside a proc macro).
    let expansion: TokenStream = match source.parse() {
        Ok(tokens) => tokens,
        Err(error) => {
            let message = format!("winerror-pages wrote an expansion that does not parse: {error}");
            syn::Error::new(folder_span, message).to_compile_error()
        }
    };
    let errors = diagnostics
        .iter()
        .map(|diagnostic| syn::Error::new(folder_span, diagnostic.to_string()))
        .reduce(|mut all, error| {
            all.combine(error);
            all
        })
        .map(|all| all.to_compile_error());
    quote!(#expansion #errors).into()
}

/// The folder, relative to the invoking source file, or to the crate's manifest when the
/// compiler does not say which file that is.
fn resolve(folder: &str, span: Span) -> PathBuf {
    let folder = PathBuf::from(folder);
    let from_file = span.unwrap().local_file().and_then(|file| file.parent().map(|dir| dir.join(&folder)));
    let joined = from_file
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join(&folder));
    // `include_bytes!` needs absolute paths; a missing folder keeps its name for the error.
    std::fs::canonicalize(&joined).unwrap_or(joined)
}

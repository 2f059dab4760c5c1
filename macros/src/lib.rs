//! `catalogue!`: reads a folder of Markdown error pages at compile time and expands it into
//! constants, modules and lookup tables. A thin shell over `winerror-codegen`.
//!
//! The arguments are parsed by `winerror_codegen::args` straight from the token trees, without
//! `syn`, so depending on the catalogue does not compile a Rust parser.
#![deny(missing_docs)]

use std::path::PathBuf;

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{quote, quote_spanned};

/// `catalogue!("../../docs")`, `catalogue!("docs", runtime = ::winerror, bodies, summaries)`.
///
/// `bodies` also emits every page's Markdown body; `summaries` gives each constant and module a
/// short rustdoc (message and facts on one line) instead of its whole page, which keeps a normal
/// build cheap where nobody reads the pages (invoke it under `#[cfg(not(doc))]`). `untracked`
/// leaves out the `include_bytes!` of every page that makes rustc rebuild on an edit, for a crate
/// whose build script watches the folder with `cargo:rerun-if-changed`.
///
/// The folder is relative to the file that invokes the macro (like `include_str!`). Every
/// problem in the pages becomes one compile error starting with `path:line:column:`; the
/// valid pages are still expanded.
#[proc_macro]
pub fn catalogue(input: TokenStream) -> TokenStream {
    let args = match winerror_codegen::args::Args::parse(input.into()) {
        Ok(args) => args,
        Err((span, message)) => return compile_error(span, &message).into(),
    };
    let folder = resolve(&args.folder, args.folder_span);
    let runtime = args.runtime.unwrap_or_else(|| quote!(crate));
    let options = winerror_codegen::ExpandOptions {
        runtime,
        bodies: args.bodies,
        full_docs: !args.summaries,
        track_pages: !args.untracked,
    };
    let (source, diagnostics) = winerror_codegen::generate_source(&folder, &options);
    // One call to the compiler's lexer for the whole expansion.
    let mut tokens: TokenStream = match source.parse() {
        Ok(tokens) => tokens,
        Err(error) => {
            let message = format!("winerror-codegen wrote an expansion that does not parse: {error}");
            compile_error(args.folder_span, &message).into()
        }
    };
    for diagnostic in diagnostics {
        tokens.extend(TokenStream::from(compile_error(args.folder_span, &diagnostic.to_string())));
    }
    tokens
}

/// `compile_error!(message)` pointing at `span`.
fn compile_error(span: Span, message: &str) -> proc_macro2::TokenStream {
    quote_spanned!(span=> ::core::compile_error! { #message })
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

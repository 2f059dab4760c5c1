//! `catalogue!`: reads a folder of Markdown error pages at compile time and expands it into
//! constants, modules and lookup tables. A thin shell over `winerror-codegen`.
//!
//! The shell speaks the compiler's own `proc_macro` API and nothing else: the arguments go to
//! `winerror_codegen::args` as a flat list of described tokens, and the expansion comes back as
//! source text for the compiler's lexer. So a crate that depends on the catalogue compiles no
//! token library (no `syn`, `quote` or `proc-macro2`) on top of the Markdown parser.
#![deny(missing_docs)]

use std::path::PathBuf;

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use winerror_codegen::args::{ArgToken, Args};

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
    let (tokens, spans) = describe(input);
    let args = match Args::parse(&tokens) {
        Ok(args) => args,
        Err((at, message)) => return compile_error(at.map_or_else(Span::call_site, |at| spans[at]), &message),
    };
    let folder_span = spans[args.folder_token];
    let folder = resolve(&args.folder, folder_span);
    let options = winerror_codegen::ExpandOptions {
        runtime: args.runtime.unwrap_or_else(|| "crate".to_owned()),
        bodies: args.bodies,
        full_docs: !args.summaries,
        track_pages: !args.untracked,
    };
    let (source, diagnostics) = winerror_codegen::generate_source(&folder, &options);
    // One call to the compiler's lexer for the whole expansion.
    let mut expansion: TokenStream = match source.parse() {
        Ok(tokens) => tokens,
        Err(error) => {
            let message = format!("winerror-codegen wrote an expansion that does not parse: {error}");
            compile_error(folder_span, &message)
        }
    };
    for diagnostic in diagnostics {
        expansion.extend(compile_error(folder_span, &diagnostic.to_string()));
    }
    expansion
}

/// The input as the argument grammar reads it, with each token's span at the same index.
/// A `$folder:literal` passed on by `macro_rules!` arrives in an invisible group: it is unwrapped.
fn describe(input: TokenStream) -> (Vec<ArgToken>, Vec<Span>) {
    let (mut tokens, mut spans) = (Vec::new(), Vec::new());
    let mut pending: Vec<TokenTree> = input.into_iter().collect();
    pending.reverse();
    while let Some(tree) = pending.pop() {
        let token = match &tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                pending.extend(inner.into_iter().rev());
                continue;
            }
            TokenTree::Literal(literal) => ArgToken::Literal(literal.to_string()),
            TokenTree::Ident(ident) => ArgToken::Ident(ident.to_string()),
            TokenTree::Punct(punct) => {
                ArgToken::Punct { ch: punct.as_char(), joint: punct.spacing() == Spacing::Joint }
            }
            TokenTree::Group(_) => ArgToken::Other,
        };
        tokens.push(token);
        spans.push(tree.span());
    }
    (tokens, spans)
}

/// `::core::compile_error! { "message" }`, every token at `span` so the error points there.
fn compile_error(span: Span, message: &str) -> TokenStream {
    let punct = |ch, spacing| {
        let mut punct = Punct::new(ch, spacing);
        punct.set_span(span);
        TokenTree::Punct(punct)
    };
    let mut literal = Literal::string(message);
    literal.set_span(span);
    let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(literal).into());
    body.set_span(span);
    [
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        TokenTree::Ident(Ident::new("core", span)),
        punct(':', Spacing::Joint),
        punct(':', Spacing::Alone),
        TokenTree::Ident(Ident::new("compile_error", span)),
        punct('!', Spacing::Alone),
        TokenTree::Group(body),
    ]
    .into_iter()
    .collect()
}

/// The folder, relative to the invoking source file, or to the crate's manifest when the
/// compiler does not say which file that is.
fn resolve(folder: &str, span: Span) -> PathBuf {
    let folder = PathBuf::from(folder);
    let from_file = span.local_file().and_then(|file| file.parent().map(|dir| dir.join(&folder)));
    let joined = from_file
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join(&folder));
    // `include_bytes!` needs absolute paths; a missing folder keeps its name for the error.
    std::fs::canonicalize(&joined).unwrap_or(joined)
}

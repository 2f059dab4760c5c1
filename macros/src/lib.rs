//! `catalogue!`: reads a folder of Markdown error pages at compile time and expands it into
//! constants, modules and lookup tables. A thin shell over `winerror-codegen`.
#![deny(missing_docs)]

use std::path::PathBuf;

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Path, Token};

/// `catalogue!("../../docs")`, `catalogue!("docs", runtime = ::winerror, bodies)`.
///
/// The folder is relative to the file that invokes the macro (like `include_str!`). Every
/// problem in the pages becomes one compile error starting with `path:line:column:`; the
/// valid pages are still expanded.
#[proc_macro]
pub fn catalogue(input: TokenStream) -> TokenStream {
    let args = match syn::parse::<Args>(input) {
        Ok(args) => args,
        Err(err) => return err.to_compile_error().into(),
    };
    let span = args.folder.span();
    let folder = resolve(&args.folder.value(), span);
    let runtime = args.runtime.map_or_else(|| quote!(crate), |path| quote!(#path));
    let options = winerror_codegen::ExpandOptions { runtime, bodies: args.bodies };
    let (mut tokens, diagnostics) = winerror_codegen::generate(&folder, &options);
    for diagnostic in diagnostics {
        tokens.extend(syn::Error::new(span, diagnostic.to_string()).to_compile_error());
    }
    tokens.into()
}

/// The folder, relative to the invoking source file, or to the crate's manifest when the
/// compiler does not say which file that is.
fn resolve(folder: &str, span: proc_macro2::Span) -> PathBuf {
    let folder = PathBuf::from(folder);
    let from_file = span.unwrap().local_file().and_then(|file| file.parent().map(|dir| dir.join(&folder)));
    let joined = from_file
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join(&folder));
    // `include_bytes!` needs absolute paths; a missing folder keeps its name for the error.
    std::fs::canonicalize(&joined).unwrap_or(joined)
}

struct Args {
    folder: LitStr,
    runtime: Option<Path>,
    bodies: bool,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let folder = input.parse()?;
        let mut args = Args { folder, runtime: None, bodies: false };
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let key: syn::Ident = input.parse()?;
            match key.to_string().as_str() {
                "runtime" => {
                    input.parse::<Token![=]>()?;
                    args.runtime = Some(input.call(Path::parse_mod_style)?);
                }
                "bodies" => args.bodies = true,
                _ => {
                    return Err(syn::Error::new(key.span(), "expected `runtime = PATH` or `bodies`"));
                }
            }
        }
        if !input.is_empty() {
            return Err(input.error("expected `,`"));
        }
        Ok(args)
    }
}

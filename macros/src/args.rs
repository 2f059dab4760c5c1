//! The macro's arguments, parsed with syn:
//! `"FOLDER" (, runtime = PATH)? (, bodies)? (, summaries)? (, untracked)? ,?`, options in any order.

use syn::parse::discouraged::Speculative;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Path, Token};

/// The option names, one constant each, so the error text and the parser agree.
const RUNTIME: &str = "runtime";
const BODIES: &str = "bodies";
const SUMMARIES: &str = "summaries";
const UNTRACKED: &str = "untracked";

/// What `catalogue!` was asked to do.
pub struct Args {
    /// The docs folder literal (its span is where folder errors point).
    pub folder: LitStr,
    /// The runtime crate's path, when given.
    pub runtime: Option<Path>,
    /// Emit every page's Markdown body.
    pub bodies: bool,
    /// One-line rustdoc summaries instead of whole pages.
    pub summaries: bool,
    /// The invoking crate's build script watches the folder, so no `include_bytes!`.
    pub untracked: bool,
}

impl Parse for Args {
    /// Reads the whole input and reports every bad option at once, each at its own span.
    fn parse(input: ParseStream<'_>) -> syn::Result<Args> {
        let folder: LitStr = input
            .parse()
            .map_err(|error| syn::Error::new(error.span(), "expected a string literal: the docs folder"))?;
        let mut args = Args { folder, runtime: None, bodies: false, summaries: false, untracked: false };
        let mut seen: Vec<Ident> = Vec::new();
        let mut errors: Option<syn::Error> = None;
        let mut push = |error: syn::Error| match &mut errors {
            Some(all) => all.combine(error),
            None => errors = Some(error),
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = input.parse().map_err(|error| syn::Error::new(error.span(), expected_key()))?;
            if let Some(first) = seen.iter().find(|earlier| **earlier == key) {
                let mut error = syn::Error::new(key.span(), format!("`{key}` is given more than once"));
                error.combine(syn::Error::new(first.span(), format!("`{key}` is first given here")));
                push(error);
            }
            seen.push(key.clone());
            match key.to_string().as_str() {
                BODIES => args.bodies = true,
                SUMMARIES => args.summaries = true,
                UNTRACKED => args.untracked = true,
                RUNTIME => {
                    input.parse::<Token![=]>()?;
                    // Parsed on a fork: a path cut short is reported at its start, and the
                    // options after the next comma are still checked.
                    let fork = input.fork();
                    match fork.parse::<Path>() {
                        Ok(path) if fork.is_empty() || fork.peek(Token![,]) => {
                            input.advance_to(&fork);
                            args.runtime = Some(path);
                        }
                        _ => {
                            let bad = skip_to_comma(input)?;
                            push(syn::Error::new(bad, "expected a path such as `::winerror`"));
                        }
                    }
                }
                _ => push(syn::Error::new(key.span(), expected_key())),
            }
            if !input.is_empty() && !input.peek(Token![,]) {
                let bad = skip_to_comma(input)?;
                push(syn::Error::new(bad, "expected `,` or the end of the arguments"));
            }
        }
        match errors {
            Some(errors) => Err(errors),
            None => Ok(args),
        }
    }
}

/// The message for a token that is not an option.
fn expected_key() -> String {
    format!("expected `{RUNTIME} = PATH`, `{BODIES}`, `{SUMMARIES}` or `{UNTRACKED}`")
}

/// Consumes the tokens up to the next top-level comma; returns the first one's span.
fn skip_to_comma(input: ParseStream<'_>) -> syn::Result<proc_macro2::Span> {
    let first = input.span();
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(first)
}

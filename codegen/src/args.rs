//! The macro's arguments, `"FOLDER" (, runtime = PATH)? (, bodies)? (, summaries)? (, untracked)? ,?`, read from the token
//! trees directly: the grammar is three tokens deep, not worth a Rust parser.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

/// What `catalogue!` was asked to do.
#[derive(Debug)]
pub struct Args {
    /// The docs folder, as written (escapes resolved).
    pub folder: String,
    /// Where the folder literal stands, for errors and for resolving the folder.
    pub folder_span: Span,
    /// The runtime crate's path, when given.
    pub runtime: Option<TokenStream>,
    /// Whether to emit the page bodies.
    pub bodies: bool,
    /// Whether to emit one-line rustdoc summaries instead of whole pages.
    pub summaries: bool,
    /// Whether the invoking crate's build script watches the folder, so no `include_bytes!`.
    pub untracked: bool,
}

/// A parse error: where, and what was expected.
pub type Error = (Span, String);

impl Args {
    /// Parses the macro input.
    pub fn parse(input: TokenStream) -> Result<Args, Error> {
        let mut tokens = input.into_iter().map(ungroup).peekable();
        let (folder, folder_span) = match tokens.next() {
            Some(TokenTree::Literal(literal)) => match string_value(&literal.to_string()) {
                Some(folder) => (folder, literal.span()),
                None => return Err((literal.span(), "expected a string literal: the docs folder".into())),
            },
            other => return Err((span_of(other.as_ref()), "expected a string literal: the docs folder".into())),
        };
        let mut args = Args { folder, folder_span, runtime: None, bodies: false, summaries: false, untracked: false };
        while let Some(tree) = tokens.next() {
            if !is_punct(&tree, ',') {
                return Err((tree.span(), "expected `,`".into()));
            }
            let Some(key) = tokens.next() else { break };
            match &key {
                TokenTree::Ident(ident) if ident == "bodies" => args.bodies = true,
                TokenTree::Ident(ident) if ident == "summaries" => args.summaries = true,
                TokenTree::Ident(ident) if ident == "untracked" => args.untracked = true,
                TokenTree::Ident(ident) if ident == "runtime" => {
                    match tokens.next() {
                        Some(tree) if is_punct(&tree, '=') => {}
                        other => return Err((span_of(other.as_ref()), "expected `=` after `runtime`".into())),
                    }
                    let mut path = TokenStream::new();
                    while let Some(tree) = tokens.next_if(|tree| !is_punct(tree, ',')) {
                        if !matches!(&tree, TokenTree::Ident(_)) && !is_punct(&tree, ':') {
                            return Err((tree.span(), "expected a path such as `::winerror`".into()));
                        }
                        path.extend([tree]);
                    }
                    if path.is_empty() {
                        return Err((key.span(), "expected a path such as `::winerror` after `runtime =`".into()));
                    }
                    args.runtime = Some(path);
                }
                _ => {
                    return Err((key.span(), "expected `runtime = PATH`, `bodies`, `summaries` or `untracked`".into()));
                }
            }
        }
        Ok(args)
    }
}

/// A tree wrapped in an invisible group (a `$folder:literal` from `macro_rules!`) as itself.
fn ungroup(tree: TokenTree) -> TokenTree {
    if let TokenTree::Group(group) = &tree
        && group.delimiter() == Delimiter::None
    {
        let mut inner = group.stream().into_iter();
        if let (Some(only), None) = (inner.next(), inner.next()) {
            return ungroup(only);
        }
    }
    tree
}

fn is_punct(tree: &TokenTree, ch: char) -> bool {
    matches!(tree, TokenTree::Punct(punct) if punct.as_char() == ch)
}

fn span_of(tree: Option<&TokenTree>) -> Span {
    tree.map_or_else(Span::call_site, TokenTree::span)
}

/// The value of a string literal as written in source (`"a\\b"`, `r#"a\b"#`); `None` for any
/// other literal, or one with a suffix.
fn string_value(source: &str) -> Option<String> {
    if let Some(raw) = source.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?;
        return body.strip_suffix(&format!("\"{}", "#".repeat(hashes))).map(str::to_owned);
    }
    let body = source.strip_prefix('"')?.strip_suffix('"')?;
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            value.push(ch);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '0' => value.push('\0'),
            '\\' => value.push('\\'),
            '"' => value.push('"'),
            '\'' => value.push('\''),
            'x' => {
                let digits: String = chars.by_ref().take(2).collect();
                value.push(char::from(u8::try_from(u32::from_str_radix(&digits, 16).ok()?).ok().filter(u8::is_ascii)?));
            }
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let (digits, after) = rest.split_once('}')?;
                value.push(char::from_u32(u32::from_str_radix(&digits.replace('_', ""), 16).ok()?)?);
                chars = after.chars();
            }
            '\n' => {
                // A line continuation: the newline and the next line's leading whitespace vanish.
                let rest = chars.as_str().trim_start_matches([' ', '\t', '\n', '\r']);
                chars = rest.chars();
            }
            _ => return None,
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Result<Args, String> {
        Args::parse(source.parse().expect("tokens")).map_err(|(_, message)| message)
    }

    #[test]
    fn folder_alone() {
        let args = parse(r#""../../docs""#).unwrap();
        assert_eq!(args.folder, "../../docs");
        assert!(args.runtime.is_none());
        assert!(!args.bodies);
    }

    #[test]
    fn runtime_and_bodies_in_any_order_with_trailing_comma() {
        let args = parse(r#""docs", bodies, runtime = ::winerror,"#).unwrap();
        assert_eq!(args.runtime.unwrap().to_string(), ":: winerror");
        assert!(args.bodies);
        assert!(!args.summaries);
        let args = parse(r#""docs", summaries, untracked"#).unwrap();
        assert!(args.summaries && args.untracked && !args.bodies);
        let args = parse(r#""docs", runtime = crate::inner"#).unwrap();
        assert_eq!(args.runtime.unwrap().to_string(), "crate :: inner");
        assert!(!args.bodies);
    }

    #[test]
    fn string_escapes_and_raw_strings() {
        assert_eq!(parse(r#""a\\b\x41\u{42}\"""#).unwrap().folder, "a\\bAB\"");
        assert_eq!(parse(r##"r#"a\b"#"##).unwrap().folder, "a\\b");
        assert_eq!(parse(r#"r"docs""#).unwrap().folder, "docs");
    }

    #[test]
    fn refuses_what_is_not_the_grammar() {
        assert_eq!(parse("").unwrap_err(), "expected a string literal: the docs folder");
        assert_eq!(parse("42").unwrap_err(), "expected a string literal: the docs folder");
        assert_eq!(parse(r#"b"docs""#).unwrap_err(), "expected a string literal: the docs folder");
        assert_eq!(parse(r#""docs"suffix"#).unwrap_err(), "expected a string literal: the docs folder");
        assert_eq!(parse(r#""docs" bodies"#).unwrap_err(), "expected `,`");
        assert_eq!(
            parse(r#""docs", pages"#).unwrap_err(),
            "expected `runtime = PATH`, `bodies`, `summaries` or `untracked`"
        );
        assert_eq!(parse(r#""docs", runtime ::winerror"#).unwrap_err(), "expected `=` after `runtime`");
        assert_eq!(
            parse(r#""docs", runtime = , bodies"#).unwrap_err(),
            "expected a path such as `::winerror` after `runtime =`"
        );
        assert_eq!(parse(r#""docs", runtime = "x""#).unwrap_err(), "expected a path such as `::winerror`");
    }
}

//! The macro's arguments, `"FOLDER" (, runtime = PATH)? (, bodies)? (, summaries)? (, untracked)? ,?`.
//!
//! The grammar is three tokens deep: not worth a Rust parser, nor a token library. The proc macro
//! hands the input over as a flat list of [`ArgToken`]s (the compiler's own tokens, described), and
//! errors come back with the index of the token they are about, which the macro turns into that
//! token's span.

/// One token of the macro input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgToken {
    /// A literal, as written in source (`"docs"`, `r#"docs"#`, `42`).
    Literal(String),
    /// An identifier or keyword.
    Ident(String),
    /// A punctuation character; `joint` when the next character is punctuation glued to it (the
    /// first `:` of `::`).
    Punct {
        /// The character.
        ch: char,
        /// Whether it is glued to the next one.
        joint: bool,
    },
    /// Anything else, such as a delimited group.
    Other,
}

/// What `catalogue!` was asked to do.
#[derive(Debug)]
pub struct Args {
    /// The docs folder, as written (escapes resolved).
    pub folder: String,
    /// The index of the folder literal among the tokens, for errors and for resolving the folder.
    pub folder_token: usize,
    /// The runtime crate's path, when given, as source text (`::winerror`, `crate::inner`).
    pub runtime: Option<String>,
    /// Whether to emit the page bodies.
    pub bodies: bool,
    /// Whether to emit one-line rustdoc summaries instead of whole pages.
    pub summaries: bool,
    /// Whether the invoking crate's build script watches the folder, so no `include_bytes!`.
    pub untracked: bool,
}

/// A parse error: the index of the token it is about (`None`: the input ended too early, or is
/// empty), and what was expected.
pub type Error = (Option<usize>, String);

const EXPECTED_FOLDER: &str = "expected a string literal: the docs folder";
const EXPECTED_KEY: &str = "expected `runtime = PATH`, `bodies`, `summaries` or `untracked`";
const EXPECTED_PATH: &str = "expected a path such as `::winerror`";

impl Args {
    /// Parses the macro input.
    pub fn parse(tokens: &[ArgToken]) -> Result<Args, Error> {
        let folder = match tokens.first() {
            Some(ArgToken::Literal(source)) => string_value(source).ok_or((Some(0), EXPECTED_FOLDER.to_owned()))?,
            _ => return Err((tokens.first().map(|_| 0), EXPECTED_FOLDER.to_owned())),
        };
        let mut args =
            Args { folder, folder_token: 0, runtime: None, bodies: false, summaries: false, untracked: false };
        let mut at = 1;
        while at < tokens.len() {
            if !is_punct(&tokens[at], ',') {
                return Err((Some(at), "expected `,`".into()));
            }
            let key = at + 1;
            at += 2;
            match tokens.get(key) {
                None => break,
                Some(ArgToken::Ident(ident)) if ident == "bodies" => args.bodies = true,
                Some(ArgToken::Ident(ident)) if ident == "summaries" => args.summaries = true,
                Some(ArgToken::Ident(ident)) if ident == "untracked" => args.untracked = true,
                Some(ArgToken::Ident(ident)) if ident == "runtime" => {
                    if !tokens.get(at).is_some_and(|token| is_punct(token, '=')) {
                        return Err((tokens.get(at).map(|_| at), "expected `=` after `runtime`".into()));
                    }
                    let start = at + 1;
                    let end = tokens[start..]
                        .iter()
                        .position(|token| is_punct(token, ','))
                        .map_or(tokens.len(), |n| start + n);
                    if start == end {
                        return Err((Some(key), format!("{EXPECTED_PATH} after `runtime =`")));
                    }
                    args.runtime = Some(path(tokens, start, end)?);
                    at = end;
                }
                Some(_) => return Err((Some(key), EXPECTED_KEY.to_owned())),
            }
        }
        Ok(args)
    }
}

/// The path written by `tokens[start..end]`, `(::)? IDENT (:: IDENT)*`, as source text.
fn path(tokens: &[ArgToken], start: usize, end: usize) -> Result<String, Error> {
    let mut text = String::new();
    let mut at = start;
    // Where an identifier is due: at the start (unless `::` comes first) and after every `::`.
    let mut ident_due = !tokens.get(at).is_some_and(|token| is_punct(token, ':'));
    while at < end {
        match &tokens[at] {
            ArgToken::Ident(ident) if ident_due => {
                text.push_str(ident);
                ident_due = false;
                at += 1;
            }
            ArgToken::Punct { ch: ':', joint: true }
                if !ident_due && at + 1 < end && is_punct(&tokens[at + 1], ':') =>
            {
                text.push_str("::");
                ident_due = true;
                at += 2;
            }
            _ => return Err((Some(at), EXPECTED_PATH.to_owned())),
        }
    }
    if ident_due {
        // A path ending in `::`.
        return Err((Some(end - 1), EXPECTED_PATH.to_owned()));
    }
    Ok(text)
}

fn is_punct(token: &ArgToken, wanted: char) -> bool {
    matches!(token, ArgToken::Punct { ch, .. } if *ch == wanted)
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
    use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

    use super::*;

    /// The tokens the proc macro would hand over for `source` (it describes the compiler's
    /// tokens the same way, invisible groups unwrapped).
    fn tokens(source: &str) -> Vec<ArgToken> {
        fn describe(tree: TokenTree, out: &mut Vec<ArgToken>) {
            match tree {
                TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                    group.stream().into_iter().for_each(|tree| describe(tree, out));
                }
                TokenTree::Literal(literal) => out.push(ArgToken::Literal(literal.to_string())),
                TokenTree::Ident(ident) => out.push(ArgToken::Ident(ident.to_string())),
                TokenTree::Punct(punct) => {
                    out.push(ArgToken::Punct { ch: punct.as_char(), joint: punct.spacing() == Spacing::Joint });
                }
                TokenTree::Group(_) => out.push(ArgToken::Other),
            }
        }
        let mut out = Vec::new();
        source.parse::<TokenStream>().expect("tokens").into_iter().for_each(|tree| describe(tree, &mut out));
        out
    }

    fn parse(source: &str) -> Result<Args, String> {
        Args::parse(&tokens(source)).map_err(|(_, message)| message)
    }

    /// The index of the token an error is about.
    fn error_at(source: &str) -> Option<usize> {
        Args::parse(&tokens(source)).expect_err("an error").0
    }

    #[test]
    fn folder_alone() {
        let args = parse(r#""../../docs""#).unwrap();
        assert_eq!(args.folder, "../../docs");
        assert_eq!(args.folder_token, 0);
        assert!(args.runtime.is_none());
        assert!(!args.bodies);
    }

    #[test]
    fn runtime_and_bodies_in_any_order_with_trailing_comma() {
        let args = parse(r#""docs", bodies, runtime = ::winerror,"#).unwrap();
        assert_eq!(args.runtime.as_deref(), Some("::winerror"));
        assert!(args.bodies);
        assert!(!args.summaries);
        let args = parse(r#""docs", summaries, untracked"#).unwrap();
        assert!(args.summaries && args.untracked && !args.bodies);
        let args = parse(r#""docs", runtime = crate::inner::deeper, bodies"#).unwrap();
        assert_eq!(args.runtime.as_deref(), Some("crate::inner::deeper"));
        assert!(args.bodies);
    }

    #[test]
    fn string_escapes_and_raw_strings() {
        assert_eq!(parse(r#""a\\b\x41\u{42}\"""#).unwrap().folder, "a\\bAB\"");
        assert_eq!(parse(r##"r#"a\b"#"##).unwrap().folder, "a\\b");
        assert_eq!(parse(r#"r"docs""#).unwrap().folder, "docs");
    }

    #[test]
    fn refuses_what_is_not_the_grammar() {
        assert_eq!(parse("").unwrap_err(), EXPECTED_FOLDER);
        assert_eq!(parse("42").unwrap_err(), EXPECTED_FOLDER);
        assert_eq!(parse(r#"b"docs""#).unwrap_err(), EXPECTED_FOLDER);
        assert_eq!(parse(r#""docs"suffix"#).unwrap_err(), EXPECTED_FOLDER);
        assert_eq!(parse(r#""docs" bodies"#).unwrap_err(), "expected `,`");
        assert_eq!(parse(r#""docs", pages"#).unwrap_err(), EXPECTED_KEY);
        assert_eq!(parse(r#""docs", runtime ::winerror"#).unwrap_err(), "expected `=` after `runtime`");
        assert_eq!(parse(r#""docs", runtime"#).unwrap_err(), "expected `=` after `runtime`");
        assert_eq!(parse(r#""docs", runtime = , bodies"#).unwrap_err(), format!("{EXPECTED_PATH} after `runtime =`"));
        assert_eq!(parse(r#""docs", runtime = "x""#).unwrap_err(), EXPECTED_PATH);
    }

    #[test]
    fn paths_must_be_well_formed() {
        for bad in ["crate inner", "::", "winerror::", ": : winerror", "::::winerror", "winerror::::x", "(winerror)"] {
            assert_eq!(parse(&format!(r#""docs", runtime = {bad}"#)).unwrap_err(), EXPECTED_PATH, "{bad}");
        }
    }

    #[test]
    fn errors_point_at_their_token() {
        // Tokens: "docs" , runtime = "x"  ->  the literal `"x"` is token 4.
        assert_eq!(error_at(r#""docs", runtime = "x""#), Some(4));
        assert_eq!(error_at(r#""docs", pages"#), Some(2));
        assert_eq!(error_at(r#""docs" bodies"#), Some(1));
        assert_eq!(error_at("seed"), Some(0));
        assert_eq!(error_at(""), None);
        assert_eq!(error_at(r#""docs", runtime"#), None);
        // `runtime = crate inner`: the second identifier, token 5.
        assert_eq!(error_at(r#""docs", runtime = crate inner"#), Some(5));
    }
}

//! String literals for long texts (rustdoc, the string table), written as source text with a
//! cheap escape.
//!
//! `Literal::string` escapes character by character through `char::escape_debug`; for the
//! catalogue's megabytes of doc text that was most of the expansion's time. Rust string
//! literals may hold any character but `"`, `\` and a bare carriage return, so escaping only
//! those and the control characters (`\n` and `\t` as `escape_debug` writes them) and handing
//! the source text to the parser gives the same string at a fraction of the cost.

use std::fmt::Write as _;

/// Appends the source of a string literal whose value is `text` to `out`.
pub fn push_string(out: &mut String, text: &str) {
    let needs_escape = |c: char| c == '"' || c == '\\' || c.is_control();
    out.reserve(text.len() + 2);
    out.push('"');
    let mut rest = text;
    while let Some(at) = rest.find(needs_escape) {
        out.push_str(&rest[..at]);
        let c = rest[at..].chars().next().expect("found a character");
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            _ => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use proc_macro2::Literal;

    use super::*;

    /// The literal's source, checked to parse as one literal.
    fn string(text: &str) -> String {
        let mut source = String::new();
        push_string(&mut source, text);
        let parsed: Literal = source.parse().expect("a valid literal");
        parsed.to_string()
    }

    /// The value a string literal's source stands for, by the standard constructor's rules.
    fn same_as_standard(text: &str) {
        let fast = string(text).to_string();
        let standard = Literal::string(text).to_string();
        assert_eq!(unescape(&fast), unescape(&standard), "{text:?}: {fast} vs {standard}");
    }

    /// A minimal unescape for the escapes either constructor emits.
    fn unescape(source: &str) -> String {
        let body = &source[1..source.len() - 1];
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next().expect("escape") {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'u' => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).expect("hex")).expect("char"));
                }
                other => out.push(other),
            }
        }
        out
    }

    #[test]
    fn plain_text_is_copied() {
        assert_eq!(string("Negotiation took too long.").to_string(), "\"Negotiation took too long.\"");
    }

    #[test]
    fn quotes_backslashes_and_control_characters_are_escaped() {
        assert_eq!(string(r#"a "b" \c"#).to_string(), r#""a \"b\" \\c""#);
        assert_eq!(string("line\r\nnext\u{7}").to_string(), r#""line\r\nnext\u{7}""#);
        for text in ["", "é ü 中文 🦀", "| a | `b` |\n|---|---|\n", "tab\there\0nul", "\\\"\\\"", "\u{85}\u{2028}"]
        {
            same_as_standard(text);
        }
    }
}

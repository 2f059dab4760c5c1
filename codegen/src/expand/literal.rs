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
    out.reserve(text.len() + 2);
    out.push('"');
    push_escaped(out, text);
    out.push('"');
}

/// Appends `text` as the inside of a string literal: `"`, `\` and the control characters
/// (U+0000 to U+001F, U+007F to U+009F) escaped, everything else copied.
///
/// The scan is over bytes: every character to escape starts with a byte below 0x20, one of
/// `"`, `\` and 0x7F, or 0xC2 followed by 0x80 to 0x9F (U+0080 to U+009F in UTF-8).
pub fn push_escaped(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        let byte = bytes[at];
        let escape = byte < 0x20
            || byte == b'"'
            || byte == b'\\'
            || byte == 0x7F
            || byte == 0xC2 && bytes.get(at + 1).is_some_and(|next| (0x80..=0x9F).contains(next));
        if !escape {
            at += 1;
            continue;
        }
        out.push_str(&text[copied..at]);
        let c = text[at..].chars().next().expect("a character starts at an escaped byte");
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
        at += c.len_utf8();
        copied = at;
    }
    out.push_str(&text[copied..]);
}

/// Appends `value` in decimal, without the formatting machinery (the tables write tens of
/// thousands of numbers).
pub fn push_decimal(out: &mut String, value: u32) {
    let mut digits = [0u8; 10];
    let mut start = digits.len();
    let mut rest = value;
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[start..] {
        out.push(char::from(digit));
    }
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
    fn decimals_are_written_like_display() {
        for value in [0, 7, 10, 65_535, 4_294_967_295] {
            let mut out = String::new();
            push_decimal(&mut out, value);
            assert_eq!(out, value.to_string());
        }
    }

    #[test]
    fn plain_text_is_copied() {
        assert_eq!(string("Negotiation took too long.").to_string(), "\"Negotiation took too long.\"");
    }

    #[test]
    fn quotes_backslashes_and_control_characters_are_escaped() {
        assert_eq!(string(r#"a "b" \c"#).to_string(), r#""a \"b\" \\c""#);
        assert_eq!(string("line\r\nnext\u{7}").to_string(), r#""line\r\nnext\u{7}""#);
        for text in [
            "",
            "é ü 中文 🦀",
            "| a | `b` |\n|---|---|\n",
            "tab\there\0nul",
            "\\\"\\\"",
            "\u{85}\u{2028}",
            "\u{80}\u{9f}\u{a0}\u{7f}Â",
            "end\u{1f}",
        ] {
            same_as_standard(text);
        }
    }
}

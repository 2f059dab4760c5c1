//! Writing a page's title and message as Markdown, and reading them back.
//!
//! The catalogue's proc macro parses pages with pulldown-cmark 0.13 and takes
//! the message as the concatenation of the `Text` and `Code` events of the
//! paragraph after the H1 (a `SoftBreak` counting as a space). [`escape`]
//! produces Markdown that parses back to exactly the given text, and
//! [`verify_page`] proves it for every page the importer writes.
//!
//! Escaping rules (backslash escapes work before any ASCII punctuation):
//!
//! - always escaped, wherever they are: `\` `` ` `` `*` `_` `[` `]` `<` `>`
//!   `&` (the characters the page contract lists) plus `~` `|` `$` `^`, which
//!   only matter to extensions (strikethrough, tables, math, super/subscript)
//!   but cost nothing to neutralise;
//! - escaped only at the start of the line, where they would open a block:
//!   `#` (heading), `-` and `+` (bullet list), `=` (setext underline), `:`
//!   (definition list) and the `.` or `)` of a leading number (`1.`, `2)`,
//!   ordered list);
//! - leading and trailing spaces and tabs, which a paragraph would strip (and
//!   which could turn the paragraph into an indented code block or end it with
//!   a hard break), are written as the character references `&#32;` / `&#9;`;
//! - everything else, `!`, quotes, `%1`, `{`, `(`, `/`, inner runs of spaces,
//!   is ordinary text and stays as it is, so the page stays readable.
//!
//! Line breaks and other control characters are not representable in a
//! one-paragraph message; [`verify_page`] rejects them.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Characters escaped with a backslash wherever they occur.
const ALWAYS_ESCAPED: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|', '$', '^'];

/// Characters escaped with a backslash when they start the line.
const LINE_START_ESCAPED: &[char] = &['#', '-', '+', '=', ':'];

/// Escapes `text` so that, as a Markdown paragraph, it parses back to itself.
pub fn escape(text: &str) -> String {
    let body = text.trim_matches([' ', '\t']);
    let lead_len = text.len() - text.trim_start_matches([' ', '\t']).len();
    let (lead, trail) = if body.is_empty() { (text, "") } else { (&text[..lead_len], &text[lead_len + body.len()..]) };

    let mut out = String::with_capacity(text.len() + 16);
    push_whitespace_refs(&mut out, lead);
    // A leading `1.` or `12)` would start an ordered list: escape its delimiter.
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let list_delimiter_at = (digits > 0 && matches!(body[digits..].chars().next(), Some('.' | ')'))).then_some(digits);
    for (i, ch) in body.char_indices() {
        let escaped = ALWAYS_ESCAPED.contains(&ch)
            || (i == 0 && LINE_START_ESCAPED.contains(&ch))
            || Some(i) == list_delimiter_at;
        if escaped {
            out.push('\\');
        }
        out.push(ch);
    }
    push_whitespace_refs(&mut out, trail);
    out
}

/// Writes spaces and tabs as numeric character references.
fn push_whitespace_refs(out: &mut String, whitespace: &str) {
    for ch in whitespace.chars() {
        out.push_str(if ch == '\t' { "&#9;" } else { "&#32;" });
    }
}

/// The H1 text of a page: `NAME - DECIMAL (0xHEX)` for a Win32 code, `NAME - 0xHEX` with eight
/// digits for an HRESULT or NTSTATUS value (`hex_only`), hex digits uppercase.
pub fn title(name: &str, code: u32, hex_only: bool) -> String {
    if hex_only { format!("{name} - 0x{code:08X}") } else { format!("{name} - {code} (0x{code:X})") }
}

/// The full text of a freshly imported page: title, blank line, message.
pub fn render_page(name: &str, code: u32, hex_only: bool, message: &str) -> String {
    format!("# {}\n\n{}\n", title(name, code, hex_only), escape(message))
}

/// The option sets a page must round-trip under: plain CommonMark, and every
/// extension except smart punctuation (which rewrites quotes by design).
fn option_sets() -> [Options; 2] {
    let mut extended = Options::all();
    extended.remove(Options::ENABLE_SMART_PUNCTUATION);
    [Options::empty(), extended]
}

/// Checks that `page` parses to exactly one H1 with the expected title
/// followed by exactly one paragraph whose text is `message`.
pub fn verify_page(page: &str, name: &str, code: u32, hex_only: bool, message: &str) -> Result<(), String> {
    if message.trim().is_empty() {
        return Err("the message is empty".to_owned());
    }
    if let Some(c) = message.chars().find(|&c| c.is_control() && c != '\t') {
        return Err(format!("the message contains the control character {c:?}"));
    }
    for options in option_sets() {
        let (heading, paragraph) = read_title_and_message(page, options)?;
        let expected_title = title(name, code, hex_only);
        if heading != expected_title {
            return Err(format!("title parses as {heading:?}, expected {expected_title:?}"));
        }
        if paragraph != message {
            return Err(format!("message parses as {paragraph:?}, expected {message:?} (options {options:?})"));
        }
    }
    Ok(())
}

/// Where the reader is in the expected event sequence.
enum State {
    Start,
    InHeading,
    AfterHeading,
    InParagraph,
    Done,
}

/// Parses a title-and-message page; any other structure is an error.
fn read_title_and_message(page: &str, options: Options) -> Result<(String, String), String> {
    let mut heading = String::new();
    let mut paragraph = String::new();
    let mut state = State::Start;
    for event in Parser::new_ext(page, options) {
        state = match (state, event) {
            (State::Start, Event::Start(Tag::Heading { level: HeadingLevel::H1, .. })) => State::InHeading,
            (State::InHeading, Event::Text(t) | Event::Code(t)) => {
                heading.push_str(&t);
                State::InHeading
            }
            (State::InHeading, Event::End(TagEnd::Heading(HeadingLevel::H1))) => State::AfterHeading,
            (State::AfterHeading, Event::Start(Tag::Paragraph)) => State::InParagraph,
            (State::InParagraph, Event::Text(t) | Event::Code(t)) => {
                paragraph.push_str(&t);
                State::InParagraph
            }
            (State::InParagraph, Event::SoftBreak) => {
                paragraph.push(' ');
                State::InParagraph
            }
            (State::InParagraph, Event::End(TagEnd::Paragraph)) => State::Done,
            (_, other) => return Err(format!("unexpected Markdown event {other:?}")),
        };
    }
    match state {
        State::Done => Ok((heading, paragraph)),
        _ => Err("page does not consist of an H1 and one message paragraph".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Escapes, renders and verifies; returns the escaped message.
    fn round_trip(message: &str) -> String {
        let page = render_page("ERROR_TEST", 13814, false, message);
        verify_page(&page, "ERROR_TEST", 13814, false, message)
            .unwrap_or_else(|e| panic!("{message:?} does not round-trip: {e}\n{page}"));
        escape(message)
    }

    #[test]
    fn title_uses_uppercase_hex() {
        assert_eq!(
            title("ERROR_IPSEC_IKE_MM_DELAY_DROP", 13814, false),
            "ERROR_IPSEC_IKE_MM_DELAY_DROP - 13814 (0x35F6)"
        );
        assert_eq!(title("ERROR_SUCCESS", 0, false), "ERROR_SUCCESS - 0 (0x0)");
        assert_eq!(title("SEC_I_CONTINUE_NEEDED", 0x90312, true), "SEC_I_CONTINUE_NEEDED - 0x00090312");
    }

    #[test]
    fn star_is_escaped() {
        assert_eq!(
            round_trip("The global filename characters, * or ?, are entered incorrectly."),
            "The global filename characters, \\* or ?, are entered incorrectly."
        );
        assert_eq!(round_trip("Invalid GW_* command."), "Invalid GW\\_\\* command.");
        assert_eq!(round_trip("*emphasis*"), "\\*emphasis\\*");
    }

    #[test]
    fn brackets_are_escaped() {
        assert_eq!(
            round_trip("updated [previous firmware date = %2, current firmware date %3]."),
            "updated \\[previous firmware date = %2, current firmware date %3\\]."
        );
        assert_eq!(round_trip("[%2]"), "\\[%2\\]");
        assert_eq!(round_trip("![x](y)"), "!\\[x\\](y)");
    }

    #[test]
    fn backslash_is_escaped() {
        assert_eq!(round_trip("The user %s\\%s is logged on."), "The user %s\\\\%s is logged on.");
        assert_eq!(round_trip("(\\' or \\\")"), "(\\\\' or \\\\\")");
        assert_eq!(round_trip("ends with \\"), "ends with \\\\");
    }

    #[test]
    fn angle_brackets_and_quotes() {
        assert_eq!(round_trip("Expected '>' here."), "Expected '\\>' here.");
        assert_eq!(round_trip("> [!Note] > Old."), "\\> \\[!Note\\] \\> Old.");
        assert_eq!(round_trip("<b>bold</b> <http://x>"), "\\<b\\>bold\\</b\\> \\<http://x\\>");
    }

    #[test]
    fn inserts_stay_readable() {
        assert_eq!(round_trip("%1 is not a valid Win32 application."), "%1 is not a valid Win32 application.");
        assert_eq!(
            round_trip("A syntax error occurred at position %1!d!."),
            "A syntax error occurred at position %1!d!."
        );
        assert_eq!(round_trip("{Application Exit by CTRL+C} Done."), "{Application Exit by CTRL+C} Done.");
    }

    #[test]
    fn code_entities_and_extensions() {
        assert_eq!(round_trip("says `www.server.com`."), "says \\`www.server.com\\`.");
        assert_eq!(round_trip("A & B &amp; C"), "A \\& B \\&amp; C");
        assert_eq!(round_trip("a $EFS and ~~x~~ | y ^z^"), "a \\$EFS and \\~\\~x\\~\\~ \\| y \\^z\\^");
    }

    #[test]
    fn block_openers_at_line_start() {
        assert_eq!(round_trip("# not a heading"), "\\# not a heading");
        assert_eq!(round_trip("- not a list"), "\\- not a list");
        assert_eq!(round_trip("+ not a list"), "\\+ not a list");
        assert_eq!(round_trip("---"), "\\---");
        assert_eq!(round_trip("==="), "\\===");
        assert_eq!(round_trip("1. not a list"), "1\\. not a list");
        assert_eq!(round_trip("12) not a list"), "12\\) not a list");
        assert_eq!(round_trip("2024 was a year. 3. fine"), "2024 was a year. 3. fine");
        assert_eq!(round_trip("a - b + c = d # e"), "a - b + c = d # e");
    }

    #[test]
    fn whitespace_is_preserved() {
        assert_eq!(round_trip("  leading"), "&#32;&#32;leading");
        assert_eq!(round_trip("trailing  "), "trailing&#32;&#32;");
        assert_eq!(round_trip("    indented"), "&#32;&#32;&#32;&#32;indented");
        assert_eq!(round_trip("\ttab"), "&#9;tab");
        assert_eq!(round_trip("inner  double\tand tab"), "inner  double\tand tab");
        assert_eq!(round_trip(" - list after space"), "&#32;\\- list after space");
    }

    #[test]
    fn message_equal_to_name() {
        assert_eq!(round_trip("ERROR_WAIT_1"), "ERROR\\_WAIT\\_1");
        assert_eq!(round_trip("ERROR_IPSEC_IKE_NEG_STATUS_BEGIN"), "ERROR\\_IPSEC\\_IKE\\_NEG\\_STATUS\\_BEGIN");
    }

    #[test]
    fn unrepresentable_messages_are_rejected() {
        for message in ["", "two\nlines", "   "] {
            let page = render_page("ERROR_TEST", 1, false, message);
            assert!(verify_page(&page, "ERROR_TEST", 1, false, message).is_err(), "{message:?}");
        }
    }

    #[test]
    fn wrong_title_is_rejected() {
        let page = render_page("ERROR_TEST", 1, false, "Message.");
        assert!(verify_page(&page, "ERROR_TEST", 2, false, "Message.").is_err());
        assert!(verify_page(&page, "ERROR_TEST", 1, true, "Message.").is_err());
    }
}

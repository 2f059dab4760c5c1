//! The small textual grammars inside a page: titles, mentions, dates and names.
//!
//! Everything here works on plain strings, so it is unit-tested without Markdown.

mod details;

pub use details::{
    DetailError, DetailLabel, DetailLine, ERROR_DETAILS_TITLE, ERROR_KINDS, detail_label, is_errno_name,
    parse_detail_line,
};

/// Title of the section whose list items must each start with an error name.
pub const RELATED_ERRORS_TITLE: &str = "Related Errors";
/// Keyword that starts the optional date paragraph.
pub const UPDATED_KEYWORD: &str = "Updated:";
/// Keyword of the index page line that names the family's SDK header.
pub const HEADER_KEYWORD: &str = "Header:";
/// File name of a family's index page (and of the authors' guide at the top).
pub const INDEX_FILE: &str = "README.md";
/// Extension of error pages.
pub const PAGE_EXTENSION: &str = "md";
/// Largest page file accepted, in bytes.
pub const MAX_PAGE_BYTES: u64 = 64 * 1024;
/// The SDK headers a family may declare (which ones depends on its [`Space`](crate::space::Space)).
pub const HEADERS: [&str; 4] = ["winerror.h", "winhttp.h", "wininet.h", "ntstatus.h"];
/// The forms a page title may have: Win32 codes in decimal and hex, HRESULT and NTSTATUS
/// values in hex alone.
pub const TITLE_FORM: &str = "`# NAME - DECIMAL (0xHEX)` (or `# NAME - 0xHEX` for an HRESULT or NTSTATUS)";

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A calendar date from an `Updated:` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31.
    pub day: u8,
}

impl Date {
    /// The date packed as `YYYYMMDD`.
    pub fn packed(self) -> u32 {
        u32::from(self.year) * 10_000 + u32::from(self.month) * 100 + u32::from(self.day)
    }
}

/// The prefix of the only error names without an underscore: the Windows Sockets codes
/// (`WSAEINTR`).
pub const UNDERSCORE_FREE_PREFIX: &str = "WSA";

/// True for a byte that may follow the first letter of an error name: an ASCII letter, digit or
/// `_`. Every such byte is ASCII, so a name found byte-wise starts and ends on character
/// boundaries.
pub fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// True for an SDK-style error name: an uppercase letter, then letters, digits and underscores
/// (and not `Self`, the one such word Rust reserves).
pub fn is_error_name(name: &str) -> bool {
    // Byte-wise: every allowed character is ASCII, and no byte of a non-ASCII character is.
    let bytes = name.as_bytes();
    matches!(bytes.first(), Some(b'A'..=b'Z'))
        && bytes[1..].iter().all(|&b| is_name_byte(b))
        && !RUST_KEYWORDS.contains(&name)
}

/// True for a word of prose that stands for an error, so is checked when values follow it
/// (`NAME (DECIMAL - 0xHEX)`) and linked when the catalogue knows it: an error name that contains
/// `_` or starts with [`UNDERSCORE_FREE_PREFIX`]. Every name of the catalogue is one (the Win32
/// `ERROR_*` and `WSA*` codes, and HRESULT and NTSTATUS names such as `E_FAIL`, `S_OK`,
/// `STATUS_*` and `DBG_*`, which all contain `_`); capitalised words such as `Windows` or
/// `HRESULT` are not.
pub fn is_mention_candidate(word: &str) -> bool {
    (word.contains('_') || word.starts_with(UNDERSCORE_FREE_PREFIX)) && is_error_name(word)
}

/// Every word Rust reserves, in any edition, and so can never be a module (or constant) name:
/// the strict keywords, the reserved ones (`abstract`, `become`, ...) and the 2018 and 2024
/// additions (`async`, `await`, `dyn`, `try`, `gen`). The one list the pipeline and the importer
/// share; a test checks it against syn's own judgement of what is an identifier.
pub const RUST_KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
    "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "self", "static", "struct", "super",
    "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// True for a folder name that can be a Rust module: lowercase snake case, not a keyword.
pub fn is_module_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RUST_KEYWORDS.contains(&name)
        && !name.starts_with("__")
}

/// A parsed page title `NAME - DECIMAL (0xHEX)` or `NAME - 0xHEX`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// The error's name.
    pub name: String,
    /// The value.
    pub code: u32,
    /// Whether the value is written in hex alone (`NAME - 0xHEX`).
    pub hex_only: bool,
}

/// Why a title was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TitleError {
    /// Not of the form at all.
    Form,
    /// The name is not SDK style.
    Name(String),
    /// A number does not fit in `u32`.
    Overflow(String),
    /// Decimal and hex differ.
    Mismatch {
        /// The decimal written.
        decimal: u32,
        /// The hex written, as a value.
        hex: u32,
        /// The hex as written.
        hex_text: String,
    },
}

/// Parses a title; the text is the H1's plain text.
pub fn parse_title(text: &str) -> Result<Title, TitleError> {
    let text = text.trim();
    let (name, rest) = text.split_once(" - ").ok_or(TitleError::Form)?;
    let name = name.trim();
    let rest = rest.trim();
    if let Some(hex_digits) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) {
        if !is_digits(hex_digits, 16) {
            return Err(TitleError::Form);
        }
        if !is_error_name(name) {
            return Err(TitleError::Name(name.to_owned()));
        }
        let code = u32::from_str_radix(hex_digits, 16).map_err(|_| TitleError::Overflow(rest.to_owned()))?;
        return Ok(Title { name: name.to_owned(), code, hex_only: true });
    }
    let (decimal, hex) = rest.split_once(' ').ok_or(TitleError::Form)?;
    let hex = hex.trim().strip_prefix('(').and_then(|h| h.strip_suffix(')')).ok_or(TitleError::Form)?;
    let hex_digits = hex.strip_prefix("0x").or_else(|| hex.strip_prefix("0X")).ok_or(TitleError::Form)?;
    if !is_digits(decimal, 10) || !is_digits(hex_digits, 16) {
        return Err(TitleError::Form);
    }
    if !is_error_name(name) {
        return Err(TitleError::Name(name.to_owned()));
    }
    let code = decimal.parse::<u32>().map_err(|_| TitleError::Overflow(decimal.to_owned()))?;
    let hex_value = u32::from_str_radix(hex_digits, 16).map_err(|_| TitleError::Overflow(hex.to_owned()))?;
    if code != hex_value {
        return Err(TitleError::Mismatch { decimal: code, hex: hex_value, hex_text: hex.to_owned() });
    }
    Ok(Title { name: name.to_owned(), code, hex_only: false })
}

fn is_digits(text: &str, radix: u32) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_digit(radix))
}

/// A `NAME (DECIMAL - 0xHEX)` or `NAME (0xHEX)` found in prose, borrowing its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionText<'a> {
    /// Byte offset of the name in the scanned text.
    pub offset: usize,
    /// The name written.
    pub name: &'a str,
    /// The decimal written (`None` when it overflows `u32`).
    pub decimal: Option<u32>,
    /// The hex written (`None` when it overflows `u32`).
    pub hex: Option<u32>,
    /// The hex as written, e.g. `0x35F4`.
    pub hex_text: &'a str,
    /// The decimal as written (empty when the value is in hex alone).
    pub decimal_text: &'a str,
    /// The white space between the name and `(`: a space, or a line break where a paragraph
    /// wraps between them (see [`values_gap`]).
    pub gap: &'a str,
    /// Whether the value is written in hex alone, `NAME (0xHEX)`, as HRESULTs and NTSTATUS
    /// values are.
    pub hex_only: bool,
}

impl MentionText<'_> {
    /// Offset of the hex relative to the name: `NAME (DECIMAL - ` or `NAME (` comes before it.
    pub fn hex_offset(&self) -> usize {
        let decimal = if self.hex_only { 0 } else { self.decimal_text.len() + " - ".len() };
        self.name.len() + self.gap.len() + "(".len() + decimal
    }
}

/// True for a byte of the gap between a name and its values.
fn is_gap_byte(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// The length of the gap that starts `rest` when it can stand between a name and its values:
/// white space holding at most one line break (a paragraph may wrap between the two; a blank
/// line ends the paragraph), and at least one character.
pub fn values_gap(rest: &str) -> Option<usize> {
    let len = rest.bytes().position(|b| !is_gap_byte(b)).unwrap_or(rest.len());
    let gap = &rest[..len];
    (len > 0 && gap.bytes().filter(|&b| b == b'\n').count() <= 1).then_some(len)
}

/// Finds every `NAME (DECIMAL - 0xHEX)` and `NAME (0xHEX)` in `text`, including those whose
/// name ends a line and whose values start the next (see [`values_gap`]).
pub fn find_mentions(text: &str) -> Vec<MentionText<'_>> {
    let mut found = Vec::new();
    let mut search_from = 0;
    // Each `(` (a one-byte search) preceded by white space may follow a name.
    while let Some(paren) = text[search_from..].find('(').map(|at| at + search_from) {
        search_from = paren + 1;
        // Gap bytes are ASCII: the byte after the last other byte is a character boundary.
        let open = text[..paren].bytes().rposition(|b| !is_gap_byte(b)).map_or(0, |at| at + 1);
        if open == paren {
            continue;
        }
        // Names are ASCII: the byte after the last other byte is always a character boundary.
        let name_start = text[..open].bytes().rposition(|b| !is_name_byte(b)).map_or(0, |at| at + 1);
        let name = &text[name_start..open];
        if !is_mention_candidate(name) {
            continue;
        }
        if let Some(mention) = mention_at(text, name_start, open) {
            found.push(mention);
        }
    }
    found
}

/// The mention whose name spans `name_start..name_end` of `text`, when ` (DECIMAL - 0xHEX)` or
/// ` (0xHEX)` follows it, after a [gap](values_gap) that may hold a line break.
pub fn mention_at(text: &str, name_start: usize, name_end: usize) -> Option<MentionText<'_>> {
    let gap = values_gap(&text[name_end..])?;
    let rest = text[name_end + gap..].strip_prefix('(')?;
    let inner = &rest[..rest.find(')')?];
    let hex_only = inner.starts_with("0x") || inner.starts_with("0X");
    let (decimal, hex) = if hex_only { ("", inner) } else { inner.split_once(" - ")? };
    let hex_digits = hex.strip_prefix("0x").or_else(|| hex.strip_prefix("0X"))?;
    if !(hex_only || is_digits(decimal, 10)) || !is_digits(hex_digits, 16) {
        return None;
    }
    Some(MentionText {
        offset: name_start,
        name: &text[name_start..name_end],
        decimal: decimal.parse().ok(),
        hex: u32::from_str_radix(hex_digits, 16).ok(),
        hex_text: hex,
        decimal_text: decimal,
        gap: &text[name_end..name_end + gap],
        hex_only,
    })
}

/// The leading `NAME (DECIMAL - 0xHEX)` of a Related Errors item, when it carries values.
/// The offset is relative to `text` after its leading white space.
pub fn leading_mention(text: &str) -> Option<MentionText<'_>> {
    let text = text.trim_start();
    let name = leading_name(text)?;
    mention_at(text, 0, name.len())
}

/// The leading error name of a Related Errors item, if it starts with one.
pub fn leading_name(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let end = text.bytes().position(|b| !is_name_byte(b)).unwrap_or(text.len());
    let name = &text[..end];
    is_error_name(name).then_some(name)
}

/// Parses the text after `Updated:`: `2026-02-21` or `Feb 21, 2026`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let (year, month, day) = if let Some((y, rest)) = text.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        (y, u8::try_from(m.parse::<u32>().ok()?).ok()?, d)
    } else {
        let (month_name, rest) = text.split_once(' ')?;
        let (d, y) = rest.split_once(", ")?;
        let month = MONTHS.iter().position(|m| *m == month_name)? as u8 + 1;
        if d.is_empty() || d.len() > 2 || y.len() != 4 {
            return None;
        }
        (y, month, d)
    };
    if !is_digits(year, 10) || !is_digits(day, 10) {
        return None;
    }
    // Digits checked above; four and two of them fit.
    let year = u16::try_from(year.parse::<u32>().ok()?).ok()?;
    let day = u8::try_from(day.parse::<u32>().ok()?).ok()?;
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days_in_month).contains(&day).then_some(Date { year, month, day })
}

/// The closest names to `wanted` among `candidates`, best first (at most three).
pub fn suggestions<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(f64, &str)> =
        candidates.map(|c| (strsim::jaro_winkler(wanted, c), c)).filter(|(score, _)| *score > 0.85).collect();
    crate::sort::sort_by(&mut scored, &|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// What rustdoc is told a fence holds: a `rust` fence is compiled against the crate but never
/// run (`rust,no_run`); every other fence, tagged or not, is `text`, which rustdoc never compiles.
pub fn fence_language(info: &str) -> &'static str {
    let first = info.split([',', ' ', '\t']).next().unwrap_or_default();
    if first == "rust" { "rust,no_run" } else { "text" }
}

#[cfg(test)]
mod tests;

//! Reading one command-line input: a name, a value, an HRESULT or an NTSTATUS, and what to say
//! when nothing matches.

use winerror::{ErrorPage, HResult, NtStatus, ReadingKind, Space};

/// The FACILITY_WIN32 HRESULTs: `0x8007XXXX`, with the Win32 code in the low 16 bits.
const WIN32_HRESULT_PREFIX: u32 = 0x8007_0000;

/// How an input was read when it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// As a name (any case; `ERROR_` may be left out).
    Name,
    /// As a plain Win32 value.
    Value(u32),
    /// As a FACILITY_WIN32 HRESULT (`HRESULT_FROM_WIN32`) carrying a Win32 code.
    Hresult(u32),
    /// As a named HRESULT.
    NamedHresult,
    /// As a named NTSTATUS value.
    NtStatus,
    /// As an HRESULT made by `HRESULT_FROM_NT` from this NTSTATUS value.
    NtHresult(u32),
}

impl Reading {
    /// The reading's name in JSON records.
    pub fn key(self) -> &'static str {
        match self {
            Reading::Name => "name",
            Reading::Value(_) => "value",
            Reading::Hresult(_) => "hresult",
            Reading::NamedHresult => "named_hresult",
            Reading::NtStatus => "ntstatus",
            Reading::NtHresult(_) => "hresult_from_nt",
        }
    }

    /// The CLI's reading of one of the library's readings of `number`.
    fn of(kind: ReadingKind, number: u32) -> Reading {
        match kind {
            ReadingKind::Win32 => Reading::Value(number),
            ReadingKind::HResult => Reading::NamedHresult,
            ReadingKind::Win32InHResult(code) => Reading::Hresult(code.raw()),
            ReadingKind::NtStatus => Reading::NtStatus,
            ReadingKind::NtStatusInHResult(status) => Reading::NtHresult(status.bits()),
        }
    }
}

/// One way an input matched, with the pages it found.
#[derive(Clone, Debug)]
pub struct Match {
    /// How the input was read.
    pub reading: Reading,
    /// The pages, in catalogue order (two for the values winhttp.h and wininet.h share).
    pub pages: Vec<&'static ErrorPage>,
}

/// Why an input matched nothing, and what it might have meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoMatch {
    /// Each reading that was tried and why it failed.
    pub tried: Vec<String>,
    /// What the suggestions are (`closest names`, `nearest documented values`).
    pub suggestion_kind: &'static str,
    /// Up to three names the input may have meant.
    pub suggestions: Vec<String>,
}

impl NoMatch {
    /// A failure with nothing to suggest.
    fn without_suggestions(reason: String) -> Self {
        NoMatch { tried: vec![reason], suggestion_kind: "", suggestions: Vec::new() }
    }
}

/// Reads `input` every way it can be read; `Ok` holds one match per reading that found pages.
pub fn resolve(input: &str) -> Result<Vec<Match>, NoMatch> {
    let text = input.trim();
    if text.is_empty() {
        return Err(NoMatch::without_suggestions("the input is empty".into()));
    }
    match parse_number(text) {
        Some(Ok(number)) => resolve_number(number),
        Some(Err(problem)) => Err(NoMatch::without_suggestions(problem)),
        None => resolve_name(text),
    }
}

/// Reads a number every way [`winerror::explain`] does: a Win32 code, a named HRESULT, a
/// FACILITY_WIN32 HRESULT carrying a Win32 code, a named NTSTATUS, an `HRESULT_FROM_NT` wrapper.
fn resolve_number(number: u32) -> Result<Vec<Match>, NoMatch> {
    let matches: Vec<Match> = winerror::explain(number)
        .map(|reading| Match { reading: Reading::of(reading.kind(), number), pages: reading.pages().iter().collect() })
        .collect();
    if !matches.is_empty() {
        return Ok(matches);
    }
    let mut tried = vec![format!("no page has the value {number} (0x{number:X}) in any space")];
    let is_win32_hresult = number & 0xFFFF_0000 == WIN32_HRESULT_PREFIX;
    if is_win32_hresult {
        let code = number & 0xFFFF;
        tried.push(format!(
            "as an HRESULT (FACILITY_WIN32) it carries the Win32 code {code} (0x{code:X}), which no page has either"
        ));
    }
    if number > 0xFFFF {
        tried.extend(decode(number));
    }
    let suggestions = match number {
        _ if is_win32_hresult => nearest_values(number & 0xFFFF, Space::Win32),
        0..=0xFFFF => nearest_values(number, Space::Win32),
        _ => Vec::new(),
    };
    Err(NoMatch { tried, suggestion_kind: "nearest documented values", suggestions })
}

/// An unnamed value's fields, read as an HRESULT and as an NTSTATUS, as Err.exe prints them:
/// `as an HRESULT: severity error, facility FACILITY_SECURITY (9), code 0x7FFF (32767)`.
pub fn decode(number: u32) -> [String; 2] {
    let hresult = HResult::from_raw(number as i32);
    let status = NtStatus::from_raw(number as i32);
    let mut as_hresult = format!(
        "as an HRESULT: severity {}, {}, code 0x{:X} ({})",
        hresult.severity(),
        facility(hresult.facility()),
        hresult.code(),
        hresult.code()
    );
    if hresult.to_ntstatus().is_some() {
        as_hresult.push_str(", N bit set (HRESULT_FROM_NT)");
    } else if hresult.facility().value() != 7 {
        as_hresult.push_str(", not FACILITY_WIN32 (7)");
    }
    let as_ntstatus = format!(
        "as an NTSTATUS: severity {}, {}, code 0x{:X} ({})",
        status.severity(),
        facility(status.facility()),
        status.code(),
        status.code()
    );
    [as_hresult, as_ntstatus]
}

/// The fields of a named HRESULT or NTSTATUS (`nt`) value, as the summary prints them:
/// `error, facility FACILITY_SECURITY (9), code 0x325 (805)`.
pub fn fields(value: u32, nt: bool) -> String {
    let (severity, facility_of, code) = if nt {
        let status = NtStatus::from_raw(value as i32);
        (status.severity(), status.facility(), status.code())
    } else {
        let hresult = HResult::from_raw(value as i32);
        (hresult.severity(), hresult.facility(), hresult.code())
    };
    format!("{severity}, {}, code 0x{code:X} ({code})", facility(facility_of))
}

/// `facility FACILITY_SECURITY (9)`, or `facility 1234` when the SDK names none.
fn facility(facility: winerror::Facility) -> String {
    match facility.name() {
        Some(name) => format!("facility {name} ({})", facility.value()),
        None => format!("facility {}", facility.value()),
    }
}

/// Reads a name: exactly, in any case, then with `ERROR_` put in front.
fn resolve_name(text: &str) -> Result<Vec<Match>, NoMatch> {
    let prefixed = format!("ERROR_{text}");
    let found = winerror::by_name(text)
        .or_else(|| (!starts_with_ignore_case(text, "ERROR_")).then(|| winerror::by_name(&prefixed)).flatten());
    if let Some(page) = found {
        return Ok(vec![Match { reading: Reading::Name, pages: vec![page] }]);
    }
    let tried = vec![
        "not a known name (in any case, with or without ERROR_)".into(),
        "not a decimal value (13814, or -2147011082 for an HRESULT)".into(),
        "not a hexadecimal value (0x35F6, or 0x800735F6 for an HRESULT)".into(),
    ];
    Err(NoMatch { tried, suggestion_kind: "closest names", suggestions: closest_names(text) })
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Parses decimal or `0x` hex, with an optional sign; negative numbers are read as 32-bit two's
/// complement (how a signed HRESULT prints). `None` when `text` does not look like a number.
fn parse_number(text: &str) -> Option<Result<u32, String>> {
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, radix) = match unsigned.get(..2) {
        Some("0x" | "0X") => (&unsigned[2..], 16),
        _ => (unsigned, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let out_of_range = || Err(format!("{text} is out of range: codes and HRESULTs are 32-bit"));
    let Ok(magnitude) = u64::from_str_radix(digits, radix) else {
        return Some(out_of_range());
    };
    let value = match negative {
        false => u32::try_from(magnitude).ok(),
        true => i32::try_from(-i64::try_from(magnitude).unwrap_or(i64::MAX)).ok().map(|value| value as u32),
    };
    Some(value.map_or_else(out_of_range, Ok))
}

/// The (up to three) documented values of `space` nearest to `number`, as `NAME (value)`.
fn nearest_values(number: u32, space: Space) -> Vec<String> {
    let mut pages: Vec<&ErrorPage> = space.pages().iter().collect();
    pages.sort_by_key(|page| (page.value().abs_diff(number), page.value()));
    pages.into_iter().take(3).map(|page| format!("{} ({})", page.name(), page.value())).collect()
}

/// Inputs longer than this get no suggestions: no name is near them, and comparing costs time.
const MAX_SUGGESTION_INPUT: usize = 100;

/// Up to three names close to `text` in spelling, or else the best matches for its words.
fn closest_names(text: &str) -> Vec<String> {
    if text.len() > MAX_SUGGESTION_INPUT {
        return Vec::new();
    }
    let wanted = text.to_ascii_uppercase();
    let limit = (wanted.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &'static str)> = winerror::pages()
        .iter()
        .flat_map(|page| {
            let name = page.name();
            let bare = name.strip_prefix("ERROR_").unwrap_or(name);
            let distance = strsim::levenshtein(&wanted, &name.to_ascii_uppercase())
                .min(strsim::levenshtein(&wanted, &bare.to_ascii_uppercase()));
            (distance <= limit).then_some((distance, name))
        })
        .collect();
    scored.sort_unstable();
    let mut names: Vec<&'static str> = scored.into_iter().map(|(_, name)| name).collect();
    names.dedup();
    names.truncate(3);
    if names.is_empty() {
        names = winerror::search(text).take(3).map(|hit| hit.page().name()).collect();
    }
    names.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_form() {
        assert_eq!(parse_number("13814"), Some(Ok(13814)));
        assert_eq!(parse_number("+13814"), Some(Ok(13814)));
        assert_eq!(parse_number("0x35F6"), Some(Ok(0x35F6)));
        assert_eq!(parse_number("0X35f6"), Some(Ok(0x35F6)));
        assert_eq!(parse_number("-2147011082"), Some(Ok(0x8007_35F6)));
        assert_eq!(parse_number("-0x7FF8CA0A"), Some(Ok(0x8007_35F6)));
        assert_eq!(parse_number("4294967295"), Some(Ok(u32::MAX)));
        assert_eq!(parse_number("-2147483648"), Some(Ok(0x8000_0000)));
        assert_eq!(parse_number("-0"), Some(Ok(0)));
    }

    #[test]
    fn out_of_range_numbers_are_reported_not_wrapped() {
        for text in ["4294967296", "-2147483649", "0x100000000", "99999999999999999999999999"] {
            assert!(matches!(parse_number(text), Some(Err(_))), "{text}");
        }
    }

    #[test]
    fn non_numbers_are_left_to_names() {
        for text in ["", "-", "0x", "0x-1", "12a", "ERROR_SUCCESS", "٣", "1_000", "--5"] {
            assert_eq!(parse_number(text), None, "{text}");
        }
    }

    #[test]
    fn a_win32_hresult_is_read_as_one() {
        let matches = resolve("0x800735F6").unwrap();
        assert_eq!(matches.len(), 1);
        assert_eq!(matches[0].reading, Reading::Hresult(13814));
        assert_eq!(matches[0].pages[0].name(), "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    }

    #[test]
    fn names_in_any_case_and_without_the_prefix() {
        for text in ["error_ipsec_ike_mm_delay_drop", "IPSEC_IKE_MM_DELAY_DROP", "ERROR_AUTODATASEG_EXCEEDS_64K"] {
            let matches = resolve(text).unwrap();
            assert_eq!(matches[0].reading, Reading::Name, "{text}");
        }
        assert_eq!(
            resolve("error_autodataseg_exceeds_64K").unwrap()[0].pages[0].name(),
            "ERROR_AUTODATASEG_EXCEEDS_64k"
        );
    }

    #[test]
    fn misspelt_names_get_suggestions() {
        let no_match = resolve("ERROR_ACCES_DENIED").unwrap_err();
        assert_eq!(no_match.suggestions.first().map(String::as_str), Some("ERROR_ACCESS_DENIED"));
        let no_match = resolve("13999").unwrap_err();
        assert_eq!(no_match.suggestions.len(), 3);
        assert!(no_match.suggestions.iter().all(|name| name.ends_with(')')), "{no_match:?}");
    }

    #[test]
    fn unnamed_values_are_decoded_as_an_hresult_and_an_ntstatus() {
        let no_match = resolve("0x80097FFF").unwrap_err();
        assert!(
            no_match.tried.contains(
                &"as an HRESULT: severity error, facility FACILITY_SECURITY (9), code 0x7FFF (32767), not FACILITY_WIN32 (7)"
                    .to_owned()
            ),
            "{no_match:?}"
        );
        assert!(no_match.tried.iter().any(|line| line.starts_with("as an NTSTATUS: severity warning, ")));
        assert!(no_match.suggestions.is_empty());
    }

    #[test]
    fn every_reading_of_a_value_is_a_match() {
        let readings: Vec<Reading> = resolve("0x80070005").unwrap().iter().map(|m| m.reading).collect();
        assert_eq!(readings, [Reading::NamedHresult, Reading::Hresult(5)]);
        let readings: Vec<Reading> = resolve("0xD000020D").unwrap().iter().map(|m| m.reading).collect();
        assert_eq!(readings, [Reading::NtHresult(0xC000_020D)]);
        assert_eq!(resolve("0xC000020D").unwrap()[0].pages[0].name(), "STATUS_CONNECTION_RESET");
    }
}

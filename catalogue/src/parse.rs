//! `ErrorCode: FromStr`: a name, a decimal or `0x` hex value, or an HRESULT.

use core::str::FromStr;

use crate::ErrorCode;
use crate::error::ParseErrorCodeError;

/// Parses what a log line or a user shows: a name in any ASCII case (`ERROR_ACCESS_DENIED`),
/// a decimal (`5`) or `0x` hex (`0x5`) value, or an HRESULT in hex (`0x80070005`) or negative
/// decimal (`-2147024891`), which gives the Win32 code it carries. Surrounding whitespace is
/// ignored.
///
/// ```
/// use winerror::{ErrorCode, ERROR_ACCESS_DENIED};
///
/// for text in ["ERROR_ACCESS_DENIED", "error_access_denied", "5", "0x5", "0x80070005", "-2147024891"] {
///     assert_eq!(text.parse::<ErrorCode>(), Ok(ERROR_ACCESS_DENIED));
/// }
/// assert!("0x80004005".parse::<ErrorCode>().is_err()); // E_FAIL is not a Win32 HRESULT
/// assert!("ERROR_NO_SUCH_NAME".parse::<ErrorCode>().is_err());
/// ```
impl FromStr for ErrorCode {
    type Err = ParseErrorCodeError;

    fn from_str(text: &str) -> Result<ErrorCode, ParseErrorCodeError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ParseErrorCodeError::Empty);
        }
        if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            let value = u32::from_str_radix(hex, 16).map_err(|_| ParseErrorCodeError::InvalidNumber)?;
            return from_value(value);
        }
        if text.starts_with('-') {
            let hresult: i32 = text.parse().map_err(|_| ParseErrorCodeError::InvalidNumber)?;
            return ErrorCode::from_hresult(hresult).ok_or(ParseErrorCodeError::NotWin32Hresult);
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            let value: u32 = text.parse().map_err(|_| ParseErrorCodeError::InvalidNumber)?;
            return from_value(value);
        }
        crate::by_name(text).map(|page| page.code()).ok_or(ParseErrorCodeError::UnknownName)
    }
}

/// A value with the severity bit set is an HRESULT; any other is a Win32 code.
fn from_value(value: u32) -> Result<ErrorCode, ParseErrorCodeError> {
    if value & 0x8000_0000 == 0 {
        Ok(ErrorCode::from_raw(value))
    } else {
        ErrorCode::from_hresult(value as i32).ok_or(ParseErrorCodeError::NotWin32Hresult)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<u32, ParseErrorCodeError> {
        text.parse::<ErrorCode>().map(ErrorCode::raw)
    }

    #[test]
    fn values_in_every_notation() {
        assert_eq!(parse("13814"), Ok(13814));
        assert_eq!(parse("0x35F6"), Ok(13814));
        assert_eq!(parse("0X35f6"), Ok(13814));
        assert_eq!(parse(" 12002\n"), Ok(12002));
        assert_eq!(parse("0"), Ok(0));
        assert_eq!(parse("65000"), Ok(65000), "an undocumented value is still a code");
    }

    #[test]
    fn hresults_give_the_code_they_carry() {
        assert_eq!(parse("0x80072EE2"), Ok(12002));
        assert_eq!(parse("2147954402"), Ok(12002));
        assert_eq!(parse("-2147012894"), Ok(12002));
        assert_eq!(parse("0x800735F6"), Ok(13814));
    }

    #[test]
    fn names_in_any_case() {
        assert_eq!(parse("ERROR_IPSEC_IKE_MM_DELAY_DROP"), Ok(13814));
        assert_eq!(parse("Error_Ipsec_Ike_Mm_Delay_Drop"), Ok(13814));
        assert_eq!(parse("WSAEINTR"), Ok(10004));
    }

    #[test]
    fn every_failure_says_why() {
        assert_eq!(parse(""), Err(ParseErrorCodeError::Empty));
        assert_eq!(parse("   "), Err(ParseErrorCodeError::Empty));
        assert_eq!(parse("0x"), Err(ParseErrorCodeError::InvalidNumber));
        assert_eq!(parse("0xG1"), Err(ParseErrorCodeError::InvalidNumber));
        assert_eq!(parse("99999999999"), Err(ParseErrorCodeError::InvalidNumber));
        assert_eq!(parse("-"), Err(ParseErrorCodeError::InvalidNumber));
        assert_eq!(parse("-5"), Err(ParseErrorCodeError::NotWin32Hresult));
        assert_eq!(parse("0x80004005"), Err(ParseErrorCodeError::NotWin32Hresult));
        assert_eq!(parse("ERROR_NO_SUCH_NAME"), Err(ParseErrorCodeError::UnknownName));
        assert_eq!(parse("12 002"), Err(ParseErrorCodeError::UnknownName));
    }
}

//! `FromStr` of [`ErrorCode`], [`HResult`] and [`NtStatus`]: a name, a decimal or `0x` hex
//! value, or an HRESULT.

use core::str::FromStr;

use crate::__catalogue::bits;
use crate::error::ParseErrorCodeError;
use crate::{Code, ErrorCode, HResult, NtStatus};

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
/// assert_eq!("E_ACCESSDENIED".parse::<ErrorCode>(), Ok(ERROR_ACCESS_DENIED)); // 0x80070005
/// assert!("0x80004005".parse::<ErrorCode>().is_err()); // E_FAIL is not a Win32 HRESULT
/// assert!("STATUS_CONNECTION_RESET".parse::<ErrorCode>().is_err());
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
            return ErrorCode::from_hresult(HResult::from_raw(hresult)).ok_or(ParseErrorCodeError::NotWin32Hresult);
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            let value: u32 = text.parse().map_err(|_| ParseErrorCodeError::InvalidNumber)?;
            return from_value(value);
        }
        match crate::by_name(text).map(|page| page.code()) {
            Some(Code::Win32(code)) => Ok(code),
            Some(Code::HResult(hresult)) => hresult.to_win32().ok_or(ParseErrorCodeError::NotWin32Hresult),
            Some(Code::NtStatus(_)) => Err(ParseErrorCodeError::OtherSpace),
            None => Err(ParseErrorCodeError::UnknownName),
        }
    }
}

/// Parses an HRESULT: `0x` hex (`0x80090325`), a signed (`-2146893019`) or unsigned decimal,
/// or a name in any ASCII case: an HRESULT's, or a Win32 code's or an NTSTATUS's, which give
/// the HRESULT that carries them ([`Code::to_hresult`]).
///
/// ```
/// use winerror::{HResult, SEC_E_UNTRUSTED_ROOT, E_ACCESSDENIED};
///
/// for text in ["0x80090325", "-2146893019", "2148074277", "sec_e_untrusted_root"] {
///     assert_eq!(text.parse::<HResult>(), Ok(SEC_E_UNTRUSTED_ROOT));
/// }
/// assert_eq!("ERROR_ACCESS_DENIED".parse::<HResult>(), Ok(E_ACCESSDENIED));
/// assert_eq!("0x1234".parse::<HResult>().map(HResult::bits), Ok(0x1234));
/// ```
impl FromStr for HResult {
    type Err = ParseErrorCodeError;

    fn from_str(text: &str) -> Result<HResult, ParseErrorCodeError> {
        match parse_bits(text)? {
            Some(bits) => Ok(HResult::from_raw(bits as i32)),
            None => {
                crate::by_name(text.trim()).map(|page| page.code().to_hresult()).ok_or(ParseErrorCodeError::UnknownName)
            }
        }
    }
}

/// Parses an NTSTATUS value: `0x` hex (`0xC000020D`), a signed (`-1073741299`) or unsigned
/// decimal, or the name of an NTSTATUS in any ASCII case.
///
/// ```
/// use winerror::{NtStatus, STATUS_CONNECTION_RESET};
///
/// for text in ["0xC000020D", "-1073741299", "status_connection_reset"] {
///     assert_eq!(text.parse::<NtStatus>(), Ok(STATUS_CONNECTION_RESET));
/// }
/// assert!("ERROR_ACCESS_DENIED".parse::<NtStatus>().is_err());
/// ```
impl FromStr for NtStatus {
    type Err = ParseErrorCodeError;

    fn from_str(text: &str) -> Result<NtStatus, ParseErrorCodeError> {
        match parse_bits(text)? {
            Some(bits) => Ok(NtStatus::from_raw(bits as i32)),
            None => match crate::by_name(text.trim()).map(|page| page.code()) {
                Some(Code::NtStatus(status)) => Ok(status),
                Some(_) => Err(ParseErrorCodeError::OtherSpace),
                None => Err(ParseErrorCodeError::UnknownName),
            },
        }
    }
}

/// A 32-bit value written as `0x` hex, a signed decimal or an unsigned decimal; `Ok(None)` when
/// the text is no number (a name, perhaps).
fn parse_bits(text: &str) -> Result<Option<u32>, ParseErrorCodeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ParseErrorCodeError::Empty);
    }
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return u32::from_str_radix(hex, 16).map(Some).map_err(|_| ParseErrorCodeError::InvalidNumber);
    }
    if let Some(digits) = text.strip_prefix('-') {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseErrorCodeError::InvalidNumber);
        }
        return text.parse::<i32>().map(|value| Some(value as u32)).map_err(|_| ParseErrorCodeError::InvalidNumber);
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse::<u32>().map(Some).map_err(|_| ParseErrorCodeError::InvalidNumber);
    }
    Ok(None)
}

/// A value with the severity bit set is an HRESULT; any other is a Win32 code.
fn from_value(value: u32) -> Result<ErrorCode, ParseErrorCodeError> {
    if value & bits::HRESULT_SEVERITY_BIT == 0 {
        Ok(ErrorCode::from_raw(value))
    } else {
        ErrorCode::from_hresult(HResult::from_raw(value as i32)).ok_or(ParseErrorCodeError::NotWin32Hresult)
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

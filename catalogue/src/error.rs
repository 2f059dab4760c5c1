//! The error types of the conversions, and `ErrorCode` as an error itself.

use core::fmt;

use crate::ErrorCode;

/// An `ErrorCode` is an error: its `Display` is the official message and the name.
///
/// ```
/// fn open() -> Result<(), Box<dyn std::error::Error>> {
///     Err(winerror::ERROR_FILE_NOT_FOUND)?
/// }
/// assert_eq!(open().unwrap_err().to_string(), "The system cannot find the file specified. (ERROR_FILE_NOT_FOUND)");
/// ```
impl core::error::Error for ErrorCode {}

/// Why a string is not an [`ErrorCode`] (see its `FromStr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorCodeError {
    /// The string is empty or only whitespace.
    Empty,
    /// A number that does not fit, or `0x` without hex digits.
    InvalidNumber,
    /// An HRESULT that carries no Win32 code (another facility, or a success other than `S_OK`).
    NotWin32Hresult,
    /// Not a number and not the name of any page, in any case.
    UnknownName,
    /// The name of an error of another space (an NTSTATUS where a Win32 code was wanted, say).
    OtherSpace,
}

impl fmt::Display for ParseErrorCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseErrorCodeError::Empty => "no error code given",
            ParseErrorCodeError::InvalidNumber => "not a valid 32-bit decimal or 0x hex number",
            ParseErrorCodeError::NotWin32Hresult => "an HRESULT that carries no Win32 error code",
            ParseErrorCodeError::UnknownName => "no error of that name in the catalogue",
            ParseErrorCodeError::OtherSpace => "the name of an error of another space",
        })
    }
}

impl core::error::Error for ParseErrorCodeError {}

/// A value that carries no Win32 error code: an HRESULT of another facility, or an
/// `std::io::Error` without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotWin32Error;

impl fmt::Display for NotWin32Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the value carries no Win32 error code")
    }
}

impl core::error::Error for NotWin32Error {}

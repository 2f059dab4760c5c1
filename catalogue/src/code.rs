//! [`ErrorCode`]: a Win32 error value, as a type.

use core::fmt;

use crate::ErrorPage;

/// A Win32 error code (the value `GetLastError` returns).
///
/// Every constant of the crate is an `ErrorCode`, so they compare, sort, hash and work as
/// `match` patterns:
///
/// ```
/// use winerror::{ErrorCode, ERROR_FILE_NOT_FOUND, ERROR_ACCESS_DENIED};
///
/// fn describe(code: ErrorCode) -> &'static str {
///     match code {
///         ERROR_FILE_NOT_FOUND => "missing",
///         ERROR_ACCESS_DENIED => "forbidden",
///         _ => "other",
///     }
/// }
/// assert_eq!(describe(ErrorCode::from_raw(5)), "forbidden");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct ErrorCode(u32);

/// The FACILITY_WIN32 facility code of an HRESULT.
const FACILITY_WIN32: u32 = 7;

impl ErrorCode {
    /// The code with this value, whether or not the catalogue documents it.
    pub const fn from_raw(code: u32) -> Self {
        ErrorCode(code)
    }

    /// The numeric value.
    pub const fn raw(self) -> u32 {
        self.0
    }

    /// The HRESULT that `HRESULT_FROM_WIN32` makes of this code: values that are zero or
    /// negative as an `i32` pass through, others become `0x8007XXXX`.
    pub const fn to_hresult(self) -> i32 {
        if self.0 as i32 <= 0 {
            self.0 as i32
        } else {
            ((self.0 & 0xFFFF) | (FACILITY_WIN32 << 16) | 0x8000_0000) as i32
        }
    }

    /// Every page documenting this value (two for the values winhttp.h and wininet.h share).
    pub fn pages(self) -> &'static [ErrorPage] {
        crate::lookup(self.0)
    }

    /// The name of the first page with this value, if any.
    pub fn name(self) -> Option<&'static str> {
        self.pages().first().map(ErrorPage::name)
    }

    /// The official message of the first page with this value, if any.
    pub fn message(self) -> Option<&'static str> {
        self.pages().first().map(ErrorPage::message)
    }
}

impl fmt::Display for ErrorCode {
    /// `Negotiation took too long. (ERROR_IPSEC_IKE_MM_DELAY_DROP)`, or the bare value for
    /// codes the catalogue does not document.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pages().first() {
            Some(page) => write!(f, "{} ({})", page.message(), page.name()),
            None => write!(f, "unknown error {} (0x{:X})", self.0, self.0),
        }
    }
}

impl fmt::Debug for ErrorCode {
    /// `ErrorCode(ERROR_WINHTTP_TIMEOUT | ERROR_INTERNET_TIMEOUT, 12002)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ErrorCode(")?;
        for (index, page) in self.pages().iter().enumerate() {
            if index > 0 {
                f.write_str(" | ")?;
            }
            f.write_str(page.name())?;
        }
        if !self.pages().is_empty() {
            f.write_str(", ")?;
        }
        write!(f, "{})", self.0)
    }
}

impl From<ErrorCode> for u32 {
    fn from(code: ErrorCode) -> u32 {
        code.0
    }
}

impl From<u32> for ErrorCode {
    fn from(code: u32) -> ErrorCode {
        ErrorCode(code)
    }
}

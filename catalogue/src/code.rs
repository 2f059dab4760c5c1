//! [`ErrorCode`]: a Win32 error value, as a type.

use core::fmt;

use crate::__catalogue::bits;
use crate::{ErrorPage, HResult};

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
///
/// `windows-sys` gives the same errors as plain `u32` constants (`WIN32_ERROR`, or the
/// return value of `GetLastError`): they compare with an `ErrorCode` directly, and the raw
/// value matches against them directly:
///
/// ```
/// use windows_sys::Win32::Foundation::{self as sys, WIN32_ERROR};
/// use winerror::{ErrorCode, ERROR_ACCESS_DENIED};
///
/// let last_error: WIN32_ERROR = sys::ERROR_ACCESS_DENIED; // what GetLastError() returned
/// assert!(ERROR_ACCESS_DENIED == last_error && last_error == ERROR_ACCESS_DENIED);
///
/// let code = ErrorCode::from_raw(last_error);
/// let what = match code.raw() {
///     sys::ERROR_FILE_NOT_FOUND => "missing",
///     sys::ERROR_ACCESS_DENIED => "forbidden",
///     _ => "other",
/// };
/// assert_eq!(what, "forbidden");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct ErrorCode(u32);

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
    ///
    /// ```
    /// use winerror::{E_ACCESSDENIED, ERROR_ACCESS_DENIED, ERROR_SUCCESS};
    ///
    /// assert_eq!(ERROR_ACCESS_DENIED.to_hresult().bits(), 0x8007_0005);
    /// assert_eq!(ERROR_ACCESS_DENIED.to_hresult(), E_ACCESSDENIED);
    /// assert_eq!(ERROR_SUCCESS.to_hresult().raw(), 0); // S_OK
    /// ```
    pub const fn to_hresult(self) -> HResult {
        HResult::from_raw(bits::hresult_from_win32(self.0) as i32)
    }

    /// The Win32 code an HRESULT carries: `0x8007XXXX` gives `XXXX`, and `S_OK` gives
    /// `ERROR_SUCCESS`; HRESULTs of any other facility or severity give `None`. The same as
    /// [`HResult::to_win32`].
    ///
    /// For every code up to `0xFFFF`, `from_hresult(code.to_hresult()) == Some(code)`.
    ///
    /// ```
    /// use winerror::{ErrorCode, HResult, ERROR_ACCESS_DENIED, E_ACCESSDENIED};
    ///
    /// const DENIED: Option<ErrorCode> = ErrorCode::from_hresult(E_ACCESSDENIED);
    /// assert_eq!(DENIED, Some(ERROR_ACCESS_DENIED));
    /// assert_eq!(ErrorCode::from_hresult(HResult::from_raw(0x8000_4005_u32 as i32)), None); // E_FAIL
    /// ```
    pub const fn from_hresult(hresult: HResult) -> Option<ErrorCode> {
        hresult.to_win32()
    }

    /// Whether this is `ERROR_SUCCESS` (0), the one code that reports no error.
    pub const fn is_success(self) -> bool {
        self.0 == 0
    }

    /// Every page documenting this value (two for the values winhttp.h and wininet.h share).
    #[inline]
    pub const fn pages(self) -> &'static [ErrorPage] {
        crate::lookup(self.0)
    }

    /// The page `header` gives this value: for a caller who knows which API failed, the one
    /// error it meant. `header` is the SDK header, in any ASCII case, with or without `.h`
    /// (`"winhttp.h"`, `"WinHttp.h"`, `"winhttp"`). `None` when that header has no such value,
    /// or no such header exists; [`ErrorPage::header`] names each page's.
    ///
    /// 12029 is ERROR_WINHTTP_CANNOT_CONNECT to a WinHTTP caller and
    /// ERROR_INTERNET_CANNOT_CONNECT to a WinINet caller:
    ///
    /// ```
    /// use winerror::ErrorCode;
    ///
    /// let code = ErrorCode::from_raw(12029); // GetLastError() after WinHttpSendRequest
    /// assert_eq!(code.pages().len(), 2);
    /// assert_eq!(code.page_in("winhttp.h").unwrap().name(), "ERROR_WINHTTP_CANNOT_CONNECT");
    /// assert_eq!(code.page_in("WinINet.h").unwrap().name(), "ERROR_INTERNET_CANNOT_CONNECT");
    ///
    /// // WinINet calls also fail with system errors, which winerror.h defines:
    /// let invalid = ErrorCode::from_raw(87);
    /// assert_eq!(invalid.page_in("wininet.h"), None);
    /// let page = invalid.page_in("wininet.h").or_else(|| invalid.page_in("winerror.h"));
    /// assert_eq!(page.unwrap().name(), "ERROR_INVALID_PARAMETER");
    /// ```
    pub fn page_in(self, header: &str) -> Option<&'static ErrorPage> {
        fn stem(header: &str) -> &str {
            match header.len().checked_sub(2) {
                Some(end) if header.get(end..).is_some_and(|ext| ext.eq_ignore_ascii_case(".h")) => &header[..end],
                _ => header,
            }
        }
        let wanted = stem(header);
        self.pages().iter().find(|page| stem(page.header()).eq_ignore_ascii_case(wanted))
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

/// `Negotiation took too long. (ERROR_IPSEC_IKE_MM_DELAY_DROP)`, or the value for codes the
/// catalogue does not document:
///
/// ```
/// use winerror::{ErrorCode, ERROR_IPSEC_IKE_MM_DELAY_DROP};
///
/// assert_eq!(ERROR_IPSEC_IKE_MM_DELAY_DROP.to_string(), "Negotiation took too long. (ERROR_IPSEC_IKE_MM_DELAY_DROP)");
/// assert_eq!(ErrorCode::from_raw(65000).to_string(), "unknown error 65000 (0xFDE8)");
/// ```
impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pages().first() {
            Some(page) => write!(f, "{} ({})", page.message(), page.name()),
            None => write!(f, "unknown error {} (0x{:X})", self.0, self.0),
        }
    }
}

/// Every name sharing the value, then the value:
///
/// ```
/// use winerror::{ErrorCode, ERROR_WINHTTP_TIMEOUT};
///
/// assert_eq!(format!("{ERROR_WINHTTP_TIMEOUT:?}"), "ErrorCode(ERROR_INTERNET_TIMEOUT | ERROR_WINHTTP_TIMEOUT, 12002)");
/// assert_eq!(format!("{:?}", ErrorCode::from_raw(65000)), "ErrorCode(65000)");
/// ```
impl fmt::Debug for ErrorCode {
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

impl PartialEq<u32> for ErrorCode {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

impl PartialEq<ErrorCode> for u32 {
    fn eq(&self, other: &ErrorCode) -> bool {
        *self == other.0
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

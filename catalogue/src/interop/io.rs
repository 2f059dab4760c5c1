//! `std::io::Error` in both directions (feature `std`).
//!
//! On Windows an `io::Error`'s raw OS error *is* the Win32 code, so the conversions go through
//! `from_raw_os_error` and `raw_os_error`. On every other host the raw OS error is an `errno`
//! (`2` is `ENOENT` there, `13` is `EACCES`, which is not `ERROR_INVALID_DATA`), so it is never
//! read as a Win32 code: an `ErrorCode` travels inside the `io::Error` as its payload instead,
//! and comes back out of it.

use std::io;

use crate::ErrorCode;
use crate::error::NotWin32Error;

/// On Windows, `io::Error::from_raw_os_error(code)`; elsewhere an `io::Error` of kind
/// `Other` carrying the code, whose `Display` is the code's message and name.
///
/// ```
/// use std::io;
/// use winerror::{ErrorCode, ERROR_ACCESS_DENIED};
///
/// let error = io::Error::from(ERROR_ACCESS_DENIED);
/// assert_eq!(ErrorCode::from_io_error(&error), Some(ERROR_ACCESS_DENIED));
/// if cfg!(windows) {
///     assert_eq!(error.raw_os_error(), Some(5));
/// } else {
///     assert_eq!(error.to_string(), "Access is denied. (ERROR_ACCESS_DENIED)");
/// }
/// ```
impl From<ErrorCode> for io::Error {
    fn from(code: ErrorCode) -> io::Error {
        #[cfg(windows)]
        {
            io::Error::from_raw_os_error(code.raw() as i32)
        }
        #[cfg(not(windows))]
        {
            io::Error::other(code)
        }
    }
}

impl ErrorCode {
    /// The Win32 code of an `io::Error`: one carrying an `ErrorCode` as its payload (as
    /// `From<ErrorCode>` makes on hosts other than Windows), or, on Windows only, its raw OS
    /// error. Elsewhere the raw OS error is an `errno` and gives `None`.
    pub fn from_io_error(error: &io::Error) -> Option<ErrorCode> {
        if let Some(&code) = error.get_ref().and_then(|inner| inner.downcast_ref::<ErrorCode>()) {
            return Some(code);
        }
        #[cfg(windows)]
        {
            error.raw_os_error().map(|raw| ErrorCode::from_raw(raw as u32))
        }
        #[cfg(not(windows))]
        {
            None
        }
    }
}

/// [`ErrorCode::from_io_error`], failing with [`NotWin32Error`].
impl TryFrom<&io::Error> for ErrorCode {
    type Error = NotWin32Error;

    fn try_from(error: &io::Error) -> Result<ErrorCode, NotWin32Error> {
        ErrorCode::from_io_error(error).ok_or(NotWin32Error)
    }
}

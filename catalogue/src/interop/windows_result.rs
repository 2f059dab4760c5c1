//! `windows_result::HRESULT` and `windows_result::Error` (feature `windows-result`).

use windows_result::HRESULT;

use crate::ErrorCode;
use crate::error::NotWin32Error;

/// `HRESULT_FROM_WIN32`, as [`ErrorCode::to_hresult`].
impl From<ErrorCode> for HRESULT {
    fn from(code: ErrorCode) -> HRESULT {
        HRESULT(code.to_hresult())
    }
}

/// The Win32 code a `0x8007XXXX` HRESULT (or `S_OK`) carries, as [`ErrorCode::from_hresult`].
impl TryFrom<HRESULT> for ErrorCode {
    type Error = NotWin32Error;

    fn try_from(hresult: HRESULT) -> Result<ErrorCode, NotWin32Error> {
        ErrorCode::from_hresult(hresult.0).ok_or(NotWin32Error)
    }
}

/// A `windows_result::Error` with the code's HRESULT.
impl From<ErrorCode> for windows_result::Error {
    fn from(code: ErrorCode) -> windows_result::Error {
        windows_result::Error::from(HRESULT::from(code))
    }
}

/// The Win32 code of a `windows_result::Error`'s HRESULT.
impl TryFrom<&windows_result::Error> for ErrorCode {
    type Error = NotWin32Error;

    fn try_from(error: &windows_result::Error) -> Result<ErrorCode, NotWin32Error> {
        ErrorCode::try_from(error.code())
    }
}

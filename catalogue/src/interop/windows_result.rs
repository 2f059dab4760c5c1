//! `windows_result::HRESULT` and `windows_result::Error` (feature `windows-result`).
//! windows-result 0.4 has no NTSTATUS type: an `NtStatus` converts through `HRESULT_FROM_NT`.

use windows_result::HRESULT;

use crate::error::NotWin32Error;
use crate::{ErrorCode, HResult, NtStatus};

/// `HRESULT_FROM_WIN32`, as [`ErrorCode::to_hresult`].
impl From<ErrorCode> for HRESULT {
    fn from(code: ErrorCode) -> HRESULT {
        HRESULT(code.to_hresult().raw())
    }
}

/// The Win32 code a `0x8007XXXX` HRESULT (or `S_OK`) carries, as [`ErrorCode::from_hresult`].
impl TryFrom<HRESULT> for ErrorCode {
    type Error = NotWin32Error;

    fn try_from(hresult: HRESULT) -> Result<ErrorCode, NotWin32Error> {
        ErrorCode::from_hresult(HResult::from(hresult)).ok_or(NotWin32Error)
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

/// The same value.
impl From<HResult> for HRESULT {
    fn from(hresult: HResult) -> HRESULT {
        HRESULT(hresult.raw())
    }
}

/// The same value.
impl From<HRESULT> for HResult {
    fn from(hresult: HRESULT) -> HResult {
        HResult::from_raw(hresult.0)
    }
}

/// A `windows_result::Error` with this HRESULT.
impl From<HResult> for windows_result::Error {
    fn from(hresult: HResult) -> windows_result::Error {
        windows_result::Error::from(HRESULT::from(hresult))
    }
}

/// The HRESULT of a `windows_result::Error`.
impl From<&windows_result::Error> for HResult {
    fn from(error: &windows_result::Error) -> HResult {
        HResult::from(error.code())
    }
}

/// `HRESULT_FROM_NT`, as [`NtStatus::to_hresult`].
impl From<NtStatus> for HRESULT {
    fn from(status: NtStatus) -> HRESULT {
        HRESULT::from(status.to_hresult())
    }
}

/// A `windows_result::Error` with the HRESULT `HRESULT_FROM_NT` makes of the status.
impl From<NtStatus> for windows_result::Error {
    fn from(status: NtStatus) -> windows_result::Error {
        windows_result::Error::from(status.to_hresult())
    }
}

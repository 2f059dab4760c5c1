//! `windows_result::HRESULT` and `windows_result::Error` conversions (feature `windows-result`).

use windows_result::HRESULT;
use winerror::{ERROR_ACCESS_DENIED, ERROR_SUCCESS, ErrorCode, HResult, NotWin32Error, STATUS_CONNECTION_RESET, Space};

#[test]
fn every_code_round_trips_through_hresult() {
    for page in Space::Win32.pages().iter().filter(|page| page.value() <= 0xFFFF) {
        let code = page.code().win32().expect("a Win32 page");
        let hresult = HRESULT::from(code);
        assert_eq!(hresult, HRESULT::from_win32(page.value()), "{}", page.name());
        assert_eq!(ErrorCode::try_from(hresult), Ok(code));
    }
}

#[test]
fn every_hresult_is_the_same_value_in_windows_result() {
    for page in Space::HResult.pages() {
        let hresult = page.code().hresult().expect("an HRESULT page");
        assert_eq!(HRESULT::from(hresult).0, hresult.raw());
        assert_eq!(HResult::from(HRESULT::from(hresult)), hresult);
        assert_eq!(HResult::from(&windows_result::Error::from(hresult)), hresult, "{}", page.name());
    }
    // windows-result has no NTSTATUS type: a status travels as the HRESULT HRESULT_FROM_NT makes.
    assert_eq!(HRESULT::from(STATUS_CONNECTION_RESET), HRESULT(0xD000_020D_u32 as i32));
    assert_eq!(windows_result::Error::from(STATUS_CONNECTION_RESET).code(), HRESULT(0xD000_020D_u32 as i32));
}

#[test]
fn hresults_of_other_facilities_are_not_win32_codes() {
    assert_eq!(ErrorCode::try_from(HRESULT(0x8000_4005_u32 as i32)), Err(NotWin32Error)); // E_FAIL
    assert_eq!(ErrorCode::try_from(HRESULT(1)), Err(NotWin32Error)); // S_FALSE
    assert_eq!(ErrorCode::try_from(HRESULT(0)), Ok(ERROR_SUCCESS));
}

#[test]
fn windows_result_errors_carry_the_code() {
    let error = windows_result::Error::from(ERROR_ACCESS_DENIED);
    assert_eq!(error.code(), HRESULT(0x8007_0005_u32 as i32));
    assert_eq!(ErrorCode::try_from(&error), Ok(ERROR_ACCESS_DENIED));
}

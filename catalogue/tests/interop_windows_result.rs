//! `windows_result::HRESULT` and `windows_result::Error` conversions (feature `windows-result`).

use windows_result::HRESULT;
use winerror::{ERROR_ACCESS_DENIED, ERROR_SUCCESS, ErrorCode, NotWin32Error, pages};

#[test]
fn every_code_round_trips_through_hresult() {
    for page in pages().iter().filter(|page| page.code().raw() <= 0xFFFF) {
        let hresult = HRESULT::from(page.code());
        assert_eq!(hresult, HRESULT::from_win32(page.code().raw()), "{}", page.name());
        assert_eq!(ErrorCode::try_from(hresult), Ok(page.code()));
    }
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

//! `std::io::Error` conversions (feature `std`).

use std::io;

use winerror::{ERROR_ACCESS_DENIED, ERROR_FILE_NOT_FOUND, ErrorCode, NotWin32Error, Space};

#[test]
fn every_code_survives_a_round_trip_through_io_error() {
    for page in Space::Win32.pages() {
        let code = page.code().win32().expect("a Win32 page");
        let error = io::Error::from(code);
        assert_eq!(ErrorCode::from_io_error(&error), Some(code), "{}", page.name());
        assert_eq!(ErrorCode::try_from(&error), Ok(code));
    }
}

#[test]
fn an_io_error_from_a_code_reads_as_the_code() {
    let error = io::Error::from(ERROR_FILE_NOT_FOUND);
    if cfg!(windows) {
        assert_eq!(error.raw_os_error(), Some(2));
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    } else {
        assert_eq!(error.raw_os_error(), None, "a Win32 code is not an errno");
        assert_eq!(error.to_string(), "The system cannot find the file specified. (ERROR_FILE_NOT_FOUND)");
    }
}

#[test]
fn errors_without_a_win32_code_give_none() {
    assert_eq!(ErrorCode::from_io_error(&io::Error::other("disk on fire")), None);
    assert_eq!(ErrorCode::try_from(&io::Error::from(io::ErrorKind::TimedOut)), Err(NotWin32Error));
    let os_error = io::Error::from_raw_os_error(5);
    if cfg!(windows) {
        assert_eq!(ErrorCode::from_io_error(&os_error), Some(ERROR_ACCESS_DENIED));
    } else {
        assert_eq!(ErrorCode::from_io_error(&os_error), None, "errno 5 is EIO, not ERROR_ACCESS_DENIED");
    }
}

#[test]
fn a_code_is_a_std_error() {
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(ERROR_ACCESS_DENIED);
    assert_eq!(boxed.to_string(), "Access is denied. (ERROR_ACCESS_DENIED)");
    assert_eq!(boxed.downcast_ref::<ErrorCode>(), Some(&ERROR_ACCESS_DENIED));
}

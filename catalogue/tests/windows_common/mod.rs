//! What the Windows networking scenarios share (`windows_net.rs` for WinSock,
//! `windows_http.rs` for WinHTTP and WinINet): reading a code both ways, and a closed port.
#![allow(dead_code, reason = "each scenario file uses the helpers it needs")]
#![allow(unsafe_code, reason = "GetLastError, read through windows-sys")]

use std::io;
use std::net::{Ipv4Addr, TcpListener};
use std::time::Duration;

use windows_sys::Win32::Foundation::GetLastError;
use winerror::ErrorCode;

/// How long the timeout scenarios wait: long enough to be a real timeout, short enough for CI.
pub const SHORT: Duration = Duration::from_millis(300);

/// The code of an `io::Error`, by the library's own conversion.
#[track_caller]
pub fn code_of(error: &io::Error) -> ErrorCode {
    ErrorCode::from_io_error(error).unwrap_or_else(|| panic!("{error:?} carries no Win32 code"))
}

/// `GetLastError()`, as a code, read once, with the same value as an `io::Error` beside it:
/// `io::Error::last_os_error()` is how Rust code reads the error of a Win32 call.
pub fn last_errors() -> (ErrorCode, ErrorCode) {
    let from_std = code_of(&io::Error::last_os_error());
    // SAFETY: no arguments; reads the calling thread's last error, which the line above left alone.
    let raw = ErrorCode::from_raw(unsafe { GetLastError() });
    (from_std, raw)
}

/// A port on 127.0.0.1 that nothing listens on: bound by the system, then released.
pub fn closed_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    listener.local_addr().unwrap().port()
}

//! Real WinHTTP and WinINet failures on Windows, on 127.0.0.1 only: each scenario makes a call
//! fail for real and checks that the error is the exact constant, read twice: as Rust code sees
//! it (`io::Error::last_os_error()` right after the call, through [`ErrorCode::from_io_error`])
//! and as C code sees it (`GetLastError()`, through windows-sys). The header the caller used
//! picks the page of a value WinHTTP and WinINet share ([`ErrorCode::page_in`]).
//!
//! Windows only (CI runs it under Wine: `scripts/windows/run-tests.sh`). Where Wine 8 behaves
//! otherwise than Windows documents, the scenario is `#[ignore]`d with the difference as its
//! reason (run them on real Windows with `cargo test --test windows_http -- --include-ignored`).
#![cfg(windows)]
#![allow(unsafe_code, reason = "the C half of each scenario calls the Win32 API through windows-sys")]

mod windows_common;

use std::ffi::c_void;
use std::net::{Ipv4Addr, TcpListener};
use std::time::Duration;

use windows_common::{SHORT, closed_port, last_errors};
use windows_sys::Win32::Networking::WinHttp as http;
use windows_sys::Win32::Networking::WinInet as inet;
use winerror::{
    ERROR_INTERNET_CANNOT_CONNECT, ERROR_INTERNET_TIMEOUT, ERROR_WINHTTP_CANNOT_CONNECT, ERROR_WINHTTP_INVALID_URL,
    ERROR_WINHTTP_TIMEOUT, ERROR_WINHTTP_UNRECOGNIZED_SCHEME, ErrorCode,
};

/// A NUL-terminated UTF-16 string for the wide (`W`) Win32 functions.
fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain([0]).collect()
}

// ---------------------------------------------------------------------------------------------
// WinHTTP

/// A WinHTTP handle, closed on drop.
struct HttpHandle(*mut c_void);

impl HttpHandle {
    #[track_caller]
    fn new(handle: *mut c_void) -> HttpHandle {
        assert!(!handle.is_null(), "WinHTTP handle: {:?}", last_errors().1);
        HttpHandle(handle)
    }
}

impl Drop for HttpHandle {
    fn drop(&mut self) {
        // SAFETY: the handle is owned by this value and closed once.
        unsafe { http::WinHttpCloseHandle(self.0) };
    }
}

/// A GET of `/` from 127.0.0.1:`port` through WinHTTP with every timeout at `timeout`: `Ok`
/// once response headers came, else the error of the call that failed (sending or receiving).
fn winhttp_get(port: u16, timeout: Duration) -> Result<(), ErrorCode> {
    let agent = wide("winerror-tests");
    let host = wide("127.0.0.1");
    let verb = wide("GET");
    let path = wide("/");
    // SAFETY (every call below): the strings are NUL-terminated and outlive the calls; null
    // proxy, referrer, accept types and headers are documented defaults; handles are checked.
    unsafe {
        let session = HttpHandle::new(http::WinHttpOpen(
            agent.as_ptr(),
            http::WINHTTP_ACCESS_TYPE_NO_PROXY,
            std::ptr::null(),
            std::ptr::null(),
            0,
        ));
        let ms = timeout.as_millis() as i32;
        assert_ne!(http::WinHttpSetTimeouts(session.0, ms, ms, ms, ms), 0);
        let connection = HttpHandle::new(http::WinHttpConnect(session.0, host.as_ptr(), port, 0));
        let request = HttpHandle::new(http::WinHttpOpenRequest(
            connection.0,
            verb.as_ptr(),
            path.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            std::ptr::null(),
            0,
        ));
        // Waiting for the response headers has a timeout of its own (90 s by default), which
        // WinHttpSetTimeouts leaves alone.
        let option = http::WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT;
        assert_ne!(http::WinHttpSetOption(request.0, option, (&raw const ms).cast(), 4), 0);
        if http::WinHttpSendRequest(request.0, std::ptr::null(), 0, std::ptr::null(), 0, 0, 0) == 0 {
            return Err(both_readings());
        }
        if http::WinHttpReceiveResponse(request.0, std::ptr::null_mut()) == 0 {
            return Err(both_readings());
        }
        Ok(())
    }
}

/// The error of the last call, read both ways, which must agree.
#[track_caller]
fn both_readings() -> ErrorCode {
    let (from_std, raw) = last_errors();
    assert_eq!(from_std, raw, "io::Error::last_os_error() and GetLastError() disagree");
    raw
}

#[test]
fn a_winhttp_request_to_a_closed_port_cannot_connect() {
    let error = winhttp_get(closed_port(), Duration::from_secs(5)).unwrap_err();
    assert_eq!(error, ERROR_WINHTTP_CANNOT_CONNECT);
    assert_eq!(error.page_in("winhttp.h").map(|page| page.name()), Some("ERROR_WINHTTP_CANNOT_CONNECT"));
}

#[test]
#[ignore = "Wine 8's WinHTTP reports WSAETIMEDOUT (10060) here, where Windows reports ERROR_WINHTTP_TIMEOUT"]
fn a_winhttp_request_to_a_server_that_never_answers_times_out() {
    // The server accepts the connection (the system does, from its backlog) and never answers.
    let silent = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let error = winhttp_get(silent.local_addr().unwrap().port(), SHORT).unwrap_err();
    assert_eq!(error, ERROR_WINHTTP_TIMEOUT);
    assert_eq!(error.page_in("winhttp.h").map(|page| page.name()), Some("ERROR_WINHTTP_TIMEOUT"));
}

/// `WinHttpCrackUrl` of `url`, returning the error when it fails.
fn crack_url(url: &str) -> Option<ErrorCode> {
    let url = wide(url);
    let mut components = http::URL_COMPONENTS {
        dwStructSize: size_of::<http::URL_COMPONENTS>() as u32,
        // Lengths of -1 ask for pointers into the URL rather than copies.
        dwSchemeLength: u32::MAX,
        dwHostNameLength: u32::MAX,
        dwUrlPathLength: u32::MAX,
        dwExtraInfoLength: u32::MAX,
        ..Default::default()
    };
    // SAFETY: the URL is NUL-terminated (length 0 says so); the components are initialised.
    let cracked = unsafe { http::WinHttpCrackUrl(url.as_ptr(), 0, 0, &mut components) };
    (cracked == 0).then(both_readings)
}

#[test]
fn winhttp_rejects_a_malformed_url_and_an_unknown_scheme() {
    assert_eq!(crack_url("http://127.0.0.1:8080/"), None);
    // One slash after the scheme: not a URL (Wine's own tests, run on Windows, expect this).
    assert_eq!(crack_url("http:/127.0.0.1/"), Some(ERROR_WINHTTP_INVALID_URL));
    // No scheme at all.
    assert_eq!(crack_url("127.0.0.1"), Some(ERROR_WINHTTP_UNRECOGNIZED_SCHEME));
}

// ---------------------------------------------------------------------------------------------
// WinINet

/// A WinINet handle, closed on drop.
struct InetHandle(*mut c_void);

impl Drop for InetHandle {
    fn drop(&mut self) {
        // SAFETY: the handle is owned by this value and closed once.
        unsafe { inet::InternetCloseHandle(self.0) };
    }
}

/// A GET of `/` from 127.0.0.1:`port` through WinINet (InternetConnectW, HttpOpenRequestW,
/// HttpSendRequestW) with connect and receive timeouts of `timeout`, no proxy and no cache.
fn wininet_get(port: u16, timeout: Duration) -> Result<(), ErrorCode> {
    let agent = wide("winerror-tests");
    let host = wide("127.0.0.1");
    let verb = wide("GET");
    let path = wide("/");
    let ms = timeout.as_millis() as u32;
    // SAFETY (every call below): NUL-terminated strings that outlive the calls, documented null
    // defaults, DWORD option values with their size; handles are checked.
    unsafe {
        let open = |handle: *mut c_void| {
            assert!(!handle.is_null(), "WinINet handle: {:?}", last_errors().1);
            InetHandle(handle)
        };
        let session = open(inet::InternetOpenW(
            agent.as_ptr(),
            inet::INTERNET_OPEN_TYPE_DIRECT,
            std::ptr::null(),
            std::ptr::null(),
            0,
        ));
        let connection = open(inet::InternetConnectW(
            session.0,
            host.as_ptr(),
            port,
            std::ptr::null(),
            std::ptr::null(),
            inet::INTERNET_SERVICE_HTTP,
            0,
            0,
        ));
        let flags = inet::INTERNET_FLAG_RELOAD | inet::INTERNET_FLAG_NO_CACHE_WRITE;
        let request = open(inet::HttpOpenRequestW(
            connection.0,
            verb.as_ptr(),
            path.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            std::ptr::null(),
            flags,
            0,
        ));
        for option in [inet::INTERNET_OPTION_CONNECT_TIMEOUT, inet::INTERNET_OPTION_RECEIVE_TIMEOUT] {
            assert_ne!(inet::InternetSetOptionW(request.0, option, (&raw const ms).cast(), 4), 0);
        }
        if inet::HttpSendRequestW(request.0, std::ptr::null(), 0, std::ptr::null(), 0) == 0 {
            return Err(both_readings());
        }
        Ok(())
    }
}

#[test]
fn a_wininet_request_to_a_closed_port_cannot_connect() {
    let error = wininet_get(closed_port(), Duration::from_secs(5)).unwrap_err();
    assert_eq!(error, ERROR_INTERNET_CANNOT_CONNECT);
    // The same value as WinHTTP's: the header the caller used picks the page.
    assert_eq!(error.page_in("wininet.h").map(|page| page.name()), Some("ERROR_INTERNET_CANNOT_CONNECT"));
}

#[test]
#[ignore = "Wine 8's WinINet reports ERROR_INTERNET_CONNECTION_ABORTED (12030) here, where Windows reports ERROR_INTERNET_TIMEOUT"]
fn a_wininet_request_to_a_server_that_never_answers_times_out() {
    let silent = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let error = wininet_get(silent.local_addr().unwrap().port(), SHORT).unwrap_err();
    assert_eq!(error, ERROR_INTERNET_TIMEOUT);
    assert_eq!(error.page_in("wininet.h").map(|page| page.name()), Some("ERROR_INTERNET_TIMEOUT"));
}

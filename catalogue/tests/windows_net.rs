//! Real networking failures on Windows, on 127.0.0.1 only: each scenario makes a WinSock,
//! WinHTTP or WinINet call fail for real and checks that the error is the exact constant, read
//! twice:
//!
//! - as Rust code sees it: a `std::io::Error` (from `std::net`, or `io::Error::last_os_error()`
//!   right after a Win32 call std does not wrap) through [`ErrorCode::from_io_error`];
//! - as C code sees it: the call's own error, `WSAGetLastError()` for WinSock and
//!   `GetLastError()` for WinHTTP and WinINet, through windows-sys.
//!
//! Windows only (CI runs it under Wine: `scripts/windows/run-tests.sh`). Every expectation is
//! Windows' documented behaviour. Where Wine 8 behaves otherwise the scenario is not bent to
//! Wine: it is `#[ignore]`d with the difference as its reason (run them on real Windows with
//! `cargo test --test windows_net -- --include-ignored`), or, for the smaller ones, left out and
//! listed at the end of this file.
#![cfg(windows)]
#![allow(unsafe_code, reason = "the C half of each scenario calls the Win32 API through windows-sys")]

use std::ffi::c_void;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::os::windows::io::AsRawSocket;
use std::sync::Once;
use std::time::Duration;

use windows_sys::Win32::Foundation::GetLastError;
use windows_sys::Win32::Networking::WinHttp as http;
use windows_sys::Win32::Networking::WinInet as inet;
use windows_sys::Win32::Networking::WinSock as ws;
use winerror::{
    ERROR_INTERNET_CANNOT_CONNECT, ERROR_INTERNET_TIMEOUT, ERROR_WINHTTP_CANNOT_CONNECT, ERROR_WINHTTP_INVALID_URL,
    ERROR_WINHTTP_TIMEOUT, ERROR_WINHTTP_UNRECOGNIZED_SCHEME, ErrorCode, WSAEADDRINUSE, WSAEADDRNOTAVAIL,
    WSAECONNREFUSED, WSAECONNRESET, WSAEINVAL, WSAEMSGSIZE, WSAENOTCONN, WSAENOTSOCK, WSAESHUTDOWN, WSAETIMEDOUT,
    WSAEWOULDBLOCK,
};

/// How long the timeout scenarios wait: long enough to be a real timeout, short enough for CI.
const SHORT: Duration = Duration::from_millis(300);

// ---------------------------------------------------------------------------------------------
// Helpers

/// The code of an `io::Error`, by the library's own conversion.
#[track_caller]
fn code_of(error: &io::Error) -> ErrorCode {
    ErrorCode::from_io_error(error).unwrap_or_else(|| panic!("{error:?} carries no Win32 code"))
}

/// The code of an operation that must fail.
#[track_caller]
fn fails<T: std::fmt::Debug>(result: io::Result<T>) -> ErrorCode {
    match result {
        Ok(value) => panic!("expected an error, got Ok({value:?})"),
        Err(error) => code_of(&error),
    }
}

/// `WSAGetLastError()`, as a code.
fn wsa_last_error() -> ErrorCode {
    // SAFETY: no arguments; reads the calling thread's last WinSock error.
    ErrorCode::from_raw(unsafe { ws::WSAGetLastError() } as u32)
}

/// `GetLastError()`, as a code, read once, with the same value as an `io::Error` beside it:
/// `io::Error::last_os_error()` is how Rust code reads the error of a Win32 call.
fn last_errors() -> (ErrorCode, ErrorCode) {
    let from_std = code_of(&io::Error::last_os_error());
    // SAFETY: no arguments; reads the calling thread's last error, which the line above left alone.
    let raw = ErrorCode::from_raw(unsafe { GetLastError() });
    (from_std, raw)
}

/// A port on 127.0.0.1 that nothing listens on: bound by the system, then released.
fn closed_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    listener.local_addr().unwrap().port()
}

/// A TCP connection on loopback: (client, server side), the server side accepted.
fn connected_pair() -> (TcpStream, TcpStream) {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let client = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
    let (server, _) = listener.accept().unwrap();
    (client, server)
}

/// A WinSock socket owned by the test, closed on drop. The C half of each WinSock scenario.
struct RawSocket(ws::SOCKET);

impl RawSocket {
    fn new(kind: ws::WINSOCK_SOCKET_TYPE, protocol: ws::IPPROTO) -> RawSocket {
        static STARTUP: Once = Once::new();
        STARTUP.call_once(|| {
            // SAFETY: WSADATA is plain data that WSAStartup fills in; WinSock 2.2 exists everywhere.
            let mut data: ws::WSADATA = unsafe { std::mem::zeroed() };
            assert_eq!(unsafe { ws::WSAStartup(0x0202, &mut data) }, 0, "WSAStartup");
        });
        // SAFETY: plain arguments; the result is checked.
        let socket = unsafe { ws::socket(i32::from(ws::AF_INET), kind, protocol) };
        assert_ne!(socket, ws::INVALID_SOCKET, "socket: {:?}", wsa_last_error());
        RawSocket(socket)
    }

    fn tcp() -> RawSocket {
        RawSocket::new(ws::SOCK_STREAM, ws::IPPROTO_TCP)
    }

    /// `bind`, returning its result (0 or `SOCKET_ERROR`).
    fn bind(&self, address: SocketAddrV4) -> i32 {
        let name = sockaddr(address);
        // SAFETY: `name` is a valid SOCKADDR_IN and its size is passed with it.
        unsafe { ws::bind(self.0, (&raw const name).cast(), size_of::<ws::SOCKADDR_IN>() as i32) }
    }

    /// `connect`, returning its result.
    fn connect(&self, address: SocketAddrV4) -> i32 {
        let name = sockaddr(address);
        // SAFETY: as in `bind`.
        unsafe { ws::connect(self.0, (&raw const name).cast(), size_of::<ws::SOCKADDR_IN>() as i32) }
    }

    /// `recv` into a buffer of `len` bytes, returning its result.
    fn recv(&self, len: usize) -> i32 {
        let mut buffer = vec![0_u8; len];
        // SAFETY: the buffer is valid for `len` bytes.
        unsafe { ws::recv(self.0, buffer.as_mut_ptr(), len as i32, 0) }
    }

    /// `send` of a few bytes, returning its result.
    fn send(&self) -> i32 {
        let data = b"hello";
        // SAFETY: the buffer is valid for its length.
        unsafe { ws::send(self.0, data.as_ptr(), data.len() as i32, 0) }
    }
}

impl Drop for RawSocket {
    fn drop(&mut self) {
        // SAFETY: the socket is owned by this value and closed once.
        unsafe { ws::closesocket(self.0) };
    }
}

fn sockaddr(address: SocketAddrV4) -> ws::SOCKADDR_IN {
    ws::SOCKADDR_IN {
        sin_family: ws::AF_INET,
        sin_port: address.port().to_be(),
        sin_addr: ws::IN_ADDR { S_un: ws::IN_ADDR_0 { S_addr: u32::from(*address.ip()).to_be() } },
        sin_zero: [0; 8],
    }
}

fn loopback(port: u16) -> SocketAddrV4 {
    SocketAddrV4::new(Ipv4Addr::LOCALHOST, port)
}

/// A NUL-terminated UTF-16 string for the wide (`W`) Win32 functions.
fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain([0]).collect()
}

// ---------------------------------------------------------------------------------------------
// WinSock

#[test]
fn connecting_to_a_closed_port_is_refused() {
    let port = closed_port();
    assert_eq!(fails(TcpStream::connect(loopback(port))), WSAECONNREFUSED);

    let socket = RawSocket::tcp();
    assert_eq!(socket.connect(loopback(port)), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAECONNREFUSED);
}

#[test]
fn binding_a_bound_port_again_finds_it_in_use() {
    let bound = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let address = bound.local_addr().unwrap();
    assert_eq!(fails(TcpListener::bind(address)), WSAEADDRINUSE);

    let socket = RawSocket::tcp();
    assert_eq!(socket.bind(loopback(address.port())), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAEADDRINUSE);
}

#[test]
fn binding_an_address_this_machine_does_not_have_is_not_available() {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737), never a local address; a bind sends nothing.
    let foreign = SocketAddrV4::new(Ipv4Addr::new(192, 0, 2, 1), 0);
    assert_eq!(fails(TcpListener::bind(foreign)), WSAEADDRNOTAVAIL);

    let socket = RawSocket::tcp();
    assert_eq!(socket.bind(foreign), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAEADDRNOTAVAIL);
}

#[test]
fn a_read_with_a_timeout_and_no_data_times_out() {
    let (mut client, _server) = connected_pair();
    client.set_read_timeout(Some(SHORT)).unwrap();
    let error = client.read(&mut [0; 16]).unwrap_err();
    assert_eq!(code_of(&error), WSAETIMEDOUT);
    assert_eq!(error.kind(), io::ErrorKind::TimedOut);

    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let socket = RawSocket::tcp();
    assert_eq!(socket.connect(loopback(listener.local_addr().unwrap().port())), 0);
    let timeout_ms = SHORT.as_millis() as u32;
    // SAFETY: SO_RCVTIMEO takes a DWORD of milliseconds; pointer and size match.
    let set = unsafe { ws::setsockopt(socket.0, ws::SOL_SOCKET, ws::SO_RCVTIMEO, (&raw const timeout_ms).cast(), 4) };
    assert_eq!(set, 0);
    assert_eq!(socket.recv(16), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAETIMEDOUT);
}

#[test]
fn a_non_blocking_read_with_no_data_would_block() {
    let (mut client, _server) = connected_pair();
    client.set_nonblocking(true).unwrap();
    let error = client.read(&mut [0; 16]).unwrap_err();
    assert_eq!(code_of(&error), WSAEWOULDBLOCK);
    assert_eq!(error.kind(), io::ErrorKind::WouldBlock);

    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let socket = RawSocket::tcp();
    assert_eq!(socket.connect(loopback(listener.local_addr().unwrap().port())), 0);
    let mut non_blocking = 1_u32;
    // SAFETY: FIONBIO takes a pointer to a u_long (u32), 1 for non-blocking.
    assert_eq!(unsafe { ws::ioctlsocket(socket.0, ws::FIONBIO, &mut non_blocking) }, 0);
    assert_eq!(socket.recv(16), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAEWOULDBLOCK);
}

#[test]
fn a_send_after_shutting_down_sending_fails() {
    let (mut client, _server) = connected_pair();
    client.shutdown(Shutdown::Write).unwrap();
    assert_eq!(fails(client.write(b"hello")), WSAESHUTDOWN);

    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let socket = RawSocket::tcp();
    assert_eq!(socket.connect(loopback(listener.local_addr().unwrap().port())), 0);
    // SAFETY: plain arguments on an owned socket.
    assert_eq!(unsafe { ws::shutdown(socket.0, ws::SD_SEND) }, 0);
    assert_eq!(socket.send(), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAESHUTDOWN);
}

#[test]
fn an_unconnected_socket_is_not_connected() {
    // std: the peer of a UDP socket that was never connected (getpeername).
    let udp = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    assert_eq!(fails(udp.peer_addr()), WSAENOTCONN);

    let socket = RawSocket::tcp();
    let mut name = sockaddr(loopback(0));
    let mut len = size_of::<ws::SOCKADDR_IN>() as i32;
    // SAFETY: `name` and `len` describe a writable SOCKADDR_IN.
    assert_eq!(unsafe { ws::getpeername(socket.0, (&raw mut name).cast(), &mut len) }, ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAENOTCONN);
}

#[test]
fn a_closed_socket_is_not_a_socket() {
    // std has no safe way to name a closed socket, so the std half is `last_os_error()`.
    let socket = RawSocket::tcp();
    let stale = socket.0;
    drop(socket);
    // SAFETY: `stale` names no socket any more; WinSock reports that, nothing is touched.
    assert_eq!(unsafe { ws::send(stale, b"x".as_ptr(), 1, 0) }, ws::SOCKET_ERROR);
    let (from_std, _) = last_errors();
    assert_eq!(from_std, WSAENOTSOCK);
    assert_eq!(wsa_last_error(), WSAENOTSOCK);
}

#[test]
fn accepting_on_a_socket_that_does_not_listen_is_invalid() {
    // accept before listen: WSAEINVAL, "The listen function was not invoked prior to accept".
    let socket = RawSocket::tcp();
    assert_eq!(socket.bind(loopback(0)), 0);
    // SAFETY: null address and length are allowed ("not interested in the peer's address").
    let accepted = unsafe { ws::accept(socket.0, std::ptr::null_mut(), std::ptr::null_mut()) };
    assert_eq!(accepted, ws::INVALID_SOCKET);
    let (from_std, _) = last_errors();
    assert_eq!(from_std, WSAEINVAL);
    assert_eq!(wsa_last_error(), WSAEINVAL);
}

#[test]
fn a_datagram_larger_than_the_buffer_is_too_long() {
    let receiver = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let sender = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    sender.send_to(&[7; 64], receiver.local_addr().unwrap()).unwrap();
    sender.send_to(&[7; 64], receiver.local_addr().unwrap()).unwrap();
    // std returns the error rather than the truncated datagram.
    assert_eq!(fails(receiver.recv(&mut [0; 8])), WSAEMSGSIZE);

    let raw = RawSocket(receiver.as_raw_socket() as ws::SOCKET);
    assert_eq!(raw.recv(8), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAEMSGSIZE);
    std::mem::forget(raw); // `receiver` owns the socket.
}

#[test]
#[ignore = "Wine 8 reads a reset connection as end of file (Ok(0)), where Windows fails with WSAECONNRESET"]
fn a_read_from_a_connection_the_peer_reset_fails() {
    let (mut client, server) = connected_pair();
    let raw_client = RawSocket(client.as_raw_socket() as ws::SOCKET);
    // A linger of zero seconds makes closing the server side send a reset instead of a FIN.
    let linger = ws::LINGER { l_onoff: 1, l_linger: 0 };
    let size = size_of::<ws::LINGER>() as i32;
    // SAFETY: SO_LINGER takes a LINGER; pointer and size match; the socket is `server`'s.
    let set = unsafe {
        ws::setsockopt(
            server.as_raw_socket() as ws::SOCKET,
            ws::SOL_SOCKET,
            ws::SO_LINGER,
            (&raw const linger).cast(),
            size,
        )
    };
    assert_eq!(set, 0);
    drop(server);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(raw_client.recv(16), ws::SOCKET_ERROR);
    assert_eq!(wsa_last_error(), WSAECONNRESET);
    std::mem::forget(raw_client); // `client` owns the socket.
    assert_eq!(fails(client.read(&mut [0; 16])), WSAECONNRESET);
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

// ---------------------------------------------------------------------------------------------
// Left out: Wine 8 (Debian 12's) answers these differently from Windows' documentation, so no
// scenario above relies on them.
//
// - `send` on a TCP socket that never connected: WSAECONNRESET under Wine; Windows documents
//   WSAENOTCONN (the scenario above uses `getpeername`, where both agree).
// - `send` on a bound UDP socket with no connected peer (`UdpSocket::send`): WSAEINVAL under
//   Wine; Windows documents WSAENOTCONN.
// - `connect` to 127.0.0.1 port 0, or to 0.0.0.0: refused (WSAECONNREFUSED) under Wine, as on
//   Linux; Windows documents WSAEADDRNOTAVAIL for a remote address such as INADDR_ANY (the
//   scenario above binds to an address that is not local instead).

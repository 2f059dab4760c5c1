//! A small TCP client that explains its own failure: it connects to an address, asks for `/`
//! over HTTP and prints the status line; when a call fails on Windows it names the error, gives
//! its official message and links its page.
//!
//! ```text
//! cargo run --example connect -- 127.0.0.1:8080
//! ```
//!
//! On Windows an `io::Error` from `std::net` carries the WinSock code (`WSAGetLastError`), and
//! `ErrorCode::from_io_error` turns it into a constant that `match` can test. Elsewhere the
//! code is an `errno`, which winerror does not translate: the client says so.

use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::ExitCode;
use std::time::Duration;

use winerror::{ErrorCode, WSAECONNREFUSED, WSAECONNRESET, WSAEHOSTUNREACH, WSAENETUNREACH, WSAETIMEDOUT};

fn main() -> ExitCode {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:80".to_owned());
    match fetch(&address) {
        Ok(status) => {
            println!("{address}: {status}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            explain(&address, &error);
            ExitCode::FAILURE
        }
    }
}

/// Connects, sends `HEAD /` and returns the response's status line.
fn fetch(address: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(stream, "HEAD / HTTP/1.0\r\nHost: {address}\r\n\r\n")?;
    let mut status = String::new();
    BufReader::new(stream).read_line(&mut status)?;
    Ok(status.trim_end().to_owned())
}

/// What went wrong, in the words of the Windows error behind `error`.
fn explain(address: &str, error: &io::Error) {
    eprintln!("{address}: {error}");
    let Some(code) = ErrorCode::from_io_error(error) else {
        eprintln!("  (not a Windows error code: winerror explains the codes Windows returns)");
        return;
    };
    let hint = match code {
        WSAECONNREFUSED => "nothing listens on that port: is the server running, on that port?",
        WSAETIMEDOUT => "no answer in time: the host may be down, or a firewall drops the packets",
        WSAEHOSTUNREACH | WSAENETUNREACH => "no route to that host from this machine",
        WSAECONNRESET => "the server closed the connection abruptly",
        _ => "see the error's page",
    };
    eprintln!("  hint:    {hint}");
    match code.pages().first() {
        Some(page) => {
            eprintln!("  error:   {} ({}, 0x{:X})", page.name(), code.raw(), code.raw());
            eprintln!("  message: {}", page.message());
            eprintln!(
                "  docs:    https://docs.rs/winerror/latest/winerror/{}/constant.{}.html",
                page.module(),
                page.name()
            );
        }
        None => eprintln!("  error:   {code}"),
    }
}

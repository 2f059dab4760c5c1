//! Rule: a std::io::ErrorKind line whose value is no variant of the enum.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("details_io_kind/docs", runtime = ::winerror);

fn main() {}

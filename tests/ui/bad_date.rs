//! Rule: a malformed Updated date.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("bad_date/docs", runtime = ::winerror);

fn main() {}

//! Rule: a file name that cannot become a Rust identifier.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("file_name_not_identifier/docs", runtime = ::winerror);

fn main() {}

//! Rule: an empty page file.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("empty_page/docs", runtime = ::winerror);

fn main() {}

//! Rule: an index page with an unknown header.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("index_header/docs", runtime = ::winerror);

fn main() {}

//! Rule: two pages with one name.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("duplicate_name/docs", runtime = ::winerror);

fn main() {}

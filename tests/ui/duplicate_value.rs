//! Rule: two pages of one header with one value.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("duplicate_value/docs", runtime = ::winerror);

fn main() {}

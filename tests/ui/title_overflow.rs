//! Rule: a value beyond 32 bits.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("title_overflow/docs", runtime = ::winerror);

fn main() {}

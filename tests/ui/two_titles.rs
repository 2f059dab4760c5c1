//! Rule: a second H1.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("two_titles/docs", runtime = ::winerror);

fn main() {}

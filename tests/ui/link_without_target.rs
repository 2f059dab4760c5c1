//! Rule: a bracketed reference with no target.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("link_without_target/docs", runtime = ::winerror);

fn main() {}

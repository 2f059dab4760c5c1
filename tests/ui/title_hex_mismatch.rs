//! Rule: decimal and hex that disagree.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("title_hex_mismatch/docs", runtime = ::winerror);

fn main() {}

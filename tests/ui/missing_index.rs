//! Rule: a family folder without README.md.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("missing_index/docs", runtime = ::winerror);

fn main() {}

//! Rule: every mention in an index page names an error of the catalogue with exactly that value.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("index_mention/docs", runtime = ::winerror);

fn main() {}

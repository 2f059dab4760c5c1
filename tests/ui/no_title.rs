//! Rule: a page that does not start with its H1.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("no_title/docs", runtime = ::winerror);

fn main() {}

//! Rule: a raw HTML block.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("html_block/docs", runtime = ::winerror);

fn main() {}

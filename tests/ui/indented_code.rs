//! Rule: an indented code block.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("indented_code/docs", runtime = ::winerror);

fn main() {}

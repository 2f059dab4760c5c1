//! Rule: a file that is not a .md page in a family folder.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("not_markdown/docs", runtime = ::winerror);

fn main() {}

//! Rule: a family folder named after a reserved word (`abstract`, `become`) would expand to `pub mod abstract`, which rustc refuses.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("folder_keyword/docs", runtime = ::winerror);

fn main() {}

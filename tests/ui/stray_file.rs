//! Rule: a file directly under docs/.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("stray_file/docs", runtime = ::winerror);

fn main() {}

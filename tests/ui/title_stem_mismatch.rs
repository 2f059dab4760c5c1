//! Rule: a title that names another file.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("title_stem_mismatch/docs", runtime = ::winerror);

fn main() {}

//! Rule: a folder inside a family folder.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("nested_folder/docs", runtime = ::winerror);

fn main() {}

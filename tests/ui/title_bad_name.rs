//! Rule: a name that is not SDK style.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("title_bad_name/docs", runtime = ::winerror);

fn main() {}

//! Rule: a mention with the wrong value.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("mention_wrong_value/docs", runtime = ::winerror);

fn main() {}

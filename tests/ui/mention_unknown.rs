//! Rule: a mention of an unknown error.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("mention_unknown/docs", runtime = ::winerror);

fn main() {}

//! Rule: a mention whose decimal and hex disagree.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("mention_hex_mismatch/docs", runtime = ::winerror);

fn main() {}

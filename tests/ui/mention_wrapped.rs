//! Rule: a mention whose paragraph wraps between name and values is checked.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("mention_wrapped/docs", runtime = ::winerror);

fn main() {}

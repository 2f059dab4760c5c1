//! Rule: a Related Errors item with the wrong value.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("related_wrong_value/docs", runtime = ::winerror);

fn main() {}

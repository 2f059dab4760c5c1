//! Rule: a Related Errors item naming an unknown error.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("related_unknown/docs", runtime = ::winerror);

fn main() {}

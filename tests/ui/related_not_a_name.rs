//! Rule: a Related Errors item that does not start with a name.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("related_not_a_name/docs", runtime = ::winerror);

fn main() {}

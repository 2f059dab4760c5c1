//! Rule: no message paragraph after the title.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("missing_message/docs", runtime = ::winerror);

fn main() {}

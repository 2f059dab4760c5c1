//! Rule: inline raw HTML, here in the message.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("html_inline/docs", runtime = ::winerror);

fn main() {}

//! Rule: a title not of the form NAME - DECIMAL (0xHEX).
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("title_form/docs", runtime = ::winerror);

fn main() {}

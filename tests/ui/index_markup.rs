//! Rule: HTML and a non-web link in an index page.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("index_markup/docs", runtime = ::winerror);

fn main() {}

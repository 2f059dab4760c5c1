//! Rule: a link whose scheme is not http or https.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("link_scheme/docs", runtime = ::winerror);

fn main() {}

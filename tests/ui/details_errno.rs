//! Rule: a BSD errno line whose value is not an errno name.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("details_errno/docs", runtime = ::winerror);

fn main() {}

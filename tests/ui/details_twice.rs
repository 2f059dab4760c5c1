//! Rule: a fixed-form Error Details line given twice.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("details_twice/docs", runtime = ::winerror);

fn main() {}

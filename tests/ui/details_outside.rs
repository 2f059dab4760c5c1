//! Rule: a fixed-form line outside the Error Details section.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("details_outside/docs", runtime = ::winerror);

fn main() {}

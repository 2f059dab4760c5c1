//! The seed page as it was handed over: every fault is reported at its line.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("seed/docs", runtime = ::winerror);

fn main() {}

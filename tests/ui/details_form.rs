//! Rule: a fixed-form Error Details line not in its exact form.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("details_form/docs", runtime = ::winerror);

fn main() {}

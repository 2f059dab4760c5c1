//! Rule: a family folder that cannot become a module.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("folder_not_module/docs", runtime = ::winerror);

fn main() {}

//! Prints what the catalogue knows about each code or name given on the command line:
//! `cargo run --example explain -- 13814 0x35F6 ERROR_ACCESS_DENIED`.

fn main() {
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        let pages: &[winerror::ErrorPage] = match parse(&arg) {
            Some(code) => winerror::lookup(code),
            None => winerror::by_name(&arg).map(core::slice::from_ref).unwrap_or_default(),
        };
        if pages.is_empty() {
            eprintln!("{arg}: not in the catalogue");
            status = 1;
        }
        for page in pages {
            let code = page.code();
            println!("{} = {} (0x{:X}), HRESULT 0x{:08X}", page.name(), code.raw(), code.raw(), code.to_hresult());
            println!("  header:  {}", page.header());
            println!("  module:  winerror::{}", page.module());
            println!("  message: {}", page.message());
        }
    }
    std::process::exit(status);
}

fn parse(arg: &str) -> Option<u32> {
    match arg.strip_prefix("0x").or_else(|| arg.strip_prefix("0X")) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => arg.parse().ok(),
    }
}

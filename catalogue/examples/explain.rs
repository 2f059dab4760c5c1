//! Prints what the catalogue knows about each code or name given on the command line:
//! `cargo run --example explain -- 13814 0x35F6 0x80072EE2 error_access_denied`.

fn main() {
    let mut status = 0;
    for arg in std::env::args().skip(1) {
        let pages = match arg.parse::<winerror::ErrorCode>() {
            Ok(code) => code.pages(),
            Err(error) => {
                eprintln!("{arg}: {error}");
                status = 1;
                continue;
            }
        };
        if pages.is_empty() {
            eprintln!("{arg}: not in the catalogue");
            status = 1;
        }
        for page in pages {
            let code = page.value();
            println!("{} = {code} (0x{code:X}), HRESULT 0x{:08X}", page.name(), page.code().to_hresult().bits());
            println!("  header:  {}", page.header());
            println!("  module:  winerror::{}", page.module());
            println!("  message: {}", page.message());
        }
    }
    std::process::exit(status);
}

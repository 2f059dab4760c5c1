//! Writes, for every page of `docs/`, a pair of the catalogue's value and windows-sys's value
//! of the same name, so `tests/windows_sys.rs` compares them all.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
    println!("cargo:rerun-if-changed={}", docs.display());
    let checked = winerror_codegen::check_folder(&docs);
    let mut pairs = String::from("&[\n");
    for entry in &checked.catalogue.entries {
        let name = &entry.page.name;
        let _ = writeln!(pairs, "    (\"{name}\", winerror::{name}.raw(), {name} as u32),");
    }
    pairs.push(']');
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("windows_sys_pairs.rs");
    std::fs::write(out, pairs).expect("OUT_DIR is writable");
}

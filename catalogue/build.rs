//! Rebuild tracking for the docs folder: cargo reruns this script when anything in the folder
//! changes (`rerun-if-changed` on a folder watches every file in it), which rebuilds the crate
//! and expands the catalogue again; added, renamed and deleted pages also change the stamp,
//! which the crate reads with `env!`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // `docs` is the workspace's top-level `docs/` through a symbolic link (a real folder in the
    // packaged crate); the resolved path is watched, so edits to the pages are seen either way.
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let docs = docs.canonicalize().unwrap_or(docs);
    println!("cargo:rerun-if-changed={}", docs.display());
    let mut listing = String::new();
    list(&docs, &mut listing);
    println!("cargo:rustc-env=WINERROR_DOCS_STAMP={:016x}", fnv1a(listing.as_bytes()));
}

/// Every path below `dir`, sorted, one per line.
fn list(dir: &Path, out: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let _ = writeln!(out, "{}", path.display());
        if path.is_dir() {
            list(&path, out);
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

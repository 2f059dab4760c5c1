//! Maintenance tasks for the winerror workspace.
//!
//! ```text
//! cargo run -p xtask -- import [--check] [--reference DIR]
//! cargo run -p xtask -- check-doc-links [DIR]
//! ```
//!
//! `import` creates `docs/FAMILY/NAME.md` (title and official message) for
//! every row of the three reference tables (Win32 codes, HRESULTs, NTSTATUS
//! values) that has no page yet, and a minimal `docs/FAMILY/README.md` for
//! every family folder that lacks one. It never overwrites a file. With
//! `--check` it writes nothing and exits non-zero if anything is missing.
//! Either way it first checks that every message of the tables survives
//! escaping and parsing with pulldown-cmark unchanged.
//!
//! The tables `win32-error-codes.tsv`, `hresult-codes.tsv` and
//! `ntstatus-codes.tsv` are read from `../shared/reference/` relative to the
//! workspace root unless `--reference DIR` says otherwise.
//!
//! `check-doc-links` checks that every local link and anchor in the generated HTML under `DIR`
//! (default `target/doc/winerror`, after `cargo doc -p winerror --no-deps`) resolves, and exits
//! non-zero listing every one that does not (see `links.rs`).

mod family;
mod import;
mod links;
mod markdown;
mod spaces;
mod table;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The folder of the reference tables, relative to the workspace root.
const DEFAULT_REFERENCE: &str = "../shared/reference";

/// Usage text printed on bad arguments.
const USAGE: &str = "usage: cargo run -p xtask -- import [--check] [--reference DIR] | check-doc-links [DIR]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Parses the arguments and runs the task.
fn run(args: Vec<String>) -> Result<bool, String> {
    let mut args = args.into_iter();
    match args.next().as_deref() {
        Some("import") => {}
        Some("check-doc-links") => {
            let root = match (args.next(), args.next()) {
                (None, _) => workspace_root().join("target/doc/winerror"),
                (Some(dir), None) => PathBuf::from(dir),
                (Some(_), Some(extra)) => return Err(format!("unexpected argument {extra:?}\n{USAGE}")),
            };
            return links::run(&root);
        }
        Some(other) => return Err(format!("unknown task {other:?}\n{USAGE}")),
        None => return Err(USAGE.to_owned()),
    }
    let root = workspace_root();
    let mut mode = import::Mode::Write;
    let mut reference = root.join(DEFAULT_REFERENCE);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => mode = import::Mode::Check,
            "--reference" => {
                reference = PathBuf::from(args.next().ok_or("--reference needs a folder")?);
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    import::run(&root.join("docs"), &reference, mode)
}

/// The workspace root: the parent of this crate's folder.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

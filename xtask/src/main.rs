//! Maintenance tasks for the winerror workspace.
//!
//! ```text
//! cargo run -p xtask -- import [--check] [--table PATH]
//! cargo run -p xtask -- check-doc-links [DIR]
//! ```
//!
//! `import` creates `docs/FAMILY/NAME.md` (title and official message) for
//! every row of the reference table that has no page yet, and a minimal
//! `docs/FAMILY/README.md` for every family folder that lacks one. It never
//! overwrites a file. With `--check` it writes nothing and exits non-zero if
//! anything is missing. Either way it first checks that every message of the
//! table survives escaping and parsing with pulldown-cmark unchanged.
//!
//! The table is read from `../shared/reference/win32-error-codes.tsv`
//! relative to the workspace root unless `--table PATH` says otherwise.
//!
//! `check-doc-links` checks that every local link and anchor in the generated HTML under `DIR`
//! (default `target/doc/winerror`, after `cargo doc -p winerror --no-deps`) resolves, and exits
//! non-zero listing every one that does not (see `links.rs`).

mod family;
mod import;
mod links;
mod markdown;
mod table;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The reference table, relative to the workspace root.
const DEFAULT_TABLE: &str = "../shared/reference/win32-error-codes.tsv";

/// Usage text printed on bad arguments.
const USAGE: &str = "usage: cargo run -p xtask -- import [--check] [--table PATH] | check-doc-links [DIR]";

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
    let mut table = root.join(DEFAULT_TABLE);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => mode = import::Mode::Check,
            "--table" => {
                table = PathBuf::from(args.next().ok_or("--table needs a path")?);
            }
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    import::run(&root.join("docs"), &table, mode)
}

/// The workspace root: the parent of this crate's folder.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

//! Keeps the prose of every page and family introduction under `docs/` honest against the
//! reference data (see `docs/README.md`, "Prose"): no run of 12 words copied from `sources/`,
//! every Windows function named exists, and the fixed-form Error Details lines are well formed.
//! Each test reports every violation at once, as `docs/FAMILY/NAME.md:LINE: message`.

use std::path::{Path, PathBuf};

use winerror_tests::prose::{self, Kind, Violation};
use winerror_tests::reference;

/// A Markdown file of the catalogue.
struct File {
    /// Its path relative to the workspace root, with `/` separators.
    path: String,
    /// Its family folder.
    family: String,
    /// Page or index page.
    kind: Kind,
    /// Its text.
    text: String,
}

/// Every `docs/FAMILY/*.md` file, sorted by path (`docs/README.md` is the guide, not a page).
fn files() -> Vec<File> {
    let docs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs");
    let mut files = Vec::new();
    for family in read_dir(&docs) {
        if !family.is_dir() {
            continue;
        }
        let family_name = file_name(&family);
        for path in read_dir(&family) {
            let name = file_name(&path);
            if !name.ends_with(".md") || name.starts_with('.') || !path.is_file() {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
            let kind = if name == "README.md" { Kind::Index } else { Kind::Page };
            files.push(File { path: format!("docs/{family_name}/{name}"), family: family_name.clone(), kind, text });
        }
    }
    assert!(files.len() > 2000, "only {} files found under {}", files.len(), docs.display());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn read_dir(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .unwrap_or_else(|err| panic!("listing {}: {err}", folder.display()))
        .map(|entry| entry.expect("a folder entry").path())
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name().expect("a file name").to_string_lossy().into_owned()
}

/// Fails with every violation, one a line.
fn report(what: &str, mut violations: Vec<Violation>) {
    violations.sort();
    let lines: Vec<String> = violations.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "{} {what}:\n{}\n", lines.len(), lines.join("\n"));
}

#[test]
fn no_prose_shares_twelve_words_with_a_source() {
    let Some(sources) = reference::read_folder("sources") else { return };
    let sources = prose::Sources::new(&sources);
    let violations = files().iter().flat_map(|file| sources.shared_runs(&file.path, &file.text, file.kind)).collect();
    report("runs of 12 or more words copied from ../shared/reference/sources/", violations);
}

#[test]
fn every_function_named_is_a_windows_function() {
    let Some(table) = reference::read("win32-functions.tsv") else { return };
    let functions = prose::function_names(&table);
    assert!(functions.len() > 10_000, "the function table has {} names", functions.len());
    let violations = files()
        .iter()
        .flat_map(|file| prose::unknown_functions(&file.path, &file.text, file.kind, &functions))
        .collect();
    report("functions named that win32-functions.tsv does not have", violations);
}

#[test]
fn fixed_form_lines_are_well_formed_and_winsock_pages_carry_both() {
    let violations = files()
        .iter()
        .filter(|file| file.kind == Kind::Page)
        .flat_map(|file| prose::fixed_form_lines(&file.path, &file.text, file.family == "winsock"))
        .collect();
    report("malformed or missing BSD errno / std::io::ErrorKind lines", violations);
}

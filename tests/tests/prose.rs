//! Keeps the prose of every page and family introduction under `docs/` honest against the
//! reference data (see `docs/README.md`, "Prose"): no run of 12 words copied from `sources/`,
//! every Windows function named exists, and every written-out Windows Sockets page states its BSD
//! errno and its `std::io::ErrorKind` (the build checks the form of those lines).
//! Each test reports every violation at once, as `docs/FAMILY/NAME.md:LINE: message`.

use std::path::{Path, PathBuf};

use winerror_pages::check_folder;
use winerror_pages::grammar::{DetailLabel, ERROR_DETAILS_TITLE};
use winerror_tests::prose::{self, Kind, Violation};
use winerror_tests::reference;

/// A Markdown file of the catalogue.
struct File {
    /// Its path relative to the workspace root, with `/` separators.
    path: String,
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
            files.push(File { path: format!("docs/{family_name}/{name}"), kind, text });
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

/// The build refuses a malformed, repeated or misplaced fixed-form line (a page rule); what is
/// left is the catalogue's claim that every written-out Windows Sockets page states both.
#[test]
fn every_winsock_page_with_error_details_states_errno_and_error_kind() {
    let checked = check_folder(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs"));
    assert_eq!(checked.diagnostics, [], "the docs must build");
    let mut written_out = 0;
    let violations = checked
        .catalogue
        .entries
        .iter()
        .filter(|entry| checked.catalogue.families[entry.family].module == "winsock")
        .filter(|entry| entry.page.sections.iter().any(|title| title == ERROR_DETAILS_TITLE))
        .inspect(|_| written_out += 1)
        .flat_map(|entry| {
            let page = &entry.page;
            let missing = [
                (page.details.errno.is_none(), DetailLabel::Errno),
                (page.details.io_kind.is_none(), DetailLabel::IoKind),
            ];
            missing.into_iter().filter(|(missing, _)| *missing).map(|(_, label)| Violation {
                file: page.source.path.clone(),
                line: page.title_location.line,
                message: format!("its Error Details must carry the line `{}...`", label.prefix().trim_end()),
            })
        })
        .collect();
    assert!(written_out > 80, "only {written_out} Windows Sockets pages with Error Details");
    report("Windows Sockets pages without both BSD errno and std::io::ErrorKind lines", violations);
}

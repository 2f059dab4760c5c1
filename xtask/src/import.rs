//! `xtask import`: create a page for every reference row that has none.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::family::{self, Family};
use crate::markdown;
use crate::table::{self, Row};

/// The Win32 error codes' table, in the reference folder.
const WIN32_TABLE: &str = "win32-error-codes.tsv";
/// The HRESULTs' table.
const HRESULT_TABLE: &str = "hresult-codes.tsv";
/// The NTSTATUS values' table.
const NTSTATUS_TABLE: &str = "ntstatus-codes.tsv";

/// A reference row with its family and the page text the importer would write.
struct Planned<'a> {
    row: &'a Row,
    family: &'static Family,
    page: String,
}

/// What `import` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write the missing pages and index pages.
    Write,
    /// Write nothing; fail if anything is missing.
    Check,
}

/// Runs the import over the three reference tables in `reference`. Returns `Ok(false)` when
/// `--check` found missing pages.
pub fn run(docs: &Path, reference: &Path, mode: Mode) -> Result<bool, String> {
    let mut rows = table::read(&reference.join(WIN32_TABLE))?;
    rows.extend(table::read_hex(&reference.join(HRESULT_TABLE), "hresult")?);
    rows.extend(table::read_hex(&reference.join(NTSTATUS_TABLE), "ntstatus")?);
    let planned = plan(&rows)?;
    let existing = existing_pages(docs)?;

    let missing: Vec<&Planned<'_>> = planned.iter().filter(|p| !existing.contains_key(&p.row.name)).collect();
    report_misplaced(&planned, &existing, docs);

    let mut folders: Vec<&'static Family> = planned.iter().map(|p| p.family).collect();
    folders.sort_by_key(|f| f.dir);
    folders.dedup_by_key(|f| f.dir);
    let missing_index: Vec<&'static Family> =
        folders.into_iter().filter(|f| !docs.join(f.dir).join("README.md").exists()).collect();

    match mode {
        Mode::Check => {
            for p in &missing {
                println!("missing page: {} ({})", page_path(docs, p).display(), p.row.code);
            }
            for f in &missing_index {
                println!("missing index page: {}", docs.join(f.dir).join("README.md").display());
            }
            println!(
                "{} reference rows, {} pages, {} missing, {} index pages missing",
                rows.len(),
                existing.len(),
                missing.len(),
                missing_index.len()
            );
            Ok(missing.is_empty() && missing_index.is_empty())
        }
        Mode::Write => {
            for f in &missing_index {
                let path = docs.join(f.dir).join("README.md");
                write_new(&path, &family::index_page(f))?;
                println!("created {}", path.display());
            }
            for p in &missing {
                write_new(&page_path(docs, p), &p.page)?;
            }
            println!(
                "{} reference rows: {} pages written, {} already present, {} index pages created",
                rows.len(),
                missing.len(),
                rows.len() - missing.len(),
                missing_index.len()
            );
            Ok(true)
        }
    }
}

/// Assigns every row its family and renders and verifies its page.
/// Fails listing every row whose message does not round-trip.
fn plan(rows: &[Row]) -> Result<Vec<Planned<'_>>, String> {
    let mut planned = Vec::with_capacity(rows.len());
    let mut failures = Vec::new();
    for row in rows {
        let family = match family::family_of(&row.name, row.code, &row.header, row.space) {
            Ok(f) if f.header == row.header => f,
            Ok(f) => {
                failures.push(format!("{}: family {} is for {}", row.name, f.dir, f.header));
                continue;
            }
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let hex_only = row.space != family::WIN32;
        let page = markdown::render_page(&row.name, row.code, hex_only, &row.message);
        match markdown::verify_page(&page, &row.name, row.code, hex_only, &row.message) {
            Ok(()) => planned.push(Planned { row, family, page }),
            Err(e) => failures.push(format!("{} (table line {}): {e}", row.name, row.line)),
        }
    }
    if failures.is_empty() {
        Ok(planned)
    } else {
        Err(format!("{} reference rows cannot be imported:\n  {}", failures.len(), failures.join("\n  ")))
    }
}

/// Every existing error page, by name: `docs/*/NAME.md` except `README.md`.
fn existing_pages(docs: &Path) -> Result<BTreeMap<String, PathBuf>, String> {
    let mut pages = BTreeMap::new();
    for folder in read_dir_sorted(docs)? {
        if !folder.is_dir() {
            continue;
        }
        for file in read_dir_sorted(&folder)? {
            let is_page =
                file.extension().is_some_and(|e| e == "md") && file.file_name().is_some_and(|n| n != "README.md");
            let Some(stem) = file.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if is_page
                && !stem.starts_with('.')
                && let Some(previous) = pages.insert(stem.to_owned(), file.clone())
            {
                eprintln!("warning: {stem} has two pages: {} and {}", previous.display(), file.display());
            }
        }
    }
    Ok(pages)
}

/// Notes (without failing) existing pages kept outside the family the importer would use.
fn report_misplaced(planned: &[Planned<'_>], existing: &BTreeMap<String, PathBuf>, docs: &Path) {
    for p in planned {
        if let Some(path) = existing.get(&p.row.name)
            && path.parent() != Some(docs.join(p.family.dir).as_path())
        {
            eprintln!("note: {} is not in {}/ (left as it is)", path.display(), p.family.dir);
        }
    }
}

/// `docs/FAMILY/NAME.md` for a planned page.
fn page_path(docs: &Path, p: &Planned<'_>) -> PathBuf {
    docs.join(p.family.dir).join(format!("{}.md", p.row.name))
}

/// Lists a directory's entries in name order.
fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut paths = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    paths.sort();
    Ok(paths)
}

/// Creates `path` (and its folder) with `text`; never replaces an existing file.
fn write_new(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    file.write_all(text.as_bytes()).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

//! Phase 1: read the docs folder, deterministically, into source files grouped by family.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::{INDEX_FILE, MAX_PAGE_BYTES, PAGE_EXTENSION, is_module_name};

/// One Markdown file read from disk.
#[derive(Clone, Debug, Default)]
pub struct SourceFile {
    /// Path relative to the folder holding `docs/` (`docs/ipsec/X.md`), for messages.
    pub path: String,
    /// Absolute path, for `include_bytes!`.
    pub file: PathBuf,
    /// The file stem (`X` for `X.md`).
    pub stem: String,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// The location of byte `offset` of the file.
    pub fn locate(&self, offset: usize) -> Location {
        Location::at(&self.path.as_str().into(), &self.text, offset)
    }
}

/// One family folder: its index page and its error pages, sorted by file name.
#[derive(Clone, Debug)]
pub struct FamilyFiles {
    /// The folder name, which becomes the module name.
    pub module: String,
    /// Path of the folder relative to the folder holding `docs/`.
    pub path: String,
    /// The folder's `README.md`, when present and readable.
    pub index: Option<SourceFile>,
    /// The error pages that could be read.
    pub pages: Vec<SourceFile>,
}

/// Everything read from the docs folder.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// Families, sorted by folder name.
    pub families: Vec<FamilyFiles>,
    /// Every file the expansion depends on (read or not), for rebuild tracking.
    pub tracked: Vec<PathBuf>,
}

/// Reads `docs_dir`. Problems are recorded in `diags`; whatever could be read is returned.
pub fn load(docs_dir: &Path, diags: &mut Diagnostics) -> Loaded {
    let base = docs_dir.parent().unwrap_or(Path::new(""));
    let mut loaded = Loaded::default();
    let Some(entries) = sorted_entries(docs_dir, base, "the docs folder", diags) else {
        return loaded;
    };
    let mut to_read = Vec::new();
    for entry in entries {
        let rel = display_path(base, &entry.path);
        match entry.kind {
            EntryKind::Dir => load_family(&entry, base, &mut loaded, &mut to_read, diags),
            EntryKind::File if entry.name == INDEX_FILE || is_ignored(&entry.name) => {}
            EntryKind::File => {
                diags
                    .error(Location::file(&rel), "a file directly under the docs folder is not part of the catalogue")
                    .with_help("move the page into a family folder such as `docs/system/`");
            }
            EntryKind::Symlink => {
                diags.error(Location::file(&rel), "symbolic links are not followed in the docs folder");
            }
            EntryKind::BadName => {}
        }
    }
    // Every file is read on its own, so the reads are spread over the cores.
    let read = crate::parallel::map_in_order(to_read, diags, |page: PageToRead, diags| {
        let text = read_page(&page.file, &page.path, page.is_index, diags);
        (page, text)
    });
    for (page, text) in read {
        let Some(text) = text else {
            continue;
        };
        let family = &mut loaded.families[page.family];
        let file = SourceFile { path: page.path, file: page.file, stem: page.stem, text };
        if page.is_index {
            family.index = Some(file);
        } else {
            family.pages.push(file);
        }
    }
    loaded
}

/// A page found while listing the folders, read once every folder is listed.
struct PageToRead {
    /// Index into [`Loaded::families`].
    family: usize,
    path: String,
    file: PathBuf,
    stem: String,
    is_index: bool,
}

fn load_family(dir: &Entry, base: &Path, loaded: &mut Loaded, to_read: &mut Vec<PageToRead>, diags: &mut Diagnostics) {
    let rel = display_path(base, &dir.path);
    if !is_module_name(&dir.name) {
        diags
            .error(Location::folder(&rel), format!("the folder name `{}` cannot become a Rust module", dir.name))
            .with_help("family folders are lowercase Rust identifiers: `[a-z][a-z0-9_]*`, not a keyword");
        return;
    }
    loaded.tracked.push(dir.path.clone());
    let Some(entries) = sorted_entries(&dir.path, base, "the family folder", diags) else {
        return;
    };
    let family = FamilyFiles { module: dir.name.clone(), path: rel, index: None, pages: Vec::new() };
    let mut index_found = false;
    for entry in entries {
        let rel = display_path(base, &entry.path);
        match entry.kind {
            EntryKind::Dir => {
                diags
                    .error(Location::folder(&rel), "folders nested inside a family folder are not supported")
                    .with_help("a family is one folder directly under `docs/`");
            }
            EntryKind::Symlink => {
                diags.error(Location::file(&rel), "symbolic links are not followed in the docs folder");
            }
            EntryKind::File if is_ignored(&entry.name) => {}
            EntryKind::File => {
                let Some(stem) = entry.name.strip_suffix(&format!(".{PAGE_EXTENSION}")) else {
                    diags.error(Location::file(&rel), "only `.md` pages belong in a family folder");
                    continue;
                };
                loaded.tracked.push(entry.path.clone());
                index_found |= entry.name == INDEX_FILE;
                to_read.push(PageToRead {
                    family: loaded.families.len(),
                    path: rel,
                    file: entry.path.clone(),
                    stem: stem.to_owned(),
                    is_index: entry.name == INDEX_FILE,
                });
            }
            EntryKind::BadName => {}
        }
    }
    if !index_found {
        diags
            .error(Location::file(&format!("{}/{INDEX_FILE}", family.path)), "every family folder needs an index page")
            .with_help("create it with `# Title` and a `Header: winerror.h` line (see docs/README.md)");
    }
    loaded.families.push(family);
}

/// Reads one page, checking size, encoding and emptiness.
fn read_page(path: &Path, rel: &str, is_index: bool, diags: &mut Diagnostics) -> Option<String> {
    let bytes = match fs::File::open(path).and_then(|mut file| {
        let len = file.metadata()?.len();
        if len > MAX_PAGE_BYTES {
            return Ok(Err(len));
        }
        let mut bytes = Vec::with_capacity(len as usize);
        file.read_to_end(&mut bytes)?;
        Ok(Ok(bytes))
    }) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(len)) => {
            diags.error(Location::file(rel), format!("the page is {len} bytes; the limit is {MAX_PAGE_BYTES}"));
            return None;
        }
        Err(err) => {
            diags.error(Location::file(rel), format!("cannot read the page: {err}"));
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let location = Location::at(&rel.into(), &text, text.len());
            diags.error(location, "the page is not valid UTF-8");
            return None;
        }
    };
    let text = windows_editor_text(text);
    if text.trim().is_empty() {
        let start = if is_index { "`# Title` and `Header: winerror.h`" } else { crate::grammar::TITLE_FORM };
        diags.error(Location::file(rel), "the page is empty").with_help(format!("start it with {start}"));
        return None;
    }
    Some(text)
}

/// A page as a Windows editor may save it, read as the same page without the editor's marks: a
/// leading UTF-8 byte order mark is dropped and CRLF line endings become LF. Line numbers are
/// unchanged, so every location still points at the same line of the file.
pub fn windows_editor_text(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.contains("\r\n") { text.replace("\r\n", "\n") } else { text }
}

/// Editor backups and hidden files, which are skipped by rule.
fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || [".swp", ".swo", ".bak", ".orig", ".tmp"].iter().any(|ext| name.ends_with(ext))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    File,
    Dir,
    Symlink,
    BadName,
}

#[derive(Debug)]
struct Entry {
    name: String,
    path: PathBuf,
    kind: EntryKind,
}

/// The entries of a folder sorted by name, so the output never depends on the file system's order.
fn sorted_entries(dir: &Path, base: &Path, what: &str, diags: &mut Diagnostics) -> Option<Vec<Entry>> {
    let rel = display_path(base, dir);
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            diags
                .error(Location::folder(&rel), format!("{what} `{}` does not exist", dir.display()))
                .with_help("`catalogue!` takes a folder relative to the source file that invokes it");
            return None;
        }
        Err(err) => {
            diags.error(Location::folder(&rel), format!("cannot read {what} `{}`: {err}", dir.display()));
            return None;
        }
    };
    let mut entries = Vec::new();
    for entry in read {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                diags.error(Location::folder(&rel), format!("cannot list the folder: {err}"));
                continue;
            }
        };
        let path = entry.path();
        let Ok(name) = entry.file_name().into_string() else {
            diags.error(
                Location::file(&display_path(base, &path)),
                "a file name that is not UTF-8 cannot name an error",
            );
            entries.push(Entry { name: String::new(), path, kind: EntryKind::BadName });
            continue;
        };
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => EntryKind::Symlink,
            Ok(t) if t.is_dir() => EntryKind::Dir,
            Ok(t) if t.is_file() => EntryKind::File,
            Ok(_) => {
                diags.error(
                    Location::file(&display_path(base, &path)),
                    "only regular files and folders belong in the docs folder",
                );
                EntryKind::BadName
            }
            Err(err) => {
                diags.error(Location::file(&display_path(base, &path)), format!("cannot inspect: {err}"));
                EntryKind::BadName
            }
        };
        entries.push(Entry { name, path, kind });
    }
    crate::sort::sort_by(&mut entries, &|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    Some(entries)
}

/// `path` relative to `base`, with `/` separators.
fn display_path(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let mut display = String::new();
    for component in rel.components() {
        if !display.is_empty() {
            display.push('/');
        }
        display.push_str(&component.as_os_str().to_string_lossy());
    }
    display
}

//! Test helpers: parse one page from a string, or build a docs folder in a temporary directory.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::load::SourceFile;
use crate::page::{Page, parse_page};

/// Parses `text` as `docs/ipsec/STEM.md`; returns the page and each diagnostic as displayed.
pub(crate) fn parse(stem: &str, text: &str) -> (Option<Page>, Vec<String>) {
    let path = format!("docs/ipsec/{stem}.md");
    let source = SourceFile { path: path.clone(), file: PathBuf::from(path), stem: stem.to_owned(), text: text.into() };
    let mut diags = Diagnostics::new();
    let page = parse_page(&source, &mut diags);
    (page, diags.into_sorted().iter().map(ToString::to_string).collect())
}

/// The diagnostics of a page, which must still parse.
pub(crate) fn diagnostics(stem: &str, text: &str) -> Vec<String> {
    parse(stem, text).1
}

/// A valid page for `name` with `value`, followed by `body`.
pub(crate) fn page_text(name: &str, value: u32, body: &str) -> String {
    format!("# {name} - {value} (0x{value:X})\n\nSomething failed.\n\n{body}")
}

/// A docs folder in a temporary directory.
pub(crate) struct Fixture {
    root: tempfile::TempDir,
}

impl Fixture {
    /// An empty `docs/` folder.
    pub(crate) fn new() -> Self {
        let root = tempfile::tempdir().expect("temporary directory");
        std::fs::create_dir(root.path().join("docs")).expect("docs folder");
        Fixture { root }
    }

    /// A fixture with the family `ipsec` (winerror.h) holding `pages` as (name, value, body).
    pub(crate) fn with_pages(pages: &[(&str, u32, &str)]) -> Self {
        let fixture = Self::new();
        fixture.write("ipsec/README.md", "# IPsec\n\nHeader: winerror.h\n");
        for (name, value, body) in pages {
            fixture.write(&format!("ipsec/{name}.md"), page_text(name, *value, body));
        }
        fixture
    }

    /// Writes `contents` at `rel` under `docs/`, creating folders.
    pub(crate) fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.docs().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(&path, contents).expect("write");
        path
    }

    /// The `docs/` folder.
    pub(crate) fn docs(&self) -> PathBuf {
        self.root.path().join("docs")
    }

    /// Checks the folder; every diagnostic as displayed.
    pub(crate) fn check(&self) -> Vec<String> {
        check_path(&self.docs())
    }
}

/// Checks `docs`; every diagnostic as displayed.
pub(crate) fn check_path(docs: &Path) -> Vec<String> {
    crate::check_folder(docs).diagnostics.iter().map(ToString::to_string).collect()
}

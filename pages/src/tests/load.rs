//! One test per folder rule: files that are not pages are skipped by rule or reported.

use crate::grammar::MAX_PAGE_BYTES;
use crate::testing::{Fixture, check_path, page_text};

#[test]
fn a_valid_family_has_no_problems() {
    assert_eq!(Fixture::with_pages(&[("ERROR_X", 1, "")]).check(), Vec::<String>::new());
}

#[test]
fn an_empty_page_is_reported_with_the_title_form() {
    let fixture = Fixture::with_pages(&[]);
    fixture.write("ipsec/ERROR_X.md", " \n\n");
    assert_eq!(
        fixture.check(),
        [
            "docs/ipsec/ERROR_X.md:1:1: the page is empty; start it with `# NAME - DECIMAL (0xHEX)` (or `# NAME - 0xHEX` for an HRESULT or NTSTATUS)"
        ]
    );
}

#[test]
fn an_empty_index_page_is_reported_once() {
    let fixture = Fixture::new();
    fixture.write("ipsec/README.md", "");
    assert_eq!(
        fixture.check(),
        ["docs/ipsec/README.md:1:1: the page is empty; start it with `# Title` and `Header: winerror.h`"]
    );
}

#[test]
fn a_page_that_is_not_utf8_is_located_at_the_first_bad_byte() {
    let fixture = Fixture::with_pages(&[]);
    let mut bytes = page_text("ERROR_X", 1, "Caf").into_bytes();
    bytes.extend_from_slice(b"\xE9 au lait\n");
    fixture.write("ipsec/ERROR_X.md", bytes);
    assert_eq!(fixture.check(), ["docs/ipsec/ERROR_X.md:5:4: the page is not valid UTF-8"]);
}

#[test]
fn a_page_with_a_byte_order_mark_and_crlf_lines_is_located_on_its_own_lines() {
    let fixture = Fixture::with_pages(&[("ERROR_Y", 2, "")]);
    let text = page_text("ERROR_X", 1, "Updated: yesterday\n").replace('\n', "\r\n");
    fixture.write("ipsec/ERROR_X.md", [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat());
    let diags = fixture.check();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0].starts_with("docs/ipsec/ERROR_X.md:5:"), "{}", diags[0]);
}

#[test]
fn a_page_over_the_size_limit_is_refused_unread() {
    let fixture = Fixture::with_pages(&[]);
    let body = "x".repeat(MAX_PAGE_BYTES as usize);
    fixture.write("ipsec/ERROR_X.md", page_text("ERROR_X", 1, &body));
    let diags = fixture.check();
    assert_eq!(diags.len(), 1);
    assert!(diags[0].starts_with("docs/ipsec/ERROR_X.md:1:1: the page is "), "{}", diags[0]);
    assert!(diags[0].ends_with(" bytes; the limit is 65536"), "{}", diags[0]);
}

#[test]
fn the_authors_guide_hidden_files_and_backups_are_skipped() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    for skipped in [
        "README.md",
        ".DS_Store",
        "ipsec/.ERROR_X.md.swp",
        "ipsec/ERROR_X.md~",
        "ipsec/ERROR_X.md.bak",
        "ipsec/#x.orig",
    ] {
        fixture.write(skipped, "not a page");
    }
    assert_eq!(fixture.check(), Vec::<String>::new());
}

#[test]
fn stray_files_nested_folders_and_other_files_are_reported() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    fixture.write("index.md", "# Index\n");
    fixture.write("ipsec/deeper/ERROR_Y.md", page_text("ERROR_Y", 2, ""));
    fixture.write("ipsec/notes.txt", "notes");
    assert_eq!(
        fixture.check(),
        [
            "docs/index.md:1:1: a file directly under the docs folder is not part of the catalogue; move the page into a family folder such as `docs/system/`",
            "docs/ipsec/deeper/: folders nested inside a family folder are not supported; a family is one folder directly under `docs/`",
            "docs/ipsec/notes.txt:1:1: only `.md` pages belong in a family folder",
        ]
    );
}

#[test]
fn a_folder_that_cannot_be_a_module_is_reported() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    fixture.write("Bad-Family/ERROR_Y.md", page_text("ERROR_Y", 2, ""));
    fixture.write("type/ERROR_Z.md", page_text("ERROR_Z", 3, ""));
    let help = "family folders are lowercase Rust identifiers: `[a-z][a-z0-9_]*`, not a keyword";
    assert_eq!(
        fixture.check(),
        [
            format!("docs/Bad-Family/: the folder name `Bad-Family` cannot become a Rust module; {help}"),
            format!("docs/type/: the folder name `type` cannot become a Rust module; {help}"),
        ]
    );
}

#[test]
fn a_family_without_index_page_is_reported_and_its_pages_still_build() {
    let fixture = Fixture::new();
    fixture.write("ipsec/ERROR_X.md", page_text("ERROR_X", 1, ""));
    let checked = crate::check_folder(&fixture.docs());
    assert_eq!(checked.diagnostics.len(), 1);
    assert!(
        checked.diagnostics[0]
            .to_string()
            .starts_with("docs/ipsec/README.md:1:1: every family folder needs an index page")
    );
    assert_eq!(checked.catalogue.entries.len(), 1);
}

#[cfg(unix)]
#[test]
fn symlinks_and_special_files_are_reported_not_followed() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    let target = fixture.write("ipsec/ERROR_X.md", page_text("ERROR_X", 1, ""));
    std::os::unix::fs::symlink(&target, fixture.docs().join("ipsec/ERROR_Y.md")).expect("symlink");
    std::os::unix::fs::symlink(fixture.docs().join("ipsec"), fixture.docs().join("linked")).expect("symlink");
    let fifo = fixture.docs().join("ipsec/ERROR_Z.md");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    assert_eq!(
        fixture.check(),
        [
            "docs/ipsec/ERROR_Y.md:1:1: symbolic links are not followed in the docs folder",
            "docs/ipsec/ERROR_Z.md:1:1: only regular files and folders belong in the docs folder",
            "docs/linked:1:1: symbolic links are not followed in the docs folder",
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_reported() {
    use std::os::unix::ffi::OsStrExt;
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    let name = std::ffi::OsStr::from_bytes(b"ERROR_\xFF.md");
    std::fs::write(fixture.docs().join("ipsec").join(name), "# x\n").expect("write");
    assert_eq!(
        fixture.check(),
        ["docs/ipsec/ERROR_\u{FFFD}.md:1:1: a file name that is not UTF-8 cannot name an error"]
    );
}

#[test]
fn a_missing_docs_folder_says_where_it_looked() {
    let fixture = Fixture::new();
    let missing = fixture.docs().join("nowhere");
    assert_eq!(
        check_path(&missing),
        [format!(
            "nowhere/: the docs folder `{}` does not exist; `catalogue!` takes a folder relative to the source file that invokes it",
            missing.display()
        )]
    );
}

#[test]
fn a_docs_path_that_is_a_file_cannot_be_read() {
    let fixture = Fixture::new();
    let file = fixture.write("ERROR_X.md", "# x\n");
    let diags = check_path(&file);
    assert_eq!(diags.len(), 1);
    assert!(
        diags[0].starts_with(&format!("ERROR_X.md/: cannot read the docs folder `{}`: ", file.display())),
        "{}",
        diags[0]
    );
}

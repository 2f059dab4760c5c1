//! The whole pipeline on folders built at test time: every problem in one build, the valid pages
//! still expanded, fences made safe, table fields named, and byte-identical output whatever the
//! creation order.

use std::path::Path;

use winerror_pages::{Diagnostic, ExpandOptions, check_folder, generate_source};

const INDEX: &str = "# IPsec\n\nHeader: winerror.h\n\nErrors of IPsec.\n\n```\nnot compiled\n```\n";

fn page(name: &str, value: u32, body: &str) -> String {
    format!("# {name} - {value} (0x{value:X})\n\nSomething failed.\n\n{body}")
}

fn write(docs: &Path, rel: &str, contents: impl AsRef<[u8]>) {
    let path = docs.join(rel);
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
    std::fs::write(path, contents).expect("write");
}

/// Twenty pages, each with one distinct mistake.
/// The whole pipeline on `docs`: the expansion, checked to lex as Rust and written in the
/// tokens' normal form, and the problems found.
fn generate(docs: &Path) -> (String, Vec<Diagnostic>) {
    let (source, diagnostics) = generate_source(docs, &ExpandOptions::default());
    let tokens: proc_macro2::TokenStream = source.parse().expect("the expansion lexes as Rust");
    (tokens.to_string(), diagnostics)
}

fn broken_pages() -> Vec<(String, Vec<u8>)> {
    let bad = |name: &str, text: String| (format!("ipsec/{name}.md"), text.into_bytes());
    let mut pages = vec![
        bad("ERROR_B01", String::new()),
        ("ipsec/ERROR_B02.md".into(), b"# ERROR_B02 - 2 (0x2)\n\nCaf\xE9.\n".to_vec()),
        ("ipsec/ERROR_B03.md".into(), page("ERROR_B03", 3, &"x".repeat(70_000)).into_bytes()),
        bad("ERROR_B04", "Something failed.\n".into()),
        bad("ERROR_B05", page("ERROR_B05", 5, "# Again\n")),
        bad("ERROR_B06", "# ERROR_B06 6 0x6\n\nSomething failed.\n".into()),
        bad("ERROR_B07", "# ERROR_B07 - 4294967296 (0x100000000)\n\nSomething failed.\n".into()),
        bad("ERROR_B08", "# ERROR_B08 - 8 (0x9)\n\nSomething failed.\n".into()),
        bad("ERROR_B09", page("ERROR_B9", 9, "")),
        bad("ERROR_B10", "# ERROR_B10 - 10 (0xA)\n".into()),
        bad("ERROR_B11", page("ERROR_B11", 11, "Updated: yesterday\n")),
        bad("ERROR_B12", page("ERROR_B12", 12, "## Related Errors\n\n- Nothing related.\n")),
        bad("ERROR_B13", page("ERROR_B13", 13, "")),
        bad("ERROR_B14", page("ERROR_B14", 14, "## Related Errors\n\n- ERROR_G0: near\n")),
        bad("ERROR_B15", page("ERROR_B15", 15, "See ERROR_G01 (102 - 0x66).\n")),
        bad("ERROR_B16", page("ERROR_B16", 16, "See ERROR_G01 (101 - 0x66).\n")),
        bad("ERROR_B17", page("ERROR_B17", 17, "<div>x</div>\n")),
        bad("ERROR_B18", page("ERROR_B18", 18, "[x](javascript:alert(1))\n")),
        bad("ERROR_B19", page("ERROR_B19", 19, "    indented\n")),
    ];
    pages.push(("ipsec/b20-page.md".into(), page("ERROR_B20", 20, "").into_bytes()));
    pages
}

/// Valid pages, which must still expand next to the broken ones.
fn valid_pages() -> Vec<(String, Vec<u8>)> {
    let body = "## Related Errors\n\n- ERROR_G02 (102 - 0x66): next\n\n```\nplain\n```\n\n```rust\nlet _ = 1;\n```\n";
    vec![
        ("ipsec/README.md".into(), INDEX.as_bytes().to_vec()),
        ("ipsec/ERROR_G01.md".into(), page("ERROR_G01", 101, body).into_bytes()),
        ("ipsec/ERROR_G02.md".into(), page("ERROR_G02", 102, "").into_bytes()),
        ("ipsec/ERROR_A13.md".into(), page("ERROR_A13", 13, "").into_bytes()),
        ("winsock/README.md".into(), b"# Winsock\n\nHeader: winerror.h\n".to_vec()),
        ("winsock/WSAEINTR.md".into(), page("WSAEINTR", 10004, "").into_bytes()),
    ]
}

#[test]
fn twenty_broken_pages_give_twenty_errors_and_the_valid_pages_still_expand() {
    let root = tempfile::tempdir().expect("temporary directory");
    let docs = root.path().join("docs");
    for (rel, contents) in broken_pages().into_iter().chain(valid_pages()) {
        write(&docs, &rel, contents);
    }
    let checked = check_folder(&docs);
    let located: Vec<String> =
        checked.diagnostics.iter().map(|d| format!("{}:{}", d.location.path, d.location.line)).collect();
    assert_eq!(checked.diagnostics.len(), 20, "{:#?}", checked.diagnostics);
    for number in 1..=19 {
        let path = format!("docs/ipsec/ERROR_B{number:02}.md");
        assert_eq!(located.iter().filter(|l| l.starts_with(&path)).count(), 1, "one error for {path}: {located:#?}");
    }
    assert!(located.iter().any(|l| l.starts_with("docs/ipsec/b20-page.md:1")), "{located:#?}");

    let (expansion, diagnostics) = generate(&docs);
    assert_eq!(diagnostics, checked.diagnostics);
    for constant in ["pub const ERROR_G01", "pub const ERROR_G02", "pub const WSAEINTR", "pub const ERROR_A13"] {
        assert!(expansion.contains(constant), "{constant} is expanded");
    }
    // A page whose file, title or message cannot be read gives no constant (B01 is empty, b20's
    // stem is not a name); a page with a problem further down still gives its constant, so code
    // that names it gets no error of its own beside the page's.
    for number in 2..=19 {
        let constant = format!("pub const ERROR_B{number:02} :");
        let unreadable = [2, 3, 4, 6, 7, 8, 9, 10].contains(&number);
        assert_eq!(expansion.contains(&constant), !unreadable, "ERROR_B{number:02} expanded: {}", !unreadable);
    }
    assert!(expansion.contains("pub const ERROR_G01 :"), "the form the assertions above look for");
}

#[test]
fn a_page_saved_by_a_windows_editor_expands_exactly_like_the_same_page_without_bom_and_crlf() {
    let build = |windows: bool| {
        let root = tempfile::tempdir().expect("temporary directory");
        let docs = root.path().join("docs");
        for (rel, contents) in valid_pages() {
            let contents = if windows {
                let text = String::from_utf8(contents).expect("UTF-8").replace('\n', "\r\n");
                [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()
            } else {
                contents
            };
            write(&docs, &rel, contents);
        }
        let options = ExpandOptions { bodies: true, track_pages: false, ..ExpandOptions::default() };
        let (source, diagnostics) = generate_source(&docs, &options);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        source
    };
    let windows = build(true);
    assert_eq!(windows, build(false));
    assert!(!windows.contains("\\r") && !windows.contains('\u{feff}'), "no CR or BOM reaches the expansion");
}

#[test]
fn fences_are_text_unless_rust_and_rust_is_never_run() {
    let root = tempfile::tempdir().expect("temporary directory");
    let docs = root.path().join("docs");
    for (rel, contents) in valid_pages() {
        write(&docs, &rel, contents);
    }
    let (expansion, diagnostics) = generate(&docs);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(expansion.contains(r"```text\nplain\n```"), "an untagged fence becomes text");
    assert!(expansion.contains(r"```rust,no_run\nlet _ = 1;\n```"), "a rust fence is compiled, never run");
    assert!(expansion.contains(r"```text\nnot compiled\n```"), "index page fences too");
    assert!(!expansion.contains(r"```\nplain"), "no untagged fence is left");
}

#[test]
fn the_expansion_is_byte_identical_across_builds_and_creation_orders() {
    let build = |order: &[(String, Vec<u8>)]| {
        let root = tempfile::tempdir().expect("temporary directory");
        let docs = root.path().join("docs");
        for (rel, contents) in order {
            write(&docs, rel, contents);
        }
        let (expansion, diagnostics) = generate(&docs);
        let text = expansion.replace(&docs.display().to_string(), "DOCS");
        (text, diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>())
    };
    let mut files: Vec<(String, Vec<u8>)> = valid_pages().into_iter().chain(broken_pages()).collect();
    let first = build(&files);
    assert_eq!(build(&files), first, "two builds of one folder");
    files.reverse();
    assert_eq!(build(&files), first, "reverse creation order");
    files.rotate_left(7);
    assert_eq!(build(&files), first, "rotated creation order");
    assert!(first.0.contains("ERROR_G01") && first.1.len() == 20);
}

#[test]
fn the_tables_name_every_field_of_a_page_and_a_family() {
    let root = tempfile::tempdir().expect("temporary directory");
    let docs = root.path().join("docs");
    for (rel, contents) in valid_pages() {
        write(&docs, &rel, contents);
    }
    let (expansion, _) = generate(&docs);
    // ERROR_A13, ERROR_G01 (which lists ERROR_G02 as related), ERROR_G02, WSAEINTR: one message,
    // stored once after the first name, which every page points to.
    let strings = "pub static STRINGS : & str = \"ERROR_A13Something failed.ERROR_G01ERROR_G02WSAEINTR\"";
    assert!(expansion.contains(strings), "{expansion}");
    let pages = "crate :: __PageColumns { value : [13 , 101 , 102 , 10004 ,] , name_start : [0 , 26 , 35 , 44 ,] , \
                 name_len : [9 , 9 , 9 , 8 ,] , message_start : [9 , 9 , 9 , 9 ,] , \
                 message_len : [17 , 17 , 17 , 17 ,] , family : [0 , 0 , 0 , 1 ,] , extra : [0 , 1 , 0 , 0 ,] , } \
                 . pages ()";
    // Extra row 1 (ERROR_G01's) has no date and one related page.
    assert!(expansion.contains("EXTRA_UPDATED : [u32 ; 2] = [0 , 0 ,]"), "{expansion}");
    assert!(expansion.contains("EXTRA_RELATED : [u16 ; 3] = [0 , 0 , 1 ,]"), "{expansion}");
    assert!(expansion.contains(pages), "{expansion}");
    let family = "crate :: Family :: __new (crate :: __FamilyFields { module : \"ipsec\" , title : \"IPsec\" , \
                  header : \"winerror.h\" , space : crate :: Space :: Win32 })";
    assert!(expansion.contains(family));
    // The same with the runtime named by an absolute path, as crates other than winerror do.
    let options = ExpandOptions { runtime: "::winerror".into(), ..ExpandOptions::default() };
    let (source, _) = generate_source(&docs, &options);
    let tokens: proc_macro2::TokenStream = source.parse().expect("the expansion lexes as Rust");
    let expansion = tokens.to_string();
    assert!(expansion.contains(&pages.replace("crate ::", ":: winerror ::")), "{expansion}");
    assert!(expansion.contains(&family.replace("crate ::", ":: winerror ::")), "{expansion}");
}

//! Property tests of the whole pipeline on hostile input: arbitrary text, arbitrary bytes and
//! mutated real pages. Nothing may panic, and every diagnostic must point inside its file.
//!
//! Runs with a fixed seed and a small number of cases in `cargo test`. For a longer run:
//! `PROPTEST_CASES=100000 cargo test --release -p winerror-pages --test fuzz` (and
//! `PROPTEST_RNG_SEED=<n>` for another seed); see "Fuzzing" in the README.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use winerror_pages::check::{self, Entry};
use winerror_pages::diagnostic::Diagnostics;
use winerror_pages::family::Family;
use winerror_pages::load::SourceFile;
use winerror_pages::space::Space;
use winerror_pages::{Diagnostic, ExpandOptions, expand_source, page};

/// Cases per property in an ordinary `cargo test`.
const DEFAULT_CASES: u32 = 256;
/// The seed of an ordinary `cargo test`, so every run tries the same inputs.
const DEFAULT_SEED: u64 = 0x5EED_2026;

fn config(divisor: u32) -> Config {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("PROPTEST_CASES").map_or(DEFAULT_CASES / divisor, |n| n as u32);
    let seed = env("PROPTEST_RNG_SEED").unwrap_or(DEFAULT_SEED);
    Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() }
}

/// A sample of real pages, every 40th of the catalogue, as the seeds of mutation.
fn real_pages() -> &'static [String] {
    static PAGES: OnceLock<Vec<String>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
        let mut files: Vec<PathBuf> = Vec::new();
        for family in std::fs::read_dir(&docs).expect("the docs folder").flatten() {
            if let Ok(pages) = std::fs::read_dir(family.path()) {
                files.extend(pages.flatten().map(|p| p.path()));
            }
        }
        files.sort();
        let pages: Vec<String> = files.iter().step_by(40).filter_map(|f| std::fs::read_to_string(f).ok()).collect();
        assert!(pages.len() > 50, "expected a sample of real pages, found {}", pages.len());
        pages
    })
}

/// Parses `text` as `docs/ipsec/STEM.md` next to a valid page, checks and expands the catalogue,
/// and asserts every diagnostic lies inside the text.
fn run_pipeline(stem: &str, text: &str) {
    let source = |stem: &str, text: &str| SourceFile {
        path: format!("docs/ipsec/{stem}.md"),
        file: PathBuf::from(format!("docs/ipsec/{stem}.md")),
        stem: stem.to_owned(),
        text: text.to_owned(),
    };
    let neighbour = "# ERROR_IPSEC_IKE_QM_DELAY_DROP - 13815 (0x35F7)\n\nIt took too long.\n";
    let mut diags = Diagnostics::new();
    let mut entries = Vec::new();
    for file in [source(stem, text), source("ERROR_IPSEC_IKE_QM_DELAY_DROP", neighbour)] {
        if let Some(page) = page::parse_page(&file, &mut diags) {
            entries.push(Entry { page, family: 0 });
        }
    }
    let family = Family {
        module: "ipsec".into(),
        title: "IPsec".into(),
        header: "winerror.h",
        space: Space::Win32,
        intro: String::new(),
        intro_fences: Vec::new(),
        intro_names: Vec::new(),
        mentions: Vec::new(),
        source: Default::default(),
    };
    let catalogue = check::check(vec![family], entries, Vec::new(), &mut diags);
    let source = expand_source(&catalogue, &ExpandOptions::default());
    let tokens: proc_macro2::TokenStream = source.parse().expect("the expansion lexes as Rust");
    assert!(!tokens.is_empty());
    for diagnostic in diags.into_sorted() {
        assert_inside(&diagnostic, &format!("docs/ipsec/{stem}.md"), text);
    }
}

/// The diagnostic names the page, and its line and column exist in `text` (the column may be one
/// past the end of the line, where something is missing).
fn assert_inside(diagnostic: &Diagnostic, path: &str, text: &str) {
    let location = &diagnostic.location;
    assert_eq!(&*location.path, path, "{diagnostic}");
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(location.line >= 1 && location.line <= lines.len(), "line out of the file: {diagnostic}");
    let width = lines[location.line - 1].chars().count();
    assert!(location.column >= 1 && location.column <= width + 1, "column out of the line: {diagnostic}");
}

/// One edit of a page's bytes.
#[derive(Clone, Debug)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Flip(usize, u8),
}

/// Fragments of the page grammar, so mutations reach the interesting paths.
const FRAGMENTS: &[&str] = &[
    "# ",
    "## ",
    "\n",
    "\n\n",
    "<",
    "<script>",
    "```",
    "```rust\n",
    "~~~",
    "    ",
    "[",
    "]",
    "](",
    "](javascript:x)",
    "<http://x>",
    " (",
    " - ",
    "0x",
    "4294967296",
    "13815",
    "0x35F7",
    ")",
    "ERROR_IPSEC_IKE_QM_DELAY_DROP",
    "Updated: ",
    "2026-02-30",
    "- ",
    "Related Errors",
    "`",
    "\\",
    "&",
    "é",
    "\u{FEFF}",
    "\r\n",
    "|---|\n",
    "[^1]",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), prop::sample::select(FRAGMENTS))
            .prop_map(|(at, f)| Mutation::Insert(at, f.as_bytes().to_vec())),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete(at, len)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Flip(at, b)),
    ]
}

fn apply(page: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = page.as_bytes().to_vec();
    for mutation in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match mutation {
            Mutation::Insert(i, new) => {
                let at = at(*i, bytes.len());
                bytes.splice(at..at, new.iter().copied());
            }
            Mutation::Delete(i, len) => {
                let start = at(*i, bytes.len());
                bytes.drain(start..(start + len).min(bytes.len()));
            }
            Mutation::Flip(i, b) if !bytes.is_empty() => {
                let at = i % bytes.len();
                bytes[at] = *b;
            }
            Mutation::DuplicateLine(i) | Mutation::SwapLines(i, _) => {
                let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                let (a, count) = (i % lines.len(), lines.len());
                match mutation {
                    Mutation::SwapLines(_, j) => lines.swap(a, j % count),
                    _ => lines.insert(a, lines[a].clone()),
                }
                bytes = lines.join(&b'\n');
            }
            Mutation::Flip(..) => {}
        }
    }
    bytes
}

proptest! {
    #![proptest_config(config(1))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        run_pipeline("ERROR_IPSEC_IKE_MM_DELAY_DROP", &text);
    }

    #[test]
    fn mutated_real_pages_never_panic(
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let page = index.get(real_pages());
        let stem = page.lines().next().and_then(|l| l.strip_prefix("# ")).and_then(|l| l.split(' ').next());
        let bytes = apply(page, &mutations);
        run_pipeline(stem.unwrap_or("ERROR_X"), &String::from_utf8_lossy(&bytes));
    }
}

proptest! {
    #![proptest_config(config(8))]

    /// Arbitrary bytes written to disk go through the loader too (not UTF-8, empty, huge lines).
    #[test]
    fn arbitrary_bytes_through_the_loader(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        index in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 0..4),
    ) {
        let root = tempfile::tempdir().expect("temporary directory");
        let family = root.path().join("docs/ipsec");
        std::fs::create_dir_all(&family).expect("folders");
        std::fs::write(family.join("README.md"), "# IPsec\n\nHeader: winerror.h\n").expect("index");
        std::fs::write(family.join("ERROR_A.md"), &bytes).expect("page");
        std::fs::write(family.join("ERROR_B.md"), apply(index.get::<String>(real_pages()), &mutations)).expect("page");
        let checked = winerror_pages::check_folder(&root.path().join("docs"));
        for diagnostic in &checked.diagnostics {
            let name = diagnostic.location.path.trim_start_matches("docs/ipsec/");
            let text = std::fs::read(family.join(name)).map(|b| String::from_utf8_lossy(&b).into_owned());
            assert_inside(diagnostic, &diagnostic.location.path, &text.unwrap_or_default());
        }
        let source = expand_source(&checked.catalogue, &ExpandOptions::default());
        assert!(source.parse::<proc_macro2::TokenStream>().is_ok(), "the expansion lexes as Rust");
    }
}

/// Inputs the harness once found or that sit on an edge, kept as regressions.
#[test]
fn regressions() {
    for text in [
        "",
        "\n",
        "#",
        "# ",
        "[a]: https://x",
        "# E_X - 1 (0x1)\n",
        "# E_X - 1 (0x1)\n\n- ",
        "\u{FEFF}# E_X - 1 (0x1)\n\nm\n",
        // Found by a long run: a name right after a multibyte character was cut inside it.
        "# E_X - 1 (0x1)\n\nThe context is in the process \u{FFFD}remove (d or not.\n",
        "# E_X - 1 (0x1)\n\nm\n\nIn the process éremove (d or not, and €ERROR_A (1 - 0x1).\n",
    ] {
        run_pipeline("E_X", text);
    }
}

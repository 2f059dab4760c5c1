//! The pipeline (load + parse + check + expand) on the real `docs/` and on synthetic catalogues
//! of 3,000 and 30,000 pages, written to a temporary folder when the benchmark starts.
//!
//! Beside each catalogue, a baseline measured in the same run: reading every file and running
//! pulldown-cmark over it, the least any Markdown pipeline must do. Throughput is in pages, so
//! linear growth shows as the same pages per second at every size.
//!
//! `generate_source` is the pipeline as the proc macro runs it: load, parse, check and expand to
//! Rust source text, which the macro hands to the compiler's lexer in one call. It expands the way a normal build of the `winerror` crate does (one-line rustdoc summaries,
//! pages tracked by its build script); on the largest catalogue `expand_full_docs` measures the
//! expansion `cargo doc` gets (every constant's whole rustdoc page).
//!
//! `cargo bench -p winerror-pages --bench pipeline`

mod synthetic;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use winerror_pages::{ExpandOptions, check_folder, expand_source, generate_source};

criterion_main!(benches);
criterion_group!(benches, pipeline);

/// Synthetic catalogue sizes, in pages.
const SIZES: [usize; 2] = [3_000, 30_000];

fn pipeline(c: &mut Criterion) {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
    let temp = tempfile::tempdir().expect("a temporary folder for the synthetic catalogues");
    let mut catalogues =
        vec![("docs".to_owned(), real, page_count(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs")))];
    for pages in SIZES {
        let docs = temp.path().join(format!("synthetic-{pages}")).join("docs");
        synthetic::write_catalogue(&docs, pages).expect("writing the synthetic catalogue");
        catalogues.push((pages.to_string(), docs, pages));
    }
    // What `winerror`'s own normal build asks for (`summaries, untracked`).
    let options = ExpandOptions { full_docs: false, track_pages: false, ..ExpandOptions::default() };
    let full_docs = ExpandOptions::default();
    for (label, docs, pages) in &catalogues {
        let checked = check_folder(docs);
        assert!(checked.diagnostics.is_empty(), "{label}: the catalogue must be valid: {:?}", checked.diagnostics);
        assert_eq!(checked.catalogue.entries.len(), *pages, "{label}: every page must be checked");
    }

    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    for (label, docs, pages) in &catalogues {
        group.throughput(Throughput::Elements(*pages as u64));
        group.bench_with_input(BenchmarkId::new("generate_source", label), docs, |b, docs| {
            b.iter(|| generate_source(black_box(docs), &options));
        });
        if *pages == SIZES[SIZES.len() - 1] {
            // The two halves of `generate_source`, on the largest catalogue only, to keep the run short.
            group.bench_with_input(BenchmarkId::new("check_folder", label), docs, |b, docs| {
                b.iter(|| check_folder(black_box(docs)));
            });
            let checked = check_folder(docs);
            group.bench_with_input(BenchmarkId::new("expand", label), &checked.catalogue, |b, catalogue| {
                b.iter(|| expand_source(black_box(catalogue), &options));
            });
            group.bench_with_input(BenchmarkId::new("expand_full_docs", label), &checked.catalogue, |b, catalogue| {
                b.iter(|| expand_source(black_box(catalogue), &full_docs));
            });
        }
        group.bench_with_input(BenchmarkId::new("baseline_read_and_parse_markdown", label), docs, |b, docs| {
            b.iter(|| read_and_parse(black_box(docs)));
        });
    }
    group.finish();
}

/// Every `.md` file below `docs`, sorted.
fn markdown_files(docs: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for family in std::fs::read_dir(docs).expect("docs folder").map(|e| e.expect("entry").path()) {
        if family.is_dir() {
            let pages = std::fs::read_dir(&family).expect("family folder").map(|e| e.expect("entry").path());
            files.extend(pages.filter(|p| p.extension().is_some_and(|ext| ext == "md")));
        }
    }
    files.sort();
    files
}

fn page_count(docs: &Path) -> usize {
    markdown_files(docs).iter().filter(|p| p.file_name().is_some_and(|n| n != "README.md")).count()
}

/// The baseline: list, read and parse every file (the events are consumed, nothing is kept).
fn read_and_parse(docs: &Path) -> usize {
    let mut events = 0;
    for file in markdown_files(docs) {
        let text = std::fs::read_to_string(&file).expect("readable page");
        events += pulldown_cmark::Parser::new_ext(&text, winerror_pages::markdown::markdown_options()).count();
    }
    events
}

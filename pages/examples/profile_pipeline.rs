//! Runs the pipeline on a synthetic catalogue, for profilers (callgrind, perf).
//!
//! `cargo run --release -p winerror-pages --example profile_pipeline -- PAGES RUNS`

#[path = "../benches/pipeline/synthetic.rs"]
mod synthetic;

use winerror_pages::{ExpandOptions, check_folder, expand_source};

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let pages = args.next().unwrap_or(30_000);
    let runs = args.next().unwrap_or(1);
    let temp = tempfile::tempdir().expect("a temporary folder");
    let docs = temp.path().join("docs");
    synthetic::write_catalogue(&docs, pages).expect("writing the synthetic catalogue");
    let options = ExpandOptions { full_docs: false, track_pages: false, ..ExpandOptions::default() };
    for _ in 0..runs {
        let started = std::time::Instant::now();
        let loaded = winerror_pages::load::load(&docs, &mut winerror_pages::Diagnostics::new());
        eprintln!("load {:?}", started.elapsed());
        drop(loaded);
        let started = std::time::Instant::now();
        let checked = check_folder(&docs);
        let checked_at = started.elapsed();
        let source = expand_source(&checked.catalogue, &options);
        let expanded_at = started.elapsed();
        drop(checked);
        eprintln!(
            "check_folder {checked_at:?} expand {:?} ({} bytes) drop catalogue {:?}",
            expanded_at - checked_at,
            source.len(),
            started.elapsed() - expanded_at
        );
    }
}

//! `winerror::search` beside a plain case-insensitive scan of the same text, measured in one
//! run: `cargo bench -p winerror --features pages --bench search`.
//!
//! The queries are the search quality test's (`tests/search_queries/mod.rs`): words as people
//! type them, errno names, typos, names and values. The baseline is the honest plain way to
//! search the catalogue: every page's name, message and body lowercased once up front, then,
//! for each query, every page whose text contains every query word (lowercase) is a result.
//! It ranks nothing and finds no typos, stems or joined name words, so it does less than
//! `search`.
//!
//! Every measurement cycles through all the queries in order, so the reported time is the time
//! of one query. Time is the benchmark thread's CPU time, so other processes sharing the
//! machine do not count while the thread waits for a core.

use std::hint::black_box;
use std::time::Duration;

use cpu_time::ThreadTime;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/search_queries/mod.rs"]
mod search_queries;

/// The CPU time of `iters` calls of `find`, cycling through `queries`.
fn cycle<T>(queries: &[&str], iters: u64, mut find: impl FnMut(&str) -> T) -> Duration {
    let start = ThreadTime::now();
    let mut remaining = iters as usize;
    while remaining > 0 {
        let take = remaining.min(queries.len());
        for &query in &queries[..take] {
            black_box(find(black_box(query)));
        }
        remaining -= take;
    }
    start.elapsed()
}

/// Every page's name, message and body, lowercased: the baseline's text.
fn lowered_pages() -> Vec<String> {
    winerror::pages()
        .iter()
        .map(|page| format!("{}\n{}\n{}", page.name(), page.message(), page.body()).to_lowercase())
        .collect()
}

/// The baseline: the pages whose text holds every word of `query` (runs of letters and digits,
/// lowercased), by index.
fn scan(texts: &[String], query: &str) -> Vec<usize> {
    let words: Vec<String> =
        query.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    texts
        .iter()
        .enumerate()
        .filter(|(_, text)| words.iter().all(|word| text.contains(word.as_str())))
        .map(|(at, _)| at)
        .collect()
}

fn one_query(c: &mut Criterion) {
    let queries: Vec<&str> = search_queries::QUERIES.iter().map(|&(query, _)| query).collect();
    let texts = lowered_pages();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!(
        "one query ({} queries, {} pages, {} KB of text)",
        queries.len(),
        texts.len(),
        bytes / 1000
    ));
    group.bench_function("winerror::search", |b| {
        b.iter_custom(|iters| cycle(&queries, iters, |query| winerror::search(query).len()))
    });
    group.bench_function("scan of lowercased name, message and body", |b| {
        b.iter_custom(|iters| cycle(&queries, iters, |query| scan(&texts, query).len()))
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5))
}

criterion_group! {
    name = search;
    config = config();
    targets = one_query
}
criterion_main!(search);

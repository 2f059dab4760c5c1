//! Lookups by Win32 code, by HRESULT and NTSTATUS value and by name, each beside hash maps built
//! from the same pages (the standard library's `HashMap` with its default hasher, and with the
//! FxHash and foldhash hashers, the fastest general-purpose ones), measured in one run:
//! `cargo bench -p winerror --bench lookups`.
//!
//! Every measurement cycles through all the keys in a fixed shuffled order, so the reported
//! time is the time of one lookup. Time is the benchmark thread's CPU time, so other processes
//! sharing the machine do not count while the thread waits for a core. The keys come from a
//! run-time vector, so no lookup can be folded away; only the results pass through `black_box`.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use cpu_time::ThreadTime;
use foldhash::HashMap as FoldHashMap;
use rustc_hash::FxHashMap;

use criterion::{Criterion, criterion_group, criterion_main};
use winerror::{ErrorPage, HResult, NtStatus, Space, by_name, explain, lookup, pages};

/// The CPU time of `iters` calls of `find`, cycling through `keys`.
fn cycle<K: Copy, T>(keys: &[K], iters: u64, mut find: impl FnMut(K) -> T) -> Duration {
    let start = ThreadTime::now();
    let mut remaining = iters as usize;
    while remaining > 0 {
        let take = remaining.min(keys.len());
        for &key in &keys[..take] {
            black_box(find(key));
        }
        remaining -= take;
    }
    start.elapsed()
}

/// `items` in a fixed pseudo-random order (a linear congruential shuffle), the same every run.
fn shuffled<T>(mut items: Vec<T>) -> Vec<T> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for i in (1..items.len()).rev() {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        items.swap(i, (state >> 33) as usize % (i + 1));
    }
    items
}

fn code_to_pages(c: &mut Criterion) {
    let mut codes: Vec<u32> = Space::Win32.pages().iter().map(ErrorPage::value).collect();
    codes.dedup();
    let codes = shuffled(codes);
    let map: HashMap<u32, &'static [ErrorPage]> = codes.iter().map(|&code| (code, lookup(code))).collect();
    let mut group = c.benchmark_group(format!("code -> pages ({} values)", codes.len()));
    group.bench_function("winerror::lookup", |b| b.iter_custom(|iters| cycle(&codes, iters, lookup)));
    group.bench_function("HashMap<u32, &[ErrorPage]>", |b| {
        b.iter_custom(|iters| cycle(&codes, iters, |code| map.get(&code).copied().unwrap_or_default()))
    });
    let fx: FxHashMap<u32, &'static [ErrorPage]> = map.iter().map(|(&code, &pages)| (code, pages)).collect();
    group.bench_function("FxHashMap<u32, &[ErrorPage]>", |b| {
        b.iter_custom(|iters| cycle(&codes, iters, |code| fx.get(&code).copied().unwrap_or_default()))
    });
    group.finish();
}

/// HRESULT and NTSTATUS values to their page (a perfect hash of the values), each beside a
/// `HashMap<i32, &ErrorPage>` of the same pages.
fn value_to_page(c: &mut Criterion) {
    for space in [Space::HResult, Space::NtStatus] {
        let values = shuffled(space.pages().iter().map(|page| page.value() as i32).collect::<Vec<_>>());
        let map: HashMap<i32, &'static ErrorPage> =
            space.pages().iter().map(|page| (page.value() as i32, page)).collect();
        let mut group = c.benchmark_group(format!("{space} value -> page ({} values)", values.len()));
        if space == Space::HResult {
            group.bench_function("HResult::page", |b| {
                b.iter_custom(|iters| cycle(&values, iters, |raw| HResult::from_raw(raw).page()))
            });
        } else {
            group.bench_function("NtStatus::page", |b| {
                b.iter_custom(|iters| cycle(&values, iters, |raw| NtStatus::from_raw(raw).page()))
            });
        }
        group.bench_function("HashMap<i32, &ErrorPage>", |b| {
            b.iter_custom(|iters| cycle(&values, iters, |raw| map.get(&raw).copied()))
        });
        group.finish();
    }
}

/// Every reading of a value (`explain`), over the values of every page of every space.
fn value_to_readings(c: &mut Criterion) {
    let values = shuffled(pages().iter().map(ErrorPage::value).collect::<Vec<_>>());
    let mut group = c.benchmark_group(format!("value -> every reading ({} values)", values.len()));
    group.bench_function("winerror::explain", |b| {
        b.iter_custom(|iters| cycle(&values, iters, |value| explain(value).count()))
    });
    group.finish();
}

fn name_to_page(c: &mut Criterion) {
    let names = shuffled(pages().iter().map(ErrorPage::name).collect::<Vec<_>>());
    let lower: Vec<String> = names.iter().map(|name| name.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let map: HashMap<&'static str, &'static ErrorPage> = pages().iter().map(|page| (page.name(), page)).collect();
    let mut group = c.benchmark_group(format!("name -> page ({} names)", names.len()));
    group.bench_function("winerror::by_name", |b| b.iter_custom(|iters| cycle(&names, iters, by_name)));
    group.bench_function("HashMap<&str, &ErrorPage>", |b| {
        b.iter_custom(|iters| cycle(&names, iters, |name| map.get(name)))
    });
    let fx: FxHashMap<&'static str, &'static ErrorPage> = map.iter().map(|(&name, &page)| (name, page)).collect();
    group.bench_function("FxHashMap<&str, &ErrorPage>", |b| {
        b.iter_custom(|iters| cycle(&names, iters, |name| fx.get(name)))
    });
    let fold: FoldHashMap<&'static str, &'static ErrorPage> = map.iter().map(|(&name, &page)| (name, page)).collect();
    group.bench_function("foldhash HashMap<&str, &ErrorPage>", |b| {
        b.iter_custom(|iters| cycle(&names, iters, |name| fold.get(name)))
    });
    group.bench_function("winerror::by_name, lower case", |b| b.iter_custom(|iters| cycle(&lower, iters, by_name)));
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(60)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = lookups;
    config = config();
    targets = code_to_pages, value_to_page, name_to_page, value_to_readings
}
criterion_main!(lookups);

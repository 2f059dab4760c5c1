//! Phase 2 over the whole catalogue: every page is parsed on its own, so large catalogues are
//! split across the machine's cores. The result does not depend on the split: entries keep
//! the folder order and diagnostics are sorted at the end.

use std::num::NonZeroUsize;
use std::thread;

use crate::check::Entry;
use crate::diagnostic::Diagnostics;
use crate::load::{FamilyFiles, SourceFile};
use crate::page;

/// Below this many pages one thread parses them all (a thread costs more than it saves).
const PAGES_PER_THREAD: usize = 512;
/// Threads used at most, however many cores there are.
const MAX_THREADS: usize = 8;

/// Parses every error page of `families`, in order; each page takes its source without a copy.
pub fn parse_pages(families: Vec<FamilyFiles>, diags: &mut Diagnostics) -> Vec<Entry> {
    let mut sources: Vec<(usize, SourceFile)> = families
        .into_iter()
        .enumerate()
        .flat_map(|(family, files)| files.pages.into_iter().map(move |source| (family, source)))
        .collect();
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = (sources.len() / PAGES_PER_THREAD).clamp(1, cores.min(MAX_THREADS));
    let total = sources.len();
    if threads == 1 {
        return parse_run(sources, diags);
    }
    let run_len = total.div_ceil(threads);
    let mut runs_in_order = Vec::with_capacity(threads);
    while sources.len() > run_len {
        runs_in_order.push(sources.split_off(sources.len() - run_len));
    }
    runs_in_order.push(sources);
    runs_in_order.reverse();
    let runs: Vec<(Vec<Entry>, Diagnostics)> = thread::scope(|scope| {
        let handles: Vec<_> = runs_in_order
            .into_iter()
            .map(|run| {
                scope.spawn(move || {
                    let mut run_diags = Diagnostics::new();
                    (parse_run(run, &mut run_diags), run_diags)
                })
            })
            .collect();
        // A parser thread that panicked is a bug; re-raise it on the calling thread.
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    let mut entries = Vec::with_capacity(total);
    for (run_entries, run_diags) in runs {
        entries.extend(run_entries);
        for diagnostic in run_diags.into_sorted() {
            diags.push(diagnostic);
        }
    }
    entries
}

fn parse_run(sources: Vec<(usize, SourceFile)>, diags: &mut Diagnostics) -> Vec<Entry> {
    sources
        .into_iter()
        .filter_map(|(family, source)| page::parse_owned_page(source, diags).map(|page| Entry { page, family }))
        .collect()
}

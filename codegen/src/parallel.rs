//! Work on many pages at once: reading (phase 1) and parsing (phase 2) treat every page on its
//! own, so large catalogues are split across the machine's cores. The result does not depend on
//! the split: results keep the input order and diagnostics are sorted at the end.

use std::num::NonZeroUsize;
use std::thread;

use crate::diagnostic::Diagnostics;

/// Below this many pages one thread does them all (a thread costs more than it saves).
const PAGES_PER_THREAD: usize = 512;
/// Threads used at most, however many cores there are.
const MAX_THREADS: usize = 8;

/// `work` applied to every item, results in the order of `items`; large inputs are split into
/// one run per core, each with its own diagnostics.
pub fn map_in_order<T: Send, R: Send>(
    mut items: Vec<T>,
    diags: &mut Diagnostics,
    work: impl Fn(T, &mut Diagnostics) -> R + Sync,
) -> Vec<R> {
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = (items.len() / PAGES_PER_THREAD).clamp(1, cores.min(MAX_THREADS));
    let total = items.len();
    if threads == 1 {
        return items.into_iter().map(|item| work(item, diags)).collect();
    }
    let run_len = total.div_ceil(threads);
    let mut runs_in_order = Vec::with_capacity(threads);
    while items.len() > run_len {
        runs_in_order.push(items.split_off(items.len() - run_len));
    }
    runs_in_order.push(items);
    runs_in_order.reverse();
    let work = &work;
    let runs: Vec<(Vec<R>, Diagnostics)> = thread::scope(|scope| {
        let handles: Vec<_> = runs_in_order
            .into_iter()
            .map(|run| {
                scope.spawn(move || {
                    let mut run_diags = Diagnostics::new();
                    let results = run.into_iter().map(|item| work(item, &mut run_diags)).collect();
                    (results, run_diags)
                })
            })
            .collect();
        // A worker thread that panicked is a bug; re-raise it on the calling thread.
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    let mut results = Vec::with_capacity(total);
    for (run_results, run_diags) in runs {
        results.extend(run_results);
        for diagnostic in run_diags.into_sorted() {
            diags.push(diagnostic);
        }
    }
    results
}

//! Search quality: realistic queries, each with the error a person typing it means. Every
//! expected error must be in the top three; the test prints the top-1 and top-3 hit rates.

#![cfg(feature = "std")]

mod search_queries;

use search_queries::QUERIES;

#[test]
fn every_query_finds_its_error_in_the_top_three() {
    let (mut top1, mut top3) = (0, 0);
    let mut misses = Vec::new();
    for &(query, expected) in QUERIES {
        let names: Vec<&str> = winerror::search(query).take(3).map(|hit| hit.page().name()).collect();
        assert!(winerror::by_name(expected).is_some(), "{expected} is not in the catalogue");
        match names.iter().position(|&name| name == expected) {
            Some(0) => {
                top1 += 1;
                top3 += 1;
            }
            Some(_) => top3 += 1,
            None => misses.push(format!("{query:?}: expected {expected}, got {names:?}")),
        }
    }
    let total = QUERIES.len();
    println!(
        "search quality: {total} queries, top-1 {top1}/{total} ({:.0} %), top-3 {top3}/{total} ({:.0} %)",
        100.0 * top1 as f64 / total as f64,
        100.0 * top3 as f64 / total as f64
    );
    assert!(misses.is_empty(), "missed the top three:\n{}", misses.join("\n"));
}

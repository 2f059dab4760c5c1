//! Compile-fail cases: each `tests/ui/*.rs` expands a fixture folder of broken pages and its
//! `.stderr` holds the exact errors the build must give, with their locations. The cases under
//! `tests/pass/` must build and run.

#[test]
fn broken_pages_fail_the_build_with_located_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("pass/*.rs");
}

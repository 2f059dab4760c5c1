//! The lookup tables (without the `pages` feature's bodies) stay within 1 MB: 7,259 pages of
//! three spaces, their names and messages (646 KB of text, each distinct message once) and the lookup tables.

/// The budget, in bytes (1 MB of 1,000,000 bytes).
const BUDGET: usize = 1_000_000;

#[test]
fn tables_fit_the_budget() {
    let tables = winerror::__table_footprint();
    for (table, bytes) in tables {
        println!("{table:<30} {bytes:>8} bytes");
        assert!(bytes > 0, "{table} is empty");
    }
    let total: usize = tables.iter().map(|&(_, bytes)| bytes).sum();
    println!("total {total} bytes");
    assert!(total <= BUDGET, "the tables take {total} bytes, over the {BUDGET}-byte budget");
}

#[test]
fn a_page_record_takes_sixteen_bytes() {
    assert_eq!(core::mem::size_of::<winerror::ErrorPage>(), 16);
}

//! The lookup tables (without the `pages` feature's bodies) stay within 400 KB.

/// The budget, in bytes (400 KB of 1,000 bytes).
const BUDGET: usize = 400_000;

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
fn a_page_record_takes_twenty_bytes() {
    assert_eq!(core::mem::size_of::<winerror::ErrorPage>(), 20);
}

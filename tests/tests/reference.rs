//! Cross-checks every page against the reference table: the count, every name, value, header
//! and official message, in both directions.

use std::collections::BTreeMap;

use winerror_tests::reference::{Row, rows, table_text};

/// The table's rows by name.
fn rows_by_name(table: &str) -> BTreeMap<&str, Row<'_>> {
    rows(table).into_iter().map(|row| (row.name, row)).collect()
}

#[test]
fn every_reference_row_has_its_page_and_every_page_its_row() {
    let Some(table) = table_text() else { return };
    let rows = rows_by_name(&table);
    assert_eq!(rows.len(), 2884, "the reference table's row count");
    assert_eq!(winerror::pages().len(), rows.len(), "one page per reference row");
    let mut problems = Vec::new();
    for (name, row) in &rows {
        let Some(page) = winerror::by_name(name) else {
            problems.push(format!("{name}: no page"));
            continue;
        };
        if page.code().raw() != row.code {
            problems.push(format!("{name}: value {} but the table says {}", page.code().raw(), row.code));
        }
        if !row.hex.is_empty() && u32::from_str_radix(row.hex.trim_start_matches("0x"), 16) != Ok(page.code().raw()) {
            problems.push(format!("{name}: the table's hex {} disagrees", row.hex));
        }
        if page.header() != row.header {
            problems.push(format!("{name}: header {} but the table says {}", page.header(), row.header));
        }
        if page.message() != row.message {
            problems.push(format!("{name}: message {:?} but the table says {:?}", page.message(), row.message));
        }
    }
    for page in winerror::pages() {
        if !rows.contains_key(page.name()) {
            problems.push(format!("{}: a page with no reference row", page.name()));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn shared_values_are_exactly_the_reference_table_s() {
    let Some(table) = table_text() else { return };
    let mut by_value: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for (name, row) in rows_by_name(&table) {
        by_value.entry(row.code).or_default().push(name);
    }
    for (code, mut names) in by_value {
        names.sort_unstable();
        let mut ours: Vec<&str> = winerror::lookup(code).iter().map(|p| p.name()).collect();
        ours.sort_unstable();
        assert_eq!(ours, names, "the pages with value {code}");
    }
}

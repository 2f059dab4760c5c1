//! Cross-checks every page against the reference tables: the count, every name, value, header
//! and official message, in both directions, for Win32 codes, HRESULTs and NTSTATUS values.

use std::collections::BTreeMap;

use winerror::Space;
use winerror_tests::reference::{HexRow, Row, hex_rows, hresult_table_text, ntstatus_table_text, rows, table_text};

/// The table's rows by name.
fn rows_by_name(table: &str) -> BTreeMap<&str, Row<'_>> {
    rows(table).into_iter().map(|row| (row.name, row)).collect()
}

#[test]
fn every_reference_row_has_its_page_and_every_page_its_row() {
    let Some(table) = table_text() else { return };
    let rows = rows_by_name(&table);
    assert_eq!(rows.len(), 2884, "the reference table's row count");
    assert_eq!(Space::Win32.pages().len(), rows.len(), "one Win32 page per reference row");
    let mut problems = Vec::new();
    for (name, row) in &rows {
        let Some(page) = winerror::by_name(name) else {
            problems.push(format!("{name}: no page"));
            continue;
        };
        if page.space() != Space::Win32 {
            problems.push(format!("{name}: a page of the {} space", page.space()));
        }
        if page.value() != row.code {
            problems.push(format!("{name}: value {} but the table says {}", page.value(), row.code));
        }
        if !row.hex.is_empty() && u32::from_str_radix(row.hex.trim_start_matches("0x"), 16) != Ok(page.value()) {
            problems.push(format!("{name}: the table's hex {} disagrees", row.hex));
        }
        if page.header() != row.header {
            problems.push(format!("{name}: header {} but the table says {}", page.header(), row.header));
        }
        if page.message() != row.message {
            problems.push(format!("{name}: message {:?} but the table says {:?}", page.message(), row.message));
        }
    }
    for page in Space::Win32.pages() {
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

/// Every row of an HRESULT or NTSTATUS table has its page in `space` with its value, header and
/// message, and every page of the space has its row; returns the problems found.
fn cross_check(rows: &[HexRow<'_>], space: Space, header: &str) -> Vec<String> {
    let by_name: BTreeMap<&str, &HexRow<'_>> = rows.iter().map(|row| (row.name, row)).collect();
    assert_eq!(by_name.len(), rows.len(), "names are unique in the table");
    let mut problems = Vec::new();
    if space.pages().len() != rows.len() {
        problems.push(format!("{} pages of the {space} space for {} rows", space.pages().len(), rows.len()));
    }
    for row in rows {
        let Some(page) = winerror::by_name(row.name) else {
            problems.push(format!("{}: no page", row.name));
            continue;
        };
        let found = (page.space(), page.value(), page.header(), page.message());
        if found != (space, row.value, header, row.message) {
            problems.push(format!("{}: the page has {found:?}, the table {:?}", row.name, (row.value, row.message)));
        }
    }
    for page in space.pages() {
        if !by_name.contains_key(page.name()) {
            problems.push(format!("{}: a page with no reference row", page.name()));
        }
    }
    problems
}

#[test]
fn every_hresult_row_has_its_page_and_every_hresult_page_its_row() {
    let Some(table) = hresult_table_text() else { return };
    let rows = hex_rows(&table);
    assert_eq!(rows.len(), 2669, "the HRESULT table's row count");
    let problems = cross_check(&rows, Space::HResult, "winerror.h");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    for row in &rows {
        let hresult = winerror::HResult::from_raw(row.value as i32);
        assert_eq!(hresult.name(), Some(row.name), "lookup by value");
        assert_eq!(hresult.message(), Some(row.message));
    }
}

#[test]
fn every_ntstatus_row_has_its_page_and_every_ntstatus_page_its_row() {
    let Some(table) = ntstatus_table_text() else { return };
    let rows = hex_rows(&table);
    assert_eq!(rows.len(), 1706, "the NTSTATUS table's row count");
    let problems = cross_check(&rows, Space::NtStatus, "ntstatus.h");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    for row in &rows {
        let status = winerror::NtStatus::from_raw(row.value as i32);
        assert_eq!(status.name(), Some(row.name), "lookup by value");
        assert_eq!(status.message(), Some(row.message));
    }
}

#[test]
fn the_nine_values_where_the_documentation_and_the_headers_disagree_are_the_headers() {
    let Some(table) = hresult_table_text() else { return };
    let rows = hex_rows(&table);
    // (name, the header's value), as the reference README lists them; the documentation prints another.
    let disagreements: [(&str, u32); 9] = [
        ("SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0x0009_0366),
        ("ONL_E_INVALID_AUTHENTICATION_TARGET", 0x8086_0001),
        ("ONL_E_ACCESS_DENIED_BY_TOU", 0x8086_0002),
        ("ERROR_MONITOR_NO_DESCRIPTOR", 0x0026_1001),
        ("ERROR_MONITOR_UNKNOWN_DESCRIPTOR_FORMAT", 0x0026_1002),
        ("TPM_20_E_KEY_SIZE", 0x8028_0087),
        ("TPM_20_E_MGF", 0x8028_0088),
        ("TPM_20_E_KEY", 0x8028_009C),
        ("TPM_20_E_PRIVATE", 0x8028_010B),
    ];
    for (name, header_value) in disagreements {
        let row = rows.iter().find(|row| row.name == name).unwrap_or_else(|| panic!("{name} is in the table"));
        assert_ne!(row.source_hex, format!("0x{header_value:08X}"), "{name}: the documentation prints another value");
        assert_eq!(row.value, header_value, "{name}: the table holds the header's value");
        let page = winerror::by_name(name).unwrap_or_else(|| panic!("{name} has a page"));
        assert_eq!(page.value(), header_value, "{name}: the catalogue holds the header's value");
    }
}

//! The reference tables in `../shared/reference/` (relative to the workspace root):
//! `win32-error-codes.tsv`, `hresult-codes.tsv` and `ntstatus-codes.tsv`, the source of facts
//! every test cross-checks against. `WINERROR_REFERENCE_DIR` names another folder holding them
//! (for a checkout that does not sit beside `shared/`).

use std::path::PathBuf;

/// The table's header line.
pub const COLUMNS: &str = "name\tcode\thex_in_source\theader\tmessage";

/// One documented error code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'t> {
    /// The symbolic name.
    pub name: &'t str,
    /// The value.
    pub code: u32,
    /// The hex printed beside it in the documentation (empty where none).
    pub hex: &'t str,
    /// `winerror.h`, `winhttp.h` or `wininet.h`.
    pub header: &'t str,
    /// The official message text.
    pub message: &'t str,
}

/// The Win32 table's text. Where it is absent, says so loudly and returns `None` so the caller
/// skips; under CI (the `CI` variable is set), where it is always present, its absence is a failure.
pub fn table_text() -> Option<String> {
    reference_text("win32-error-codes.tsv")
}

/// The HRESULT table's text (`name`, `hresult`, `source_hex`, `group`, `message`), as
/// [`table_text`].
pub fn hresult_table_text() -> Option<String> {
    reference_text("hresult-codes.tsv")
}

/// The NTSTATUS table's text (`name`, `ntstatus`, `message`), as [`table_text`].
pub fn ntstatus_table_text() -> Option<String> {
    reference_text("ntstatus-codes.tsv")
}

/// The text of the reference file `name`; `None` (said loudly) when it is absent, a panic under CI.
fn reference_text(name: &str) -> Option<String> {
    let folder = std::env::var_os("WINERROR_REFERENCE_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference"), PathBuf::from);
    let path = folder.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(err) if std::env::var_os("CI").is_some() => {
            panic!("CI must have the reference table at {}: {err}", path.display())
        }
        Err(err) => {
            eprintln!(
                "\n*** SKIPPED: the reference table {} is absent ({err}); \
                 the cross-check against it did not run ***\n",
                path.display()
            );
            None
        }
    }
}

/// The rows of the table's text, in table order; panics on a malformed row (a test failure).
pub fn rows(text: &str) -> Vec<Row<'_>> {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(COLUMNS), "the table's columns");
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 5, "a row has five fields: {line}");
            Row {
                name: fields[0],
                code: fields[1].parse().expect("a decimal code"),
                hex: fields[2],
                header: fields[3],
                message: fields[4],
            }
        })
        .collect()
}

/// One row of the HRESULT or NTSTATUS table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HexRow<'t> {
    /// The symbolic name.
    pub name: &'t str,
    /// The value's 32 bits (the header's value where the documentation disagrees).
    pub value: u32,
    /// The hex the documentation prints (HRESULT table only; empty for NTSTATUS).
    pub source_hex: &'t str,
    /// The official message text.
    pub message: &'t str,
}

/// The rows of the HRESULT or NTSTATUS table's text, told apart by their header line; panics on
/// a malformed row (a test failure).
pub fn hex_rows(text: &str) -> Vec<HexRow<'_>> {
    let mut lines = text.lines();
    let columns = match lines.next() {
        Some("name\thresult\tsource_hex\tgroup\tmessage") => 5,
        Some("name\tntstatus\tmessage") => 3,
        other => panic!("not the HRESULT or NTSTATUS table: {other:?}"),
    };
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), columns, "a row has {columns} fields: {line}");
            let hex = fields[1].strip_prefix("0x").expect("a 0x value");
            HexRow {
                name: fields[0],
                value: u32::from_str_radix(hex, 16).expect("a hex value"),
                source_hex: if columns == 5 { fields[2] } else { "" },
                message: fields[columns - 1],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_field_by_field() {
        let text = format!("{COLUMNS}\nERROR_X\t5\t0x5\twinerror.h\tAccess is denied.\n");
        let rows = rows(&text);
        assert_eq!(
            rows,
            [Row { name: "ERROR_X", code: 5, hex: "0x5", header: "winerror.h", message: "Access is denied." }]
        );
    }

    #[test]
    fn hex_rows_of_both_tables() {
        let text =
            "name\thresult\tsource_hex\tgroup\tmessage\nE_FAIL\t0x80004005\t0x80004005\tGeneric\tUnspecified failure\n";
        assert_eq!(
            hex_rows(text),
            [HexRow { name: "E_FAIL", value: 0x8000_4005, source_hex: "0x80004005", message: "Unspecified failure" }]
        );
        let text = "name\tntstatus\tmessage\nSTATUS_X\t0xC000020D\tReset.\n";
        assert_eq!(hex_rows(text)[0].value, 0xC000_020D);
    }

    #[test]
    #[should_panic(expected = "five fields")]
    fn a_short_row_is_refused() {
        rows(&format!("{COLUMNS}\nERROR_X\t5\n"));
    }
}

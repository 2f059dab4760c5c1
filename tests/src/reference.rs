//! The reference data beside the project, `../shared/reference/` relative to the workspace root
//! (the folder named by the `WINERROR_REFERENCE` variable instead, where it is set, e.g. in a git
//! worktree kept elsewhere): the tables `win32-error-codes.tsv`, `hresult-codes.tsv` and
//! `ntstatus-codes.tsv`, the source of facts every test cross-checks against, and the files the
//! prose checks read.

use std::path::PathBuf;

/// The table's header line.
pub const COLUMNS: &str = "name\tcode\thex_in_source\theader\tmessage";

/// The variable that names the reference folder where it is not `../shared/reference`.
pub const FOLDER_VARIABLE: &str = "WINERROR_REFERENCE";

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

/// The reference folder: `$WINERROR_REFERENCE` where set, else `../shared/reference` relative to
/// the workspace root.
pub fn folder() -> PathBuf {
    match std::env::var_os(FOLDER_VARIABLE) {
        Some(folder) if !folder.is_empty() => PathBuf::from(folder),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference"),
    }
}

/// What a caller gets back when reference data is absent: it says so loudly and the caller skips;
/// under CI (the `CI` variable is set), where the data is always present, its absence is a failure.
fn absent<T>(path: &std::path::Path, err: &std::io::Error, what: &str) -> Option<T> {
    if std::env::var_os("CI").is_some() {
        panic!("CI must have the reference {what} at {}: {err}", path.display())
    }
    // Written to the process's stderr directly, not with `eprintln!`, which the test harness
    // captures and hides when the test passes: a skip must be seen.
    let notice = format!(
        "\n*** SKIPPED: the reference {what} {} is absent ({err}); the checks against it did \
         not run (set {FOLDER_VARIABLE} to the reference folder if it lives elsewhere) ***\n\n",
        path.display()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr(), notice.as_bytes());
    None
}

/// The text of `relative`, a file of the reference folder; `None` (after a loud message) where it
/// is absent outside CI, a panic under CI.
pub fn read(relative: &str) -> Option<String> {
    let path = folder().join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(err) => absent(&path, &err, "file"),
    }
}

/// Every file directly inside `relative`, a folder of the reference folder, as (file name, text)
/// sorted by name; absent like [`read`].
pub fn read_folder(relative: &str) -> Option<Vec<(String, String)>> {
    let path = folder().join(relative);
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(err) => return absent(&path, &err, "folder"),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.unwrap_or_else(|err| panic!("listing {}: {err}", path.display()));
        if !entry.file_type().is_ok_and(|kind| kind.is_file()) {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry.path())
            .unwrap_or_else(|err| panic!("reading {}: {err}", entry.path().display()));
        files.push((name, text));
    }
    assert!(!files.is_empty(), "the reference folder {} holds no file", path.display());
    files.sort();
    Some(files)
}

/// The Win32 table's text; absent like [`read`].
pub fn table_text() -> Option<String> {
    read("win32-error-codes.tsv")
}

/// The HRESULT table's text (`name`, `hresult`, `source_hex`, `group`, `message`), as [`table_text`].
pub fn hresult_table_text() -> Option<String> {
    read("hresult-codes.tsv")
}

/// The NTSTATUS table's text (`name`, `ntstatus`, `message`), as [`table_text`].
pub fn ntstatus_table_text() -> Option<String> {
    read("ntstatus-codes.tsv")
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

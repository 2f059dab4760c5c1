//! The reference table `../shared/reference/win32-error-codes.tsv` (relative to the workspace
//! root): the source of facts every test cross-checks against.

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

/// The table's text. Where it is absent, says so loudly and returns `None` so the caller skips;
/// under CI (the `CI` variable is set), where it is always present, its absence is a failure.
pub fn table_text() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/win32-error-codes.tsv");
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
    #[should_panic(expected = "five fields")]
    fn a_short_row_is_refused() {
        rows(&format!("{COLUMNS}\nERROR_X\t5\n"));
    }
}

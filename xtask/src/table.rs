//! Reading the reference tables `win32-error-codes.tsv`, `hresult-codes.tsv` and
//! `ntstatus-codes.tsv`.
//!
//! The tables are tab-separated with a header line. The Win32 table has five columns:
//! `name`, `code`, `hex_in_source`, `header`, `message`; the HRESULT table `name`, `hresult`,
//! `source_hex`, `group`, `message`; the NTSTATUS table `name`, `ntstatus`, `message`. They
//! never quote fields, so a plain split on tabs is exact.

use std::fs;
use std::path::Path;

use winerror_codegen::grammar::is_error_name;

/// The columns the Win32 table must start with, in this order.
const EXPECTED_HEADER: [&str; 5] = ["name", "code", "hex_in_source", "header", "message"];
/// The columns of the HRESULT table.
const HRESULT_HEADER: [&str; 5] = ["name", "hresult", "source_hex", "group", "message"];
/// The columns of the NTSTATUS table.
const NTSTATUS_HEADER: [&str; 3] = ["name", "ntstatus", "message"];

/// One row of the reference table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The symbolic name, e.g. `ERROR_FILE_NOT_FOUND`.
    pub name: String,
    /// The numeric value.
    pub code: u32,
    /// The SDK header that defines the name: `winerror.h`, `winhttp.h`, `wininet.h` or `ntstatus.h`.
    pub header: String,
    /// The numeric space: `win32`, `hresult` or `ntstatus`.
    pub space: &'static str,
    /// The official message text, exactly as the table gives it.
    pub message: String,
    /// 1-based line number in the table, for error messages.
    pub line: usize,
}

/// Reads and validates the whole table.
pub fn read(path: &Path) -> Result<Vec<Row>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read reference table {}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses the table text (header line included).
pub fn parse(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().ok_or("the table is empty")?;
    let columns: Vec<&str> = header.split('\t').collect();
    if columns != EXPECTED_HEADER {
        return Err(format!("unexpected header line {header:?}"));
    }
    let mut rows = Vec::new();
    for (index, line) in lines {
        let line_no = index + 1;
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [name, code, hex, header, message] = fields[..] else {
            return Err(format!("line {line_no}: expected 5 fields, found {}", fields.len()));
        };
        let code: u32 = code.parse().map_err(|_| format!("line {line_no}: bad decimal code {code:?}"))?;
        if !hex.is_empty() {
            let digits = hex.strip_prefix("0x").ok_or_else(|| format!("line {line_no}: bad hex {hex:?}"))?;
            let value = u32::from_str_radix(digits, 16).map_err(|_| format!("line {line_no}: bad hex {hex:?}"))?;
            if value != code {
                return Err(format!("line {line_no}: {name}: {hex} is not {code}"));
            }
        }
        if !is_error_name(name) {
            return Err(format!("line {line_no}: invalid name {name:?}"));
        }
        rows.push(Row {
            name: name.to_owned(),
            code,
            header: header.to_owned(),
            space: crate::family::WIN32,
            message: message.to_owned(),
            line: line_no,
        });
    }
    Ok(rows)
}

/// Reads and validates the HRESULT table (`space` `hresult`) or the NTSTATUS table (`ntstatus`).
pub fn read_hex(path: &Path, space: &'static str) -> Result<Vec<Row>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read reference table {}: {e}", path.display()))?;
    parse_hex(&text, space).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses the HRESULT or NTSTATUS table text (header line included): values are `0x` and eight
/// upper-case hex digits, each row's header is `winerror.h` or `ntstatus.h` by its space.
pub fn parse_hex(text: &str, space: &'static str) -> Result<Vec<Row>, String> {
    let (expected, header): (&[&str], &str) =
        if space == "hresult" { (&HRESULT_HEADER, "winerror.h") } else { (&NTSTATUS_HEADER, "ntstatus.h") };
    let mut lines = text.lines().enumerate();
    let (_, first) = lines.next().ok_or("the table is empty")?;
    if first.split('\t').collect::<Vec<_>>() != expected {
        return Err(format!("unexpected header line {first:?}"));
    }
    let mut rows = Vec::new();
    for (index, line) in lines.filter(|(_, line)| !line.is_empty()) {
        let line_no = index + 1;
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != expected.len() {
            return Err(format!("line {line_no}: expected {} fields, found {}", expected.len(), fields.len()));
        }
        let (name, hex, message) = (fields[0], fields[1], fields[expected.len() - 1]);
        let digits = hex
            .strip_prefix("0x")
            .filter(|d| d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
        let code = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| format!("line {line_no}: bad value {hex:?}"))?;
        if !is_error_name(name) {
            return Err(format!("line {line_no}: invalid name {name:?}"));
        }
        rows.push(Row {
            name: name.to_owned(),
            code,
            header: header.to_owned(),
            space,
            message: message.to_owned(),
            line: line_no,
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_checks_hex() {
        let text = "name\tcode\thex_in_source\theader\tmessage\n\
                    ERROR_SUCCESS\t0\t0x0\twinerror.h\tThe operation completed successfully.\n\
                    ERROR_INTERNET_TIMEOUT\t12002\t\twininet.h\tThe request has timed out.\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].code, 12002);
        assert_eq!(rows[1].line, 3);
        let bad = "name\tcode\thex_in_source\theader\tmessage\nE\t1\t0x2\twinerror.h\tm\n";
        assert!(parse(bad).is_err());
        // Names follow the page grammar's rule (`is_error_name`), `Self` excluded.
        for name in ["Self", "error_x", "E-X"] {
            let row = format!("name\tcode\thex_in_source\theader\tmessage\n{name}\t1\t0x1\twinerror.h\tm\n");
            assert_eq!(parse(&row).err(), Some(format!("line 2: invalid name {name:?}")));
        }
    }

    #[test]
    fn parses_hresult_and_ntstatus_rows() {
        let text =
            "name\thresult\tsource_hex\tgroup\tmessage\nE_FAIL\t0x80004005\t0x80004005\tGeneric\tUnspecified failure\n";
        let rows = parse_hex(text, "hresult").unwrap();
        assert_eq!((rows[0].code, rows[0].header.as_str(), rows[0].space), (0x8000_4005, "winerror.h", "hresult"));
        let text = "name\tntstatus\tmessage\nSTATUS_X\t0xC000020D\tReset.\n";
        assert_eq!(parse_hex(text, "ntstatus").unwrap()[0].header, "ntstatus.h");
        assert!(parse_hex("name\tntstatus\tmessage\nSTATUS_X\t0xc000020d\tReset.\n", "ntstatus").is_err());
        assert!(parse_hex(text, "hresult").is_err(), "the columns are checked");
    }
}

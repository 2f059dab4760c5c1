//! Reading the reference table `win32-error-codes.tsv`.
//!
//! The table is tab-separated with a header line and five columns:
//! `name`, `code`, `hex_in_source`, `header`, `message`. It never quotes
//! fields, so a plain split on tabs is exact.

use std::fs;
use std::path::Path;

/// The columns the table must start with, in this order.
const EXPECTED_HEADER: [&str; 5] = ["name", "code", "hex_in_source", "header", "message"];

/// One row of the reference table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The symbolic name, e.g. `ERROR_FILE_NOT_FOUND`.
    pub name: String,
    /// The numeric value.
    pub code: u32,
    /// The SDK header that defines the name: `winerror.h`, `winhttp.h` or `wininet.h`.
    pub header: String,
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
        if !winerror_codegen_core::grammar::is_error_name(name) {
            return Err(format!("line {line_no}: invalid name {name:?}"));
        }
        rows.push(Row {
            name: name.to_owned(),
            code,
            header: header.to_owned(),
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
    }
}

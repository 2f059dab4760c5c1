//! HRESULTs and NTSTATUS values: every form of input, every reading of a value, and `--search`,
//! `--list` and `--json` saying which space a record is in.

mod common;

use common::{winerror, winerror_json};

/// The summary block of SEC_E_UNTRUSTED_ROOT.
const UNTRUSTED_ROOT: &str = "\
SEC_E_UNTRUSTED_ROOT
  HRESULT  0x80090325 (-2146893019)
  fields   error, facility FACILITY_SECURITY (9), code 0x325 (805)
  header   winerror.h (winerror::hresult_sspi)
  message  The certificate chain was issued by an authority that is not trusted.
";

/// The summary block of STATUS_CONNECTION_RESET.
const CONNECTION_RESET: &str = "\
STATUS_CONNECTION_RESET
  NTSTATUS 0xC000020D (-1073741299)
  fields   error, facility 0, code 0x20D (525)
  HRESULT  0xD000020D (-805305843), HRESULT_FROM_NT
  header   ntstatus.h (winerror::ntstatus_c00002xx)
  message  The transport connection has been reset.
";

#[test]
fn an_hresult_in_hex_in_signed_decimal_and_by_name() {
    for input in
        ["0x80090325", "0x80090325", "-2146893019", "2148074277", "sec_e_untrusted_root", "SEC_E_UNTRUSTED_ROOT"]
    {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        assert_eq!(run.stdout, UNTRUSTED_ROOT, "{input}");
        assert_eq!(run.stderr, "", "{input}");
    }
}

#[test]
fn an_ntstatus_in_hex_and_as_the_hresult_that_carries_it() {
    for input in ["0xC000020D", "-1073741299", "status_connection_reset"] {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        assert_eq!(run.stdout, CONNECTION_RESET, "{input}");
    }
    let run = winerror(["0xD000020D"]);
    assert_eq!(run.code, 0, "{run:?}");
    let note = "0xD000020D: read as an HRESULT made by HRESULT_FROM_NT from the NTSTATUS 0xC000020D\n";
    assert_eq!(run.stdout, format!("{note}{CONNECTION_RESET}"));
}

#[test]
fn a_facility_win32_hresult_is_both_the_named_hresult_and_the_win32_code() {
    let run = winerror(["0x80070005"]);
    assert_eq!(run.code, 0, "{run:?}");
    let blocks: Vec<&str> = run.stdout.split("\n\n").collect();
    assert_eq!(blocks.len(), 2, "{}", run.stdout);
    assert!(blocks[0].starts_with("0x80070005: read as an HRESULT\nE_ACCESSDENIED\n"), "{}", blocks[0]);
    assert!(blocks[0].contains("  fields   error, facility FACILITY_WIN32 (7), code 0x5 (5)\n"), "{}", blocks[0]);
    assert!(
        blocks[1].starts_with(
            "0x80070005: read as an HRESULT (FACILITY_WIN32) carrying the Win32 code 5 (0x5), not as a plain value\n\
             ERROR_ACCESS_DENIED\n  value    5 (0x5)\n"
        ),
        "{}",
        blocks[1]
    );
    let records = winerror_json(["0x80070005"]);
    let readings: Vec<(&str, &str, &str)> = records
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["space"].as_str().unwrap(), r["reading"].as_str().unwrap()))
        .collect();
    assert_eq!(readings, [("E_ACCESSDENIED", "hresult", "named_hresult"), ("ERROR_ACCESS_DENIED", "win32", "hresult")]);
}

#[test]
fn a_value_of_two_spaces_says_which_space_each_page_is() {
    let run = winerror(["259"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("259: read as a Win32 code\nERROR_NO_MORE_ITEMS\n"), "{}", run.stdout);
    assert!(
        run.stdout.contains("\n\n259: read as an NTSTATUS\nSTATUS_PENDING\n  NTSTATUS 0x00000103 (259)\n"),
        "{}",
        run.stdout
    );
    let spaces: Vec<String> = winerror_json(["259"]).iter().map(|r| r["space"].as_str().unwrap().to_owned()).collect();
    assert_eq!(spaces, ["win32", "ntstatus"]);
}

#[test]
fn json_records_of_hresults_and_ntstatus_values_carry_their_fields() {
    let records = winerror_json(["SEC_E_UNTRUSTED_ROOT", "0xC000020D"]);
    let hresult = &records[0];
    assert_eq!((hresult["space"].as_str(), hresult["code"].as_u64()), (Some("hresult"), Some(0x8009_0325)));
    assert_eq!((hresult["hex"].as_str(), hresult["hresult"].as_i64()), (Some("0x80090325"), Some(-2146893019)));
    assert_eq!((hresult["severity"].as_str(), hresult["facility"].as_u64()), (Some("error"), Some(9)));
    assert_eq!(
        (hresult["facility_name"].as_str(), hresult["facility_code"].as_u64()),
        (Some("FACILITY_SECURITY"), Some(0x325))
    );
    let status = &records[1];
    assert_eq!((status["space"].as_str(), status["reading"].as_str()), (Some("ntstatus"), Some("ntstatus")));
    assert_eq!((status["hresult_hex"].as_str(), status["facility_name"].as_str()), (Some("0xD000020D"), None));
    assert_eq!(status["header"], "ntstatus.h");
}

#[test]
fn search_and_list_cover_every_space_and_name_it() {
    let run = winerror(["--search", "transport", "connection", "reset"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .lines()
            .any(|line| line.starts_with("STATUS_CONNECTION_RESET ") && line.contains(" 0xC000020D NTSTATUS ")),
        "{}",
        run.stdout
    );
    let run = winerror(["--search", "untrusted", "root"]);
    assert!(
        run.stdout
            .lines()
            .any(|line| line.starts_with("SEC_E_UNTRUSTED_ROOT ") && line.contains(" 0x80090325 HRESULT ")),
        "{}",
        run.stdout
    );
    let spaces: Vec<String> = winerror_json(["--search", "access", "denied"])
        .iter()
        .map(|r| r["space"].as_str().unwrap().to_owned())
        .collect();
    for space in ["win32", "hresult", "ntstatus"] {
        assert!(spaces.iter().any(|s| s == space), "{space} in {spaces:?}");
    }
    let records = winerror_json(["--list", "hresult_sspi"]);
    assert!(records.iter().all(|r| r["space"] == "hresult" && r["module"] == "hresult_sspi"));
    assert!(records.iter().any(|r| r["name"] == "SEC_I_CONTINUE_NEEDED"));
    let run = winerror(["--list", "ntstatus_c00002xx"]);
    assert!(run.stdout.lines().any(|line| line.starts_with("STATUS_CONNECTION_RESET ")), "{}", run.stdout);
}

#[test]
fn every_hresult_and_ntstatus_row_explained_by_name_matches_its_table() {
    for (table, space, header) in [
        (winerror_tests::reference::hresult_table_text(), "hresult", "winerror.h"),
        (winerror_tests::reference::ntstatus_table_text(), "ntstatus", "ntstatus.h"),
    ] {
        let Some(table) = table else { continue };
        let rows = winerror_tests::reference::hex_rows(&table);
        let records = winerror_json(rows.iter().map(|row| row.name.to_ascii_lowercase()));
        assert_eq!(records.len(), rows.len());
        for (row, record) in rows.iter().zip(&records) {
            let expected = (row.name, u64::from(row.value), space, header, row.message);
            let actual = (
                record["name"].as_str().unwrap(),
                record["code"].as_u64().unwrap(),
                record["space"].as_str().unwrap(),
                record["header"].as_str().unwrap(),
                record["message"].as_str().unwrap(),
            );
            assert_eq!(actual, expected);
        }
    }
}

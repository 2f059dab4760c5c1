//! `--json`: records parsed back, and checked end to end against the reference table.

mod common;

use common::winerror_json;
use serde_json::json;

#[test]
fn a_record_has_every_field() {
    let records = winerror_json(["0x35F6"]);
    assert_eq!(
        records,
        [json!({
            "name": "ERROR_IPSEC_IKE_MM_DELAY_DROP",
            "space": "win32",
            "code": 13814,
            "hex": "0x35F6",
            "hresult": -2147011082_i64,
            "hresult_hex": "0x800735F6",
            "header": "winerror.h",
            "module": "ipsec",
            "family": records[0]["family"],
            "message": "Negotiation took too long.",
            // The page's own `Updated:` line and Related Errors list, in page order.
            "updated": "2026-11-29",
            "related": [
                "ERROR_IPSEC_IKE_QM_DELAY_DROP",
                "ERROR_IPSEC_IKE_TIMED_OUT",
                "ERROR_IPSEC_IKE_DROP_NO_RESPONSE",
                "ERROR_IPSEC_IKE_MM_ACQUIRE_DROP",
                "ERROR_IPSEC_IKE_PEER_MM_ASSUMED_INVALID",
                "ERROR_IPSEC_IKE_ADD_UPDATE_KEY_FAILED",
                "ERROR_IPSEC_IKE_NEGOTIATION_PENDING",
            ],
            "input": "0x35F6",
            "reading": "value",
        })]
    );
    assert!(records[0]["family"].as_str().is_some_and(|title| !title.is_empty()));
}

#[test]
fn records_say_which_reading_matched() {
    let records = winerror_json(["-2147011082", "error_ipsec_ike_mm_delay_drop", "13814"]);
    let readings: Vec<(&str, &str)> =
        records.iter().map(|r| (r["input"].as_str().unwrap(), r["reading"].as_str().unwrap())).collect();
    assert_eq!(readings, [("-2147011082", "hresult"), ("error_ipsec_ike_mm_delay_drop", "name"), ("13814", "value")]);
    assert!(records.iter().all(|r| r["name"] == "ERROR_IPSEC_IKE_MM_DELAY_DROP"));
}

#[test]
fn a_shared_value_gives_one_record_per_page() {
    let records = winerror_json(["12002"]);
    let pages: Vec<(&str, &str)> =
        records.iter().map(|r| (r["name"].as_str().unwrap(), r["header"].as_str().unwrap())).collect();
    assert_eq!(pages, [("ERROR_INTERNET_TIMEOUT", "wininet.h"), ("ERROR_WINHTTP_TIMEOUT", "winhttp.h")]);
}

#[test]
fn long_adds_the_markdown_body() {
    let records = winerror_json(["--long", "13814"]);
    let body = records[0]["body"].as_str().expect("a body");
    assert!(body.starts_with("## Technical Meaning\n"), "{body}");
    assert!(winerror_json(["13814"])[0].get("body").is_none());
}

#[test]
fn every_reference_row_explained_by_name_matches_the_table() {
    let Some(table) = winerror_tests::reference::table_text() else { return };
    let rows = winerror_tests::reference::rows(&table);
    assert_eq!(rows.len(), 2884);
    let records = winerror_json(rows.iter().map(|row| row.name.to_ascii_lowercase()));
    assert_eq!(records.len(), rows.len());
    for (row, record) in rows.iter().zip(&records) {
        let expected = (row.name, u64::from(row.code), row.header, row.message);
        let actual = (
            record["name"].as_str().unwrap(),
            record["code"].as_u64().unwrap(),
            record["header"].as_str().unwrap(),
            record["message"].as_str().unwrap(),
        );
        assert_eq!(actual, expected);
        let code = expected.1 as u32;
        let hresult = if code == 0 { 0 } else { (code & 0xFFFF) | 0x8007_0000 };
        assert_eq!(record["hresult_hex"], format!("0x{hresult:08X}"), "{}", row.name);
    }
}

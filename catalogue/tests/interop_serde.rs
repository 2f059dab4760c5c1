//! Serde (feature `serde`): codes as numbers, pages as their fields.

use serde_json::json;
use winerror::{ERROR_ACCESS_DENIED, ErrorCode, ErrorPage, HResult, NtStatus, Space, pages};

#[test]
fn a_code_is_its_number() {
    assert_eq!(serde_json::to_string(&ERROR_ACCESS_DENIED).unwrap(), "5");
    assert_eq!(
        serde_json::to_value([ErrorCode::from_raw(12002), ErrorCode::from_raw(65000)]).unwrap(),
        json!([12002, 65000])
    );
}

#[test]
fn every_code_deserializes_from_its_number_and_its_name() {
    for page in Space::Win32.pages() {
        let code = page.code().win32().expect("a Win32 page");
        let number = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ErrorCode>(&number).unwrap(), code);
        assert_eq!(serde_json::from_value::<ErrorCode>(json!(page.name())).unwrap(), code);
    }
    assert_eq!(serde_json::from_str::<ErrorCode>("\"0x80070005\"").unwrap(), ERROR_ACCESS_DENIED);
    assert_eq!(serde_json::from_str::<ErrorCode>("-2147024891").unwrap(), ERROR_ACCESS_DENIED);
}

#[test]
fn values_that_are_not_codes_are_rejected_with_a_reason() {
    for bad in ["-1", "4294967296", "\"NOT_A_NAME\"", "1.5", "null"] {
        let error = serde_json::from_str::<ErrorCode>(bad).expect_err(bad).to_string();
        assert!(error.contains("Win32 error code") || error.contains("invalid type"), "{bad}: {error}");
    }
}

#[test]
fn a_page_is_its_fields() {
    let page = winerror::by_name("ERROR_ACCESS_DENIED").unwrap();
    let value = serde_json::to_value(page).unwrap();
    assert_eq!(
        value,
        json!({
            "name": "ERROR_ACCESS_DENIED",
            "space": "win32",
            "code": 5,
            "hresult": 0x8007_0005_u32,
            "header": "winerror.h",
            "module": page.module(),
            "message": "Access is denied.",
            // The page's own `Updated:` line and Related Errors, as its accessors give them.
            "updated": page.updated().map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
            "related": page.related().map(|other| other.name()).collect::<Vec<_>>(),
        })
    );
    assert!(value["related"].as_array().is_some_and(|related| !related.is_empty()), "the page lists related errors");
    assert!(value["updated"].is_string(), "the page has an Updated line");
}

#[test]
fn hresults_and_ntstatus_values_are_signed_numbers_and_read_back_from_any_form() {
    for page in Space::HResult.pages() {
        let hresult = page.code().hresult().expect("an HRESULT page");
        let number = serde_json::to_string(&hresult).unwrap();
        assert_eq!(number, hresult.raw().to_string());
        assert_eq!(serde_json::from_str::<HResult>(&number).unwrap(), hresult);
        assert_eq!(serde_json::from_value::<HResult>(json!(hresult.bits())).unwrap(), hresult);
        assert_eq!(serde_json::from_value::<HResult>(json!(page.name())).unwrap(), hresult);
    }
    for page in Space::NtStatus.pages() {
        let status = page.code().ntstatus().expect("an NTSTATUS page");
        let number = serde_json::to_string(&status).unwrap();
        assert_eq!(serde_json::from_str::<NtStatus>(&number).unwrap(), status);
        assert_eq!(serde_json::from_value::<NtStatus>(json!(format!("0x{:08X}", status.bits()))).unwrap(), status);
    }
    for bad in ["4294967296", "-2147483649", "\"NOT_A_NAME\"", "null"] {
        assert!(serde_json::from_str::<HResult>(bad).is_err(), "{bad}");
    }
    let page = winerror::by_name("SEC_E_UNTRUSTED_ROOT").unwrap();
    let value = serde_json::to_value(page).unwrap();
    assert_eq!((value["space"].as_str(), value["code"].as_u64()), (Some("hresult"), Some(0x8009_0325)));
    assert_eq!(value["hresult"], json!(0x8009_0325_u32));
}

#[test]
fn related_errors_and_dates_serialize_as_names_and_iso_dates() {
    let page = pages().iter().find(|page| page.related().len() > 0 && page.updated().is_some());
    let Some(page) = page.or_else(|| pages().iter().find(|page| page.related().len() > 0)) else {
        panic!("no page lists related errors");
    };
    let value = serde_json::to_value(page).unwrap();
    let related: Vec<&str> = page.related().map(ErrorPage::name).collect();
    assert_eq!(value["related"], json!(related));
    match page.updated() {
        Some((year, month, day)) => assert_eq!(value["updated"], json!(format!("{year:04}-{month:02}-{day:02}"))),
        None => assert_eq!(value["updated"], json!(null)),
    }
}

//! Serde (feature `serde`): codes as numbers, pages as their fields.

use serde_json::json;
use winerror::{ERROR_ACCESS_DENIED, ErrorCode, ErrorPage, pages};

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
    for page in pages() {
        let code = page.code();
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
            "code": 5,
            "hresult": 0x8007_0005_u32,
            "header": "winerror.h",
            "module": page.module(),
            "message": "Access is denied.",
            "updated": null,
            "related": [],
        })
    );
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

//! `ErrorCode::page_in`: the page of a value in the header of the API that failed.

use std::collections::BTreeMap;

use winerror::{ERROR_ACCESS_DENIED, ERROR_INTERNET_CANNOT_CONNECT, ERROR_WINHTTP_CANNOT_CONNECT, ErrorCode, Space};

#[test]
fn every_page_is_its_values_page_in_its_own_header() {
    for page in Space::Win32.pages() {
        let code = page.code().win32().expect("a Win32 page");
        assert_eq!(code.page_in(page.header()), Some(page), "{}", page.name());
    }
}

#[test]
fn each_value_winhttp_and_wininet_share_gives_each_header_its_own_name() {
    let mut headers: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for page in Space::Win32.pages() {
        headers.entry(page.code().raw()).or_default().push(page.header());
    }
    let shared: Vec<u32> = headers
        .iter()
        .filter(|(_, headers)| headers.contains(&"winhttp.h") && headers.contains(&"wininet.h"))
        .map(|(&code, _)| code)
        .collect();
    assert_eq!(shared.len(), 33, "the README counts 33 shared values");
    for code in shared {
        let code = ErrorCode::from_raw(code);
        let winhttp = code.page_in("winhttp.h").unwrap();
        let wininet = code.page_in("wininet.h").unwrap();
        assert!(winhttp.name().starts_with("ERROR_WINHTTP_"), "{}", winhttp.name());
        assert!(!wininet.name().starts_with("ERROR_WINHTTP_"), "{}", wininet.name());
        assert_ne!(winhttp, wininet);
        assert_eq!((winhttp.header(), wininet.header()), ("winhttp.h", "wininet.h"));
    }
}

#[test]
fn the_header_is_matched_in_any_case_with_or_without_its_extension() {
    let code = ErrorCode::from_raw(12029);
    for header in ["winhttp.h", "WinHttp.h", "WINHTTP.H", "winhttp", "WinHTTP"] {
        assert_eq!(
            code.page_in(header).and_then(|page| page.code().win32()),
            Some(ERROR_WINHTTP_CANNOT_CONNECT),
            "{header}"
        );
        assert_eq!(code.page_in(header).unwrap().name(), "ERROR_WINHTTP_CANNOT_CONNECT", "{header}");
    }
    for header in ["wininet.h", "WinINet.h", "wininet"] {
        assert_eq!(code.page_in(header).unwrap().name(), "ERROR_INTERNET_CANNOT_CONNECT", "{header}");
    }
    assert_eq!(ERROR_INTERNET_CANNOT_CONNECT.page_in("winerror.h"), None);
}

#[test]
fn a_header_without_the_value_or_no_header_at_all_gives_none() {
    assert_eq!(ERROR_ACCESS_DENIED.page_in("winerror.h").unwrap().name(), "ERROR_ACCESS_DENIED");
    for header in ["winhttp.h", "wininet.h", "", ".h", "h", "winerror.hpp", "winerror.h ", "nosuch.h"] {
        assert_eq!(ERROR_ACCESS_DENIED.page_in(header), None, "{header:?}");
    }
    assert_eq!(ErrorCode::from_raw(65000).page_in("winerror.h"), None);
    // Not an ASCII-only header: no panic on a multibyte character before the extension.
    assert_eq!(ERROR_ACCESS_DENIED.page_in("é.h"), None);
    assert_eq!(ERROR_ACCESS_DENIED.page_in("hé"), None);
}

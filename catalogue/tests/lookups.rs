//! Every lookup agrees with a plain scan of the pages, for every page and then some.

use winerror::{Code, ErrorCode, ErrorPage, HResult, Space, by_name, from_hresult, lookup, pages};

fn scan_by_code(code: u32) -> Vec<&'static str> {
    Space::Win32.pages().iter().filter(|page| page.value() == code).map(ErrorPage::name).collect()
}

/// The value of a Win32 page.
fn win32(page: &ErrorPage) -> ErrorCode {
    page.code().win32().expect("a Win32 page")
}

#[test]
fn lookup_by_code_matches_a_scan_for_every_value_around_the_catalogue() {
    let largest = Space::Win32.pages().last().expect("pages").value();
    for code in (0..=largest + 100).chain([u32::MAX - 1, u32::MAX, 1 << 16, 1 << 20]) {
        let found: Vec<&str> = lookup(code).iter().map(ErrorPage::name).collect();
        assert_eq!(found, scan_by_code(code), "code {code}");
    }
}

#[test]
fn twelve_thousand_and_two_is_both_a_winhttp_and_a_wininet_error() {
    let headers: Vec<(&str, &str)> = lookup(12002).iter().map(|page| (page.name(), page.header())).collect();
    assert_eq!(headers, [("ERROR_INTERNET_TIMEOUT", "wininet.h"), ("ERROR_WINHTTP_TIMEOUT", "winhttp.h")]);
}

#[test]
fn every_name_is_found_exactly_and_in_other_cases() {
    for page in pages() {
        let name = page.name();
        assert_eq!(by_name(name), Some(page), "{name}");
        assert_eq!(by_name(&name.to_ascii_lowercase()), Some(page), "{name} in lower case");
        let mixed: String =
            name.chars().enumerate().map(|(i, c)| if i % 2 == 0 { c.to_ascii_lowercase() } else { c }).collect();
        assert_eq!(by_name(&mixed), Some(page), "{mixed}");
    }
}

#[test]
fn names_not_in_the_catalogue_are_not_found() {
    for name in [
        "",
        "ERROR",
        "ERROR_ACCESS_DENIED_",
        "_ERROR_ACCESS_DENIED",
        "ERROR_ACCESS_DENIEE",
        "ERROR ACCESS DENIED",
        "ÉRROR_ACCESS_DENIED",
        "ERROR_ACCESS_DENIEÉ",
        "ERROR\u{7f}ACCESS\u{7f}DENIED",
        "ERROR_ACCESS_DENIED\0",
        "error_access_denied\u{130}",
        "ERROR_FILE_NOT_FOUND\u{1f}",
        "ERROR_\u{10}",
    ] {
        assert_eq!(by_name(name), None, "{name:?}");
    }
}

#[test]
fn a_name_with_one_byte_changed_is_found_only_when_the_change_is_the_case_of_a_letter() {
    // The expected answer, by a plain map of the names in upper case (a scan per query would
    // take minutes in a debug build).
    let upper: std::collections::HashMap<String, &ErrorPage> =
        pages().iter().map(|page| (page.name().to_ascii_uppercase(), page)).collect();
    let expected_of = |query: &str| {
        upper.get(&query.to_ascii_uppercase()).copied().filter(|page| page.name().eq_ignore_ascii_case(query))
    };
    for page in pages().iter().step_by(3) {
        let name = page.name().as_bytes();
        for at in 0..name.len() {
            // Case, another letter or digit, `_` to DEL and digits to control characters
            // (both differ only in bit 0x20), bytes past ASCII.
            for change in [0x20, 0x01, 0x40, 0x60, 0x80, 0xA0] {
                let mut changed = name.to_vec();
                changed[at] ^= change;
                let Ok(changed) = String::from_utf8(changed) else { continue };
                assert_eq!(by_name(&changed), expected_of(&changed), "{changed:?}");
            }
        }
        // One byte longer or shorter.
        let name = page.name();
        assert_eq!(by_name(&name[..name.len() - 1]), expected_of(&name[..name.len() - 1]));
        assert_eq!(by_name(&format!("{name}_")), None, "{name}_");
    }
}

#[test]
fn hresults_find_the_pages_of_their_code() {
    for page in Space::Win32.pages().iter().filter(|page| page.value() <= 0xFFFF) {
        let hresult = win32(page).to_hresult();
        assert_eq!(ErrorCode::from_hresult(hresult), Some(win32(page)));
        assert!(from_hresult(hresult).contains(page), "{}", page.name());
    }
    assert!(from_hresult(HResult::from_raw(0x8000_4005_u32 as i32)).is_empty(), "E_FAIL");
    assert!(from_hresult(HResult::from_raw(1)).is_empty(), "S_FALSE");
    assert_eq!(from_hresult(HResult::from_raw(0))[0].name(), "ERROR_SUCCESS");
}

#[test]
fn debug_lists_every_name_sharing_the_value() {
    let debug = format!("{:?}", ErrorCode::from_raw(12002));
    assert_eq!(debug, "ErrorCode(ERROR_INTERNET_TIMEOUT | ERROR_WINHTTP_TIMEOUT, 12002)");
    assert_eq!(format!("{:?}", winerror::ERROR_ACCESS_DENIED), "ErrorCode(ERROR_ACCESS_DENIED, 5)");
}

#[test]
fn display_gives_the_message_and_the_name() {
    assert_eq!(winerror::ERROR_ACCESS_DENIED.to_string(), "Access is denied. (ERROR_ACCESS_DENIED)");
    assert!(winerror::ERROR_SUCCESS.is_success() && !winerror::ERROR_ACCESS_DENIED.is_success());
}

#[test]
fn every_page_parses_back_from_its_name_and_its_values() {
    for page in Space::Win32.pages() {
        let code = win32(page);
        assert_eq!(page.name().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.raw().to_string().parse::<ErrorCode>(), Ok(code));
        assert_eq!(format!("0x{:X}", code.raw()).parse::<ErrorCode>(), Ok(code));
        if code.raw() != 0 && code.raw() <= 0xFFFF {
            assert_eq!(format!("0x{:08X}", code.to_hresult().bits()).parse::<ErrorCode>(), Ok(code));
            assert_eq!(code.to_hresult().raw().to_string().parse::<ErrorCode>(), Ok(code));
        }
    }
}

#[test]
fn related_errors_are_pages_and_codes() {
    let with_related: Vec<&ErrorPage> = pages().iter().filter(|page| page.related().len() > 0).collect();
    assert!(!with_related.is_empty(), "some page lists related errors");
    for page in with_related {
        let codes: Vec<Code> = page.related_codes().collect();
        let from_pages: Vec<Code> = page.related().map(ErrorPage::code).collect();
        assert_eq!(codes, from_pages);
        assert!(page.related().all(|related| by_name(related.name()) == Some(related)), "{}", page.name());
    }
}

#[cfg(feature = "pages")]
#[test]
fn every_page_has_its_own_body() {
    for (index, page) in pages().iter().enumerate() {
        assert_eq!(page.body(), winerror::__catalogue::BODIES[index], "{}", page.name());
    }
    let body = winerror::by_name("ERROR_IPSEC_IKE_MM_DELAY_DROP").unwrap().body();
    assert!(body.contains("##"), "the body keeps its Markdown sections: {body}");
}

#[test]
fn success_is_a_value_not_negative_in_both_spaces() {
    use winerror::{E_FAIL, NtStatus, STATUS_BUFFER_OVERFLOW};
    assert!(
        HResult::from_raw(0).is_success() && HResult::from_raw(1).is_success() && !HResult::from_raw(0).is_failure()
    );
    assert!(E_FAIL.is_failure() && !E_FAIL.is_success());
    assert!(NtStatus::from_raw(0x4000_0000).is_success(), "informational is NT_SUCCESS");
    assert!(!STATUS_BUFFER_OVERFLOW.is_success(), "a warning is not");
    // A value with the severity bit set reads as an HRESULT, any other as a Win32 code.
    assert_eq!("0x80070005".parse::<ErrorCode>().map(ErrorCode::raw), Ok(5));
    assert_eq!("0x7FFFFFFF".parse::<ErrorCode>().map(ErrorCode::raw), Ok(0x7FFF_FFFF));
}

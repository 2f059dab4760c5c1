//! Tests of the title, mention, name and date syntax.

use super::*;

#[test]
fn titles_parse_and_fail_precisely() {
    let ok = parse_title("ERROR_IPSEC_IKE_MM_DELAY_DROP - 13814 (0x35F6)").unwrap();
    assert_eq!((ok.name.as_str(), ok.code), ("ERROR_IPSEC_IKE_MM_DELAY_DROP", 13814));
    assert_eq!(parse_title("ERROR_AUTODATASEG_EXCEEDS_64k - 199 (0xC7)").unwrap().code, 199);
    assert_eq!(parse_title("ERROR_X 13814 0x35F6"), Err(TitleError::Form));
    assert_eq!(parse_title("error_x - 1 (0x1)"), Err(TitleError::Name("error_x".into())));
    assert_eq!(parse_title("E_X - 4294967296 (0x100000000)"), Err(TitleError::Overflow("4294967296".into())));
    assert!(matches!(
        parse_title("E_X - 13820 (0x35F6)"),
        Err(TitleError::Mismatch { decimal: 13820, hex: 0x35F6, .. })
    ));
}

#[test]
fn mentions_are_found_with_their_values() {
    let text = "See ERROR_A (13820 - 0x35F4): x, and WSAEINTR (10004 - 0x2714). Not X (1 - 0x1) nor ERROR_B (1 -0x1).";
    let found = find_mentions(text);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].name, found[0].decimal, found[0].hex), ("ERROR_A", Some(13820), Some(0x35F4)));
    assert_eq!(found[0].offset, 4);
    assert_eq!(found[1].name, "WSAEINTR");
}

#[test]
fn hex_titles_and_mentions() {
    let title = parse_title("SEC_E_UNTRUSTED_ROOT - 0x80090325").unwrap();
    assert_eq!((title.code, title.hex_only), (0x8009_0325, true));
    assert!(!parse_title("ERROR_X - 1 (0x1)").unwrap().hex_only);
    assert_eq!(parse_title("E_X - 0x1FFFFFFFF"), Err(TitleError::Overflow("0x1FFFFFFFF".into())));
    assert_eq!(parse_title("E_X - 0xZ"), Err(TitleError::Form));
    let text = "Read SEC_E_UNTRUSTED_ROOT (0x80090325) and E_X (0x) and ERROR_A (1 - 0x1).";
    let found = find_mentions(text);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].hex, found[0].decimal, found[0].hex_only), (Some(0x8009_0325), None, true));
    assert_eq!(&text[found[0].offset + found[0].hex_offset()..][..10], "0x80090325");
    assert!(!found[1].hex_only);
    assert_eq!(leading_mention("STATUS_X (0xC000020D): why").map(|m| m.hex), Some(Some(0xC000_020D)));
}

#[test]
fn a_paragraph_may_wrap_between_a_name_and_its_values() {
    let text = "See ERROR_A\n(13820 - 0x35F4), E_X\r\n   (0x80090325) and ERROR_B  \n (2 - 0x2).";
    let found = find_mentions(text);
    let names: Vec<&str> = found.iter().map(|m| m.name).collect();
    assert_eq!(names, ["ERROR_A", "E_X", "ERROR_B"]);
    assert_eq!((found[0].decimal, found[0].hex, found[0].gap), (Some(13820), Some(0x35F4), "\n"));
    for mention in &found {
        assert_eq!(&text[mention.offset + mention.hex_offset()..][..mention.hex_text.len()], mention.hex_text);
    }
    // A blank line ends the paragraph, and no gap is no mention.
    assert_eq!(find_mentions("ERROR_A\n\n(1 - 0x1) ERROR_B\n \n(1 - 0x1) ERROR_C(1 - 0x1)"), []);
    assert_eq!(values_gap(" \t\n  ("), Some(5));
    assert_eq!(values_gap("("), None);
    assert_eq!(mention_at("ERROR_A\n(1 - 0x1)", 0, 7).map(|m| m.hex_offset()), Some(13));
}

#[test]
fn a_name_after_a_multibyte_character_is_cut_at_a_boundary() {
    // Found by the property harness: a mutated page with `\u{FFFD}remove (d` panicked here.
    assert_eq!(find_mentions("process \u{FFFD}remove (d or not"), []);
    let found = find_mentions("é\u{FFFD}ERROR_A (1 - 0x1)");
    assert_eq!((found[0].offset, found[0].name), (5, "ERROR_A"));
}

#[test]
fn dates_in_both_forms() {
    let date = Date { year: 2026, month: 2, day: 21 };
    assert_eq!(parse_date("2026-02-21"), Some(date));
    assert_eq!(parse_date("Feb 21, 2026"), Some(date));
    for bad in ["2026-2-21", "2026-02-30", "Febr 21, 2026", "21 Feb 2026", "", "2025-13-01"] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert_eq!(parse_date("2024-02-29").map(Date::packed), Some(20240229));
}

#[test]
fn names_and_modules() {
    assert!(is_error_name("WSAEINTR") && is_error_name("ERROR_ITERATED_DATA_EXCEEDS_64k"));
    assert!(!is_error_name("_X") && !is_error_name("ERROR-X") && !is_error_name(""));
    assert!(is_module_name("ipsec") && is_module_name("winsock2"));
    assert!(!is_module_name("Ipsec") && !is_module_name("type") && !is_module_name("my-dir"));
    assert_eq!(leading_name("ERROR_X (1 - 0x1): y"), Some("ERROR_X"));
    assert_eq!(leading_name("see ERROR_X"), None);
}

#[test]
fn mention_candidates_are_the_names_prose_may_use() {
    for name in ["ERROR_ACCESS_DENIED", "WSAEINTR", "E_FAIL", "S_OK", "STATUS_TIMEOUT", "DBG_CONTINUE"] {
        assert!(is_mention_candidate(name), "{name}");
    }
    for word in ["Windows", "HRESULT", "NTSTATUS", "NOERROR", "_X", "error_x", "WSA-X", ""] {
        assert!(!is_mention_candidate(word), "{word}");
    }
    assert_eq!(find_mentions("HRESULT (0x80004005) and E_FAIL (0x80004005)").len(), 1);
}

#[test]
fn suggests_the_near_name() {
    let names = ["ERROR_IPSEC_IKE_QM_DELAY_DROP", "ERROR_FILE_NOT_FOUND"];
    assert_eq!(suggestions("ERROR_IPSEC_IKE_QM_DELAY_DRP", names.into_iter()), ["ERROR_IPSEC_IKE_QM_DELAY_DROP"]);
}

/// The keyword list agrees with syn: every listed word is refused as an identifier (but
/// `gen`, see below), and a word syn accepts (a weak keyword such as `union`) is not listed.
#[test]
fn keywords_are_what_syn_refuses() {
    for &word in RUST_KEYWORDS {
        // `gen` is reserved by the 2024 edition (this crate's); syn's parser is edition-blind.
        let refused = syn::parse_str::<syn::Ident>(word).is_err() || word == "gen";
        assert!(refused, "syn accepts `{word}`, yet it is listed");
        assert!(!is_module_name(word), "{word}");
    }
    for word in ["union", "raw", "safe", "macro_rules", "winsock", "abstract_x"] {
        assert!(syn::parse_str::<syn::Ident>(word).is_ok(), "{word}");
        assert!(is_module_name(word), "{word}");
    }
    assert!(!is_module_name("abstract") && !is_module_name("become") && !is_error_name("Self"));
}

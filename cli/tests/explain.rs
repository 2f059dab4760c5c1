//! Explaining codes given in every form: decimal, hex, HRESULT, negative decimal, names.

mod common;

use common::{winerror, winerror_with_env};

/// The summary block of ERROR_IPSEC_IKE_MM_DELAY_DROP, the README's example.
const MM_DELAY_DROP: &str = "\
ERROR_IPSEC_IKE_MM_DELAY_DROP
  value    13814 (0x35F6)
  HRESULT  0x800735F6 (-2147011082)
  header   winerror.h (winerror::ipsec)
  message  Negotiation took too long.
";

#[test]
fn decimal_and_hex_values() {
    for input in ["13814", "0x35F6", "0x35f6", "0X35F6", "+13814", " 13814 "] {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        assert_eq!(run.stdout, MM_DELAY_DROP, "{input}");
        assert_eq!(run.stderr, "", "{input}");
    }
}

#[test]
fn hresults_in_hex_and_negative_decimal_say_which_reading_matched() {
    for input in ["0x800735F6", "-2147011082", "2147956214"] {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        let note = format!(
            "{input}: read as an HRESULT (FACILITY_WIN32) carrying the Win32 code 13814 (0x35F6), not as a plain value\n"
        );
        assert_eq!(run.stdout, format!("{note}{MM_DELAY_DROP}"), "{input}");
    }
}

#[test]
fn names_in_any_case_with_or_without_the_prefix() {
    for input in [
        "ERROR_IPSEC_IKE_MM_DELAY_DROP",
        "error_ipsec_ike_mm_delay_drop",
        "Error_Ipsec_Ike_Mm_Delay_Drop",
        "ipsec_ike_mm_delay_drop",
    ] {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        assert_eq!(run.stdout, MM_DELAY_DROP, "{input}");
    }
    // One of the two names the SDK spells with a lowercase `k`.
    let run = winerror(["error_autodataseg_exceeds_64K"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("ERROR_AUTODATASEG_EXCEEDS_64k\n"), "{}", run.stdout);
}

#[test]
fn several_inputs_at_once_in_order() {
    let run = winerror(["5", "ERROR_FILE_NOT_FOUND", "0x35F6"]);
    assert_eq!(run.code, 0, "{run:?}");
    let names: Vec<&str> = run.stdout.lines().filter(|line| line.starts_with("ERROR_")).collect();
    assert_eq!(names, ["ERROR_ACCESS_DENIED", "ERROR_FILE_NOT_FOUND", "ERROR_IPSEC_IKE_MM_DELAY_DROP"]);
    assert!(run.stdout.contains("  value    5 (0x5)\n"));
    assert!(run.stdout.contains("  value    2 (0x2)\n"));
}

#[test]
fn a_shared_value_prints_every_page_with_its_header() {
    for (input, hresult_note) in [("12002", false), ("0x80072EE2", true), ("-2147012894", true)] {
        let run = winerror([input]);
        assert_eq!(run.code, 0, "{input}: {run:?}");
        assert_eq!(run.stdout.contains("read as an HRESULT"), hresult_note, "{input}: {}", run.stdout);
        assert!(run.stdout.contains(
            "12002 (0x2EE2) is shared by 2 pages: ERROR_INTERNET_TIMEOUT (wininet.h), ERROR_WINHTTP_TIMEOUT (winhttp.h)\n"
        ));
        assert!(run.stdout.contains("ERROR_INTERNET_TIMEOUT\n  value    12002 (0x2EE2)\n"), "{input}");
        assert!(run.stdout.contains("ERROR_WINHTTP_TIMEOUT\n  value    12002 (0x2EE2)\n"), "{input}");
        assert!(run.stdout.contains("  header   wininet.h (winerror::wininet)\n"), "{input}");
        assert!(run.stdout.contains("  header   winhttp.h (winerror::winhttp)\n"), "{input}");
    }
}

#[test]
fn long_renders_the_page_for_a_terminal() {
    let run = winerror(["--long", "0x35F6"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with(MM_DELAY_DROP), "{}", run.stdout);
    for heading in
        ["TECHNICAL MEANING", "ERROR DETAILS", "USAGE CONTEXT", "RELATED ERRORS", "EXAMPLE", "FAQ", "SUMMARY"]
    {
        assert!(run.stdout.lines().any(|line| line == heading), "{heading} in {}", run.stdout);
    }
    assert!(!run.stdout.contains("## "), "Markdown heading marks are rendered away");
    assert!(run.stdout.contains("\n- Block: the IKE negotiation statuses"), "bold labels lose their stars");
    assert!(run.stdout.contains("\nQ: How is it different from"), "FAQ questions lose their stars");
    // Piped output wraps prose at 80 columns; nothing but unbreakable words runs past. Code
    // blocks (indented four spaces) keep their lines as written.
    let prose = run.stdout.lines().filter(|line| !line.starts_with("    "));
    assert!(prose.clone().all(|line| line.chars().count() <= 80), "{}", run.stdout);
    assert!(run.stdout.contains("\n    use winerror::"), "the example is shown as code");
    let paragraph_lines = run.stdout.lines().filter(|line| line.chars().count() > 60).count();
    assert!(paragraph_lines > 20, "paragraphs are filled, not left one sentence per line");
}

#[test]
fn long_keeps_the_numbers_of_numbered_lists() {
    let run = winerror(["--long", "ERROR_INTERNET_TIMEOUT"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("\n1. Check that the server"), "{}", run.stdout);
    assert!(run.stdout.contains("\n- Value: 12002, hexadecimal 0x2EE2."), "bold labels lose their stars");
}

#[test]
fn plain_when_piped_or_no_color_and_coloured_on_request() {
    let piped = winerror(["--long", "13814"]);
    assert!(!piped.stdout.contains('\u{1b}'), "no escapes when piped");
    let no_color = winerror_with_env(["--long", "13814"], &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
    assert!(!no_color.stdout.contains('\u{1b}'), "no escapes with NO_COLOR");
    assert_eq!(no_color.stdout, piped.stdout);
    let coloured = winerror(["--color", "always", "--long", "13814"]);
    assert!(coloured.stdout.contains("\u{1b}["), "escapes with --color always");
    let forced = winerror_with_env(["13814"], &[("CLICOLOR_FORCE", "1")]);
    assert!(forced.stdout.contains("\u{1b}["), "escapes with CLICOLOR_FORCE");
}

#[test]
fn known_and_unknown_inputs_together() {
    let run = winerror(["13814", "NOT_AN_ERROR", "5"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.starts_with(MM_DELAY_DROP));
    assert!(run.stdout.contains("ERROR_ACCESS_DENIED\n"));
    assert!(run.stderr.contains("'NOT_AN_ERROR' matches no documented error"), "{}", run.stderr);
}

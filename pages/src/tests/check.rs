//! One test per catalogue-wide rule.

use crate::testing::{Fixture, page_text};

const IKE: &str = "ERROR_IPSEC_IKE_MM_DELAY_DROP";
const QM: &str = "ERROR_IPSEC_IKE_QM_DELAY_DROP";

fn related(body: &str) -> Vec<String> {
    Fixture::with_pages(&[(IKE, 13814, body), (QM, 13815, "")]).check()
}

#[test]
fn a_name_defined_twice_is_reported_at_the_second_page() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 1, "")]);
    fixture.write("other/README.md", "# Other\n\nHeader: winhttp.h\n");
    fixture.write("other/ERROR_X.md", page_text("ERROR_X", 2, ""));
    assert_eq!(
        fixture.check(),
        [
            "docs/other/ERROR_X.md:1:1: `ERROR_X` is already defined by docs/ipsec/ERROR_X.md; a name has one page; merge the two"
        ]
    );
}

#[test]
fn every_later_page_of_a_name_points_at_the_first_in_path_order() {
    let fixture = Fixture::with_pages(&[("ERROR_Y", 3, "")]);
    for family in ["other", "third"] {
        fixture.write(&format!("{family}/README.md"), "# Other\n\nHeader: winhttp.h\n");
        fixture.write(&format!("{family}/ERROR_Y.md"), page_text("ERROR_Y", 3, ""));
    }
    let first = "is already defined by docs/ipsec/ERROR_Y.md; a name has one page; merge the two";
    assert_eq!(
        fixture.check(),
        [
            format!("docs/other/ERROR_Y.md:1:1: `ERROR_Y` {first}"),
            format!("docs/third/ERROR_Y.md:1:1: `ERROR_Y` {first}")
        ]
    );
}

#[test]
fn a_value_shared_within_one_header_is_reported_across_headers_allowed() {
    let fixture = Fixture::with_pages(&[("ERROR_X", 12002, ""), ("ERROR_Y", 12002, "")]);
    fixture.write("winhttp/README.md", "# WinHTTP\n\nHeader: winhttp.h\n");
    fixture.write("winhttp/ERROR_WINHTTP_TIMEOUT.md", page_text("ERROR_WINHTTP_TIMEOUT", 12002, ""));
    assert_eq!(
        fixture.check(),
        [
            "docs/ipsec/ERROR_Y.md:1:1: 12002 (0x2EE2) is already ERROR_X in winerror.h; within one header a value names one error; see docs/ipsec/ERROR_X.md"
        ]
    );
}

#[test]
fn an_unknown_mention_suggests_near_names_but_never_the_page_itself() {
    let diags =
        related("See ERROR_IPSEC_IKE_QM_DELAY_DRP (13815 - 0x35F7) and ERROR_IPSEC_IKE_MM_DELAY_DRP (1 - 0x1).\n");
    assert_eq!(
        diags,
        [
            "docs/ipsec/ERROR_IPSEC_IKE_MM_DELAY_DROP.md:5:5: `ERROR_IPSEC_IKE_QM_DELAY_DRP` is not an error of the catalogue (13815 is ERROR_IPSEC_IKE_QM_DELAY_DROP); did you mean ERROR_IPSEC_IKE_QM_DELAY_DROP?",
            "docs/ipsec/ERROR_IPSEC_IKE_MM_DELAY_DROP.md:5:55: `ERROR_IPSEC_IKE_MM_DELAY_DRP` is not an error of the catalogue; did you mean ERROR_IPSEC_IKE_QM_DELAY_DROP?",
        ]
    );
}

#[test]
fn a_mention_with_the_wrong_value_gives_the_true_one() {
    let diags = related(&format!("See {QM} (13820 - 0x35FC).\n"));
    assert_eq!(
        diags,
        [format!("docs/ipsec/{IKE}.md:5:5: {QM} is 13815 - 0x35F7, not 13820 - 0x35FC; write {QM} (13815 - 0x35F7)")]
    );
}

#[test]
fn a_mention_wrapped_between_name_and_values_is_checked() {
    let diags = related(&format!("See\n{QM}\n(13820 - 0x35FC) and\n> {QM}\n> (13815 - 0x35F6)\n"));
    assert_eq!(
        diags,
        [
            format!("docs/ipsec/{IKE}.md:6:1: {QM} is 13815 - 0x35F7, not 13820 - 0x35FC; write {QM} (13815 - 0x35F7)"),
            format!("docs/ipsec/{IKE}.md:9:12: 0x35F6 is 13814, not 13815; {QM} is 13815 (0x35F7)"),
        ]
    );
    // A hard break (two trailing spaces) in a list item wraps as well.
    let diags =
        related(&format!("A list:\n\n- {QM}  \n  (13815 - 0x35F8) is wrong, {QM}\n  (13815 - 0x35F7) right.\n"));
    assert_eq!(diags, [format!("docs/ipsec/{IKE}.md:8:12: 0x35F8 is 13816, not 13815; {QM} is 13815 (0x35F7)")]);
}

#[test]
fn a_mention_whose_hex_disagrees_is_located_at_the_hex() {
    let diags = related(&format!("See {QM} (13815 - 0x35F6).\n"));
    assert_eq!(diags, [format!("docs/ipsec/{IKE}.md:5:44: 0x35F6 is 13814, not 13815; {QM} is 13815 (0x35F7)")]);
    let diags = related("See ERROR_UNKNOWN_THING (13820 - 0x35F4).\n");
    assert_eq!(
        diags,
        [
            format!("docs/ipsec/{IKE}.md:5:5: `ERROR_UNKNOWN_THING` is not an error of the catalogue"),
            format!("docs/ipsec/{IKE}.md:5:34: 0x35F4 is 13812, not 13820; 13820 is 0x35FC"),
        ]
    );
}

#[test]
fn related_items_name_known_errors_with_their_true_values() {
    assert_eq!(
        related(&format!("## Related Errors\n\n- {QM} (13815 - 0x35F7): why\n- `{QM}`: again\n")),
        Vec::<String>::new()
    );
    let diags =
        related(&format!("## Related Errors\n\n- `{QM}` (13814 - 0x35F6): why\n- [{QM}](https://x.org) (1 - 0x1)\n"));
    assert_eq!(
        diags,
        [
            format!("docs/ipsec/{IKE}.md:7:3: {QM} is 13815 - 0x35F7, not 13814 - 0x35F6; write {QM} (13815 - 0x35F7)"),
            format!("docs/ipsec/{IKE}.md:8:4: {QM} is 13815 - 0x35F7, not 1 - 0x1; write {QM} (13815 - 0x35F7)"),
        ]
    );
    let diags = related("## Related Errors\n\n- ERROR_NOPE: why\n- ERROR_NOPE_TWO (1 - 0x1)\n");
    assert_eq!(
        diags,
        [
            format!("docs/ipsec/{IKE}.md:7:3: `ERROR_NOPE` is not an error of the catalogue"),
            format!("docs/ipsec/{IKE}.md:8:3: `ERROR_NOPE_TWO` is not an error of the catalogue"),
        ]
    );
}

#[test]
fn a_related_item_starting_with_a_plain_word_is_not_a_name() {
    assert_eq!(
        related("## Related Errors\n\n- The same timeout.\n- WSAEINTR: interrupted\n"),
        [
            format!(
                "docs/ipsec/{IKE}.md:7:3: a Related Errors item must start with an error name; write `- NAME (DECIMAL - 0xHEX): why it is related`"
            ),
            format!("docs/ipsec/{IKE}.md:8:3: `WSAEINTR` is not an error of the catalogue"),
        ]
    );
}

#[test]
fn a_number_beyond_32_bits_in_a_mention_is_named_as_such() {
    let diags = related(&format!("See {QM} (99999999999 - 0x35F7) and {QM} (13815 - 0x1FFFFFFFF).\n"));
    assert_eq!(
        diags,
        [
            format!(
                "docs/ipsec/{IKE}.md:5:5: {QM} is 13815 - 0x35F7, not a number beyond 32 bits - 0x35F7; write {QM} (13815 - 0x35F7)"
            ),
            format!(
                "docs/ipsec/{IKE}.md:5:101: 0x1FFFFFFFF is a number beyond 32 bits, not 13815; {QM} is 13815 (0x35F7)"
            ),
        ]
    );
}

/// The diagnostics of the `ipsec` family whose index page has `intro` after its header line.
fn introduction(intro: &str) -> Vec<String> {
    let fixture = Fixture::with_pages(&[(IKE, 13814, ""), (QM, 13815, "")]);
    fixture.write("ipsec/README.md", format!("# IPsec\n\nHeader: winerror.h\n\n{intro}"));
    fixture.check()
}

#[test]
fn an_introduction_s_mentions_follow_the_rule_of_error_pages() {
    assert_eq!(introduction(&format!("Quick mode: {QM} (13815 - 0x35F7), `{IKE}`.\n")), Vec::<String>::new());
    assert_eq!(
        introduction(&format!("Quick mode:\n{QM} (13820 - 0x35FC).\n")),
        [format!("docs/ipsec/README.md:6:1: {QM} is 13815 - 0x35F7, not 13820 - 0x35FC; write {QM} (13815 - 0x35F7)")]
    );
    assert_eq!(
        introduction(&format!("- {QM} (13815 - 0x35F6)\n")),
        [format!("docs/ipsec/README.md:5:42: 0x35F6 is 13814, not 13815; {QM} is 13815 (0x35F7)")]
    );
    assert_eq!(
        introduction(&format!("{QM} (0x000035F7)\n")),
        [format!(
            "docs/ipsec/README.md:5:1: {QM} is a Win32 code: its values are written NAME (DECIMAL - 0xHEX); write {QM} (13815 - 0x35F7)"
        )]
    );
}

#[test]
fn an_unknown_name_in_an_introduction_gets_every_near_name() {
    // An index page has no name of its own, so both near names are suggested.
    assert_eq!(
        introduction("See ERROR_IPSEC_IKE_XM_DELAY_DROP (13815 - 0x35F7).\n"),
        [
            "docs/ipsec/README.md:5:5: `ERROR_IPSEC_IKE_XM_DELAY_DROP` is not an error of the catalogue (13815 is ERROR_IPSEC_IKE_QM_DELAY_DROP); did you mean ERROR_IPSEC_IKE_MM_DELAY_DROP or ERROR_IPSEC_IKE_QM_DELAY_DROP?"
        ]
    );
}

#[test]
fn a_wrapped_mention_in_an_introduction_is_checked_where_it_stands() {
    assert_eq!(
        introduction(&format!("Intro.\n\n> In quick mode, {QM}\n> (13815 - 0x35F8) is wrong.\n")),
        [format!("docs/ipsec/README.md:8:12: 0x35F8 is 13816, not 13815; {QM} is 13815 (0x35F7)")]
    );
}

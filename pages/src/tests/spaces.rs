//! The spaces: a family's `Space:` line, its folder prefix and header, and titles and mentions
//! written the way each space writes values.

use crate::space::Space;
use crate::testing::Fixture;

/// A fixture with `ipsec` (Win32, ERROR_X = 5) and `hresult_sspi` (HRESULT) holding `pages`
/// as (name, hex title value, body).
fn with_hresults(pages: &[(&str, &str, &str)]) -> Fixture {
    let fixture = Fixture::with_pages(&[("ERROR_X", 5, "")]);
    fixture.write("hresult_sspi/README.md", "# SSPI\n\nHeader: winerror.h\nSpace: hresult\n\nIntro.\n");
    for (name, value, body) in pages {
        fixture.write(&format!("hresult_sspi/{name}.md"), format!("# {name} - {value}\n\nIt failed.\n\n{body}"));
    }
    fixture
}

#[test]
fn hresult_pages_and_hex_mentions_check_clean() {
    let fixture = with_hresults(&[
        ("SEC_E_UNTRUSTED_ROOT", "0x80090325", "See SEC_E_OTHER (0x80090326) and ERROR_X (5 - 0x5).\n"),
        ("SEC_E_OTHER", "0x80090326", "## Related Errors\n\n- SEC_E_UNTRUSTED_ROOT (0x80090325): the root.\n"),
        ("SEC_E_FIVE", "0x00000005", "Five is ERROR_X (5 - 0x5) too, in another space.\n"),
    ]);
    assert_eq!(fixture.check(), Vec::<String>::new());
    let checked = crate::check_folder(&fixture.docs());
    let spaces: Vec<(Space, u32)> =
        checked.catalogue.entries.iter().map(|e| (checked.catalogue.space(e), e.page.code)).collect();
    assert_eq!(
        spaces,
        [(Space::Win32, 5), (Space::HResult, 5), (Space::HResult, 0x8009_0325), (Space::HResult, 0x8009_0326)],
        "pages sort by space, then value"
    );
}

#[test]
fn mentions_are_written_the_way_their_target_s_space_writes_values() {
    let fixture = with_hresults(&[
        ("SEC_E_UNTRUSTED_ROOT", "0x80090325", "See ERROR_X (0x5) and SEC_E_OTHER (2148074278 - 0x80090326).\n"),
        ("SEC_E_OTHER", "0x80090326", "Not SEC_E_UNTRUSTED_ROOT (0x80090327).\n"),
    ]);
    assert_eq!(
        fixture.check(),
        [
            "docs/hresult_sspi/SEC_E_OTHER.md:5:5: SEC_E_UNTRUSTED_ROOT is 0x80090325, not 0x80090327; write SEC_E_UNTRUSTED_ROOT (0x80090325)",
            "docs/hresult_sspi/SEC_E_UNTRUSTED_ROOT.md:5:5: ERROR_X is a Win32 code: its values are written NAME (DECIMAL - 0xHEX); write ERROR_X (5 - 0x5)",
            "docs/hresult_sspi/SEC_E_UNTRUSTED_ROOT.md:5:23: SEC_E_OTHER is an HRESULT: its values are written NAME (0xHEX); write SEC_E_OTHER (0x80090326)",
        ]
    );
}

#[test]
fn a_title_must_be_written_as_its_family_s_space_writes_values() {
    let fixture = with_hresults(&[("SEC_E_DECIMAL", "2148074277 (0x80090325)", "")]);
    fixture.write("ipsec/ERROR_HEX.md", "# ERROR_HEX - 0x6\n\nIt failed.\n");
    assert_eq!(
        fixture.check(),
        [
            "docs/hresult_sspi/SEC_E_DECIMAL.md:1:1: `hresult_sspi` holds hresult values, whose titles are `# NAME - 0xHEX`; write `# SEC_E_DECIMAL - 0x80090325`",
            "docs/ipsec/ERROR_HEX.md:1:1: `ipsec` holds win32 values, whose titles are `# NAME - DECIMAL (0xHEX)`; write `# ERROR_HEX - 6 (0x6)`",
        ]
    );
}

#[test]
fn the_space_line_the_folder_prefix_and_the_header_agree() {
    let fixture = Fixture::new();
    fixture.write("hresult_a/README.md", "# A\n\nHeader: winerror.h\n");
    fixture.write("ntstatus_b/README.md", "# B\n\nHeader: winerror.h\nSpace: ntstatus\n");
    fixture.write("plain/README.md", "# C\n\nHeader: winerror.h\n\nSpace: hresult\n");
    fixture.write("hresult_d/README.md", "# D\n\nHeader: winerror.h\nSpace: com\n");
    assert_eq!(
        fixture.check(),
        [
            "docs/hresult_a/README.md:3:1: the folder `hresult_a` does not hold win32 values; a folder named `hresult_*` holds hresult values: write `Space: hresult`",
            "docs/hresult_d/README.md:4:1: `com` is not a space; the spaces are win32 (the default), hresult and ntstatus",
            "docs/hresult_d/README.md:4:1: the folder `hresult_d` does not hold win32 values; a folder named `hresult_*` holds hresult values: write `Space: hresult`",
            "docs/ntstatus_b/README.md:3:1: `winerror.h` is not a header of ntstatus values; ntstatus values come from ntstatus.h",
            "docs/plain/README.md:5:1: the folder `plain` does not hold hresult values; a family of the hresult space lives in a folder named `hresult_*`",
        ]
    );
}

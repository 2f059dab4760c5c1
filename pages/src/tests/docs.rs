//! Tests of the rustdoc pages the expansion writes (`winerror-codegen`), on the real `docs/`.

use std::path::Path;

use winerror_codegen::check::Catalogue;
use winerror_codegen::expand::docs::{CatalogueIndex, constant_doc, family_doc, sections};
use winerror_codegen::grammar::is_mention_candidate;

use crate::testing::Fixture;

fn docs() -> Catalogue {
    let checked = crate::check_folder(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs"));
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics.first());
    checked.catalogue
}

fn sections_of(catalogue: &Catalogue, name: &str) -> String {
    let index = CatalogueIndex::new(catalogue, true);
    sections(catalogue, &index, catalogue.index_of(name).expect("a page of docs/"))
}

#[test]
fn every_name_of_the_catalogue_is_a_mention_candidate() {
    // Else prose could not mention it with its values, nor link it.
    let catalogue = docs();
    let missed: Vec<&str> = catalogue.names().filter(|name| !is_mention_candidate(name)).collect();
    assert!(missed.is_empty(), "names prose cannot mention: {missed:?}");
    assert!(catalogue.names().count() > 7000);
}

#[test]
fn errors_with_the_same_message_link_each_other() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_IPSEC_IKE_QM_DELAY_DROP");
    let same = doc.split("## ").find(|s| s.starts_with("Same message")).expect("a Same message section");
    assert!(
        same.contains(
            "- [`ERROR_IPSEC_IKE_MM_DELAY_DROP`](super::ipsec::ERROR_IPSEC_IKE_MM_DELAY_DROP) 13814 (0x35F6)\n"
        ),
        "{same}"
    );
    assert!(!same.contains("ERROR_IPSEC_IKE_QM_DELAY_DROP`"), "an error is not its own twin");
    assert!(!doc.contains("## Same value"), "13815 has one name");
    // The seed page names its twin itself: no section repeats it.
    let seed = sections_of(&catalogue, "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    assert!(!seed.contains("## Same message"), "{seed}");
}

#[test]
fn an_error_of_another_family_with_the_same_message_names_its_family() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_APPHELP_BLOCK");
    assert!(doc.contains(
        "- [`STATUS_APPHELP_BLOCK`](super::ntstatus_c0000300::STATUS_APPHELP_BLOCK) 0xC000035D, family \
         [`ntstatus_c0000300`](super::ntstatus_c0000300)\n"
    ));
}

#[test]
fn a_value_shared_by_two_headers_names_the_other() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_WINHTTP_TIMEOUT");
    let same = doc.split("## ").find(|s| s.starts_with("Same value")).expect("a Same value section");
    // The WinHTTP page lists its WinINet twin in Related Errors: named again, in fewer words.
    assert!(
        same.contains("- `ERROR_INTERNET_TIMEOUT` in `wininet.h`, in [Related Errors](#related-errors)."),
        "{same}"
    );
    assert_eq!(same.matches("\n- ").count(), 1);
}

#[test]
fn neighbours_are_the_adjacent_codes_of_the_family() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    assert!(doc.contains("## Neighbours in IPsec and IKE"));
    // Both neighbours are in the seed page's Related Errors: named there, not linked again.
    assert!(doc.contains("- Previous: `ERROR_IPSEC_IKE_DROP_NO_RESPONSE`, in [Related Errors](#related-errors).\n"));
    assert!(doc.contains("- Next: `ERROR_IPSEC_IKE_QM_DELAY_DROP`, in [Related Errors](#related-errors).\n"));
    let twin = sections_of(&catalogue, "ERROR_IPSEC_IKE_QM_DELAY_DROP");
    assert!(twin.contains("- Previous: `ERROR_IPSEC_IKE_MM_DELAY_DROP`, under [Same message](#same-message).\n"));
    assert!(twin.contains(
        "- Next: [`ERROR_IPSEC_IKE_ERROR`](super::ipsec::ERROR_IPSEC_IKE_ERROR) 13816 (0x35F8): Unknown error occurred.\n"
    ));
    let first = sections_of(&catalogue, "ERROR_IPSEC_QM_POLICY_EXISTS");
    assert!(first.contains("- Previous: none, this is the first code of the family."));
    assert!(first.contains("- Next: [`ERROR_IPSEC_QM_POLICY_NOT_FOUND`]"));
}

fn doc_of(catalogue: &Catalogue, module: &str) -> String {
    let family = catalogue.families.iter().position(|f| f.module == module).expect("a family");
    family_doc(catalogue, &CatalogueIndex::new(catalogue, true), family)
}

#[test]
fn a_family_table_has_one_row_per_code_with_its_message() {
    let catalogue = docs();
    let doc = doc_of(&catalogue, "winhttp");
    assert!(doc.starts_with("WinHTTP\n\nHeader: `winhttp.h`."));
    assert_eq!(doc.matches("\n| [<code>ERROR_<wbr>WINHTTP_<wbr>").count(), 46);
    assert!(doc.contains(
        "| [<code>ERROR_<wbr>WINHTTP_<wbr>TIMEOUT</code>](ERROR_WINHTTP_TIMEOUT) | 12002 | `0x2EE2` | The request has \
         timed out."
    ));
    assert!(!doc.contains("### "), "a small family has one table");
}

#[test]
fn a_large_family_is_split_into_hundreds_with_a_contents_line() {
    let catalogue = docs();
    let doc = doc_of(&catalogue, "ipsec");
    assert!(doc.contains("Blocks of a hundred values: [130xx](#130xx), [138xx](#138xx), [139xx](#139xx)."));
    assert_eq!(doc.matches("\n### ").count(), 3);
    assert_eq!(doc.matches("\n| [<code>").count(), 153);
}

#[test]
fn names_in_the_introduction_become_links() {
    let catalogue = docs();
    let doc = doc_of(&catalogue, "winsock");
    assert!(doc.contains("[WSAEWOULDBLOCK](WSAEWOULDBLOCK) 10035 (0x2733)"), "{doc}");
    assert!(!doc.contains("](super::"), "module docs resolve in the parent scope, where super:: leads nowhere");
    assert!(doc.contains("`ws2_32.dll`"), "code spans that are not names stay as they are");
}

/// The whole rustdoc of a constant of a fixture's catalogue.
fn constant_doc_of(catalogue: &Catalogue, name: &str) -> String {
    let index = CatalogueIndex::new(catalogue, true);
    constant_doc(catalogue, &index, catalogue.index_of(name).expect("a page of the fixture"))
}

/// A catalogue of the fixture, which must have no problems.
fn catalogue_of(fixture: &Fixture) -> Catalogue {
    let checked = crate::check_folder(&fixture.docs());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics.first());
    checked.catalogue
}

/// Four pages of one family with the fixture's one message, "Something failed.": ERROR_A names
/// ERROR_B in its prose and in Related Errors, three times in all, and ERROR_C in its prose.
fn twins() -> Catalogue {
    let body = "## Technical Meaning\n\nLike ERROR_B (2 - 0x2), and ERROR_C.\n\n\
                ## Related Errors\n\n- ERROR_B (2 - 0x2): the twin.\n\n\
                ## FAQ\n\nHow is it different from ERROR_B? It is not.\n\n\
                ## Summary\n\nERROR_A (1 - 0x1) failed.\n";
    catalogue_of(&Fixture::with_pages(&[
        ("ERROR_A", 1, body),
        ("ERROR_B", 2, ""),
        ("ERROR_C", 3, ""),
        ("ERROR_D", 4, ""),
    ]))
}

#[test]
fn a_name_is_linked_at_its_first_use_and_in_related_errors_only() {
    let catalogue = twins();
    let doc = constant_doc_of(&catalogue, "ERROR_A");
    assert_eq!(doc.matches("](super::ipsec::ERROR_B)").count(), 2, "{doc}");
    assert!(doc.contains("Like [ERROR_B](super::ipsec::ERROR_B) 2 (0x2), and [ERROR_C](super::ipsec::ERROR_C)."));
    assert!(doc.contains("- [ERROR_B](super::ipsec::ERROR_B) 2 (0x2): the twin."));
    assert!(doc.contains("How is it different from ERROR_B? It is not."), "later uses stay plain");
    assert_eq!(doc.matches("](super::ipsec::ERROR_C)").count(), 1, "{doc}");
}

#[test]
fn computed_sections_leave_out_what_the_page_names() {
    let catalogue = twins();
    let doc = sections_of(&catalogue, "ERROR_A");
    // B and C are named by the page; only D is left to list.
    let same = doc.split("## ").find(|s| s.starts_with("Same message")).expect("a Same message section");
    assert!(same.contains("the same official message (besides the 2 named above)"), "{same}");
    assert_eq!(same.matches("\n- ").count(), 1, "{same}");
    assert!(same.contains("- [`ERROR_D`](super::ipsec::ERROR_D) 4 (0x4)\n"), "{same}");
    assert!(!same.contains("family"), "D is of the page's own family");
    assert!(doc.contains("- Next: `ERROR_B`, in [Related Errors](#related-errors).\n"), "{doc}");
    assert!(!doc.contains("super::ipsec::ERROR_B") && !doc.contains("super::ipsec::ERROR_C"), "{doc}");
    // ERROR_C's page names nothing: its neighbours are linked once, under Same message.
    let c = sections_of(&catalogue, "ERROR_C");
    assert!(c.contains("- Next: `ERROR_D`, under [Same message](#same-message).\n"), "{c}");
    assert!(c.contains("- Previous: `ERROR_B`, under [Same message](#same-message).\n"), "{c}");
    let d = sections_of(&catalogue, "ERROR_D");
    assert_eq!(d.matches("](super::ipsec::ERROR_C)").count(), 1, "every other error is linked once: {d}");
}

#[test]
fn computed_sections_do_not_restate_the_value_or_header() {
    let fixture = Fixture::with_pages(&[("ERROR_A", 12002, "")]);
    fixture.write("winhttp/README.md", "# WinHTTP\n\nHeader: winhttp.h\n");
    let other = "# ERROR_B - 12002 (0x2EE2)\n\nSomething else failed.\n\n## Related Errors\n\n\
                 - ERROR_A (12002 - 0x2EE2): the same value in winerror.h.\n";
    fixture.write("winhttp/ERROR_B.md", other);
    let catalogue = catalogue_of(&fixture);
    let doc = sections_of(&catalogue, "ERROR_A");
    assert!(doc.contains("## Same value, other header"), "{doc}");
    assert!(doc.contains("- [`ERROR_B`](super::winhttp::ERROR_B) in `winhttp.h`: Something else failed.\n"), "{doc}");
    for stated in ["12002", "2EE2", "winerror.h"] {
        assert!(!doc.contains(stated), "{stated} is in the facts table: {doc}");
    }
    // ERROR_B lists ERROR_A in Related Errors: Same value names it in fewer words.
    let b = sections_of(&catalogue, "ERROR_B");
    assert!(b.contains("- `ERROR_A` in `winerror.h`, in [Related Errors](#related-errors).\n"), "{b}");
    let b_doc = constant_doc_of(&catalogue, "ERROR_B");
    assert_eq!(b_doc.matches("](super::ipsec::ERROR_A)").count(), 1, "{b_doc}");
    assert_eq!(b_doc.matches("12002").count(), 2, "the facts table and the page's own mention: {b_doc}");
}

#[test]
fn mentions_render_their_values_without_a_dash() {
    let body = "## Technical Meaning\n\nSee ERROR_B (2 - 0x2) and `ERROR_B`.\n\n\
                ```text\nERROR_B (2 - 0x2)\n```\n\n\
                ## Summary\n\nERROR_A (1 - 0x1) failed.\n";
    let catalogue = catalogue_of(&Fixture::with_pages(&[("ERROR_A", 1, body), ("ERROR_B", 2, "")]));
    let doc = constant_doc_of(&catalogue, "ERROR_A");
    assert!(doc.contains("See [ERROR_B](super::ipsec::ERROR_B) 2 (0x2) and `ERROR_B`."), "{doc}");
    assert!(doc.contains("```text\nERROR_B (2 - 0x2)\n```"), "code is left as written: {doc}");
    assert!(doc.contains("ERROR_A 1 (0x1) failed."), "the page's own name is not linked: {doc}");
    assert!(!doc.contains("ERROR_A]"), "{doc}");
}

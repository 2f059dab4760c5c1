//! Tests of the rustdoc pages the expansion writes (`winerror-codegen-core`), on the real `docs/`.

use std::path::Path;

use winerror_codegen_core::check::Catalogue;
use winerror_codegen_core::expand::docs::{CatalogueIndex, family_doc, sections};
use winerror_codegen_core::grammar::is_mention_candidate;

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
    let doc = sections_of(&catalogue, "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    let same = doc.split("## ").find(|s| s.starts_with("Same message")).expect("a Same message section");
    assert!(
        same.contains(
            "[`ERROR_IPSEC_IKE_QM_DELAY_DROP`](super::ipsec::ERROR_IPSEC_IKE_QM_DELAY_DROP) (13815 - 0x35F7)"
        )
    );
    assert!(!same.contains("ERROR_IPSEC_IKE_MM_DELAY_DROP`"), "an error is not its own twin");
    assert!(!doc.contains("## Same value"), "13814 has one name");
}

#[test]
fn a_value_shared_by_two_headers_names_the_other() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_WINHTTP_TIMEOUT");
    let same = doc.split("## ").find(|s| s.starts_with("Same value")).expect("a Same value section");
    assert!(same.contains("[`ERROR_INTERNET_TIMEOUT`](super::wininet::ERROR_INTERNET_TIMEOUT) in `wininet.h`"));
    assert_eq!(same.matches("\n- ").count(), 1);
}

#[test]
fn neighbours_are_the_adjacent_codes_of_the_family() {
    let catalogue = docs();
    let doc = sections_of(&catalogue, "ERROR_IPSEC_IKE_MM_DELAY_DROP");
    assert!(doc.contains("## Neighbours in IPsec and IKE"));
    assert!(doc.contains("- Previous: [`ERROR_IPSEC_IKE_DROP_NO_RESPONSE`]"));
    assert!(doc.contains("- Next: [`ERROR_IPSEC_IKE_QM_DELAY_DROP`]"));
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
    assert_eq!(doc.matches("\n| [`ERROR_WINHTTP_").count(), 46);
    assert!(doc.contains(
        "| [`ERROR_WINHTTP_TIMEOUT`](ERROR_WINHTTP_TIMEOUT) | 12002 | `0x2EE2` | The request has timed out."
    ));
    assert!(!doc.contains("### "), "a small family has one table");
}

#[test]
fn a_large_family_is_split_into_hundreds_with_a_contents_line() {
    let catalogue = docs();
    let doc = doc_of(&catalogue, "ipsec");
    assert!(doc.contains("Blocks of a hundred values: [130xx](#130xx), [138xx](#138xx), [139xx](#139xx)."));
    assert_eq!(doc.matches("\n### ").count(), 3);
    assert_eq!(doc.matches("\n| [`").count(), 153);
}

#[test]
fn names_in_the_introduction_become_links() {
    let catalogue = docs();
    let doc = doc_of(&catalogue, "winsock");
    assert!(doc.contains("[WSAEWOULDBLOCK](super::winsock::WSAEWOULDBLOCK) (10035 - 0x2733)"));
    assert!(doc.contains("`ws2_32.dll`"), "code spans that are not names stay as they are");
}

//! The static size of the lookup tables, for the footprint example and test.

use core::mem::size_of_val;

use crate::__catalogue::bits::{HRESULT_FACILITIES, NT_FACILITIES};
use crate::__catalogue::{
    CODE_INDEX, EXTRA_RELATED, EXTRA_UPDATED, FAMILIES, HRESULT_DISPLACEMENTS, HRESULT_SLOTS, NAME_DISPLACEMENTS,
    NAME_PAGES, NAME_SLOTS, NTSTATUS_DISPLACEMENTS, NTSTATUS_SLOTS, PAGES, RELATED, SEARCH_EXTRA, SEARCH_POSTINGS,
    SEARCH_PROSE_PAGES, SEARCH_RESTARTS, SEARCH_WORDS, SPACE_STARTS, STRINGS,
};

/// Bytes of each table behind the lookups (the `pages` feature's bodies excluded), by name.
#[doc(hidden)]
pub fn table_footprint() -> [(&'static str, usize); 15] {
    let facility_text: usize = HRESULT_FACILITIES.iter().chain(&NT_FACILITIES).map(|(_, name)| name.len()).sum();
    let family_text: usize = FAMILIES.iter().map(|f| f.module().len() + f.title().len() + f.header().len()).sum();
    [
        ("STRINGS (names and messages)", STRINGS.len()),
        ("PAGES", size_of_val(&PAGES)),
        ("CODE_INDEX (code -> pages)", size_of_val(&CODE_INDEX)),
        ("NAME_SLOTS (name -> page)", size_of_val(&NAME_SLOTS)),
        ("NAME_PAGES", size_of_val(&NAME_PAGES)),
        ("NAME_DISPLACEMENTS", size_of_val(&NAME_DISPLACEMENTS)),
        (
            "RELATED + EXTRA_* (dates, related runs)",
            size_of_val(&RELATED) + size_of_val(&EXTRA_UPDATED) + size_of_val(&EXTRA_RELATED),
        ),
        ("FAMILIES (with their text)", size_of_val(&FAMILIES) + family_text),
        ("SPACE_STARTS", size_of_val(&SPACE_STARTS)),
        ("HRESULT_SLOTS + _DISPLACEMENTS", size_of_val(&HRESULT_SLOTS) + size_of_val(&HRESULT_DISPLACEMENTS)),
        ("NTSTATUS_SLOTS + _DISPLACEMENTS", size_of_val(&NTSTATUS_SLOTS) + size_of_val(&NTSTATUS_DISPLACEMENTS)),
        ("SEARCH_WORDS + _EXTRA (vocabulary)", size_of_val(&SEARCH_WORDS) + SEARCH_EXTRA.len()),
        ("SEARCH_POSTINGS + _PROSE_PAGES", size_of_val(&SEARCH_POSTINGS) + size_of_val(&SEARCH_PROSE_PAGES)),
        ("SEARCH_RESTARTS", size_of_val(&SEARCH_RESTARTS)),
        (
            "facility names (with their text)",
            size_of_val(&HRESULT_FACILITIES) + size_of_val(&NT_FACILITIES) + facility_text,
        ),
    ]
}

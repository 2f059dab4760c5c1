//! The static size of the lookup tables, for the footprint example and test.

use core::mem::size_of_val;

use crate::__catalogue::{CODE_INDEX, FAMILIES, NAME_DISPLACEMENTS, NAME_PAGES, NAME_SLOTS, PAGES, RELATED, STRINGS};

/// Bytes of each table behind the lookups (the `pages` feature's bodies excluded), by name.
#[doc(hidden)]
pub fn table_footprint() -> [(&'static str, usize); 8] {
    let family_text: usize = FAMILIES.iter().map(|f| f.module().len() + f.title().len() + f.header().len()).sum();
    [
        ("STRINGS (names and messages)", STRINGS.len()),
        ("PAGES", size_of_val(&PAGES)),
        ("CODE_INDEX (code -> pages)", size_of_val(&CODE_INDEX)),
        ("NAME_SLOTS (name -> page)", size_of_val(&NAME_SLOTS)),
        ("NAME_PAGES", size_of_val(&NAME_PAGES)),
        ("NAME_DISPLACEMENTS", size_of_val(&NAME_DISPLACEMENTS)),
        ("RELATED", size_of_val(&RELATED)),
        ("FAMILIES (with their text)", size_of_val(&FAMILIES) + family_text),
    ]
}

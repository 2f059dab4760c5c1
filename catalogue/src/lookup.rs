//! Lookups by value and by name over the generated tables.

use crate::__catalogue::{BY_NAME, CODE_INDEX, PAGES};
use crate::ErrorPage;

/// Every page, sorted by (code, name).
pub fn pages() -> &'static [ErrorPage] {
    &PAGES
}

/// Every page with the value `code` (empty when none; two for 12002).
pub fn lookup(code: u32) -> &'static [ErrorPage] {
    if CODE_INDEX.is_empty() {
        let start = PAGES.partition_point(|page| page.code().raw() < code);
        let end = start + PAGES[start..].partition_point(|page| page.code().raw() == code);
        return &PAGES[start..end];
    }
    let code = code as usize;
    if code + 1 >= CODE_INDEX.len() {
        return &[];
    }
    &PAGES[CODE_INDEX[code] as usize..CODE_INDEX[code + 1] as usize]
}

/// The page called `name`, exactly as the SDK spells it.
pub fn by_name(name: &str) -> Option<&'static ErrorPage> {
    BY_NAME
        .binary_search_by(|&index| PAGES[index as usize].name().cmp(name))
        .ok()
        .map(|found| &PAGES[BY_NAME[found] as usize])
}

/// The position of `page` in [`pages`].
#[cfg(feature = "pages")]
pub(crate) fn page_index(page: &ErrorPage) -> usize {
    let run = lookup(page.code().raw());
    let offset = run.iter().position(|p| p.name() == page.name()).unwrap_or(0);
    let start = PAGES.partition_point(|p| p.code() < page.code());
    start + offset
}

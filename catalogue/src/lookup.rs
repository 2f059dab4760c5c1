//! Lookups by value, by name and by HRESULT over the generated tables. None allocates.

use crate::__catalogue::{
    CODE_INDEX, NAME_DISPLACEMENTS, NAME_FULL_HASH, NAME_PAGES, NAME_SEED, NAME_SLOTS, PAGES, STRINGS,
};
use crate::name_hash::{bucket, is_main_length, name_hash, same_plain_name, slot};
use crate::{ErrorCode, ErrorPage};

/// Every page, sorted by (code, name).
pub fn pages() -> &'static [ErrorPage] {
    &PAGES
}

/// Every page with the value `code`: empty when none, two for the values `winhttp.h` and
/// `wininet.h` share.
///
/// ```
/// let names: Vec<_> = winerror::lookup(12002).iter().map(|page| page.name()).collect();
/// assert_eq!(names, ["ERROR_INTERNET_TIMEOUT", "ERROR_WINHTTP_TIMEOUT"]);
/// assert!(winerror::lookup(0xFFFF_FFFF).is_empty());
///
/// const ACCESS_DENIED: &[winerror::ErrorPage] = winerror::lookup(5);
/// assert_eq!(ACCESS_DENIED[0].name(), "ERROR_ACCESS_DENIED");
/// ```
#[inline]
pub const fn lookup(code: u32) -> &'static [ErrorPage] {
    if CODE_INDEX.is_empty() {
        return lookup_sorted(code);
    }
    let code = code as usize;
    if code >= CODE_INDEX.len().saturating_sub(1) {
        return &[];
    }
    let (start, end) = (CODE_INDEX[code] as usize, CODE_INDEX[code + 1] as usize);
    if start > end || end > PAGES.len() {
        return &[];
    }
    PAGES.split_at(end).0.split_at(start).1
}

/// [`lookup`] by binary search, for catalogues whose values are too large for a dense index.
const fn lookup_sorted(code: u32) -> &'static [ErrorPage] {
    let start = first_page_at_least(code);
    let end = if code == u32::MAX { PAGES.len() } else { first_page_at_least(code + 1) };
    PAGES.split_at(end).0.split_at(start).1
}

/// The index of the first page whose value is `code` or more.
const fn first_page_at_least(code: u32) -> usize {
    let (mut low, mut high) = (0, PAGES.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if PAGES[middle].code().raw() < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// The page called `name`, spelled as the SDK does or in any other ASCII case.
///
/// ```
/// let page = winerror::by_name("error_access_denied").unwrap();
/// assert_eq!(page.name(), "ERROR_ACCESS_DENIED");
/// assert_eq!(winerror::by_name("ERROR_ACCESS_DENIED"), Some(page));
/// assert_eq!(winerror::by_name("ERROR_NO_SUCH_NAME"), None);
/// ```
#[inline(always)]
pub fn by_name(name: &str) -> Option<&'static ErrorPage> {
    if NAME_SLOTS.is_empty() {
        return by_name_scan(name.as_bytes());
    }
    let query = name.as_bytes();
    let len = query.len();
    let hash = name_hash(query, NAME_SEED, NAME_FULL_HASH);
    let slot = slot(hash, NAME_DISPLACEMENTS[bucket(hash, NAME_DISPLACEMENTS.len())], NAME_SLOTS.len());
    // The slot holds where the name starts and, for a name of 16 to 48 bytes without a
    // lower-case letter, its length: then the name is compared straight from `STRINGS`,
    // without the page record in between.
    let (key, page) = (NAME_SLOTS[slot], NAME_PAGES[slot]);
    if !(is_main_length(len) && (key >> 24) as usize == len) {
        return page_called(query, page);
    }
    let start = (key & 0xFF_FFFF) as usize;
    let found = STRINGS.as_bytes().get(start..start + len)?;
    let page = PAGES.get(usize::from(page))?;
    same_plain_name(query, found).then_some(page)
}

/// The page at `page` (`u16::MAX`: none) if it is called `query` ignoring ASCII case: the
/// comparison for the names the main path of [`by_name`] leaves (shorter than 16 or longer than
/// 48 bytes, or spelled with a lower-case letter) and for a slot that holds another name.
#[inline(never)]
fn page_called(query: &[u8], page: u16) -> Option<&'static ErrorPage> {
    PAGES.get(usize::from(page)).filter(|page| page.name().as_bytes().eq_ignore_ascii_case(query))
}

/// [`by_name`] by scanning, for catalogues the macro found no perfect hash for.
fn by_name_scan(name: &[u8]) -> Option<&'static ErrorPage> {
    PAGES
        .iter()
        .find(|page| page.name().as_bytes() == name)
        .or_else(|| PAGES.iter().find(|page| page.name().as_bytes().eq_ignore_ascii_case(name)))
}

/// The pages of the Win32 error an HRESULT carries (`0x8007XXXX`, or `S_OK` for
/// `ERROR_SUCCESS`); empty for HRESULTs of other facilities.
///
/// ```
/// let pages = winerror::from_hresult(0x8007_0005_u32 as i32);
/// assert_eq!(pages[0].name(), "ERROR_ACCESS_DENIED");
/// assert!(winerror::from_hresult(0x8000_4005_u32 as i32).is_empty()); // E_FAIL
/// ```
pub fn from_hresult(hresult: i32) -> &'static [ErrorPage] {
    ErrorCode::from_hresult(hresult).map_or(&[], ErrorCode::pages)
}

/// The position of `page` in [`pages`].
#[cfg(feature = "pages")]
pub(crate) fn page_index(page: &ErrorPage) -> usize {
    let run = lookup(page.code().raw());
    let offset = run.iter().position(|p| p.name() == page.name()).unwrap_or(0);
    let start = PAGES.partition_point(|p| p.code() < page.code());
    start + offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_catalogue_has_a_dense_index_and_a_perfect_hash() {
        assert!(!CODE_INDEX.is_empty(), "every value is small enough for the dense index");
        assert!(!NAME_SLOTS.is_empty(), "the macro found a perfect hash of the names");
    }

    #[test]
    fn the_scan_fallback_finds_what_the_perfect_hash_finds() {
        for page in PAGES.iter().step_by(7) {
            assert_eq!(by_name_scan(page.name().as_bytes()), Some(page));
            assert_eq!(by_name_scan(page.name().to_ascii_lowercase().as_bytes()), by_name(page.name()));
        }
        assert_eq!(by_name_scan(b"ERROR_NO_SUCH_NAME"), None);
    }

    #[test]
    fn the_sorted_fallback_finds_what_the_dense_index_finds() {
        for code in [0, 5, 12002, 13814, 15841, 15842, 40000, u32::MAX] {
            assert_eq!(lookup_sorted(code), lookup(code), "{code}");
        }
    }
}

//! Lookups by value, by name and by HRESULT over the generated tables. None allocates.

use crate::__catalogue::{
    CODE_INDEX, HRESULT_DISPLACEMENTS, HRESULT_SEED, HRESULT_SLOTS, NAME_DISPLACEMENTS, NAME_FULL_HASH, NAME_PAGES,
    NAME_SEED, NAME_SLOTS, NTSTATUS_DISPLACEMENTS, NTSTATUS_SEED, NTSTATUS_SLOTS, PAGES, SPACE_STARTS, STRINGS,
};
use crate::name_hash::{
    bucket, is_main_length, name_hash, same_plain_name, same_plain_name_any_length, slot, value_hash,
};
use crate::{ErrorCode, ErrorPage, HResult, Space};

/// Every page of every space, sorted by (space, value, name): the Win32 codes, then the
/// HRESULTs, then the NTSTATUS values.
pub fn pages() -> &'static [ErrorPage] {
    &PAGES
}

/// The pages of `space`, a run of [`pages`].
#[inline]
pub(crate) const fn space_pages(space: Space) -> &'static [ErrorPage] {
    let index = space as usize;
    let (start, end) = (SPACE_STARTS[index] as usize, SPACE_STARTS[index + 1] as usize);
    PAGES.split_at(end).0.split_at(start).1
}

/// The page of `space` (HRESULT or NTSTATUS, where no two pages share a value) with the bits
/// `value`: one hash, two table reads and one comparison.
#[inline]
pub(crate) fn lookup_value(space: Space, value: u32) -> Option<&'static ErrorPage> {
    let (seed, displacements, slots): (u64, &[u16], &[u16]) = match space {
        Space::Win32 => return lookup(value).first(),
        Space::HResult => (HRESULT_SEED, &HRESULT_DISPLACEMENTS, &HRESULT_SLOTS),
        Space::NtStatus => (NTSTATUS_SEED, &NTSTATUS_DISPLACEMENTS, &NTSTATUS_SLOTS),
    };
    if slots.is_empty() {
        let run = space_pages(space);
        return run.binary_search_by_key(&value, ErrorPage::value).ok().map(|at| &run[at]);
    }
    let hash = value_hash(value, seed);
    let displacement = displacements[bucket(hash, displacements.len())];
    let page = PAGES.get(usize::from(slots[slot(hash, displacement, slots.len())]))?;
    (page.value() == value).then_some(page)
}

/// Every Win32 page with the value `code`: empty when none, two for the values `winhttp.h` and
/// `wininet.h` share. (HRESULTs and NTSTATUS values: [`HResult::page`], [`NtStatus::page`](crate::NtStatus::page).)
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
    let win32 = space_pages(Space::Win32);
    let start = first_page_at_least(win32, code);
    let end = if code == u32::MAX { win32.len() } else { first_page_at_least(win32, code + 1) };
    win32.split_at(end).0.split_at(start).1
}

/// The index of the first of `pages` whose value is `code` or more.
const fn first_page_at_least(pages: &[ErrorPage], code: u32) -> usize {
    let (mut low, mut high) = (0, pages.len());
    while low < high {
        let middle = low + (high - low) / 2;
        if pages[middle].value() < code {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// The page called `name`, in any space, spelled as the SDK does or in any other ASCII case.
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
    // The slot holds where the name starts and, for a name without a lower-case letter, its
    // length: then the name is compared straight from `STRINGS`, without the page record in
    // between, and a name of another length is told apart without reading it.
    let (key, page) = (NAME_SLOTS[slot], NAME_PAGES[slot]);
    let key_len = (key >> 24) as usize;
    if key_len != len {
        return if key_len == 0 { page_called(query, page) } else { None };
    }
    let start = (key & 0xFF_FFFF) as usize;
    let found = STRINGS.as_bytes().get(start..start + len)?;
    let page = PAGES.get(usize::from(page))?;
    let same =
        if is_main_length(len) { same_plain_name(query, found) } else { same_plain_name_any_length(query, found) };
    same.then_some(page)
}

/// The page at `page` (`u16::MAX`: none) if it is called `query` ignoring ASCII case: the
/// comparison for the names the slots give no length for (spelled with a lower-case letter),
/// and for an empty slot.
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
/// use winerror::{E_ACCESSDENIED, HResult};
///
/// let pages = winerror::from_hresult(E_ACCESSDENIED);
/// assert_eq!(pages[0].name(), "ERROR_ACCESS_DENIED");
/// assert!(winerror::from_hresult(HResult::from_raw(0x8000_4005_u32 as i32)).is_empty()); // E_FAIL
/// ```
pub fn from_hresult(hresult: HResult) -> &'static [ErrorPage] {
    ErrorCode::from_hresult(hresult).map_or(&[], ErrorCode::pages)
}

/// The position of `page` in [`pages`].
#[cfg(feature = "pages")]
pub(crate) fn page_index(page: &ErrorPage) -> usize {
    let key = |p: &ErrorPage| (p.space(), p.value());
    let start = PAGES.partition_point(|p| key(p) < key(page));
    let offset = PAGES[start..].iter().position(|p| p.name() == page.name()).unwrap_or(0);
    start + offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_catalogue_has_a_dense_index_and_a_perfect_hash() {
        assert!(!CODE_INDEX.is_empty(), "every value is small enough for the dense index");
        assert!(!NAME_SLOTS.is_empty(), "the macro found a perfect hash of the names");
        assert!(!HRESULT_SLOTS.is_empty() && !NTSTATUS_SLOTS.is_empty(), "and of the HRESULT and NTSTATUS values");
    }

    #[test]
    fn the_value_hash_finds_every_page_and_only_its_own_space() {
        for space in [Space::HResult, Space::NtStatus] {
            for page in space_pages(space) {
                assert_eq!(lookup_value(space, page.value()), Some(page));
            }
        }
        assert_eq!(lookup_value(Space::HResult, 0xC000_020D), None, "an NTSTATUS is no HRESULT");
        assert_eq!(lookup_value(Space::NtStatus, 0x8009_0325), None);
        assert_eq!(lookup_value(Space::HResult, 5), None);
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

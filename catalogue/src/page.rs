//! [`ErrorPage`] and [`Family`]: what the catalogue knows about one error and one family.

use core::fmt;

use crate::__catalogue::{EXTRA_RELATED, EXTRA_UPDATED, FAMILIES, PAGES, RELATED, STRINGS};
use crate::{Code, Space};

/// One documented error of any space: name, value, SDK header, official message and more.
///
/// Pages are stored compactly (16 bytes: offsets into one string table, in which each distinct
/// message is stored once), so the whole catalogue's tables stay small; the accessors are cheap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ErrorPage {
    value: u32,
    /// Where the name starts in `STRINGS` (low 24 bits) and its length (high 8 bits).
    name: u32,
    /// Where the message starts in `STRINGS` (low 24 bits) and the family (high 8 bits).
    message: u32,
    message_len: u16,
    /// The page's row of `EXTRA_UPDATED` and `EXTRA_RELATED` (0: no date, no related pages).
    extra: u16,
}

/// The low 24 bits of a packed field: an offset into `STRINGS`.
const OFFSET_MASK: u32 = (1 << 24) - 1;

/// The fields of every [`ErrorPage`], one named column per field, as the generated tables write
/// them: each field is named where its values are written (no two fields of one type can be
/// swapped unnoticed), and each value costs the compiler one token.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct PageColumns<const N: usize> {
    /// Each page's value (its 32 bits).
    pub value: [u32; N],
    /// Where each page's name starts in the string table (below 2^24).
    pub name_start: [u32; N],
    /// The length of each name, in bytes.
    pub name_len: [u8; N],
    /// Where each page's message starts in the string table (below 2^24; pages with the same
    /// message share it).
    pub message_start: [u32; N],
    /// The length of each message, in bytes.
    pub message_len: [u16; N],
    /// Each page's family, as an index into the family table.
    pub family: [u8; N],
    /// Each page's row of the extra tables (its `Updated:` date and related pages), 0 for none.
    pub extra: [u16; N],
}

impl<const N: usize> PageColumns<N> {
    /// The pages, row by row.
    pub const fn pages(&self) -> [ErrorPage; N] {
        let mut pages = [ErrorPage::EMPTY; N];
        let mut at = 0;
        while at < N {
            pages[at] = ErrorPage {
                value: self.value[at],
                name: self.name_start[at] | (self.name_len[at] as u32) << 24,
                message: self.message_start[at] | (self.family[at] as u32) << 24,
                message_len: self.message_len[at],
                extra: self.extra[at],
            };
            at += 1;
        }
        pages
    }
}

impl ErrorPage {
    /// A page of zeros, which [`PageColumns::pages`] overwrites.
    const EMPTY: ErrorPage = ErrorPage { value: 0, name: 0, message: 0, message_len: 0, extra: 0 };

    /// The SDK's symbolic name, e.g. `ERROR_IPSEC_IKE_MM_DELAY_DROP`.
    #[inline]
    pub fn name(&self) -> &'static str {
        let start = (self.name & OFFSET_MASK) as usize;
        &STRINGS[start..start + (self.name >> 24) as usize]
    }

    /// The value, typed by its space: `Code::Win32(ERROR_ACCESS_DENIED)`,
    /// `Code::HResult(E_ACCESSDENIED)`.
    #[inline]
    pub fn code(&self) -> Code {
        Code::new(self.space(), self.value)
    }

    /// The value's 32 bits, in any space.
    #[inline]
    pub const fn value(&self) -> u32 {
        self.value
    }

    /// The value's space: Win32 code, HRESULT or NTSTATUS.
    #[inline]
    pub fn space(&self) -> Space {
        self.family().space()
    }

    /// The SDK header that defines it: `winerror.h`, `winhttp.h`, `wininet.h` or `ntstatus.h`.
    #[inline]
    pub fn header(&self) -> &'static str {
        self.family().header()
    }

    /// The official message text.
    #[inline]
    pub fn message(&self) -> &'static str {
        let start = (self.message & OFFSET_MASK) as usize;
        &STRINGS[start..start + self.message_len as usize]
    }

    /// The family (module) the page belongs to.
    #[inline]
    pub fn family(&self) -> &'static Family {
        &FAMILIES[(self.message >> 24) as usize]
    }

    /// The module the constant lives in, e.g. `ipsec` for `winerror::ipsec::...`.
    #[inline]
    pub fn module(&self) -> &'static str {
        self.family().module()
    }

    /// The page's `Updated:` date as `(year, month, day)`, when it has one.
    pub fn updated(&self) -> Option<(u16, u8, u8)> {
        let updated = EXTRA_UPDATED[usize::from(self.extra)];
        (updated != 0).then_some(((updated / 10_000) as u16, (updated / 100 % 100) as u8, (updated % 100) as u8))
    }

    /// The pages listed under the page's Related Errors.
    pub fn related(&self) -> impl ExactSizeIterator<Item = &'static ErrorPage> + 'static {
        let row = usize::from(self.extra);
        let (start, end) = (usize::from(EXTRA_RELATED[row]), usize::from(EXTRA_RELATED[row + 1]));
        RELATED[start..end].iter().map(|&index| &PAGES[usize::from(index)])
    }

    /// The values of the pages listed under the page's Related Errors.
    pub fn related_codes(&self) -> impl ExactSizeIterator<Item = Code> + 'static {
        self.related().map(ErrorPage::code)
    }

    /// The page's Markdown body (its sections), for tools that print whole pages.
    #[cfg(feature = "pages")]
    pub fn body(&self) -> &'static str {
        let index = crate::lookup::page_index(self);
        crate::__catalogue::BODIES[index]
    }
}

impl fmt::Debug for ErrorPage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorPage")
            .field("name", &self.name())
            .field("code", &self.code())
            .field("header", &self.header())
            .field("message", &self.message())
            .finish()
    }
}

/// A family of errors: one folder of pages, one module, one SDK header, one space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Family {
    module: &'static str,
    title: &'static str,
    header: &'static str,
    space: Space,
}

/// The fields of a [`Family`], by name, as the generated tables write them (a few dozen
/// families, so one named literal each costs nothing worth saving).
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct FamilyFields {
    /// The module name.
    pub module: &'static str,
    /// The title.
    pub title: &'static str,
    /// The SDK header.
    pub header: &'static str,
    /// The space.
    pub space: Space,
}

impl Family {
    #[doc(hidden)]
    pub const fn __new(fields: FamilyFields) -> Self {
        let FamilyFields { module, title, header, space } = fields;
        Family { module, title, header, space }
    }

    /// The space of every page of the family.
    pub fn space(&self) -> Space {
        self.space
    }

    /// The module name, e.g. `ipsec`.
    pub fn module(&self) -> &'static str {
        self.module
    }

    /// The family's title, e.g. `IPsec and IKE`.
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// The SDK header of every page of the family.
    pub fn header(&self) -> &'static str {
        self.header
    }
}

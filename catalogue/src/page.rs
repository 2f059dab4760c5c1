//! [`ErrorPage`] and [`Family`]: what the catalogue knows about one error and one family.

use core::fmt;

use crate::__catalogue::{FAMILIES, PAGES, RELATED, STRINGS};
use crate::{Code, Space};

/// One documented error of any space: name, value, SDK header, official message and more.
///
/// Pages are stored compactly (offsets into one string table), so the whole catalogue's
/// tables stay small; the accessors are cheap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ErrorPage {
    value: u32,
    text_start: u32,
    updated: u32,
    message_len: u16,
    family: u16,
    related_start: u16,
    name_len: u8,
    related_len: u8,
}

/// The fields of every [`ErrorPage`], one named column per field, as the generated tables write
/// them: each field is named where its values are written (no two fields of one type can be
/// swapped unnoticed), and each value costs the compiler one token.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct PageColumns<const N: usize> {
    /// Each page's value (its 32 bits).
    pub value: [u32; N],
    /// Where each page's name starts in the string table; its message follows it.
    pub text_start: [u32; N],
    /// The length of each name, in bytes.
    pub name_len: [u8; N],
    /// The length of each message, in bytes.
    pub message_len: [u16; N],
    /// Each page's family, as an index into the family table.
    pub family: [u16; N],
    /// Each page's `Updated:` date as `YYYYMMDD`, or 0.
    pub updated: [u32; N],
    /// Where each page's run of related pages starts in the related table.
    pub related_start: [u16; N],
    /// How many related pages each run holds.
    pub related_len: [u8; N],
}

impl<const N: usize> PageColumns<N> {
    /// The pages, row by row.
    pub const fn pages(&self) -> [ErrorPage; N] {
        let mut pages = [ErrorPage::EMPTY; N];
        let mut at = 0;
        while at < N {
            pages[at] = ErrorPage {
                value: self.value[at],
                text_start: self.text_start[at],
                updated: self.updated[at],
                message_len: self.message_len[at],
                family: self.family[at],
                related_start: self.related_start[at],
                name_len: self.name_len[at],
                related_len: self.related_len[at],
            };
            at += 1;
        }
        pages
    }
}

impl ErrorPage {
    /// A page of zeros, which [`PageColumns::pages`] overwrites.
    const EMPTY: ErrorPage = ErrorPage {
        value: 0,
        text_start: 0,
        updated: 0,
        message_len: 0,
        family: 0,
        related_start: 0,
        name_len: 0,
        related_len: 0,
    };

    /// The SDK's symbolic name, e.g. `ERROR_IPSEC_IKE_MM_DELAY_DROP`.
    #[inline]
    pub fn name(&self) -> &'static str {
        let start = self.text_start as usize;
        &STRINGS[start..start + self.name_len as usize]
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
        let start = self.text_start as usize + self.name_len as usize;
        &STRINGS[start..start + self.message_len as usize]
    }

    /// The family (module) the page belongs to.
    #[inline]
    pub fn family(&self) -> &'static Family {
        &FAMILIES[self.family as usize]
    }

    /// The module the constant lives in, e.g. `ipsec` for `winerror::ipsec::...`.
    #[inline]
    pub fn module(&self) -> &'static str {
        self.family().module()
    }

    /// The page's `Updated:` date as `(year, month, day)`, when it has one.
    pub fn updated(&self) -> Option<(u16, u8, u8)> {
        (self.updated != 0).then_some((
            (self.updated / 10_000) as u16,
            (self.updated / 100 % 100) as u8,
            (self.updated % 100) as u8,
        ))
    }

    /// The pages listed under the page's Related Errors.
    pub fn related(&self) -> impl ExactSizeIterator<Item = &'static ErrorPage> + 'static {
        let start = usize::from(self.related_start);
        RELATED[start..start + usize::from(self.related_len)].iter().map(|&index| &PAGES[usize::from(index)])
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

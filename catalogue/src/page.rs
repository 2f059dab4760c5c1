//! [`ErrorPage`] and [`Family`]: what the catalogue knows about one error and one family.

use core::fmt;

use crate::__catalogue::{FAMILIES, PAGES, RELATED, STRINGS};
use crate::ErrorCode;

/// One documented error: name, value, SDK header, official message and more.
///
/// Pages are stored compactly (offsets into one string table), so the whole catalogue's
/// tables stay small; the accessors are cheap.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ErrorPage {
    code: ErrorCode,
    text_start: u32,
    updated: u32,
    message_len: u16,
    family: u16,
    related_start: u16,
    name_len: u8,
    related_len: u8,
}

impl ErrorPage {
    #[doc(hidden)]
    #[expect(clippy::too_many_arguments, reason = "called only by the generated tables")]
    pub const fn __new(
        code: u32,
        text_start: u32,
        name_len: u8,
        message_len: u16,
        family: u16,
        updated: u32,
        related_start: u16,
        related_len: u8,
    ) -> Self {
        ErrorPage {
            code: ErrorCode::from_raw(code),
            text_start,
            name_len,
            message_len,
            family,
            updated,
            related_start,
            related_len,
        }
    }

    /// The SDK's symbolic name, e.g. `ERROR_IPSEC_IKE_MM_DELAY_DROP`.
    #[inline]
    pub fn name(&self) -> &'static str {
        let start = self.text_start as usize;
        &STRINGS[start..start + self.name_len as usize]
    }

    /// The value.
    #[inline]
    pub const fn code(&self) -> ErrorCode {
        self.code
    }

    /// The SDK header that defines it: `winerror.h`, `winhttp.h` or `wininet.h`.
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

    /// The codes of the pages listed under the page's Related Errors.
    pub fn related_codes(&self) -> impl ExactSizeIterator<Item = ErrorCode> + 'static {
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
            .field("code", &self.code.raw())
            .field("header", &self.header())
            .field("message", &self.message())
            .finish()
    }
}

/// A family of errors: one folder of pages, one module, one SDK header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Family {
    module: &'static str,
    title: &'static str,
    header: &'static str,
}

impl Family {
    #[doc(hidden)]
    pub const fn __new(module: &'static str, title: &'static str, header: &'static str) -> Self {
        Family { module, title, header }
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

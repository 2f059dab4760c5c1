//! [`Space`] and [`Code`]: the three numeric spaces of Windows errors, and a value of any of them.

use core::cmp::Ordering;
use core::fmt;

use crate::{ErrorCode, ErrorPage, HResult, NtStatus};

/// A numeric space of Windows error values. The same 32 bits mean different things in each:
/// 5 is `ERROR_ACCESS_DENIED` as a Win32 code, and nothing as an HRESULT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Space {
    /// Win32 error codes, the values of `GetLastError` ([`ErrorCode`]).
    Win32,
    /// HRESULTs, the values of COM, Schannel and WinRT calls ([`HResult`]).
    HResult,
    /// NTSTATUS values, the values of the kernel and drivers ([`NtStatus`]).
    NtStatus,
}

impl Space {
    /// Every space, in catalogue order.
    pub const ALL: [Space; 3] = [Space::Win32, Space::HResult, Space::NtStatus];

    /// `win32`, `hresult` or `ntstatus`: the word a family's index page declares.
    pub const fn keyword(self) -> &'static str {
        match self {
            Space::Win32 => "win32",
            Space::HResult => "hresult",
            Space::NtStatus => "ntstatus",
        }
    }

    /// Every page of the space, sorted by value, then name.
    ///
    /// ```
    /// use winerror::Space;
    ///
    /// assert_eq!(Space::HResult.pages().len() + Space::NtStatus.pages().len() + Space::Win32.pages().len(), winerror::pages().len());
    /// assert!(Space::NtStatus.pages().iter().all(|page| page.space() == Space::NtStatus));
    /// ```
    pub fn pages(self) -> &'static [ErrorPage] {
        crate::lookup::space_pages(self)
    }
}

/// `Win32 code`, `HRESULT` or `NTSTATUS`.
impl fmt::Display for Space {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Space::Win32 => "Win32 code",
            Space::HResult => "HRESULT",
            Space::NtStatus => "NTSTATUS",
        })
    }
}

/// A value of any space: what [`ErrorPage::code`] gives.
///
/// ```
/// use winerror::{Code, SEC_E_UNTRUSTED_ROOT};
///
/// let page = winerror::by_name("SEC_E_UNTRUSTED_ROOT").unwrap();
/// assert_eq!(page.code(), Code::HResult(SEC_E_UNTRUSTED_ROOT));
/// assert_eq!(page.code().raw(), 0x8009_0325);
/// assert_eq!(page.code(), SEC_E_UNTRUSTED_ROOT);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// A Win32 error code.
    Win32(ErrorCode),
    /// An HRESULT.
    HResult(HResult),
    /// An NTSTATUS value.
    NtStatus(NtStatus),
}

impl Code {
    /// The value's 32 bits.
    pub const fn raw(self) -> u32 {
        match self {
            Code::Win32(code) => code.raw(),
            Code::HResult(hresult) => hresult.raw() as u32,
            Code::NtStatus(status) => status.raw() as u32,
        }
    }

    /// The space of the value.
    pub const fn space(self) -> Space {
        match self {
            Code::Win32(_) => Space::Win32,
            Code::HResult(_) => Space::HResult,
            Code::NtStatus(_) => Space::NtStatus,
        }
    }

    /// The HRESULT of the value: `HRESULT_FROM_WIN32` of a Win32 code, an HRESULT itself,
    /// `HRESULT_FROM_NT` of an NTSTATUS.
    pub const fn to_hresult(self) -> HResult {
        match self {
            Code::Win32(code) => code.to_hresult(),
            Code::HResult(hresult) => hresult,
            Code::NtStatus(status) => status.to_hresult(),
        }
    }

    /// The value of a Win32 page, `None` for the other spaces.
    pub const fn win32(self) -> Option<ErrorCode> {
        if let Code::Win32(code) = self { Some(code) } else { None }
    }

    /// The value of an HRESULT page, `None` for the other spaces.
    pub const fn hresult(self) -> Option<HResult> {
        if let Code::HResult(hresult) = self { Some(hresult) } else { None }
    }

    /// The value of an NTSTATUS page, `None` for the other spaces.
    pub const fn ntstatus(self) -> Option<NtStatus> {
        if let Code::NtStatus(status) = self { Some(status) } else { None }
    }

    /// The value of a page of `space` with the bits `raw`.
    pub(crate) const fn new(space: Space, raw: u32) -> Code {
        match space {
            Space::Win32 => Code::Win32(ErrorCode::from_raw(raw)),
            Space::HResult => Code::HResult(HResult::from_raw(raw as i32)),
            Space::NtStatus => Code::NtStatus(NtStatus::from_raw(raw as i32)),
        }
    }
}

/// By space, then by the value's bits (the order of [`pages`](crate::pages)).
impl Ord for Code {
    fn cmp(&self, other: &Code) -> Ordering {
        (self.space(), self.raw()).cmp(&(other.space(), other.raw()))
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Code) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// As the value's own type prints it.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Win32(code) => fmt::Display::fmt(code, f),
            Code::HResult(hresult) => fmt::Display::fmt(hresult, f),
            Code::NtStatus(status) => fmt::Display::fmt(status, f),
        }
    }
}

/// As the value's own type prints it.
impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Win32(code) => fmt::Debug::fmt(code, f),
            Code::HResult(hresult) => fmt::Debug::fmt(hresult, f),
            Code::NtStatus(status) => fmt::Debug::fmt(status, f),
        }
    }
}

impl PartialEq<ErrorCode> for Code {
    fn eq(&self, other: &ErrorCode) -> bool {
        *self == Code::Win32(*other)
    }
}

impl PartialEq<HResult> for Code {
    fn eq(&self, other: &HResult) -> bool {
        *self == Code::HResult(*other)
    }
}

impl PartialEq<NtStatus> for Code {
    fn eq(&self, other: &NtStatus) -> bool {
        *self == Code::NtStatus(*other)
    }
}

impl From<ErrorCode> for Code {
    fn from(code: ErrorCode) -> Code {
        Code::Win32(code)
    }
}

impl From<HResult> for Code {
    fn from(hresult: HResult) -> Code {
        Code::HResult(hresult)
    }
}

impl From<NtStatus> for Code {
    fn from(status: NtStatus) -> Code {
        Code::NtStatus(status)
    }
}

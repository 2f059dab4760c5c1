//! [`HResult`]: an HRESULT, as a type.

use core::fmt;

use crate::__catalogue::bits;
use crate::{ErrorCode, ErrorPage, Facility, NtStatus, Severity, Space};

/// An HRESULT: the 32-bit result of COM, Schannel (`InitializeSecurityContext`), WinRT and
/// many other Windows APIs, and the value .NET reports as `HResult`.
///
/// The catalogue's HRESULT constants are `HResult`s, so they compare, hash and work as `match`
/// patterns; the fields decode for every value, named or not:
///
/// ```
/// use winerror::{HResult, Severity, SEC_E_UNTRUSTED_ROOT, SEC_I_CONTINUE_NEEDED};
///
/// let result = HResult::from_raw(0x8009_0325_u32 as i32);
/// assert_eq!(result, SEC_E_UNTRUSTED_ROOT);
/// assert_eq!(result.name(), Some("SEC_E_UNTRUSTED_ROOT"));
/// assert_eq!((result.severity(), result.facility().value(), result.code()), (Severity::Error, 9, 0x325));
/// let next = match result {
///     SEC_I_CONTINUE_NEEDED => "call again",
///     SEC_E_UNTRUSTED_ROOT => "the chain ends in a root that is not trusted",
///     _ => "other",
/// };
/// assert_eq!(next, "the chain ends in a root that is not trusted");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct HResult(i32);

impl HResult {
    /// The HRESULT with this value, whether or not the catalogue names it.
    pub const fn from_raw(raw: i32) -> Self {
        HResult(raw)
    }

    /// The value, signed, as Windows declares HRESULTs.
    pub const fn raw(self) -> i32 {
        self.0
    }

    /// The value's 32 bits, as an unsigned number (`0x80090325`).
    pub const fn bits(self) -> u32 {
        self.0 as u32
    }

    /// Whether the severity bit is clear (`SUCCEEDED`).
    pub const fn is_success(self) -> bool {
        bits::succeeded(self.bits())
    }

    /// Whether the severity bit is set (`FAILED`).
    pub const fn is_failure(self) -> bool {
        !bits::succeeded(self.bits())
    }

    /// [`Severity::Error`] when the severity bit is set, else [`Severity::Success`].
    pub const fn severity(self) -> Severity {
        Severity::of(self.bits(), false)
    }

    /// The facility: bits 16 to 27, as `HRESULT_FACILITY` reads them (for an HRESULT made by
    /// `HRESULT_FROM_NT`, the facility of the NTSTATUS it carries).
    pub const fn facility(self) -> Facility {
        Facility::of(self.bits(), false)
    }

    /// The code: the low 16 bits (`HRESULT_CODE`).
    pub const fn code(self) -> u16 {
        bits::code(self.bits()) as u16
    }

    /// Whether the customer bit is set: a value defined outside Microsoft.
    pub const fn is_customer(self) -> bool {
        self.bits() & bits::CUSTOMER_BIT != 0
    }

    /// The Win32 code a FACILITY_WIN32 HRESULT (`0x8007XXXX`) carries, and `ERROR_SUCCESS`
    /// for `S_OK`: the inverse of [`ErrorCode::to_hresult`].
    ///
    /// ```
    /// use winerror::{E_ACCESSDENIED, ERROR_ACCESS_DENIED, SEC_E_UNTRUSTED_ROOT};
    ///
    /// assert_eq!(E_ACCESSDENIED.to_win32(), Some(ERROR_ACCESS_DENIED));
    /// assert_eq!(SEC_E_UNTRUSTED_ROOT.to_win32(), None);
    /// ```
    pub const fn to_win32(self) -> Option<ErrorCode> {
        match bits::win32_of_hresult(self.bits()) {
            Some(code) => Some(ErrorCode::from_raw(code)),
            None => None,
        }
    }

    /// The NTSTATUS an HRESULT made by `HRESULT_FROM_NT` carries (the N bit is set): the inverse
    /// of [`NtStatus::to_hresult`].
    pub const fn to_ntstatus(self) -> Option<NtStatus> {
        match bits::nt_of_hresult(self.bits()) {
            Some(status) => Some(NtStatus::from_raw(status as i32)),
            None => None,
        }
    }

    /// The catalogue's page of this HRESULT, when it names it.
    #[inline]
    pub fn page(self) -> Option<&'static ErrorPage> {
        crate::lookup::lookup_value(Space::HResult, self.bits())
    }

    /// The HRESULT's name (`SEC_E_UNTRUSTED_ROOT`), when the catalogue names it.
    pub fn name(self) -> Option<&'static str> {
        self.page().map(ErrorPage::name)
    }

    /// The official message of the HRESULT, when the catalogue names it.
    pub fn message(self) -> Option<&'static str> {
        self.page().map(ErrorPage::message)
    }
}

/// The message and the name; for an unnamed FACILITY_WIN32 HRESULT the Win32 code's; else
/// the value and its fields:
///
/// ```
/// use winerror::{ERROR_IPSEC_IKE_MM_DELAY_DROP, HResult, SEC_E_UNTRUSTED_ROOT};
///
/// assert_eq!(
///     SEC_E_UNTRUSTED_ROOT.to_string(),
///     "The certificate chain was issued by an authority that is not trusted. (SEC_E_UNTRUSTED_ROOT)"
/// );
/// assert_eq!(
///     ERROR_IPSEC_IKE_MM_DELAY_DROP.to_hresult().to_string(),
///     "Negotiation took too long. (ERROR_IPSEC_IKE_MM_DELAY_DROP as an HRESULT)"
/// );
/// assert_eq!(
///     HResult::from_raw(0x8009_7FFF_u32 as i32).to_string(),
///     "unknown HRESULT 0x80097FFF (error, FACILITY_SECURITY (9), code 0x7FFF)"
/// );
/// ```
impl fmt::Display for HResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(page) = self.page() {
            return write!(f, "{} ({})", page.message(), page.name());
        }
        if let Some(page) = self.to_win32().and_then(|code| code.pages().first()) {
            return write!(f, "{} ({} as an HRESULT)", page.message(), page.name());
        }
        write!(
            f,
            "unknown HRESULT 0x{:08X} ({}, {}, code 0x{:X})",
            self.bits(),
            self.severity(),
            self.facility(),
            self.code()
        )
    }
}

/// `HResult(SEC_E_UNTRUSTED_ROOT, 0x80090325)`, or `HResult(0x80097FFF)` for a value the
/// catalogue does not name.
impl fmt::Debug for HResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "HResult({name}, 0x{:08X})", self.bits()),
            None => write!(f, "HResult(0x{:08X})", self.bits()),
        }
    }
}

/// An `HResult` is an error: its `Display` is the official message and the name.
impl core::error::Error for HResult {}

impl From<ErrorCode> for HResult {
    /// `HRESULT_FROM_WIN32`, as [`ErrorCode::to_hresult`].
    fn from(code: ErrorCode) -> HResult {
        code.to_hresult()
    }
}

impl From<NtStatus> for HResult {
    /// `HRESULT_FROM_NT`, as [`NtStatus::to_hresult`].
    fn from(status: NtStatus) -> HResult {
        status.to_hresult()
    }
}

impl From<i32> for HResult {
    fn from(raw: i32) -> HResult {
        HResult(raw)
    }
}

impl From<HResult> for i32 {
    fn from(hresult: HResult) -> i32 {
        hresult.0
    }
}

impl PartialEq<i32> for HResult {
    fn eq(&self, other: &i32) -> bool {
        self.0 == *other
    }
}

impl PartialEq<HResult> for i32 {
    fn eq(&self, other: &HResult) -> bool {
        *self == other.0
    }
}

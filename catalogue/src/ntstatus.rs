//! [`NtStatus`]: an NTSTATUS value, as a type.

use core::fmt;

use crate::__catalogue::bits;
use crate::{ErrorPage, Facility, HResult, Severity, Space};

/// An NTSTATUS value: the 32-bit status of the Windows kernel, drivers (AFD, WFP, file systems)
/// and the `Nt*` functions, as kernel traces and crash dumps show them.
///
/// ```
/// use winerror::{NtStatus, Severity, STATUS_CONNECTION_RESET};
///
/// let status = NtStatus::from_raw(0xC000_020D_u32 as i32);
/// assert_eq!(status, STATUS_CONNECTION_RESET);
/// assert_eq!(status.name(), Some("STATUS_CONNECTION_RESET"));
/// assert_eq!((status.severity(), status.facility().value(), status.code()), (Severity::Error, 0, 0x20D));
/// assert_eq!(status.to_hresult().bits(), 0xD000_020D); // HRESULT_FROM_NT
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct NtStatus(i32);

impl NtStatus {
    /// The NTSTATUS with this value, whether or not the catalogue names it.
    pub const fn from_raw(raw: i32) -> Self {
        NtStatus(raw)
    }

    /// The value, signed, as Windows declares NTSTATUS.
    pub const fn raw(self) -> i32 {
        self.0
    }

    /// The value's 32 bits, as an unsigned number (`0xC000020D`).
    pub const fn bits(self) -> u32 {
        self.0 as u32
    }

    /// The severity: the top two bits (`NT_SUCCESS` holds for success and informational).
    pub const fn severity(self) -> Severity {
        Severity::of(self.bits(), true)
    }

    /// Whether the value is a success or informational (`NT_SUCCESS`).
    pub const fn is_success(self) -> bool {
        bits::succeeded(self.bits())
    }

    /// The facility: bits 16 to 27.
    pub const fn facility(self) -> Facility {
        Facility::of(self.bits(), true)
    }

    /// The code: the low 16 bits.
    pub const fn code(self) -> u16 {
        bits::code(self.bits()) as u16
    }

    /// Whether the customer bit is set: a value defined outside Microsoft.
    pub const fn is_customer(self) -> bool {
        self.bits() & bits::CUSTOMER_BIT != 0
    }

    /// `HRESULT_FROM_NT`: the HRESULT that carries this status (the N bit set).
    ///
    /// ```
    /// use winerror::STATUS_CONNECTION_RESET;
    ///
    /// let hresult = STATUS_CONNECTION_RESET.to_hresult();
    /// assert_eq!(hresult.bits(), 0xD000_020D);
    /// assert_eq!(hresult.to_ntstatus(), Some(STATUS_CONNECTION_RESET));
    /// ```
    pub const fn to_hresult(self) -> HResult {
        HResult::from_raw(bits::hresult_from_nt(self.bits()) as i32)
    }

    /// The catalogue's page of this status, when it names it.
    #[inline]
    pub fn page(self) -> Option<&'static ErrorPage> {
        crate::lookup::lookup_value(Space::NtStatus, self.bits())
    }

    /// The status's name (`STATUS_CONNECTION_RESET`), when the catalogue names it.
    pub fn name(self) -> Option<&'static str> {
        self.page().map(ErrorPage::name)
    }

    /// The official message of the status, when the catalogue names it.
    pub fn message(self) -> Option<&'static str> {
        self.page().map(ErrorPage::message)
    }
}

/// The message and the name, or the value and its fields:
///
/// ```
/// use winerror::{NtStatus, STATUS_CONNECTION_RESET};
///
/// assert_eq!(
///     STATUS_CONNECTION_RESET.to_string(),
///     "The transport connection has been reset. (STATUS_CONNECTION_RESET)"
/// );
/// assert_eq!(
///     NtStatus::from_raw(0xC002_7FFF_u32 as i32).to_string(),
///     "unknown NTSTATUS 0xC0027FFF (error, FACILITY_RPC_RUNTIME (2), code 0x7FFF)"
/// );
/// ```
impl fmt::Display for NtStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.page() {
            Some(page) => write!(f, "{} ({})", page.message(), page.name()),
            None => write!(
                f,
                "unknown NTSTATUS 0x{:08X} ({}, {}, code 0x{:X})",
                self.bits(),
                self.severity(),
                self.facility(),
                self.code()
            ),
        }
    }
}

/// `NtStatus(STATUS_CONNECTION_RESET, 0xC000020D)`, or `NtStatus(0xC0027FFF)` for a value the
/// catalogue does not name.
impl fmt::Debug for NtStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "NtStatus({name}, 0x{:08X})", self.bits()),
            None => write!(f, "NtStatus(0x{:08X})", self.bits()),
        }
    }
}

/// An `NtStatus` is an error: its `Display` is the official message and the name.
impl core::error::Error for NtStatus {}

impl From<i32> for NtStatus {
    fn from(raw: i32) -> NtStatus {
        NtStatus(raw)
    }
}

impl From<NtStatus> for i32 {
    fn from(status: NtStatus) -> i32 {
        status.0
    }
}

impl PartialEq<i32> for NtStatus {
    fn eq(&self, other: &i32) -> bool {
        self.0 == *other
    }
}

impl PartialEq<NtStatus> for i32 {
    fn eq(&self, other: &NtStatus) -> bool {
        *self == other.0
    }
}

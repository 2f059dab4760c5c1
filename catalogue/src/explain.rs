//! [`explain`]: every reading of a 32-bit value, the question Err.exe answers.

use core::fmt;
use core::iter::FusedIterator;
use core::slice;

use crate::__catalogue::bits;
use crate::{ErrorCode, ErrorPage, HResult, NtStatus, Space};

/// How a value was read in one [`Reading`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadingKind {
    /// As a Win32 code.
    Win32,
    /// As a named HRESULT.
    HResult,
    /// As an HRESULT of FACILITY_WIN32 (`HRESULT_FROM_WIN32`) carrying this Win32 code.
    Win32InHResult(ErrorCode),
    /// As a named NTSTATUS value.
    NtStatus,
    /// As an HRESULT made by `HRESULT_FROM_NT` from this NTSTATUS value.
    NtStatusInHResult(NtStatus),
}

/// `a Win32 code`, `an HRESULT of FACILITY_WIN32 carrying the Win32 code 5 (0x5)`, ...
impl fmt::Display for ReadingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadingKind::Win32 => f.write_str("a Win32 code"),
            ReadingKind::HResult => f.write_str("an HRESULT"),
            ReadingKind::Win32InHResult(code) => write!(
                f,
                "an HRESULT of FACILITY_WIN32 (HRESULT_FROM_WIN32) carrying the Win32 code {0} (0x{0:X})",
                code.raw()
            ),
            ReadingKind::NtStatus => f.write_str("an NTSTATUS"),
            ReadingKind::NtStatusInHResult(status) => {
                write!(f, "an HRESULT made by HRESULT_FROM_NT from the NTSTATUS 0x{:08X}", status.bits())
            }
        }
    }
}

/// One reading of a value: how it was read, and the pages it names read that way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    kind: ReadingKind,
    pages: &'static [ErrorPage],
}

impl Reading {
    /// How the value was read.
    pub fn kind(&self) -> ReadingKind {
        self.kind
    }

    /// The pages found: one, or two for the Win32 values `winhttp.h` and `wininet.h` share.
    pub fn pages(&self) -> &'static [ErrorPage] {
        self.pages
    }
}

/// The readings [`explain`] finds, in the order of [`ReadingKind`]'s variants.
#[derive(Clone, Debug)]
pub struct Readings {
    found: [Option<Reading>; 5],
    next: usize,
}

impl Iterator for Readings {
    type Item = Reading;

    fn next(&mut self) -> Option<Reading> {
        while let Some(slot) = self.found.get_mut(self.next) {
            self.next += 1;
            if let Some(reading) = slot.take() {
                return Some(reading);
            }
        }
        None
    }
}

impl FusedIterator for Readings {}

/// Every reading of a 32-bit value the catalogue names: as a Win32 code, as a named HRESULT, as
/// a FACILITY_WIN32 HRESULT carrying a named Win32 code, as a named NTSTATUS, and as an HRESULT
/// made by `HRESULT_FROM_NT` from a named NTSTATUS. Empty when no reading names anything; the
/// fields of [`HResult`] and [`NtStatus`] still decode such a value. Allocates nothing.
///
/// ```
/// use winerror::ReadingKind;
///
/// let readings: Vec<_> = winerror::explain(0x8007_0005).map(|r| (r.kind(), r.pages()[0].name())).collect();
/// assert_eq!(
///     readings,
///     [
///         (ReadingKind::HResult, "E_ACCESSDENIED"),
///         (ReadingKind::Win32InHResult(winerror::ERROR_ACCESS_DENIED), "ERROR_ACCESS_DENIED"),
///     ]
/// );
/// let reading = winerror::explain(0xD000_020D).next().unwrap();
/// assert_eq!(reading.kind().to_string(), "an HRESULT made by HRESULT_FROM_NT from the NTSTATUS 0xC000020D");
/// assert_eq!(reading.pages()[0].name(), "STATUS_CONNECTION_RESET");
/// assert_eq!(winerror::explain(0x8009_7FFF).count(), 0);
/// ```
pub fn explain(value: u32) -> Readings {
    let one = |page: Option<&'static ErrorPage>| page.map(slice::from_ref).unwrap_or_default();
    let win32_carried = bits::win32_of_hresult(value).filter(|_| value != 0);
    let nt_carried = bits::nt_of_hresult(value);
    let readings = [
        (ReadingKind::Win32, crate::lookup(value)),
        (ReadingKind::HResult, one(HResult::from_raw(value as i32).page())),
        (
            ReadingKind::Win32InHResult(ErrorCode::from_raw(win32_carried.unwrap_or(0))),
            win32_carried.map_or(&[][..], crate::lookup),
        ),
        (ReadingKind::NtStatus, one(NtStatus::from_raw(value as i32).page())),
        (
            ReadingKind::NtStatusInHResult(NtStatus::from_raw(nt_carried.unwrap_or(0) as i32)),
            one(nt_carried.and_then(|status| crate::lookup::lookup_value(Space::NtStatus, status))),
        ),
    ];
    Readings { found: readings.map(|(kind, pages)| (!pages.is_empty()).then_some(Reading { kind, pages })), next: 0 }
}

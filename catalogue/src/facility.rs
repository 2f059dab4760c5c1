//! [`Severity`] and [`Facility`]: the fields above the code of an HRESULT or NTSTATUS value.

use core::fmt;

use crate::__catalogue::bits;

/// The severity of an HRESULT (success or error) or an NTSTATUS value (all four).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Success (severity 0; an HRESULT without its severity bit).
    Success,
    /// Informational (NTSTATUS severity 1).
    Informational,
    /// Warning (NTSTATUS severity 2).
    Warning,
    /// Error (NTSTATUS severity 3; an HRESULT with its severity bit).
    Error,
}

impl Severity {
    /// The severity of `value`, read as an NTSTATUS (`nt`) or an HRESULT.
    pub(crate) const fn of(value: u32, nt: bool) -> Severity {
        match bits::severity(value, nt) {
            0 => Severity::Success,
            1 => Severity::Informational,
            2 => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// `success`, `informational`, `warning` or `error`.
    pub const fn name(self) -> &'static str {
        bits::SEVERITIES[self as usize]
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The facility of an HRESULT or an NTSTATUS value: the component that defined it, with the
/// SDK's name for it where there is one (HRESULTs and NTSTATUS values name their facilities
/// differently: 9 is `FACILITY_SECURITY` in one and `FACILITY_NTSSPI` in the other).
///
/// ```
/// use winerror::{HResult, NtStatus};
///
/// let facility = HResult::from_raw(0x8009_0325_u32 as i32).facility();
/// assert_eq!((facility.value(), facility.name()), (9, Some("FACILITY_SECURITY")));
/// assert_eq!(facility.to_string(), "FACILITY_SECURITY (9)");
/// assert_eq!(NtStatus::from_raw(0xC002_0001_u32 as i32).facility().name(), Some("FACILITY_RPC_RUNTIME"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Facility {
    value: u16,
    nt: bool,
}

impl Facility {
    /// The facility of `value`, read as an NTSTATUS (`nt`) or an HRESULT.
    pub(crate) const fn of(value: u32, nt: bool) -> Facility {
        Facility { value: bits::facility(value) as u16, nt }
    }

    /// The facility number (12 bits).
    pub const fn value(self) -> u16 {
        self.value
    }

    /// The SDK's name of the facility (`FACILITY_SECURITY`), when it has one.
    pub const fn name(self) -> Option<&'static str> {
        bits::facility_name(self.value as u32, self.nt)
    }

    /// Whether this is an NTSTATUS facility (else an HRESULT one).
    pub const fn is_ntstatus(self) -> bool {
        self.nt
    }
}

/// `FACILITY_SECURITY (9)`, or `facility 1234` for a facility the SDK does not name.
impl fmt::Display for Facility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{name} ({})", self.value),
            None => write!(f, "facility {}", self.value),
        }
    }
}

//! Conversions to and from other crates' error types, each behind its cargo feature.

#[cfg(feature = "std")]
mod io;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "windows-result")]
mod windows_result;

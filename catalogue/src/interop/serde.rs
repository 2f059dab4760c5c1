//! Serde (feature `serde`): an `ErrorCode`, `HResult` or `NtStatus` as its number, an
//! `ErrorPage` as its fields.

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::{Code, ErrorCode, ErrorPage, HResult, NtStatus};

/// The number, e.g. `5`.
impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.raw())
    }
}

/// A number, or a string in any form `FromStr` accepts (a name, `0x` hex, an HRESULT).
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ErrorCode, D::Error> {
        deserializer.deserialize_any(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = ErrorCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Win32 error code: a number, or a name, 0x hex value or HRESULT as a string")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ErrorCode, E> {
        u32::try_from(value)
            .map(ErrorCode::from_raw)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ErrorCode, E> {
        let code = match u32::try_from(value) {
            Ok(raw) => Some(ErrorCode::from_raw(raw)),
            Err(_) => i32::try_from(value).ok().and_then(|raw| ErrorCode::from_hresult(HResult::from_raw(raw))),
        };
        code.ok_or_else(|| E::invalid_value(de::Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ErrorCode, E> {
        text.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// The number, signed (`-2146893019`), as Windows declares HRESULTs.
impl Serialize for HResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.raw())
    }
}

/// The number, signed (`-1073741299`), as Windows declares NTSTATUS.
impl Serialize for NtStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.raw())
    }
}

/// The value's 32 bits, unsigned (`2148074277`), whatever its space.
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.raw())
    }
}

/// A number (signed, or unsigned up to `u32::MAX`), or a string in any form `FromStr` accepts.
impl<'de> Deserialize<'de> for HResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<HResult, D::Error> {
        deserializer.deserialize_any(BitsVisitor("an HRESULT")).map(|bits| HResult::from_raw(bits as i32))
    }
}

/// A number (signed, or unsigned up to `u32::MAX`), or a string in any form `FromStr` accepts.
impl<'de> Deserialize<'de> for NtStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<NtStatus, D::Error> {
        deserializer.deserialize_any(BitsVisitor("an NTSTATUS")).map(|bits| NtStatus::from_raw(bits as i32))
    }
}

/// The 32 bits of an HRESULT or NTSTATUS (named by its field), from a number or a string.
struct BitsVisitor(&'static str);

impl Visitor<'_> for BitsVisitor {
    type Value = u32;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: a 32-bit number, or a name or 0x hex value as a string", self.0)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<u32, E> {
        u32::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<u32, E> {
        match (u32::try_from(value), i32::try_from(value)) {
            (Ok(bits), _) => Ok(bits),
            (_, Ok(signed)) => Ok(signed as u32),
            _ => Err(E::invalid_value(de::Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<u32, E> {
        let bits = if self.0 == "an HRESULT" {
            text.parse::<HResult>().map(HResult::bits)
        } else {
            text.parse::<NtStatus>().map(NtStatus::bits)
        };
        bits.map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// `{"name", "space", "code", "hresult", "header", "module", "message", "updated", "related"}`:
/// `space` is `win32`, `hresult` or `ntstatus`, `code` the value's 32 bits and `hresult` the
/// HRESULT's, `updated` is `"YYYY-MM-DD"` or none, `related` the related errors' names.
impl Serialize for ErrorPage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut page = serializer.serialize_struct("ErrorPage", 9)?;
        page.serialize_field("name", self.name())?;
        page.serialize_field("space", self.space().keyword())?;
        page.serialize_field("code", &self.code())?;
        page.serialize_field("hresult", &self.code().to_hresult().bits())?;
        page.serialize_field("header", self.header())?;
        page.serialize_field("module", self.module())?;
        page.serialize_field("message", self.message())?;
        page.serialize_field("updated", &self.updated().map(IsoDate))?;
        page.serialize_field("related", &RelatedNames(*self))?;
        page.end()
    }
}

/// A date serialized as `YYYY-MM-DD`.
struct IsoDate((u16, u8, u8));

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (year, month, day) = self.0;
        serializer.collect_str(&format_args!("{year:04}-{month:02}-{day:02}"))
    }
}

/// A page's related errors, serialized as a sequence of names.
struct RelatedNames(ErrorPage);

impl Serialize for RelatedNames {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.related().map(ErrorPage::name))
    }
}

//! Serde (feature `serde`): an `ErrorCode` as its number, an `ErrorPage` as its fields.

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::{ErrorCode, ErrorPage};

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
            Err(_) => i32::try_from(value).ok().and_then(ErrorCode::from_hresult),
        };
        code.ok_or_else(|| E::invalid_value(de::Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ErrorCode, E> {
        text.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// `{"name", "code", "hresult", "header", "module", "message", "updated", "related"}`:
/// `updated` is `"YYYY-MM-DD"` or none, `related` the related errors' names.
impl Serialize for ErrorPage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut page = serializer.serialize_struct("ErrorPage", 8)?;
        page.serialize_field("name", self.name())?;
        page.serialize_field("code", &self.code())?;
        page.serialize_field("hresult", &(self.code().to_hresult() as u32))?;
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

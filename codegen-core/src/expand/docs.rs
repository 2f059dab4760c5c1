//! The rustdoc text of constants and family modules, built from the pages' Markdown and from
//! facts computed over the whole catalogue.

mod computed;
mod constant;
mod family;

pub use computed::{CatalogueIndex, sections};
pub use constant::{constant_doc, push_constant_summary};
pub use family::{family_doc, family_summary};

use crate::bits::{self, facility_name, hresult_from_win32};
use crate::check::{Catalogue, Entry};
use crate::space::Space;

/// The search aliases of a value in its space: for a Win32 code its decimal and hex and its
/// HRESULT in hex (with and without `0x`) and as a signed decimal; for an HRESULT or NTSTATUS
/// value its hex (with and without `0x`) and its decimal, signed and unsigned.
pub fn aliases(space: Space, code: u32) -> Vec<String> {
    let hex_forms = |value: u32| [format!("0x{value:08X}"), format!("{value:08X}"), (value as i32).to_string()];
    match space {
        Space::Win32 => {
            let hresult = hresult_from_win32(code);
            let mut aliases = vec![code.to_string(), format!("0x{code:X}")];
            if hresult != code {
                aliases.extend(hex_forms(hresult));
            }
            aliases
        }
        Space::HResult | Space::NtStatus => {
            let mut aliases = hex_forms(code).to_vec();
            if code as i32 >= 0 {
                aliases.pop();
            }
            aliases.push(code.to_string());
            aliases
        }
    }
}

/// The severity of a value of an HRESULT or NTSTATUS, in words.
fn severity(value: u32, nt: bool) -> &'static str {
    bits::SEVERITIES[bits::severity(value, nt) as usize]
}

/// A facility for a facts table: `` `FACILITY_SECURITY` (9) ``, or the number alone.
fn facility(value: u32, nt: bool) -> String {
    let number = bits::facility(value);
    match facility_name(number, nt) {
        Some(name) => format!("`{name}` ({number})"),
        None => number.to_string(),
    }
}

/// An intra-doc link to an entry's constant, valid from inside any family module.
fn link(catalogue: &Catalogue, entry: &Entry) -> String {
    let module = &catalogue.families[entry.family].module;
    format!("[`{0}`](super::{module}::{0})", entry.page.name)
}

/// `13815 - 0x35F7` or `0x80090326`: an entry's value the way pages write it.
fn value(catalogue: &Catalogue, entry: &Entry) -> String {
    catalogue.space(entry).write_value(entry.page.code)
}

/// The message's Markdown source on one line, safe inside a table cell.
fn message_inline(entry: &Entry) -> String {
    let words: Vec<&str> = entry.page.message_source().split_whitespace().collect();
    words.join(" ").replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hresult_of_a_positive_code_sets_facility_win32() {
        assert_eq!(hresult_from_win32(13814), 0x800735F6);
        assert_eq!(hresult_from_win32(0), 0);
    }

    #[test]
    fn aliases_cover_every_spelling_of_the_value() {
        assert_eq!(aliases(Space::Win32, 13814), ["13814", "0x35F6", "0x800735F6", "800735F6", "-2147011082"]);
        assert_eq!(aliases(Space::Win32, 0), ["0", "0x0"]);
        assert_eq!(aliases(Space::HResult, 0x8009_0325), ["0x80090325", "80090325", "-2146893019", "2148074277"]);
        assert_eq!(aliases(Space::HResult, 0x0009_0312), ["0x00090312", "00090312", "590610"]);
    }

    #[test]
    fn facilities_are_named_where_the_sdk_names_them() {
        assert_eq!(facility(0x8009_0325, false), "`FACILITY_SECURITY` (9)");
        assert_eq!(facility(0xC000_020D, true), "0");
        assert_eq!(facility(0xC002_0001, true), "`FACILITY_RPC_RUNTIME` (2)");
        assert_eq!(severity(0x8009_0325, false), "error");
        assert_eq!(severity(0x4000_0000, true), "informational");
    }
}

//! The rustdoc text of constants and family modules, built from the pages' Markdown and from
//! facts computed over the whole catalogue.

mod computed;
mod constant;
mod family;

pub use computed::{CatalogueIndex, sections};
pub use constant::{constant_doc, push_constant_summary};
pub use family::{family_doc, family_summary};

use crate::check::{Catalogue, Entry};

/// `HRESULT_FROM_WIN32`: a Win32 code in the FACILITY_WIN32 HRESULT space, as the bit pattern.
pub fn hresult_from_win32(code: u32) -> u32 {
    if code as i32 <= 0 { code } else { (code & 0xFFFF) | (7 << 16) | 0x8000_0000 }
}

/// The search aliases of a value: decimal, hex, and the HRESULT in hex and as a signed decimal.
pub fn aliases(code: u32) -> Vec<String> {
    let hresult = hresult_from_win32(code);
    let mut aliases = vec![code.to_string(), format!("0x{code:X}")];
    if hresult != code {
        aliases.push(format!("0x{hresult:08X}"));
        aliases.push((hresult as i32).to_string());
    }
    aliases
}

/// An intra-doc link to an entry's constant, valid from inside any family module.
fn link(catalogue: &Catalogue, entry: &Entry) -> String {
    let module = &catalogue.families[entry.family].module;
    format!("[`{0}`](super::{module}::{0})", entry.page.name)
}

/// `13815 - 0x35F7`: a value the way pages write it.
fn value(code: u32) -> String {
    format!("{code} - 0x{code:X}")
}

/// The message's Markdown source on one line, safe inside a table cell.
fn message_inline(entry: &Entry) -> String {
    let page = &entry.page;
    let source = page.source.text.get(page.message_range.clone()).unwrap_or(&page.message);
    let words: Vec<&str> = source.split_whitespace().collect();
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
        assert_eq!(aliases(13814), ["13814", "0x35F6", "0x800735F6", "-2147011082"]);
        assert_eq!(aliases(0), ["0", "0x0"]);
    }
}

//! The rustdoc text of constants and family modules, built from the pages' Markdown and from
//! facts computed over the whole catalogue.

mod computed;
mod constant;
mod family;

pub use computed::{CatalogueIndex, sections};
pub use constant::{constant_doc, push_constant_summary};
pub use family::{family_doc, family_summary};

use std::ops::Range;

use crate::bits::{self, facility_name, hresult_from_win32};
use crate::check::{Catalogue, Entry};
use crate::expand::rewrite::Edits;
use crate::page::NameUse;
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

/// Where a rustdoc text is attached, which decides the path a link to a constant takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkScope {
    /// A constant's doc, resolved inside its family module: `super::FAMILY::NAME`.
    Constant,
    /// A family module's doc. It is an outer `#[doc]` attribute, which rustdoc resolves in the
    /// scope that declares the module, not inside it: there every constant is reachable by its
    /// bare name through the hidden `pub use self::FAMILY::*` beside each module, while
    /// `super::` would name the wrong module (or none). An unresolved link is not even reported
    /// (lints are silent inside a foreign macro's expansion) and reaches the HTML as a dead
    /// `href`.
    Module,
}

/// The one writer of intra-doc links to constants: `[TEXT](PATH)`, where `text` is the link's
/// Markdown and the path reaches constant `name` of family `module` from `scope`.
pub fn constant_link(text: &str, module: &str, name: &str, scope: LinkScope) -> String {
    match scope {
        LinkScope::Constant => format!("[{text}](super::{module}::{name})"),
        LinkScope::Module => format!("[{text}]({name})"),
    }
}

/// A link to an entry's constant showing its name as code, from `scope`.
fn link(catalogue: &Catalogue, entry: &Entry, scope: LinkScope) -> String {
    let name = &entry.page.name;
    constant_link(&format!("`{name}`"), &catalogue.families[entry.family].module, name, scope)
}

/// `13815 (0x35F7)` or `0x80090326`: an entry's value as the rendered pages show it.
fn value(catalogue: &Catalogue, entry: &Entry) -> String {
    let code = entry.page.code;
    if catalogue.space(entry).hex_only() { format!("0x{code:08X}") } else { format!("{code} (0x{code:X})") }
}

/// Rewrites the prose `text` for rustdoc: each name in `uses` (byte ranges of `text` from
/// `start` on, in order) becomes the link `link_of` gives it, if any, and the values of a
/// mention, `NAME (13815 - 0x35F7)` in the page source, read `NAME 13815 (0x35F7)`: a dash
/// between the two forms of one value reads like a subtraction. `NAME (0x80090326)` stays.
/// `edits` holds further edits (the fences), merged in source order.
fn rewrite_prose<'u>(
    text: &str,
    start: usize,
    uses: impl IntoIterator<Item = &'u NameUse>,
    mut link_of: impl FnMut(&'u NameUse, &str) -> Option<String>,
    mut edits: Edits,
) -> String {
    for used in uses {
        if used.range.start < start {
            continue;
        }
        let written = &text[used.range.clone()];
        let linked = link_of(used, written);
        let values = mention_values(text, used.range.clone());
        match (linked, values) {
            (Some(linked), Some((end, values))) => edits.replace(used.range.start..end, linked + &values),
            (Some(linked), None) => edits.replace(used.range.clone(), linked),
            (None, Some((end, values))) => edits.replace(used.range.end..end, values),
            (None, None) => {}
        }
    }
    edits.apply(text, start)
}

/// When the bare name at `name` in `text` is followed by the values of a Win32 mention,
/// ` (13815 - 0x35F7)`: where they end and how they render, ` 13815 (0x35F7)`. A line break
/// may stand for the space, as where a paragraph wraps between the name and its values; it is
/// kept.
fn mention_values(text: &str, name: Range<usize>) -> Option<(usize, String)> {
    let written = &text[name.clone()];
    if written.starts_with('`') {
        return None;
    }
    let mention = crate::grammar::mention_at(text, name.start, name.end)?;
    if mention.hex_only {
        return None;
    }
    let end = name.start + mention.hex_offset() + mention.hex_text.len() + ")".len();
    Some((end, format!("{}{} ({})", mention.gap, mention.decimal_text, mention.hex_text)))
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
    fn links_to_constants_take_the_path_of_their_scope() {
        assert_eq!(constant_link("`E`", "ipsec", "E", LinkScope::Constant), "[`E`](super::ipsec::E)");
        assert_eq!(constant_link("<code>E</code>", "ipsec", "E", LinkScope::Module), "[<code>E</code>](E)");
    }

    #[test]
    fn mentions_render_decimal_then_hex_in_parentheses() {
        let text = "ERROR_B (13815 - 0x35F7), E_X (0x80090326), ERROR_C (1 - 2), `ERROR_D` (4 - 0x4), ERROR_E";
        let uses: Vec<NameUse> = ["ERROR_B", "E_X", "ERROR_C", "`ERROR_D`", "ERROR_E"]
            .iter()
            .map(|name| {
                let start = text.find(name).unwrap();
                NameUse { range: start..start + name.len() }
            })
            .collect();
        let link_of = |used: &NameUse, written: &str| (used.name(text) != "ERROR_C").then(|| format!("[{written}]"));
        assert_eq!(
            rewrite_prose(text, 0, &uses, link_of, Edits::new()),
            "[ERROR_B] 13815 (0x35F7), [E_X] (0x80090326), ERROR_C (1 - 2), [`ERROR_D`] (4 - 0x4), [ERROR_E]"
        );
        let none = |_: &NameUse, _: &str| None;
        assert_eq!(rewrite_prose(text, 0, &uses, none, Edits::new())[..22], *"ERROR_B 13815 (0x35F7)");
        // A paragraph may wrap between a name and its values; a blank line ends the mention.
        let text = "ERROR_B\n  (2 - 0x2) and ERROR_C\n\n(3 - 0x3)";
        let uses = [NameUse { range: 0..7 }, NameUse { range: 24..31 }];
        assert_eq!(rewrite_prose(text, 0, &uses, none, Edits::new()), "ERROR_B\n  2 (0x2) and ERROR_C\n\n(3 - 0x3)");
        // The text is taken from `start`, and further edits merge in source order.
        let text = "# T\n\nERROR_B (2 - 0x2)\n```c\n```\n";
        let uses = [NameUse { range: 5..12 }];
        let mut fence = Edits::new();
        fence.replace(26..27, "text".to_owned());
        assert_eq!(rewrite_prose(text, 5, &uses, none, fence), "ERROR_B 2 (0x2)\n```text\n```\n");
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

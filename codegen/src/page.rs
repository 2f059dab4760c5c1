//! The page model: what phase 2 makes of one Markdown error page, and what the check and the
//! expansion read. The Markdown parse itself lives in `winerror-pages`, the one crate of the
//! pipeline that depends on pulldown-cmark.

use std::ops::Range;

use crate::diagnostic::Location;
use crate::grammar::Date;
use crate::load::SourceFile;

/// A reference from a page to another error, by name and optionally value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name written.
    pub name: String,
    /// The decimal written, when the mention carries values (`None` if it overflows).
    pub decimal: Option<u32>,
    /// The hex written, when the mention carries values.
    pub hex: Option<(Option<u32>, String)>,
    /// Byte offset of the name in the page source (of the text holding it when the parser
    /// rewrote the text, as for entities); see [`Page::locate`].
    pub offset: usize,
    /// Byte offset of the hex (the name's offset when the mention has no values).
    pub hex_offset: usize,
    /// Whether the value is written in hex alone, `NAME (0xHEX)`.
    pub hex_only: bool,
}

/// A code block and what rustdoc must be told about it, as the Markdown phase decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fence {
    /// Byte range of what follows the fence marker on the opening line (the info string as
    /// written, up to the end of the line): the expansion writes [`Fence::language`] there.
    pub info_range: Range<usize>,
    /// The info string as written (empty when untagged).
    pub info: String,
    /// What rustdoc is told the block holds (see
    /// [`fence_language`](crate::grammar::fence_language)).
    pub language: &'static str,
}

/// A word of prose or a code span that may be an error name, for intra-doc links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameUse {
    /// Byte range in the page source: the word, or the code span with its backticks.
    pub range: Range<usize>,
}

impl NameUse {
    /// The name used, read from the page source `text`.
    pub fn name<'t>(&self, text: &'t str) -> &'t str {
        name_in_source(text.get(self.range.clone()).unwrap_or_default())
    }
}

/// The name a word or a code span (`` `NAME` ``) stands for.
pub fn name_in_source(source: &str) -> &str {
    source.trim_matches('`').trim()
}

/// What the fixed-form lines of a page's Error Details state (see
/// [`parse_detail_line`](crate::grammar::parse_detail_line)); the search index reads them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    /// The `- **BSD errno:**` line: the errno name, or `Some(None)` when it says `none`.
    pub errno: Option<Option<String>>,
    /// The `- **std::io::ErrorKind:**` line: the `Debug` name of the kind.
    pub io_kind: Option<String>,
}

/// One parsed error page.
#[derive(Clone, Debug)]
pub struct Page {
    /// The error's name.
    pub name: String,
    /// Its value.
    pub code: u32,
    /// Whether the title writes the value in hex alone (`NAME - 0xHEX`).
    pub title_hex_only: bool,
    /// The official message, as plain text.
    pub message: String,
    /// Byte range of the message paragraph's Markdown source.
    pub message_range: Range<usize>,
    /// The `Updated:` date, when given.
    pub updated: Option<Date>,
    /// Titles of the H2 sections, in order.
    pub sections: Vec<String>,
    /// Byte offset where the body (everything after the message and date) starts.
    pub body_start: usize,
    /// Every `NAME (DECIMAL - 0xHEX)` in the page.
    pub mentions: Vec<Mention>,
    /// The leading names of the Related Errors items.
    pub related: Vec<Mention>,
    /// The fixed-form lines of Error Details.
    pub details: Details,
    /// Code blocks in the body.
    pub fences: Vec<Fence>,
    /// Words that look like error names, for links.
    pub name_uses: Vec<NameUse>,
    /// Where the title stands.
    pub title_location: Location,
    /// The file it came from.
    pub source: SourceFile,
}

impl Page {
    /// The location of byte `offset` of the page source.
    pub fn locate(&self, offset: usize) -> Location {
        self.source.locate(offset)
    }

    /// The message's Markdown source (its paragraph as written, with any emphasis or code spans),
    /// or its plain text when the recorded range does not hold it.
    pub fn message_source(&self) -> &str {
        self.source.text.get(self.message_range.clone()).unwrap_or(&self.message)
    }

    /// A page with only its title's location; the parse fills in the rest.
    pub fn empty(title_location: Location) -> Self {
        Page {
            name: String::new(),
            code: 0,
            title_hex_only: false,
            message: String::new(),
            message_range: 0..0,
            updated: None,
            sections: Vec::new(),
            body_start: 0,
            mentions: Vec::new(),
            related: Vec::new(),
            details: Details::default(),
            fences: Vec::new(),
            name_uses: Vec::new(),
            title_location,
            source: SourceFile::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_source_is_the_paragraph_as_written() {
        let text = "# E_X - 0x80000001\n\nThe *file*\nis `busy`.\n";
        let mut page = Page::empty(Location::file("docs/x/E_X.md"));
        page.source = SourceFile { text: text.to_owned(), ..SourceFile::default() };
        page.message = "The file is busy.".to_owned();
        page.message_range = 20..text.len() - 1;
        assert_eq!(page.message_source(), "The *file*\nis `busy`.");
        page.message_range = 20..text.len() + 1;
        assert_eq!(page.message_source(), "The file is busy.", "a range past the text falls back to the plain text");
    }
}

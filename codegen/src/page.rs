//! Phase 2: parse one Markdown error page into a [`Page`], recording every problem at its place.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Diagnostics, LineIndex, Location};
use crate::grammar::{self, Date, RELATED_ERRORS_TITLE, TITLE_FORM, TitleError, UPDATED_KEYWORD, is_error_name};
use crate::load::SourceFile;

/// The Markdown extensions pages may use; rustdoc renders the same ones.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS
}

/// A reference from a page to another error, by name and optionally value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name written.
    pub name: String,
    /// The decimal written, when the mention carries values (`None` if it overflows).
    pub decimal: Option<u32>,
    /// The hex written, when the mention carries values.
    pub hex: Option<(Option<u32>, String)>,
    /// Where the hex stands (the name's location when the mention has no values).
    pub hex_location: Location,
    /// Where the name stands.
    pub location: Location,
}

/// A code block and what rustdoc must be told about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fence {
    /// Byte range of the info string's line (the opening fence line).
    pub opening_line: Range<usize>,
    /// The info string as written (empty when untagged).
    pub info: String,
}

/// A word of prose that may be an error name, for intra-doc links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameUse {
    /// Byte range in the page source.
    pub range: Range<usize>,
    /// The word.
    pub name: String,
}

/// One parsed error page.
#[derive(Clone, Debug)]
pub struct Page {
    /// The error's name.
    pub name: String,
    /// Its value.
    pub code: u32,
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
    fn empty(source: &SourceFile, title_location: Location) -> Self {
        Page {
            name: String::new(),
            code: 0,
            message: String::new(),
            message_range: 0..0,
            updated: None,
            sections: Vec::new(),
            body_start: 0,
            mentions: Vec::new(),
            related: Vec::new(),
            fences: Vec::new(),
            name_uses: Vec::new(),
            title_location,
            source: source.clone(),
        }
    }
}

/// The top-level blocks of a Markdown text, each as its events with their byte ranges.
pub(crate) fn blocks(text: &str) -> Vec<Vec<(Event<'_>, Range<usize>)>> {
    let mut blocks = Vec::new();
    let mut current = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        current.push((event, range));
        if depth == 0 {
            blocks.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// The plain text of a block: text and code spans, soft breaks as spaces.
pub(crate) fn plain_text(events: &[(Event<'_>, Range<usize>)]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Parses `source` as an error page. Returns `None` when it has no usable title or message.
pub fn parse_page(source: &SourceFile, diags: &mut Diagnostics) -> Option<Page> {
    let text = source.text.as_str();
    let lines = LineIndex::new(text);
    let at = |offset: usize| lines.locate(&source.path, text, offset);
    let blocks = blocks(text);
    let mut blocks = blocks.iter().peekable();

    let title_block = blocks.next()?;
    let title_location = at(title_block[0].1.start);
    let title = match &title_block[0].0 {
        Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) => plain_text(title_block),
        _ => {
            diags.error(title_location, "the page must start with its title").help =
                Some(format!("write the first line as {TITLE_FORM}"));
            return None;
        }
    };
    let title = match grammar::parse_title(&title) {
        Ok(title) => title,
        Err(err) => {
            report_title_error(err, &title, title_location, diags);
            return None;
        }
    };
    if title.name != source.stem {
        let message = if is_error_name(&source.stem) {
            format!("the title names `{}` but the file is `{}.md`", title.name, source.stem)
        } else {
            format!("the file name `{}.md` cannot name an error constant", source.stem)
        };
        diags.error(title_location.clone(), message).help = Some(format!("rename the file to `{}.md`", title.name));
    }

    let message_block = blocks.peek().filter(|b| matches!(b[0].0, Event::Start(Tag::Paragraph)));
    let message = message_block.map(|b| plain_text(b)).unwrap_or_default();
    let after_title = title_block.last().map_or(0, |(_, r)| r.end);
    if message.trim().is_empty() || message.starts_with(UPDATED_KEYWORD) {
        let offset = blocks.peek().map_or(after_title, |b| b[0].1.start);
        diags.error(at(offset), "the message is missing").help =
            Some("the paragraph right after the title is the official message text".into());
        return None;
    }
    let message_block = blocks.next().expect("peeked a paragraph");
    let mut page_checks = Page::empty(source, title_location.clone());
    for block in [title_block, message_block] {
        scan_block(block, text, &at, &mut page_checks, diags);
    }
    let mut body_start = message_block.last().map_or(after_title, |(_, r)| r.end);

    let mut updated = None;
    if let Some(block) = blocks.peek().filter(|b| matches!(b[0].0, Event::Start(Tag::Paragraph))) {
        let paragraph = plain_text(block);
        if let Some(date) = paragraph.strip_prefix(UPDATED_KEYWORD) {
            updated = grammar::parse_date(date);
            if updated.is_none() {
                diags.error(at(block[0].1.start), format!("`{}` is not a date", date.trim())).help =
                    Some(format!("write `{UPDATED_KEYWORD} 2026-02-21` or `{UPDATED_KEYWORD} Feb 21, 2026`"));
            }
            body_start = block.last().map_or(body_start, |(_, r)| r.end);
            blocks.next();
        }
    }

    let mut page = Page {
        name: title.name,
        code: title.code,
        message,
        message_range: message_block[0].1.clone(),
        updated,
        body_start,
        mentions: page_checks.mentions,
        ..Page::empty(source, title_location)
    };
    let mut in_related = false;
    for block in blocks {
        if let Event::Start(Tag::Heading { level, .. }) = &block[0].0 {
            match level {
                HeadingLevel::H1 => {
                    diags.error(at(block[0].1.start), "a page has one H1, its title").help =
                        Some("use `##` for sections".into());
                }
                HeadingLevel::H2 => {
                    let title = plain_text(block).trim().to_owned();
                    in_related = title == RELATED_ERRORS_TITLE;
                    page.sections.push(title);
                }
                _ => {}
            }
        }
        if in_related && matches!(block[0].0, Event::Start(Tag::List(_))) {
            collect_related(block, &at, &mut page.related, diags);
        }
        scan_block(block, text, &at, &mut page, diags);
    }
    Some(page)
}

fn report_title_error(err: TitleError, title: &str, location: Location, diags: &mut Diagnostics) {
    match err {
        TitleError::Form => {
            diags.error(location, format!("the title `{title}` is not of the form {TITLE_FORM}"));
        }
        TitleError::Name(name) => {
            diags.error(location, format!("`{name}` is not an SDK error name")).help =
                Some("a name is an uppercase letter followed by letters, digits and underscores".into());
        }
        TitleError::Overflow(number) => {
            diags.error(location, format!("`{number}` does not fit in 32 bits")).help =
                Some(format!("the largest value is {} (0x{:X})", u32::MAX, u32::MAX));
        }
        TitleError::Mismatch { decimal, hex, hex_text } => {
            diags
                .error(location, format!("the decimal and hex values disagree: {hex_text} is {hex}, not {decimal}"))
                .help = Some(format!("{decimal} is 0x{decimal:X}"));
        }
    }
}

/// Records the leading name of each item of a Related Errors list.
fn collect_related(
    list: &[(Event<'_>, Range<usize>)],
    at: &impl Fn(usize) -> Location,
    related: &mut Vec<Mention>,
    diags: &mut Diagnostics,
) {
    let mut depth = 0usize;
    let mut item_start: Option<usize> = None;
    for (index, (event, range)) in list.iter().enumerate() {
        match event {
            Event::Start(Tag::Item) if depth == 1 => item_start = Some(index),
            Event::End(TagEnd::Item) if depth == 2 => {
                if let Some(start) = item_start.take() {
                    let item = &list[start..=index];
                    let text = plain_text(item);
                    let first_text = item.iter().find(|(e, _)| matches!(e, Event::Text(_) | Event::Code(_)));
                    let offset = first_text.map_or(range.start, |(_, r)| r.start);
                    match grammar::leading_name(&text) {
                        Some(name) => related.push(Mention {
                            name: name.to_owned(),
                            decimal: None,
                            hex: None,
                            hex_location: at(offset),
                            location: at(offset),
                        }),
                        None => {
                            diags.error(at(offset), "a Related Errors item must start with an error name").help =
                                Some("write `- NAME (DECIMAL - 0xHEX): why it is related`".into());
                        }
                    }
                }
            }
            _ => {}
        }
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

/// Checks the events of one body block: HTML, link schemes, fences, mentions and names.
fn scan_block(
    block: &[(Event<'_>, Range<usize>)],
    text: &str,
    at: &impl Fn(usize) -> Location,
    page: &mut Page,
    diags: &mut Diagnostics,
) {
    let mut link_depth = 0usize;
    let mut in_code = false;
    let mut html_reported = false;
    for (event, range) in block {
        match event {
            Event::Html(_) | Event::InlineHtml(_) if !html_reported => {
                html_reported = true;
                diags.error(at(range.start), "raw HTML is not allowed in a page").help =
                    Some("write it in Markdown; the page becomes rustdoc".into());
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                link_depth += 1;
                if !is_web_link(dest_url) {
                    diags
                        .error(at(range.start), format!("the link target `{dest_url}` is not an http or https address"))
                        .help = Some("mention another error by its NAME; it becomes a link by itself".into());
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => link_depth = link_depth.saturating_sub(1),
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code = true;
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let line_end = text[range.start..].find('\n').map_or(range.end, |at| range.start + at);
                if matches!(kind, CodeBlockKind::Fenced(_)) {
                    page.fences.push(Fence { opening_line: range.start..line_end, info });
                } else {
                    diags.error(at(range.start), "indented code blocks are not allowed").help =
                        Some("use a fenced block: ```text".into());
                }
            }
            Event::Code(code) if link_depth == 0 && is_error_name(code) => {
                page.name_uses.push(NameUse { range: range.clone(), name: code.to_string() });
            }
            Event::Text(prose) => {
                let exact = text.get(range.clone()) == Some(prose.as_ref());
                for found in grammar::find_mentions(prose) {
                    let offset = if exact { range.start + found.offset } else { range.start };
                    let hex_offset = if exact { offset + found.hex_offset() } else { offset };
                    page.mentions.push(Mention {
                        name: found.name,
                        decimal: found.decimal,
                        hex: Some((found.hex, found.hex_text)),
                        hex_location: at(hex_offset),
                        location: at(offset),
                    });
                }
                if exact && link_depth == 0 && !in_code {
                    record_name_uses(prose, range.start, &mut page.name_uses);
                }
            }
            _ => {}
        }
    }
}

fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Records each word of `prose` that could be an error name (the check keeps those in the catalogue).
fn record_name_uses(prose: &str, offset: usize, uses: &mut Vec<NameUse>) {
    let mut start = None;
    for (index, c) in prose.char_indices().chain(std::iter::once((prose.len(), ' '))) {
        let word_char = c.is_ascii_alphanumeric() || c == '_';
        match (start, word_char) {
            (None, true) => start = Some(index),
            (Some(from), false) => {
                let word = &prose[from..index];
                if is_error_name(word) && (word.contains('_') || word.starts_with("WSA")) {
                    uses.push(NameUse { range: offset + from..offset + index, name: word.to_owned() });
                }
                start = None;
            }
            _ => {}
        }
    }
}

//! Phase 2: parse one Markdown error page into a [`Page`], recording every problem at its place.

use std::ops::Range;
use std::sync::Arc;

use pulldown_cmark::{Event, HeadingLevel, Tag};

use crate::check::Entry;
use crate::details::DetailLines;
use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::ERROR_DETAILS_TITLE;
use crate::grammar::{self, Date, RELATED_ERRORS_TITLE, TITLE_FORM, TitleError, UPDATED_KEYWORD, is_error_name};
use crate::load::{FamilyFiles, SourceFile};
use crate::markdown::{Blocks, blocks, plain_text};
use crate::scan::{check_markup, collect_related, scan_block};

/// The page model this phase fills in, defined with the phases that read it.
pub use winerror_codegen::page::{Fence, Mention, NameUse, Page, name_in_source};

/// What the first blocks of a page give: title, message and date.
struct Head {
    title: grammar::Title,
    title_location: Location,
    message: String,
    message_range: Range<usize>,
    updated: Option<Date>,
    body_start: usize,
    /// How many top-level blocks the head takes.
    blocks: usize,
    /// The title names another file; the page is checked but not emitted.
    misnamed: bool,
}

/// Parses `source` as an error page. Returns `None` when it has no usable title or message, or
/// its title names another file; the rest of such a page is still checked.
pub fn parse_page(source: &SourceFile, diags: &mut Diagnostics) -> Option<Page> {
    parse_owned_page(source.clone(), diags)
}

/// [`parse_page`] for a source the caller no longer needs: the page takes it without a copy.
pub fn parse_owned_page(source: SourceFile, diags: &mut Diagnostics) -> Option<Page> {
    let text = source.text.as_str();
    let path: Arc<str> = source.path.as_str().into();
    let at = |offset: usize| Location::at(&path, text, offset);
    let blocks = blocks(text, &at, diags);
    let Some(head) = parse_head(&blocks, &source, &at, diags) else {
        for block in blocks.iter() {
            check_markup(block, &at, diags);
        }
        return None;
    };
    let mut page = Page {
        name: head.title.name,
        code: head.title.code,
        title_hex_only: head.title.hex_only,
        message: head.message,
        message_range: head.message_range,
        updated: head.updated,
        body_start: head.body_start,
        ..Page::empty(head.title_location)
    };
    let misnamed = head.misnamed;
    let mut in_related = false;
    let mut detail_lines = DetailLines::default();
    for (index, block) in blocks.iter().enumerate() {
        if index >= head.blocks
            && let Event::Start(Tag::Heading { level, .. }) = &block[0].0
        {
            match level {
                HeadingLevel::H1 => {
                    diags
                        .error(at(block[0].1.start), "a page has one H1, its title")
                        .with_help("use `##` for sections");
                }
                HeadingLevel::H2 => {
                    let title = plain_text(block).trim().to_owned();
                    in_related = title == RELATED_ERRORS_TITLE;
                    page.sections.push(title);
                }
                _ => {}
            }
        }
        scan_block(block, text, &at, &mut page, diags);
        let in_details = page.sections.last().is_some_and(|title| title == ERROR_DETAILS_TITLE);
        detail_lines.scan(block, text, &at, in_details, &mut page, diags);
        if in_related && matches!(block[0].0, Event::Start(Tag::List(_))) {
            collect_related(block, text, &at, &mut page, diags);
        }
    }
    drop(blocks);
    page.source = source;
    (!misnamed).then_some(page)
}

/// Parses the title, message and optional date, reporting each problem.
fn parse_head(
    blocks: &Blocks<'_>,
    source: &SourceFile,
    at: &impl Fn(usize) -> Location,
    diags: &mut Diagnostics,
) -> Option<Head> {
    let text = source.text.as_str();
    let Some(title_block) = blocks.get(0) else {
        diags.error(at(0), "the page has no title").with_help(format!("start it with {TITLE_FORM}"));
        return None;
    };
    let title_range = title_block[0].1.clone();
    let title_location = at(title_range.start);
    // The location of `part` of the title, or of the title when it is not written verbatim.
    let in_title = |part: &str| {
        let offset = text.get(title_range.clone()).and_then(|t| t.find(part)).map_or(0, |found| found);
        at(title_range.start + offset)
    };
    let title = match &title_block[0].0 {
        Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) => plain_text(title_block),
        _ => {
            diags
                .error(title_location, "the page must start with its title")
                .with_help(format!("write the first line as {TITLE_FORM}"));
            return None;
        }
    };
    let title = match grammar::parse_title(&title) {
        Ok(title) => title,
        Err(err) => {
            report_title_error(err, &title, &in_title, diags);
            return None;
        }
    };
    if title.name != source.stem {
        let message = if is_error_name(&source.stem) {
            format!("the title names `{}` but the file is `{}.md`", title.name, source.stem)
        } else {
            format!("the file name `{}.md` cannot name an error constant", source.stem)
        };
        diags.error(in_title(&title.name), message).with_help(format!("rename the file to `{}.md`", title.name));
    }

    let after_title = title_block.last().map_or(0, |(_, r)| r.end);
    let message_block = blocks.get(1).filter(|b| matches!(b[0].0, Event::Start(Tag::Paragraph)));
    let message = message_block.map(|b| plain_text(b)).unwrap_or_default();
    let Some(message_block) =
        message_block.filter(|_| !message.trim().is_empty() && !message.starts_with(UPDATED_KEYWORD))
    else {
        let offset = blocks.get(1).map_or(title_range.start, |b| b[0].1.start);
        diags
            .error(at(offset), "the message is missing")
            .with_help("the paragraph right after the title is the official message text");
        return None;
    };
    let misnamed = title.name != source.stem;
    let mut head = Head {
        title,
        title_location,
        message,
        message_range: message_block[0].1.clone(),
        updated: None,
        body_start: message_block.last().map_or(after_title, |(_, r)| r.end),
        blocks: 2,
        misnamed,
    };
    if let Some(block) = blocks.get(2).filter(|b| matches!(b[0].0, Event::Start(Tag::Paragraph))) {
        let paragraph = plain_text(block);
        if let Some(date) = paragraph.strip_prefix(UPDATED_KEYWORD) {
            head.updated = grammar::parse_date(date);
            if head.updated.is_none() {
                diags
                    .error(at(block[0].1.start), format!("`{}` is not a date", date.trim()))
                    .with_help(format!("write `{UPDATED_KEYWORD} 2026-02-21` or `{UPDATED_KEYWORD} Feb 21, 2026`"));
            }
            head.body_start = block.last().map_or(head.body_start, |(_, r)| r.end);
            head.blocks = 3;
        }
    }
    Some(head)
}

fn report_title_error(err: TitleError, title: &str, in_title: &impl Fn(&str) -> Location, diags: &mut Diagnostics) {
    match err {
        TitleError::Form => {
            diags.error(in_title(""), format!("the title `{title}` is not of the form {TITLE_FORM}"));
        }
        TitleError::Name(name) => {
            diags
                .error(in_title(&name), format!("`{name}` is not an SDK error name"))
                .with_help("a name is an uppercase letter followed by letters, digits and underscores, and not `Self`");
        }
        TitleError::Overflow(number) => {
            diags.error(in_title(&number), format!("`{number}` does not fit in 32 bits")).with_help(format!(
                "the largest value is {} (0x{:X})",
                u32::MAX,
                u32::MAX
            ));
        }
        TitleError::Mismatch { decimal, hex, hex_text } => {
            diags
                .error(
                    in_title(&hex_text),
                    format!("the decimal and hex values disagree: {hex_text} is {hex}, not {decimal}"),
                )
                .with_help(format!("{decimal} is 0x{decimal:X}"));
        }
    }
}

/// Parses every error page of `families`, in order; each page takes its source without a copy.
pub fn parse_pages(families: Vec<FamilyFiles>, diags: &mut Diagnostics) -> Vec<Entry> {
    let sources: Vec<(usize, SourceFile)> = families
        .into_iter()
        .enumerate()
        .flat_map(|(family, files)| files.pages.into_iter().map(move |source| (family, source)))
        .collect();
    crate::parallel::map_in_order(sources, diags, |(family, source), diags| {
        parse_owned_page(source, diags).map(|page| Entry { page, family })
    })
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests;

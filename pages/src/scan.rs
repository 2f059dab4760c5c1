//! The checks inside Markdown blocks, shared by error pages and index pages: markup that must not
//! reach rustdoc (raw HTML, non-web links, indented code), code fences, mentions of other errors
//! (recorded for the check) and the items of a Related Errors list.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};

use winerror_codegen::page::{Fence, Mention, NameUse, Page, name_in_source};

use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::{self, is_error_name};
use crate::markdown::{Block, plain_text};

/// Reports raw HTML, links and images whose target is not http or https, and indented code
/// blocks (which rustdoc would compile as Rust) in one block.
pub(crate) fn check_markup(block: &Block<'_>, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) {
    let mut html_reported = false;
    for (event, range) in block {
        match event {
            Event::Html(_) | Event::InlineHtml(_) if !html_reported => {
                html_reported = true;
                diags
                    .error(at(range.start), "raw HTML is not allowed in a page")
                    .with_help("write it in Markdown; the page becomes rustdoc");
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) if !is_web_link(dest_url) => {
                diags
                    .error(at(range.start), format!("the link target `{dest_url}` is not an http or https address"))
                    .with_help("mention another error by its NAME; it becomes a link by itself");
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                diags
                    .error(at(range.start), "indented code blocks are not allowed")
                    .with_help("use a fenced block: ```text");
            }
            _ => {}
        }
    }
}

/// Checks one block of an error page: markup, then what [`scan_links`] and [`record_mentions`]
/// find.
pub(crate) fn scan_block(
    block: &Block<'_>,
    text: &str,
    at: &impl Fn(usize) -> Location,
    page: &mut Page,
    diags: &mut Diagnostics,
) {
    check_markup(block, at, diags);
    scan_links(block, text, &mut page.name_uses, &mut page.fences);
    record_mentions(block, text, &mut page.mentions);
}

/// The one scan for what the expansion rewrites, in error pages and index-page introductions
/// alike: records each code fence (with what rustdoc is told it holds), and each word or code
/// span outside links, images and code blocks that may be an error name.
pub(crate) fn scan_links(events: &Block<'_>, text: &str, name_uses: &mut Vec<NameUse>, fences: &mut Vec<Fence>) {
    let mut link_depth = 0usize;
    let mut in_code = false;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => link_depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => link_depth = link_depth.saturating_sub(1),
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code = true;
                if let CodeBlockKind::Fenced(info) = kind {
                    fences.push(fence(info, range, text));
                }
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            // Kept when the source reads as the name, which it always does for a name.
            Event::Code(code)
                if link_depth == 0
                    && is_error_name(code)
                    && text.get(range.clone()).map(name_in_source) == Some(code.as_ref()) =>
            {
                name_uses.push(NameUse { range: range.clone() });
            }
            // Words are recorded by their place in the source, so only where the text is verbatim.
            Event::Text(prose) if link_depth == 0 && !in_code && text.get(range.clone()) == Some(prose.as_ref()) => {
                record_name_uses(prose, range.start, name_uses);
            }
            _ => {}
        }
    }
}

/// The fence whose block spans `range` of `text` (starting at its marker, a run of backticks or
/// tildes): what follows the marker on the opening line, and what rustdoc is told it holds.
fn fence(info: &str, range: &Range<usize>, text: &str) -> Fence {
    let (start, end) = (range.start, range.end);
    let line_end = text[start..].find('\n').map_or(end, |at| start + at);
    let line = &text[start..line_end];
    let marker_len = line.len() - line.trim_start_matches(['`', '~']).len();
    Fence { info_range: start + marker_len..line_end, info: info.to_owned(), language: grammar::fence_language(info) }
}

/// Records every `NAME (DECIMAL - 0xHEX)` and `NAME (0xHEX)` in the text of `events`. Each run
/// of verbatim text and line breaks is searched as one text, a break read as `\n`, so a mention
/// whose name ends one line of a paragraph and whose values start the next (in a list item or a
/// block quote too) is found and checked; text the parser rewrote (an entity, an escape) is
/// searched in its own words, its mentions located at its start.
pub(crate) fn record_mentions(events: &Block<'_>, text: &str, mentions: &mut Vec<Mention>) {
    let mut run = Run::default();
    for (event, range) in events {
        match event {
            Event::Text(prose) if text.get(range.clone()) == Some(prose.as_ref()) => run.push(prose, range.start),
            Event::SoftBreak | Event::HardBreak if !run.text.is_empty() => run.push("\n", range.start),
            _ => {
                run.record(mentions);
                if let Event::Text(prose) = event {
                    record_mentions_in(prose, mentions, |_| range.start);
                }
            }
        }
    }
    run.record(mentions);
}

/// Consecutive verbatim text and line breaks, joined, with where each piece stands in the source.
#[derive(Default)]
struct Run {
    text: String,
    /// For each piece, its offset in `text` and in the page source, in order.
    pieces: Vec<(usize, usize)>,
}

impl Run {
    fn push(&mut self, piece: &str, source_offset: usize) {
        self.pieces.push((self.text.len(), source_offset));
        self.text.push_str(piece);
    }

    /// Records the run's mentions at their places in the source, and empties it.
    fn record(&mut self, mentions: &mut Vec<Mention>) {
        let pieces = &self.pieces;
        record_mentions_in(&self.text, mentions, |at| {
            let (in_run, in_source) = pieces[pieces.partition_point(|&(start, _)| start <= at).saturating_sub(1)];
            in_source + (at - in_run)
        });
        self.text.clear();
        self.pieces.clear();
    }
}

/// Records the mentions of `prose`; `locate` gives the source offset of an offset of `prose`.
fn record_mentions_in(prose: &str, mentions: &mut Vec<Mention>, locate: impl Fn(usize) -> usize) {
    for found in grammar::find_mentions(prose) {
        mentions.push(Mention {
            name: found.name.to_owned(),
            decimal: found.decimal,
            hex: Some((found.hex, found.hex_text.to_owned())),
            offset: locate(found.offset),
            hex_offset: locate(found.offset + found.hex_offset()),
            hex_only: found.hex_only,
        });
    }
}

/// Records the leading name (and values, when written) of each item of a Related Errors list.
pub(crate) fn collect_related(
    list: &Block<'_>,
    text: &str,
    at: &impl Fn(usize) -> Location,
    page: &mut Page,
    diags: &mut Diagnostics,
) {
    let mut depth = 0usize;
    let mut item_start: Option<usize> = None;
    for (index, (event, _)) in list.iter().enumerate() {
        match event {
            Event::Start(Tag::Item) if depth == 1 => item_start = Some(index),
            Event::End(TagEnd::Item) if depth == 2 => {
                if let Some(start) = item_start.take() {
                    related_item(&list[start..=index], text, at, page, diags);
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

fn related_item(
    item: &Block<'_>,
    text: &str,
    at: &impl Fn(usize) -> Location,
    page: &mut Page,
    diags: &mut Diagnostics,
) {
    let item_text = plain_text(item);
    let first_text = item.iter().find(|(e, _)| matches!(e, Event::Text(_) | Event::Code(_)));
    let offset = first_text.map_or(item[0].1.start, |(_, r)| r.start);
    let Some(name) = grammar::leading_name(&item_text) else {
        diags
            .error(at(offset), "a Related Errors item must start with an error name")
            .with_help("write `- NAME (DECIMAL - 0xHEX): why it is related`");
        return;
    };
    let mut mention =
        Mention { name: name.to_owned(), decimal: None, hex: None, offset, hex_offset: offset, hex_only: false };
    if let Some(values) = grammar::leading_mention(&item_text) {
        let written = &item_text.trim_start()[..values.hex_offset() + values.hex_text.len()];
        if text.get(offset..).is_some_and(|source| source.starts_with(written)) {
            mention.hex_offset = offset + values.hex_offset();
        }
        mention.decimal = values.decimal;
        mention.hex = Some((values.hex, values.hex_text.to_owned()));
        mention.hex_only = values.hex_only;
    }
    page.related.push(mention);
}

fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Records each word of `prose` that may stand for an error
/// ([`is_mention_candidate`](grammar::is_mention_candidate)); the check keeps those in the
/// catalogue.
pub(crate) fn record_name_uses(prose: &str, offset: usize, uses: &mut Vec<NameUse>) {
    // Byte-wise: name bytes are ASCII, so every word starts and ends on a character boundary.
    let bytes = prose.as_bytes();
    let is_word_byte = |b: &u8| grammar::is_name_byte(*b);
    if !prose.contains(grammar::UNDERSCORE_FREE_PREFIX) {
        // Then only words with an underscore qualify: jump from one `_` to the next (a fast byte
        // search) and take the word around it.
        let mut search_from = 0;
        while let Some(underscore) = prose[search_from..].find('_').map(|at| at + search_from) {
            let from = bytes[..underscore].iter().rposition(|b| !is_word_byte(b)).map_or(0, |at| at + 1);
            let to =
                bytes[underscore..].iter().position(|b| !is_word_byte(b)).map_or(bytes.len(), |at| underscore + at);
            if grammar::is_mention_candidate(&prose[from..to]) {
                uses.push(NameUse { range: offset + from..offset + to });
            }
            search_from = to;
        }
        return;
    }
    let mut at = 0;
    while at < bytes.len() {
        if !is_word_byte(&bytes[at]) {
            at += 1;
            continue;
        }
        let from = at;
        while at < bytes.len() && is_word_byte(&bytes[at]) {
            at += 1;
        }
        if grammar::is_mention_candidate(&prose[from..at]) {
            uses.push(NameUse { range: offset + from..offset + at });
        }
    }
}

//! The Markdown parse every page and index page goes through: the extensions pages may use, one
//! parse per file split into its top-level blocks, and the plain text of a block. Depends on no
//! other module of the phase; [`scan`](crate::scan), [`page`](crate::page) and
//! [`family`](crate::family) build on it.

use std::ops::Range;

use pulldown_cmark::{BrokenLink, CowStr, Event, OffsetIter, Options, Parser};

use crate::diagnostic::{Diagnostics, Location};

/// The Markdown extensions pages may use; rustdoc renders the same ones.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS
}

/// What the parser calls for a `[text]` or `[text][label]` whose label is defined nowhere.
pub type OnBrokenLink<'h> = &'h mut dyn for<'x> FnMut(BrokenLink<'x>) -> Option<(CowStr<'x>, CowStr<'x>)>;

/// Parses Markdown with [`markdown_options`], yielding each event with its byte range. Every parse
/// in the pipeline goes through here with the same callback type, so the build compiles one copy
/// of pulldown-cmark's generic parser instead of one per call site.
pub fn parse_with_offsets<'a, 'h>(text: &'a str, on_broken_link: OnBrokenLink<'h>) -> OffsetIter<'a, OnBrokenLink<'h>> {
    Parser::new_with_broken_link_callback(text, markdown_options(), Some(on_broken_link)).into_offset_iter()
}

/// The events of one top-level block with their byte ranges.
pub(crate) type Block<'a> = [(Event<'a>, Range<usize>)];

/// The top-level blocks of a Markdown text, each as its events with their byte ranges. The same
/// single parse reports every `[text]` or `[text][label]` whose label is defined nowhere
/// (rustdoc would read it as a link to a Rust item).
pub(crate) fn blocks<'a>(text: &'a str, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) -> Blocks<'a> {
    let mut broken_links: Vec<(Range<usize>, String)> = Vec::new();
    let on_broken_link: OnBrokenLink<'_> = &mut |link| {
        broken_links.push((link.span.clone(), link.reference.to_string()));
        None
    };
    let mut blocks = Blocks { events: Vec::with_capacity(text.len() / 16), bounds: Vec::new() };
    let mut block_start = 0;
    let mut depth = 0usize;
    for (event, range) in parse_with_offsets(text, on_broken_link) {
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        blocks.events.push((event, range));
        if depth == 0 {
            blocks.bounds.push(block_start..blocks.events.len());
            block_start = blocks.events.len();
        }
    }
    if block_start < blocks.events.len() {
        blocks.bounds.push(block_start..blocks.events.len());
    }
    report_broken_links(broken_links, at, diags);
    blocks
}

/// Reports each broken link (`[text]` or `[text][label]` with no target) found by the parse.
fn report_broken_links(broken: Vec<(Range<usize>, String)>, at: &impl Fn(usize) -> Location, diags: &mut Diagnostics) {
    for (span, reference) in broken {
        diags
            .error(at(span.start), format!("`[{reference}]` is a link with no target"))
            .with_help("escape the brackets as `\\[` and `\\]`, or write a full `[text](https://...)` link");
    }
}

/// The events of a whole text, split into its top-level blocks (one list, no list per block).
pub(crate) struct Blocks<'a> {
    events: Vec<(Event<'a>, Range<usize>)>,
    /// The range of `events` each block takes, in order.
    bounds: Vec<Range<usize>>,
}

impl<'a> Blocks<'a> {
    /// Block `index`, when there is one.
    pub(crate) fn get(&self, index: usize) -> Option<&Block<'a>> {
        self.bounds.get(index).map(|bounds| &self.events[bounds.clone()])
    }

    /// Every block, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Block<'a>> {
        self.bounds.iter().map(|bounds| &self.events[bounds.clone()])
    }
}

/// The plain text of a block: text and code spans, soft breaks as spaces.
pub(crate) fn plain_text(events: &Block<'_>) -> String {
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

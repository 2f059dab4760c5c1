//! Phase 2 for index pages: a family folder's `README.md` gives its title, header and introduction.

use pulldown_cmark::{Event, HeadingLevel, Tag};

use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::{HEADER_KEYWORD, HEADERS};
use crate::load::FamilyFiles;
use crate::page::{blocks, plain_text};
use crate::scan::{self, check_markup, with_safe_fences};

/// A family of errors: one folder, one module, one SDK header.
#[derive(Clone, Debug)]
pub struct Family {
    /// The module name (the folder name).
    pub module: String,
    /// The title from the index page's H1.
    pub title: String,
    /// The SDK header every page of the family belongs to.
    pub header: &'static str,
    /// The introduction (Markdown source after the header line), with its code fences made safe
    /// as in error pages (see [`fence_language`](crate::scan::fence_language)).
    pub intro: String,
}

/// Parses the index page of `files`. A family always comes back, so its pages still build;
/// problems are reported and defaults (`winerror.h`, the folder name as title) fill in.
pub fn parse_family(files: &FamilyFiles, diags: &mut Diagnostics) -> Family {
    let mut family =
        Family { module: files.module.clone(), title: files.module.clone(), header: HEADERS[0], intro: String::new() };
    let Some(index) = &files.index else {
        return family;
    };
    let text = index.text.as_str();
    let path: std::sync::Arc<str> = index.path.as_str().into();
    let at = |offset: usize| Location::at(&path, text, offset);
    let all_blocks = blocks(text, &at, diags);
    let mut blocks = all_blocks.iter();
    match blocks.next() {
        Some(block) if matches!(block[0].0, Event::Start(Tag::Heading { level: HeadingLevel::H1, .. })) => {
            family.title = plain_text(block).trim().to_owned();
        }
        Some(block) => {
            diags.error(at(block[0].1.start), "an index page starts with `# Title`, the family's title");
        }
        None => {}
    }
    let header_block = blocks.next();
    let header_text = header_block.map(|b| plain_text(b)).unwrap_or_default();
    match header_text.strip_prefix(HEADER_KEYWORD).map(str::trim) {
        Some(header) => match HEADERS.iter().find(|h| **h == header) {
            Some(known) => family.header = known,
            None => {
                let block = header_block.expect("text came from a block");
                diags.error(at(block[0].1.start), format!("`{header}` is not a known SDK header")).help =
                    Some(format!("the headers are {}", HEADERS.join(", ")));
            }
        },
        None => {
            let offset = header_block.map_or(text.len(), |b| b[0].1.start);
            diags.error(at(offset), format!("the index page must declare `{HEADER_KEYWORD} winerror.h` (or winhttp.h, wininet.h) after its title"));
        }
    }
    let intro_start = header_block.and_then(|b| b.last()).map_or(text.len(), |(_, r)| r.end);
    let mut fences = Vec::new();
    for block in all_blocks.iter() {
        check_markup(block, &at, diags);
        fences.extend(scan::fences(block, text));
    }
    family.intro = with_safe_fences(text, intro_start, &fences).trim().to_owned();
    family
}

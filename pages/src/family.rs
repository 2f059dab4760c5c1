//! Phase 2 for index pages: a family folder's `README.md` gives its title, header and introduction.

use pulldown_cmark::{Event, HeadingLevel, Tag};

use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::{HEADER_KEYWORD, HEADERS};
use crate::load::FamilyFiles;
use crate::markdown::{Block, blocks, parse_with_offsets, plain_text};
use crate::scan::{self, check_markup};
use crate::space::{SPACE_KEYWORD, Space};
use winerror_codegen::page::{Fence, NameUse};

/// The family model this phase fills in, defined with the phases that read it.
pub use winerror_codegen::family::Family;

/// Parses the index page of `files`. A family always comes back, so its pages still build;
/// problems are reported and defaults (`winerror.h`, the folder name as title) fill in.
pub fn parse_family(files: &FamilyFiles, diags: &mut Diagnostics) -> Family {
    let mut family = Family {
        module: files.module.clone(),
        title: files.module.clone(),
        header: HEADERS[0],
        space: Space::Win32,
        intro: String::new(),
        intro_fences: Vec::new(),
        intro_names: Vec::new(),
        mentions: Vec::new(),
        source: Default::default(),
    };
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
    // The facts: a `Header:` line and an optional `Space:` line, in one paragraph or one each.
    let mut header: Option<(String, usize)> = None;
    let mut space: Option<(String, usize)> = None;
    let mut intro_start = None;
    let mut facts_end = text.len();
    for block in blocks.by_ref() {
        let lines = fact_lines(block);
        let is_facts = matches!(block[0].0, Event::Start(Tag::Paragraph))
            && lines
                .first()
                .is_some_and(|(line, _)| line.starts_with(HEADER_KEYWORD) || line.starts_with(SPACE_KEYWORD));
        if !is_facts {
            facts_end = block[0].1.start;
            break;
        }
        for (line, offset) in lines {
            if let Some(value) = line.strip_prefix(HEADER_KEYWORD) {
                header = Some((value.trim().to_owned(), offset));
            } else if let Some(value) = line.strip_prefix(SPACE_KEYWORD) {
                space = Some((value.trim().to_owned(), offset));
            } else {
                diags
                    .error(at(offset), format!("`{line}` is not a `{HEADER_KEYWORD}` or `{SPACE_KEYWORD}` line"))
                    .with_help("the introduction starts after a blank line");
            }
        }
        intro_start = block.last().map(|(_, r)| r.end);
    }
    if let Some((keyword, offset)) = &space {
        match Space::from_keyword(keyword) {
            Some(known) => family.space = known,
            None => {
                diags
                    .error(at(*offset), format!("`{keyword}` is not a space"))
                    .with_help("the spaces are win32 (the default), hresult and ntstatus");
            }
        }
    }
    let space_offset = space.as_ref().or(header.as_ref()).map_or(0, |(_, offset)| *offset);
    let folder_space = Space::of_folder(&family.module);
    if folder_space != family.space {
        let help = match folder_space.folder_prefix() {
            Some(prefix) => format!(
                "a folder named `{prefix}*` holds {0} values: write `{SPACE_KEYWORD} {0}`",
                folder_space.keyword()
            ),
            None => format!(
                "a family of the {0} space lives in a folder named `{1}*`",
                family.space.keyword(),
                family.space.folder_prefix().unwrap_or_default()
            ),
        };
        diags
            .error(
                at(space_offset),
                format!("the folder `{}` does not hold {} values", family.module, family.space.keyword()),
            )
            .with_help(help);
    }
    match header {
        Some((header, offset)) => match HEADERS.iter().find(|h| **h == header) {
            Some(known) if family.space.headers().contains(known) => family.header = known,
            Some(known) => {
                family.header = known;
                diags
                    .error(at(offset), format!("`{header}` is not a header of {} values", family.space.keyword()))
                    .with_help(format!(
                        "{} values come from {}",
                        family.space.keyword(),
                        family.space.headers().join(", ")
                    ));
            }
            None => {
                diags
                    .error(at(offset), format!("`{header}` is not a known SDK header"))
                    .with_help(format!("the headers are {}", HEADERS.join(", ")));
            }
        },
        None => {
            diags.error(at(facts_end), format!("the index page must declare `{HEADER_KEYWORD} winerror.h` (or winhttp.h, wininet.h, ntstatus.h) after its title"));
        }
    }
    for block in all_blocks.iter() {
        check_markup(block, &at, diags);
        scan::record_mentions(block, text, &mut family.mentions);
    }
    family.intro = text[intro_start.unwrap_or(facts_end)..].trim().to_owned();
    (family.intro_names, family.intro_fences) = scan_intro(&family.intro);
    family.source = index.clone();
    family
}

/// The lines of a paragraph as plain text (soft and hard breaks end a line), each with the byte
/// offset where it starts.
fn fact_lines(block: &Block<'_>) -> Vec<(String, usize)> {
    let mut lines: Vec<(String, usize)> = Vec::new();
    let mut new_line = true;
    for (event, range) in block {
        match event {
            Event::Text(text) | Event::Code(text) => {
                if new_line {
                    lines.push((String::new(), range.start));
                    new_line = false;
                }
                if let Some((line, _)) = lines.last_mut() {
                    line.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => new_line = true,
            _ => {}
        }
    }
    lines
}

/// The words and code spans of an introduction that may be error names, outside links and code
/// blocks, and its code fences: [`scan::scan_links`] over the introduction parsed alone, as
/// rustdoc will read it. (Broken links were reported when the index page was read.)
fn scan_intro(intro: &str) -> (Vec<NameUse>, Vec<Fence>) {
    let events: Vec<_> = parse_with_offsets(intro, &mut |_| None).collect();
    let (mut names, mut fences) = (Vec::new(), Vec::new());
    scan::scan_links(&events, intro, &mut names, &mut fences);
    (names, fences)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names found in `prose`, with their byte offsets.
    fn words(prose: &str) -> Vec<(usize, &str)> {
        let mut uses = Vec::new();
        scan::record_name_uses(prose, 0, &mut uses);
        uses.iter().map(|used| (used.range.start, used.name(prose))).collect()
    }

    #[test]
    fn words_finds_names_after_multibyte_text() {
        assert_eq!(words("é WSAEINTR — ERROR_X_Y."), [(3, "WSAEINTR"), (16, "ERROR_X_Y")]);
        assert!(words("Windows Sockets, ws2_32").is_empty());
    }

    #[test]
    fn pages_and_introductions_are_scanned_alike() {
        let body = "See `WSAEINTR` and ERROR_X_Y, not [ERROR_A_B](https://example.com).\n\n~~~c x\nERROR_C_D\n~~~\n";
        let (page, _) = crate::testing::parse("ERROR_X", &crate::testing::page_text("ERROR_X", 1, body));
        let page = page.expect("parses");
        let text = page.source.text.as_str();
        let (uses, fences) = scan_intro(body);
        let names = |uses: &[NameUse], text| uses.iter().map(|used| used.name(text).to_owned()).collect::<Vec<_>>();
        let body_uses: Vec<NameUse> = page.name_uses.into_iter().filter(|u| u.range.start >= page.body_start).collect();
        assert_eq!(names(&body_uses, text), names(&uses, body));
        let fence = |fence: &Fence, text: &str| (text[fence.info_range.clone()].to_owned(), fence.language);
        assert_eq!(fence(&page.fences[0], text), fence(&fences[0], body));
        assert_eq!(fence(&fences[0], body), ("c x".to_owned(), "text"));
    }

    #[test]
    fn pages_and_index_pages_record_the_same_mentions() {
        let body =
            "See ERROR_X_Y (1 - 0x1), E_Z\n(0x80000001) and `ERROR_A_B (2 - 0x2)`.\n\n> WSAEINTR\n> (10004 - 0x2714)\n";
        let (page, _) = crate::testing::parse("ERROR_X", &crate::testing::page_text("ERROR_X", 1, body));
        let page = page.expect("parses");
        let index = format!("# IPsec\n\nHeader: winerror.h\n\n{body}");
        let path = "docs/ipsec/README.md".to_owned();
        let source =
            crate::load::SourceFile { path: path.clone(), file: path.into(), stem: "README".into(), text: index };
        let files =
            FamilyFiles { module: "ipsec".into(), path: "docs/ipsec".into(), index: Some(source), pages: Vec::new() };
        let mut diags = Diagnostics::new();
        let family = parse_family(&files, &mut diags);
        assert!(diags.into_sorted().is_empty());
        // Each mention as written from its name on, and where its hex stands.
        let written = |text: &str, mentions: &[winerror_codegen::page::Mention]| {
            let rows = mentions.iter().map(|m| (m.name.clone(), m.decimal, m.hex.clone(), m.hex_only));
            let at = mentions.iter().map(|m| text[m.offset..m.hex_offset].to_owned());
            rows.zip(at).collect::<Vec<_>>()
        };
        let from_page = written(&page.source.text, &page.mentions);
        assert_eq!(from_page.len(), 3, "{from_page:?}");
        assert_eq!(written(&family.source.text, &family.mentions), from_page);
        assert_eq!(family.source.locate(family.mentions[2].hex_offset).to_string(), "docs/ipsec/README.md:9:12");
    }

    #[test]
    fn intro_names_skip_links_and_code_blocks() {
        let intro = "See `WSAEINTR` and ERROR_X_Y, not [ERROR_A_B](https://example.com).\n\n```text\nERROR_C_D\n```\n";
        let (uses, fences) = scan_intro(intro);
        let names: Vec<&str> = uses.iter().map(|used| used.name(intro)).collect();
        assert_eq!(names, ["WSAEINTR", "ERROR_X_Y"]);
        assert_eq!(&intro[uses[0].range.clone()], "`WSAEINTR`");
        assert_eq!((&intro[fences[0].info_range.clone()], fences[0].language), ("text", "text"));
    }
}

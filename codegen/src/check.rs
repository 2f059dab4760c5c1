//! Phase 3: the catalogue-wide rules, one function each, over every parsed page.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostics, Location};
use crate::family::Family;
use crate::grammar::suggestions;
use crate::load::SourceFile;
use crate::page::{Mention, Page};
use crate::sort::{sort_by, sorted_order};
use crate::space::Space;

/// A checked page and the family it belongs to.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The parsed page.
    pub page: Page,
    /// Index into [`Catalogue::families`].
    pub family: usize,
}

/// The whole checked catalogue, ready to expand.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    /// Families, sorted by module name.
    pub families: Vec<Family>,
    /// Pages, sorted by (space, code, name); names are unique.
    pub entries: Vec<Entry>,
    /// Page index by name, for [`Catalogue::index_of`] and [`Catalogue::names`].
    by_name: HashMap<String, usize>,
    /// Every file and folder the expansion depends on.
    pub tracked: Vec<PathBuf>,
}

impl Catalogue {
    /// The SDK header of an entry.
    pub fn header(&self, entry: &Entry) -> &'static str {
        self.families[entry.family].header
    }

    /// The numeric space of an entry.
    pub fn space(&self, entry: &Entry) -> Space {
        self.families[entry.family].space
    }

    /// The first entry of `space` with the value `code`.
    pub fn find_value(&self, space: Space, code: u32) -> Option<&Entry> {
        let first = self.entries.partition_point(|e| (self.space(e), e.page.code) < (space, code));
        self.entries.get(first).filter(|e| self.space(e) == space && e.page.code == code)
    }

    /// Gathers the checked parts, indexing the pages by name (names must be unique).
    pub fn new(families: Vec<Family>, entries: Vec<Entry>, tracked: Vec<PathBuf>) -> Catalogue {
        let by_name = entries.iter().enumerate().map(|(index, entry)| (entry.page.name.clone(), index)).collect();
        Catalogue { families, entries, by_name, tracked }
    }

    /// The index in [`Catalogue::entries`] of the page called `name`.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The entry called `name`.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.index_of(name).map(|index| &self.entries[index])
    }

    /// Every page name, in no particular order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }
}

/// Applies every catalogue-wide rule, dropping what cannot be emitted and reporting the rest.
pub fn check(
    families: Vec<Family>,
    mut entries: Vec<Entry>,
    tracked: Vec<PathBuf>,
    diags: &mut Diagnostics,
) -> Catalogue {
    sort_by(&mut entries, &|a, b| a.page.source.path.cmp(&b.page.source.path));
    unique_names(&mut entries, diags);
    let space = |entry: &Entry| families.get(entry.family).map_or(Space::Win32, |family| family.space);
    sort_by(&mut entries, &|a, b| (space(a), a.page.code, &a.page.name).cmp(&(space(b), b.page.code, &b.page.name)));
    let catalogue = Catalogue::new(families, entries, tracked);
    one_value_per_header(&catalogue, diags);
    for entry in &catalogue.entries {
        titles_are_written_as_their_space_does(&catalogue, entry, diags);
        mentions_name_true_values(&catalogue, entry, diags);
        related_errors_exist(&catalogue, entry, diags);
    }
    for family in &catalogue.families {
        introductions_mention_true_values(&catalogue, family, diags);
    }
    catalogue
}

/// A name is one constant: a second page with the same name is reported and left out.
/// `entries` must be sorted by path so the first page in path order wins.
fn unique_names(entries: &mut Vec<Entry>, diags: &mut Diagnostics) {
    // A stable sort by name keeps the pages of one name in path order: the first of a run wins.
    let by_name = sorted_order(entries.len(), &|a, b| entries[a].page.name.cmp(&entries[b].page.name));
    let mut keep = vec![true; entries.len()];
    let mut run_start = 0;
    for at in 1..by_name.len() {
        let (first, page) = (&entries[by_name[run_start]].page, &entries[by_name[at]].page);
        if page.name != first.name {
            run_start = at;
            continue;
        }
        diags
            .error(page.title_location.clone(), format!("`{}` is already defined by {}", page.name, first.source.path))
            .with_help("a name has one page; merge the two");
        keep[by_name[at]] = false;
    }
    let mut index = 0;
    entries.retain(|_| {
        index += 1;
        keep[index - 1]
    });
}

/// A page's title writes its value the way its family's space does: `NAME - DECIMAL (0xHEX)`
/// for a Win32 code, `NAME - 0xHEX` for an HRESULT or NTSTATUS value.
fn titles_are_written_as_their_space_does(catalogue: &Catalogue, entry: &Entry, diags: &mut Diagnostics) {
    let space = catalogue.space(entry);
    if entry.page.title_hex_only != space.hex_only() {
        let family = &catalogue.families[entry.family];
        diags
            .error(
                entry.page.title_location.clone(),
                format!(
                    "`{}` holds {} values, whose titles are {}",
                    family.module,
                    space.keyword(),
                    space.title_form()
                ),
            )
            .with_help(format!("write `# {} - {}`", entry.page.name, space.write_title_value(entry.page.code)));
    }
}

/// Within one space and SDK header a value names one error; across headers values may repeat
/// (winhttp.h and wininet.h reuse 12000-12186), and across spaces they mean different things.
fn one_value_per_header(catalogue: &Catalogue, diags: &mut Diagnostics) {
    let mut seen: HashMap<(Space, &str, u32), &Entry> = HashMap::with_capacity(catalogue.entries.len());
    for entry in &catalogue.entries {
        let key = (catalogue.space(entry), catalogue.header(entry), entry.page.code);
        match seen.get(&key) {
            Some(first) => {
                diags
                    .error(
                        entry.page.title_location.clone(),
                        format!(
                            "{} (0x{:X}) is already {} in {}; within one header a value names one error",
                            entry.page.code, entry.page.code, first.page.name, key.1
                        ),
                    )
                    .with_help(format!("see {}", first.page.source.path));
            }
            None => {
                seen.insert(key, entry);
            }
        }
    }
}

/// Every `NAME (DECIMAL - 0xHEX)` and `NAME (0xHEX)` names an error of the catalogue with
/// exactly that value, written the way its space writes values, and its decimal and hex agree.
fn mentions_name_true_values(catalogue: &Catalogue, entry: &Entry, diags: &mut Diagnostics) {
    let writer = Writer::page(entry);
    for mention in &entry.page.mentions {
        check_mention(catalogue, &writer, mention, diags);
    }
}

/// An index page's mentions follow the rule of an error page's.
fn introductions_mention_true_values(catalogue: &Catalogue, family: &Family, diags: &mut Diagnostics) {
    let writer = Writer { own_name: None, source: &family.source };
    for mention in &family.mentions {
        check_mention(catalogue, &writer, mention, diags);
    }
}

/// Where a mention is written: an error page or an index page.
struct Writer<'w> {
    /// The name of the error page, never suggested for its own mentions.
    own_name: Option<&'w str>,
    /// The file holding the mention.
    source: &'w SourceFile,
}

impl<'w> Writer<'w> {
    fn page(entry: &'w Entry) -> Self {
        Writer { own_name: Some(entry.page.name.as_str()), source: &entry.page.source }
    }

    fn locate(&self, offset: usize) -> Location {
        self.source.locate(offset)
    }
}

/// Every item of a Related Errors list starts with the name of an error of the catalogue, and
/// the values written after it, if any, are that error's. An item that is also a prose mention
/// was checked as one, so each mistake is reported once.
fn related_errors_exist(catalogue: &Catalogue, entry: &Entry, diags: &mut Diagnostics) {
    let mentioned =
        |related: &Mention| entry.page.mentions.iter().any(|m| m.name == related.name && m.offset == related.offset);
    for related in entry.page.related.iter().filter(|related| !mentioned(related)) {
        let plain_word = !related.name.contains('_') && related.name.chars().any(|c| c.is_ascii_lowercase());
        if plain_word && catalogue.get(&related.name).is_none() {
            diags
                .error(entry.page.locate(related.offset), "a Related Errors item must start with an error name")
                .with_help("write `- NAME (DECIMAL - 0xHEX): why it is related`");
            continue;
        }
        check_mention(catalogue, &Writer::page(entry), related, diags);
    }
}

/// One reference to another error: the name must be known, and written values must be its value.
fn check_mention(catalogue: &Catalogue, writer: &Writer<'_>, mention: &Mention, diags: &mut Diagnostics) {
    let (hex, hex_text) = mention.hex.as_ref().map_or((None, ""), |(hex, text)| (*hex, text.as_str()));
    let decimal = mention.decimal;
    let locate = |offset| writer.locate(offset);
    let target = known_or_report(catalogue, writer, mention, diags);
    let Some(written_hex) = mention.hex.as_ref() else {
        return;
    };
    if let Some(target) = target
        && mention.hex_only != catalogue.space(target).hex_only()
    {
        let space = catalogue.space(target);
        let code = target.page.code;
        diags
            .error(
                locate(mention.offset),
                format!(
                    "{} is {} {}: its values are written {}",
                    mention.name,
                    article(space),
                    space.noun(),
                    mention_form(space)
                ),
            )
            .with_help(format!("write {} ({})", mention.name, space.write_value(code)));
        return;
    }
    if mention.hex_only {
        if let Some(target) = target
            && hex != Some(target.page.code)
        {
            let code = target.page.code;
            diags
                .error(locate(mention.offset), format!("{} is 0x{code:08X}, not {hex_text}", mention.name))
                .with_help(format!("write {} (0x{code:08X})", mention.name));
        }
        return;
    }
    match target.map(|t| t.page.code) {
        Some(code) if decimal == Some(code) && hex == Some(code) => {}
        Some(code) if decimal == Some(code) => {
            diags
                .error(locate(mention.hex_offset), format!("{} is {}, not {code}", written_hex.1, written_number(hex)))
                .with_help(format!("{} is {code} (0x{code:X})", mention.name));
        }
        Some(code) => {
            let written = format!("{} - {hex_text}", written_number(mention.decimal));
            diags
                .error(locate(mention.offset), format!("{} is {code} - 0x{code:X}, not {written}", mention.name))
                .with_help(format!("write {} ({code} - 0x{code:X})", mention.name));
        }
        None => {
            if let (Some(d), Some(h)) = (decimal, hex)
                && d != h
            {
                diags
                    .error(locate(mention.hex_offset), format!("{hex_text} is {h}, not {d}"))
                    .with_help(format!("{d} is 0x{d:X}"));
            }
        }
    }
}

/// `a` or `an` before a space's noun.
fn article(space: Space) -> &'static str {
    if space == Space::Win32 { "a" } else { "an" }
}

/// How a mention of a space's value is written.
fn mention_form(space: Space) -> &'static str {
    if space.hex_only() { "NAME (0xHEX)" } else { "NAME (DECIMAL - 0xHEX)" }
}

/// A number a mention writes, in decimal, or what it is when it overflows `u32`.
fn written_number(number: Option<u32>) -> String {
    number.map_or_else(|| "a number beyond 32 bits".to_owned(), |n| n.to_string())
}

/// The entry a mention names, or an "unknown error" diagnostic suggesting the nearest names
/// (never the page's own) and the errors that have the value written.
fn known_or_report<'c>(
    catalogue: &'c Catalogue,
    writer: &Writer<'_>,
    mention: &Mention,
    diags: &mut Diagnostics,
) -> Option<&'c Entry> {
    if let Some(entry) = catalogue.get(&mention.name) {
        return Some(entry);
    }
    let near = suggestions(&mention.name, catalogue.names().filter(|name| Some(*name) != writer.own_name));
    let mut message = format!("`{}` is not an error of the catalogue", mention.name);
    if let Some(value) = if mention.hex_only { mention.hex.as_ref().and_then(|(hex, _)| *hex) } else { mention.decimal }
    {
        let at_value: Vec<&str> =
            catalogue.entries.iter().filter(|e| e.page.code == value).map(|e| e.page.name.as_str()).collect();
        if !at_value.is_empty() {
            message.push_str(&format!(" ({value} is {})", at_value.join(" and ")));
        }
    }
    let diag = diags.error(writer.locate(mention.offset), message);
    if !near.is_empty() {
        diag.with_help(format!("did you mean {}?", near.join(" or ")));
    }
    None
}

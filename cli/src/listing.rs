//! `--search` and `--list`: one line per page or family.

use std::io::{self, Write};

use winerror::{ErrorPage, Family, Space};

use crate::args::Args;
use crate::style::{self, paint};
use crate::{Outcome, record};

/// Prints the pages matching `words`, best first, each with a line saying why it matched.
pub fn search(out: &mut dyn Write, words: &str, args: &Args) -> io::Result<Outcome> {
    let hits: Vec<winerror::Hit<'_>> = winerror::search(words).collect();
    if hits.is_empty() {
        style::error(&format!("no page matches '{}'", words.escape_debug()));
        style::detail(
            "help",
            "words are looked for in names, messages, page text and aliases such as ECONNRESET, \
             e.g. `winerror --search connection reset`",
        );
        return Ok(Outcome::NotFound);
    }
    if args.json {
        let records: Vec<_> = hits
            .iter()
            .map(|hit| {
                let mut page_record = record::page(hit.page(), args.long);
                page_record["score"] = hit.score().into();
                page_record["why"] = why(hit).into();
                page_record
            })
            .collect();
        return record::write(out, &records).map(|()| Outcome::Found);
    }
    let width = hits.iter().map(|hit| hit.page().name().len()).max().unwrap_or(0);
    for hit in &hits {
        writeln!(out, "{}", table_line(hit.page(), width))?;
        writeln!(out, "  {} {}", paint(style::LABEL, "why:"), why(hit))?;
    }
    Ok(Outcome::Found)
}

/// Why `hit` matched, in one short line: each query word and where it was found
/// (`connection in name (connection ~ CONN), reset in name`).
fn why(hit: &winerror::Hit<'_>) -> String {
    let parts: Vec<String> = hit
        .matches()
        .iter()
        .map(|found| match found.field {
            winerror::Field::Exact => found.to_string(),
            _ => format!("{} in {found}", found.word),
        })
        .collect();
    parts.join(", ")
}

/// Prints every family with its module, page count, header, space and title.
pub fn families(out: &mut dyn Write, args: &Args) -> io::Result<Outcome> {
    let families = all_families();
    if args.json {
        let records: Vec<_> = families.iter().map(|(family, count)| record::family(family, *count)).collect();
        record::write(out, &records)?;
        return Ok(Outcome::Found);
    }
    let width = families.iter().map(|(family, _)| family.module().len()).max().unwrap_or(0);
    for (family, count) in &families {
        let module = format!("{:<width$}", family.module());
        let (header, space) = (family.header(), family.space().keyword());
        writeln!(out, "{}  {count:>5}  {header:<10}  {space:<8}  {}", paint(style::NAME, &module), family.title())?;
    }
    Ok(Outcome::Found)
}

/// Prints the pages of the family whose module is `module` (any case).
pub fn family(out: &mut dyn Write, module: &str, args: &Args) -> io::Result<Outcome> {
    let wanted = module.trim();
    let in_family = |page: &&ErrorPage| page.module().eq_ignore_ascii_case(wanted);
    if !winerror::pages().iter().any(|page| in_family(&page)) {
        style::error(&format!("'{}' is not a family", module.escape_debug()));
        let mut modules: Vec<(usize, &str)> = all_families()
            .iter()
            .map(|(family, _)| (strsim::levenshtein(&wanted.to_ascii_lowercase(), family.module()), family.module()))
            .collect();
        modules.sort_unstable();
        let closest: Vec<&str> = modules.iter().take(3).map(|(_, module)| *module).collect();
        style::detail("help", &format!("closest families: {}; `winerror --list` lists them all", closest.join(", ")));
        return Ok(Outcome::NotFound);
    }
    let pages = winerror::pages().iter().filter(in_family);
    if args.json {
        let records: Vec<_> = pages.map(|page| record::page(page, args.long)).collect();
        record::write(out, &records)?;
    } else {
        write_table(out, pages)?;
    }
    Ok(Outcome::Found)
}

/// Every family, in module order, with its page count.
fn all_families() -> Vec<(&'static Family, usize)> {
    let mut families: Vec<(&'static Family, usize)> = Vec::new();
    for page in winerror::pages() {
        match families.iter_mut().find(|(family, _)| family.module() == page.module()) {
            Some((_, count)) => *count += 1,
            None => families.push((page.family(), 1)),
        }
    }
    families.sort_by_key(|(family, _)| family.module());
    families
}

/// One line per page: name, value and message (see [`table_line`]).
fn write_table<'a>(out: &mut dyn Write, pages: impl Iterator<Item = &'a ErrorPage> + Clone) -> io::Result<()> {
    let width = pages.clone().map(|page| page.name().len()).max().unwrap_or(0);
    for page in pages {
        writeln!(out, "{}", table_line(page, width))?;
    }
    Ok(())
}

/// A page's name (padded to `width`), value and message. A Win32 code shows its decimal and hex
/// value; an HRESULT or NTSTATUS shows its hex value and its space.
fn table_line(page: &ErrorPage, width: usize) -> String {
    let code = page.value();
    let name = format!("{:<width$}", page.name());
    let value = match page.space() {
        Space::Win32 => format!("{code:>5}  {:<6}", format!("0x{code:X}")),
        Space::HResult => format!("0x{code:08X} HRESULT "),
        Space::NtStatus => format!("0x{code:08X} NTSTATUS"),
    };
    format!("{}  {value}  {}", paint(style::NAME, &name), page.message())
}

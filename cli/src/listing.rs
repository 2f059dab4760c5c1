//! `--search` and `--list`: one line per page or family.

use std::io::{self, Write};

use winerror::{ErrorPage, Family, Space};

use crate::args::Args;
use crate::style::{self, paint};
use crate::{Outcome, record};

/// Prints the pages matching `words`, best first.
pub fn search(out: &mut dyn Write, words: &str, args: &Args) -> io::Result<Outcome> {
    let results: Vec<(&ErrorPage, u32)> = winerror::search(words).map(|hit| (hit.page(), hit.score())).collect();
    if results.is_empty() {
        style::error(&format!("no page has all of the words '{}' in its name or message", words.escape_debug()));
        style::detail("help", "words are matched whole and in any case, e.g. `winerror --search access denied`");
        return Ok(Outcome::NotFound);
    }
    if args.json {
        let records: Vec<_> = results
            .iter()
            .map(|(page, score)| {
                let mut page_record = record::page(page, args.long);
                page_record["score"] = (*score).into();
                page_record
            })
            .collect();
        record::write(out, &records)?;
    } else {
        write_table(out, results.iter().map(|(page, _)| *page))?;
    }
    Ok(Outcome::Found)
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

/// One line per page: name, value and message. A Win32 code shows its decimal and hex value;
/// an HRESULT or NTSTATUS shows its hex value and its space.
fn write_table<'a>(out: &mut dyn Write, pages: impl Iterator<Item = &'a ErrorPage> + Clone) -> io::Result<()> {
    let width = pages.clone().map(|page| page.name().len()).max().unwrap_or(0);
    for page in pages {
        let code = page.value();
        let name = format!("{:<width$}", page.name());
        let value = match page.space() {
            Space::Win32 => format!("{code:>5}  {:<6}", format!("0x{code:X}")),
            Space::HResult => format!("0x{code:08X} HRESULT "),
            Space::NtStatus => format!("0x{code:08X} NTSTATUS"),
        };
        writeln!(out, "{}  {value}  {}", paint(style::NAME, &name), page.message())?;
    }
    Ok(())
}

//! Explaining codes and names: the default mode.

use std::io::{self, Write};

use winerror::{Code, ErrorPage};

use crate::args::Args;
use crate::query::{self, Match, Reading};
use crate::style::{self, paint};
use crate::{Outcome, record, render};

/// Explains every input in order; unknown inputs are reported on stderr and make the run fail.
pub fn run(out: &mut dyn Write, inputs: &[String], args: &Args) -> io::Result<Outcome> {
    let mut outcome = Outcome::Found;
    let mut records = Vec::new();
    let mut first = true;
    for input in inputs {
        let matches = match query::resolve(input) {
            Ok(matches) => matches,
            Err(no_match) => {
                outcome = Outcome::NotFound;
                report_unknown(input, &no_match);
                continue;
            }
        };
        let several = matches.len() > 1;
        for found in &matches {
            if args.json {
                for page in &found.pages {
                    let mut page_record = record::page(page, args.long);
                    page_record["input"] = input.as_str().into();
                    page_record["reading"] = found.reading.key().into();
                    records.push(page_record);
                }
                continue;
            }
            if !first {
                writeln!(out)?;
            }
            first = false;
            write_match(out, input, found, several, args.long)?;
        }
    }
    if args.json {
        record::write(out, &records)?;
    }
    Ok(outcome)
}

/// One match: a note on how the input was read where it could be read two ways or names
/// several pages, then each page.
fn write_match(out: &mut dyn Write, input: &str, found: &Match, several: bool, long: bool) -> io::Result<()> {
    let shown = input.trim().escape_debug().to_string();
    match found.reading {
        Reading::NamedHresult | Reading::NtStatus if several => {
            let what = if found.reading == Reading::NtStatus { "an NTSTATUS" } else { "an HRESULT" };
            writeln!(out, "{}", paint(style::NOTE, &format!("{shown}: read as {what}")))?;
        }
        Reading::NtHresult(status) => {
            let note = format!("{shown}: read as an HRESULT made by HRESULT_FROM_NT from the NTSTATUS 0x{status:08X}");
            writeln!(out, "{}", paint(style::NOTE, &note))?;
        }
        Reading::NamedHresult | Reading::NtStatus => {}
        Reading::Hresult(code) => {
            let note = format!(
                "{shown}: read as an HRESULT (FACILITY_WIN32) carrying the Win32 code {code} (0x{code:X}), not as a plain value"
            );
            writeln!(out, "{}", paint(style::NOTE, &note))?;
        }
        Reading::Value(value) if value & 0xFFFF_0000 == 0x8007_0000 => {
            let note = format!("{shown}: read as a plain value, not as an HRESULT");
            writeln!(out, "{}", paint(style::NOTE, &note))?;
        }
        Reading::Value(_) if several => {
            writeln!(out, "{}", paint(style::NOTE, &format!("{shown}: read as a Win32 code")))?;
        }
        Reading::Value(_) | Reading::Name => {}
    }
    if let [first, ..] = found.pages[..]
        && found.pages.len() > 1
    {
        let headers: Vec<String> =
            found.pages.iter().map(|page| format!("{} ({})", page.name(), page.header())).collect();
        let value = first.value();
        let note = format!("{value} (0x{value:X}) is shared by {} pages: {}", found.pages.len(), headers.join(", "));
        writeln!(out, "{}", paint(style::NOTE, &note))?;
    }
    for (index, page) in found.pages.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        write_summary(out, page)?;
        if long {
            writeln!(out)?;
            render::markdown(out, page.body())?;
        }
    }
    Ok(())
}

/// The summary of a page: name, value, HRESULT (with its fields for HRESULTs and NTSTATUS
/// values), header and message.
fn write_summary(out: &mut dyn Write, page: &ErrorPage) -> io::Result<()> {
    let hresult = page.code().to_hresult();
    writeln!(out, "{}", paint(style::NAME, page.name()))?;
    let hresult_line = format!("0x{:08X} ({})", hresult.bits(), hresult.raw());
    let mut lines = match page.code() {
        Code::Win32(code) => vec![("value", format!("{} (0x{:X})", code.raw(), code.raw())), ("HRESULT", hresult_line)],
        Code::HResult(_) => vec![("HRESULT", hresult_line), ("fields", query::fields(page.value(), false))],
        Code::NtStatus(status) => vec![
            ("NTSTATUS", format!("0x{:08X} ({})", status.bits(), status.raw())),
            ("fields", query::fields(page.value(), true)),
            ("HRESULT", format!("{hresult_line}, HRESULT_FROM_NT")),
        ],
    };
    lines.push(("header", format!("{} (winerror::{})", page.header(), page.module())));
    for (label, value) in lines {
        writeln!(out, "  {} {value}", paint(style::LABEL, &format!("{label:<8}")))?;
    }
    let label = format!("  {} ", paint(style::LABEL, "message "));
    writeln!(out, "{}", render::wrap(page.message(), &label, &" ".repeat(11)))?;
    Ok(())
}

/// Tells on stderr what `input` was tried as, and what it may have meant.
fn report_unknown(input: &str, no_match: &query::NoMatch) {
    style::error(&format!("'{}' matches no documented error", input.escape_debug()));
    for reason in &no_match.tried {
        style::detail("tried", reason);
    }
    if !no_match.suggestions.is_empty() {
        style::detail("help", &format!("{}: {}", no_match.suggestion_kind, no_match.suggestions.join(", ")));
    }
}

//! The fixed-form lines of Error Details (`- **BSD errno:** `ECONNRESET``,
//! `- **std::io::ErrorKind:** `ConnectionReset``): found among the list items of a page, parsed
//! by the grammar into the page model, each problem reported where the line stands.

use pulldown_cmark::{Event, Tag};

use winerror_codegen::page::Page;

use crate::diagnostic::{Diagnostics, Location};
use crate::grammar::{
    DetailError, DetailLabel, DetailLine, ERROR_DETAILS_TITLE, ERROR_KINDS, detail_label, parse_detail_line,
    suggestions,
};
use crate::markdown::Block;

/// Where each fixed-form line of a page was first seen, to report a second one.
#[derive(Default)]
pub(crate) struct DetailLines {
    errno: Option<Location>,
    io_kind: Option<Location>,
}

impl DetailLines {
    /// Reads every list item of `block` (at any depth) that tries to be a fixed-form line into
    /// `page.details`; `in_details` says whether the block is in the Error Details section.
    pub(crate) fn scan(
        &mut self,
        block: &Block<'_>,
        text: &str,
        at: &impl Fn(usize) -> Location,
        in_details: bool,
        page: &mut Page,
        diags: &mut Diagnostics,
    ) {
        for (event, range) in block {
            if !matches!(event, Event::Start(Tag::Item)) {
                continue;
            }
            let start = range.start;
            let line_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
            let line_end = text[start..].find('\n').map_or(text.len(), |newline| start + newline);
            let Some(label) = detail_label(&text[start..line_end]) else {
                continue;
            };
            self.line(label, &text[line_start..line_end], at(start), in_details, page, diags);
        }
    }

    /// One line that tries to be the fixed-form line `label`.
    fn line(
        &mut self,
        label: DetailLabel,
        line: &str,
        location: Location,
        in_details: bool,
        page: &mut Page,
        diags: &mut Diagnostics,
    ) {
        let first = match label {
            DetailLabel::Errno => &mut self.errno,
            DetailLabel::IoKind => &mut self.io_kind,
        };
        if let Some(first) = first {
            diags
                .error(location.clone(), format!("a second `{label}` line"))
                .with_help(format!("a page states it once; keep one of this line and line {}", first.line));
        } else {
            *first = Some(location.clone());
        }
        if !in_details {
            diags
                .error(
                    location.clone(),
                    format!("the `{label}` line belongs in the `## {ERROR_DETAILS_TITLE}` section"),
                )
                .with_help(format!("move it under `## {ERROR_DETAILS_TITLE}`"));
        }
        match parse_detail_line(line, label) {
            Ok(DetailLine::Errno(errno)) => {
                page.details.errno.get_or_insert(errno);
            }
            Ok(DetailLine::IoKind(kind)) => {
                page.details.io_kind.get_or_insert(kind);
            }
            Err(err) => report(err, location, diags),
        }
    }
}

fn report(err: DetailError, location: Location, diags: &mut Diagnostics) {
    match err {
        DetailError::Form(label) => {
            diags
                .error(location, format!("the `{label}` line is not in its fixed form"))
                .with_help(format!("write it exactly as `{}`", label.example()));
        }
        DetailError::Errno(name) => {
            diags
                .error(location, format!("`{name}` is not a BSD errno name"))
                .with_help("an errno name is `E` followed by upper-case letters and digits, as `ECONNRESET`; write `none` where there is none");
        }
        DetailError::IoKind(name) => {
            let near = suggestions(&name, ERROR_KINDS.iter().copied());
            let hint = match near.first() {
                Some(near) => format!("; did you mean `{near}`?"),
                None => String::new(),
            };
            diags
                .error(location, format!("`{name}` is not a std::io::ErrorKind variant{hint}"))
                .with_help("write the variant's name as its `Debug` prints it, as `ConnectionReset` (`Uncategorized` where std maps none)");
        }
    }
}

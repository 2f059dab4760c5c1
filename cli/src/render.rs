//! A page's Markdown body, rendered for a terminal: headings, wrapped paragraphs, lists, code.

use std::io::{self, Write};

use anstyle::Style;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::style::{self, paint};

/// The widest a rendered line gets, however wide the terminal.
const MAX_WIDTH: usize = 100;
/// The narrowest, however narrow the terminal.
const MIN_WIDTH: usize = 40;

/// The width to wrap to: the terminal's (80 when stdout is not a terminal), within bounds.
pub fn width() -> usize {
    textwrap::termwidth().clamp(MIN_WIDTH, MAX_WIDTH)
}

/// `text` wrapped to [`width`], the first line after `initial`, the others after `subsequent`.
pub fn wrap(text: &str, initial: &str, subsequent: &str) -> String {
    let options = textwrap::Options::new(width()).initial_indent(initial).subsequent_indent(subsequent);
    textwrap::fill(text, options)
}

/// Writes the Markdown `body` for a terminal; styles are escapes that anstream keeps or drops.
pub fn markdown(out: &mut dyn Write, body: &str) -> io::Result<()> {
    let mut renderer =
        Renderer { out, text: String::new(), styles: Vec::new(), lists: Vec::new(), pending: None, in_title: false };
    for event in Parser::new(body) {
        renderer.event(event)?;
    }
    renderer.flush_block()
}

/// The state of a rendering: the block being gathered and the open inline styles and lists.
struct Renderer<'o> {
    out: &'o mut dyn Write,
    /// The text of the paragraph, heading or list item being gathered, with style escapes.
    text: String,
    /// The open inline styles, innermost last.
    styles: Vec<Style>,
    /// The open lists: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// The marker of a list item whose first block is not written yet.
    pending: Option<String>,
    /// Whether a top-level heading is being gathered (its text is written in capitals).
    in_title: bool,
}

impl Renderer<'_> {
    fn event(&mut self, event: Event<'_>) -> io::Result<()> {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.flush_block()?;
                self.in_title = matches!(level, HeadingLevel::H1 | HeadingLevel::H2);
            }
            Event::Start(Tag::Paragraph) => self.flush_block()?,
            Event::End(TagEnd::Heading(_)) => {
                self.in_title = false;
                let heading = std::mem::take(&mut self.text);
                writeln!(self.out, "{}", paint(style::HEADING, heading.trim()))?;
            }
            Event::End(TagEnd::Paragraph) => self.flush_block()?,
            Event::Start(Tag::List(start)) => {
                self.flush_block()?;
                self.lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                self.flush_block()?;
                self.lists.pop();
                if self.lists.is_empty() {
                    writeln!(self.out)?;
                }
            }
            Event::Start(Tag::Item) => {
                self.flush_block()?;
                let marker = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{}. ", *number - 1)
                    }
                    _ => "- ".to_owned(),
                };
                self.pending = Some(marker);
            }
            Event::End(TagEnd::Item) => self.flush_block()?,
            Event::Start(Tag::CodeBlock(_)) => self.flush_block()?,
            Event::End(TagEnd::CodeBlock) => {
                for line in std::mem::take(&mut self.text).lines() {
                    writeln!(self.out, "{}{}", self.indent(), paint(style::CODE, &format!("    {line}")))?;
                }
                writeln!(self.out)?;
            }
            Event::Start(Tag::Strong) => self.styles.push(style::STRONG),
            Event::Start(Tag::Emphasis) => self.styles.push(style::EMPHASIS),
            Event::End(TagEnd::Strong | TagEnd::Emphasis) => {
                self.styles.pop();
            }
            Event::Text(text) => self.push_text(&text),
            Event::Code(code) => self.text.push_str(&paint(style::CODE, &format!("`{code}`"))),
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            // Links keep their text; HTML, rules, footnotes and the rest are not in pages.
            _ => {}
        }
        Ok(())
    }

    /// Appends text in the innermost open style.
    fn push_text(&mut self, text: &str) {
        let text = if self.in_title { text.to_uppercase() } else { text.to_owned() };
        match self.styles.last() {
            Some(&style) => self.text.push_str(&paint(style, &text)),
            None => self.text.push_str(&text),
        }
    }

    /// Two spaces per open list.
    fn indent(&self) -> String {
        "  ".repeat(self.lists.len())
    }

    /// Writes the gathered paragraph or list item, wrapped, under its list marker if any.
    fn flush_block(&mut self) -> io::Result<()> {
        let text = std::mem::take(&mut self.text);
        let text = text.trim();
        if text.is_empty() {
            return Ok(());
        }
        let indent = self.indent();
        let (initial, subsequent) = match self.pending.take() {
            Some(marker) => {
                (format!("{}{marker}", &indent[2..]), format!("{}{}", &indent[2..], " ".repeat(marker.len())))
            }
            None => (indent.clone(), indent),
        };
        writeln!(self.out, "{}", wrap(text, &initial, &subsequent))?;
        if self.lists.is_empty() {
            writeln!(self.out)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(body: &str) -> String {
        let mut out = Vec::new();
        markdown(&mut out, body).unwrap();
        let text = String::from_utf8(out).unwrap();
        anstream::adapter::strip_str(&text).to_string()
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let text = render("## Usage Context\n\nOne\nparagraph.\n\n- first\n- **Value:** second\n\n1. one\n2. two\n");
        assert_eq!(text, "USAGE CONTEXT\nOne paragraph.\n\n- first\n- Value: second\n\n1. one\n2. two\n\n");
    }

    #[test]
    fn long_paragraphs_wrap() {
        let text = render(&"word ".repeat(100));
        assert!(text.lines().count() > 1);
        assert!(text.lines().all(|line| line.chars().count() <= MAX_WIDTH), "{text}");
    }

    #[test]
    fn code_spans_keep_their_backticks() {
        assert_eq!(render("Run `netsh wfp show netevents`."), "Run `netsh wfp show netevents`.\n\n");
    }

    #[test]
    fn nested_lists_indent() {
        let text = render("- outer\n  - inner\n");
        assert_eq!(text, "- outer\n  - inner\n\n");
    }
}

//! The styles of the output, and messages on stderr.

use std::io::Write;

use anstyle::{AnsiColor, Effects, Style};

/// An error name at the head of a block.
pub const NAME: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
/// The labels of the summary lines.
pub const LABEL: Style = Style::new().effects(Effects::DIMMED);
/// Notes about how an input was read.
pub const NOTE: Style = Style::new().effects(Effects::ITALIC);
/// Headings of a rendered page.
pub const HEADING: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
/// `Code` spans and blocks of a rendered page.
pub const CODE: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
/// Strong emphasis.
pub const STRONG: Style = Style::new().bold();
/// Emphasis.
pub const EMPHASIS: Style = Style::new().italic();

/// `text` in `style` (anstream removes the escapes where colour is off).
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// Prints `winerror: error: message` on stderr.
pub fn error(message: &str) {
    let label = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
    // A failing stderr has nowhere left to report to.
    let _ = writeln!(anstream::stderr(), "{}: {message}", paint(label, "error"));
}

/// Prints an indented `label: message` line on stderr, under an [`error`].
pub fn detail(label: &str, message: &str) {
    let style = Style::new().bold();
    let _ = writeln!(anstream::stderr(), "  {}: {message}", paint(style, label));
}

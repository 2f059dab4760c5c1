//! The command line, as clap parses it.

use clap::{ArgAction, Parser};

/// Explain Windows error codes: name, value, HRESULT, header, message and a page of explanation.
///
/// Works on any OS, from the catalogue compiled into the program (no network, no FormatMessage).
#[derive(Debug, Parser)]
#[command(name = "winerror", version, max_term_width = 100)]
#[command(
    after_help = "Examples:\n  winerror 0x35F6\n  winerror 13814 -2147011082 0x800735F6 error_ipsec_ike_mm_delay_drop\n  \
                        winerror --long 12002\n  winerror --search access denied\n  winerror --list ipsec"
)]
pub struct Args {
    /// Codes to explain: decimal (13814), hex (0x35F6), an HRESULT (0x800735F6 or -2147011082) or a
    /// name in any case (error_ipsec_ike_mm_delay_drop). With --search, the words to look for.
    #[arg(value_name = "CODE|NAME", required_unless_present = "list", allow_negative_numbers = true)]
    pub inputs: Vec<String>,

    /// Print each page in full, rendered for the terminal (with --json: include the Markdown body).
    #[arg(short, long)]
    pub long: bool,

    /// Print JSON records instead of text.
    #[arg(short, long)]
    pub json: bool,

    /// Find pages by the words of their names and messages, best matches first.
    #[arg(short, long, conflicts_with = "list")]
    pub search: bool,

    /// List the pages of a family (e.g. ipsec), or every family with its page count.
    #[arg(long, value_name = "FAMILY", num_args = 0..=1, action = ArgAction::Set)]
    pub list: Option<Option<String>>,

    /// When to colour the output.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: clap::ColorChoice,
}

/// What a run does, once the arguments are read.
#[derive(Debug)]
pub enum Mode<'a> {
    /// Explain each input.
    Explain(&'a [String]),
    /// Search for the words of all inputs.
    Search(String),
    /// List every family.
    Families,
    /// List one family's pages.
    Family(&'a str),
}

impl Args {
    /// Applies `--color` to every output stream (`auto` honours NO_COLOR and pipes).
    pub fn apply_color(&self) {
        let choice = match self.color {
            clap::ColorChoice::Auto => anstream::ColorChoice::Auto,
            clap::ColorChoice::Always => anstream::ColorChoice::Always,
            clap::ColorChoice::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
    }

    /// The run's mode.
    pub fn mode(&self) -> Mode<'_> {
        match (&self.list, self.search) {
            (Some(None), _) => Mode::Families,
            (Some(Some(family)), _) => Mode::Family(family),
            (None, true) => Mode::Search(self.inputs.join(" ")),
            (None, false) => Mode::Explain(&self.inputs),
        }
    }
}

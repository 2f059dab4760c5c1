//! The fixed-form lines of a page's Error Details section (see `docs/README.md`):
//!
//! ```text
//! - **BSD errno:** `ECONNRESET`
//! - **std::io::ErrorKind:** `ConnectionReset`
//! ```
//!
//! The errno line may say `none` instead of a code span. Plain strings only: the Markdown phase
//! finds the list items and gives each one's source line here.

use std::fmt;

/// Title of the section the fixed-form lines belong in.
pub const ERROR_DETAILS_TITLE: &str = "Error Details";

/// The `Debug` names of `std::io::ErrorKind`'s variants as of Rust 1.95 (unstable ones
/// included, since `Debug` prints them; `Uncategorized` where std maps no kind). A newer Rust
/// may add variants: add them here.
pub const ERROR_KINDS: &[&str] = &[
    "NotFound",
    "PermissionDenied",
    "ConnectionRefused",
    "ConnectionReset",
    "HostUnreachable",
    "NetworkUnreachable",
    "ConnectionAborted",
    "NotConnected",
    "AddrInUse",
    "AddrNotAvailable",
    "NetworkDown",
    "BrokenPipe",
    "AlreadyExists",
    "WouldBlock",
    "NotADirectory",
    "IsADirectory",
    "DirectoryNotEmpty",
    "ReadOnlyFilesystem",
    "FilesystemLoop",
    "StaleNetworkFileHandle",
    "InvalidInput",
    "InvalidData",
    "TimedOut",
    "WriteZero",
    "StorageFull",
    "NotSeekable",
    "QuotaExceeded",
    "FileTooLarge",
    "ResourceBusy",
    "ExecutableFileBusy",
    "Deadlock",
    "CrossesDevices",
    "TooManyLinks",
    "InvalidFilename",
    "ArgumentListTooLong",
    "Interrupted",
    "Unsupported",
    "UnexpectedEof",
    "OutOfMemory",
    "InProgress",
    "Other",
    "Uncategorized",
];

/// Which fixed-form line a list item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DetailLabel {
    /// `- **BSD errno:** ...`
    Errno,
    /// `- **std::io::ErrorKind:** ...`
    IoKind,
}

impl DetailLabel {
    /// The line as written before its value, e.g. `- **BSD errno:** `.
    pub fn prefix(self) -> &'static str {
        match self {
            DetailLabel::Errno => "- **BSD errno:** ",
            DetailLabel::IoKind => "- **std::io::ErrorKind:** ",
        }
    }

    /// A well-formed line, for help texts.
    pub fn example(self) -> &'static str {
        match self {
            DetailLabel::Errno => "- **BSD errno:** `ECONNRESET` (or `- **BSD errno:** none`)",
            DetailLabel::IoKind => "- **std::io::ErrorKind:** `ConnectionReset`",
        }
    }
}

impl fmt::Display for DetailLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DetailLabel::Errno => "BSD errno",
            DetailLabel::IoKind => "std::io::ErrorKind",
        })
    }
}

/// What a fixed-form line states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailLine {
    /// The BSD `errno` name, `None` for `none`.
    Errno(Option<String>),
    /// The `Debug` name of the `std::io::ErrorKind`.
    IoKind(String),
}

/// Why a line that tries to be a fixed-form line was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DetailError {
    /// Not written in exactly the fixed form.
    Form(DetailLabel),
    /// The errno is not `E` followed by upper-case letters and digits.
    Errno(String),
    /// The kind is none of [`ERROR_KINDS`].
    IoKind(String),
}

/// Which fixed-form line the list item starting `line` (at its marker) tries to be: its text,
/// markup aside and in any case, starts with `BSD errno`, `errno`, `std::io::ErrorKind`,
/// `io::ErrorKind` or `ErrorKind`.
pub fn detail_label(line: &str) -> Option<DetailLabel> {
    let item = line.trim_start().strip_prefix(['-', '*', '+'])?;
    if !item.starts_with(char::is_whitespace) {
        return None;
    }
    let bare: String = item.chars().filter(|c| !matches!(c, '*' | '_' | '`')).collect::<String>().to_ascii_lowercase();
    let bare = bare.trim_start();
    if bare.starts_with("bsd errno") || bare.starts_with("errno") {
        Some(DetailLabel::Errno)
    } else if ["std::io::errorkind", "io::errorkind", "errorkind"].iter().any(|label| bare.starts_with(label)) {
        Some(DetailLabel::IoKind)
    } else {
        None
    }
}

/// Parses the fixed-form line `line` (a list item's source line, from its marker; trailing white
/// space is ignored) that [`detail_label`] says is `label`.
pub fn parse_detail_line(line: &str, label: DetailLabel) -> Result<DetailLine, DetailError> {
    let value = line.trim_end().strip_prefix(label.prefix()).ok_or(DetailError::Form(label))?;
    if label == DetailLabel::Errno && value == "none" {
        return Ok(DetailLine::Errno(None));
    }
    let name = value.strip_prefix('`').and_then(|v| v.strip_suffix('`')).ok_or(DetailError::Form(label))?;
    match label {
        DetailLabel::Errno if is_errno_name(name) => Ok(DetailLine::Errno(Some(name.to_owned()))),
        DetailLabel::Errno => Err(DetailError::Errno(name.to_owned())),
        DetailLabel::IoKind if ERROR_KINDS.contains(&name) => Ok(DetailLine::IoKind(name.to_owned())),
        DetailLabel::IoKind => Err(DetailError::IoKind(name.to_owned())),
    }
}

/// True for a BSD `errno` name: `E` followed by upper-case letters and digits.
pub fn is_errno_name(name: &str) -> bool {
    name.len() > 1 && name.starts_with('E') && name[1..].bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_lines_give_their_values() {
        let errno = DetailLabel::Errno;
        let kind = DetailLabel::IoKind;
        assert_eq!(detail_label("- **BSD errno:** `ECONNRESET`"), Some(errno));
        assert_eq!(
            parse_detail_line("- **BSD errno:** `ECONNRESET`  ", errno),
            Ok(DetailLine::Errno(Some("ECONNRESET".into())))
        );
        assert_eq!(parse_detail_line("- **BSD errno:** none\r", errno), Ok(DetailLine::Errno(None)));
        assert_eq!(detail_label("- **std::io::ErrorKind:** `TimedOut`"), Some(kind));
        assert_eq!(
            parse_detail_line("- **std::io::ErrorKind:** `TimedOut`", kind),
            Ok(DetailLine::IoKind("TimedOut".into()))
        );
        assert_eq!(detail_label("- **Value:** 10054"), None);
        assert_eq!(detail_label("-errno"), None);
    }

    #[test]
    fn each_malformed_line_says_why() {
        let errno = DetailLabel::Errno;
        let kind = DetailLabel::IoKind;
        for line in [
            "- **BSD errno**: `ECONNRESET`",
            "* **BSD errno:** `ECONNRESET`",
            "  - **BSD errno:** `E`",
            "- **BSD errno:** ECONNRESET",
            "- BSD errno: `EINTR`",
        ] {
            assert_eq!(detail_label(line), Some(errno), "{line}");
            assert_eq!(parse_detail_line(line, errno), Err(DetailError::Form(errno)), "{line}");
        }
        for name in ["econnreset", "E", "E_X", "XCONN", "EÉ"] {
            let line = format!("- **BSD errno:** `{name}`");
            assert_eq!(parse_detail_line(&line, errno), Err(DetailError::Errno(name.into())), "{line}");
        }
        for line in [
            "- ErrorKind: ConnectionReset",
            "- **std::io::ErrorKind:** ConnectionReset",
            "- **io::ErrorKind:** `Other`",
            "- **std::io::ErrorKind:** `Other` (on Windows)",
        ] {
            assert_eq!(detail_label(line), Some(kind), "{line}");
            assert_eq!(parse_detail_line(line, kind), Err(DetailError::Form(kind)), "{line}");
        }
        for name in ["ConnectionRest", "io::ErrorKind::Other", "", "none"] {
            let line = format!("- **std::io::ErrorKind:** `{name}`");
            assert_eq!(parse_detail_line(&line, kind), Err(DetailError::IoKind(name.into())), "{line}");
        }
    }

    /// Every stable variant's `Debug` name is listed (a newer Rust that adds one fails here), and
    /// std's own name for an unmapped OS error is `Uncategorized`.
    #[test]
    fn the_error_kinds_are_std_s_debug_names() {
        use std::io::ErrorKind;
        let stable = [
            ErrorKind::NotFound,
            ErrorKind::PermissionDenied,
            ErrorKind::ConnectionRefused,
            ErrorKind::ConnectionReset,
            ErrorKind::HostUnreachable,
            ErrorKind::NetworkUnreachable,
            ErrorKind::ConnectionAborted,
            ErrorKind::NotConnected,
            ErrorKind::AddrInUse,
            ErrorKind::AddrNotAvailable,
            ErrorKind::NetworkDown,
            ErrorKind::BrokenPipe,
            ErrorKind::AlreadyExists,
            ErrorKind::WouldBlock,
            ErrorKind::NotADirectory,
            ErrorKind::IsADirectory,
            ErrorKind::DirectoryNotEmpty,
            ErrorKind::ReadOnlyFilesystem,
            ErrorKind::StaleNetworkFileHandle,
            ErrorKind::InvalidInput,
            ErrorKind::InvalidData,
            ErrorKind::TimedOut,
            ErrorKind::WriteZero,
            ErrorKind::StorageFull,
            ErrorKind::NotSeekable,
            ErrorKind::QuotaExceeded,
            ErrorKind::FileTooLarge,
            ErrorKind::ResourceBusy,
            ErrorKind::ExecutableFileBusy,
            ErrorKind::Deadlock,
            ErrorKind::CrossesDevices,
            ErrorKind::TooManyLinks,
            ErrorKind::InvalidFilename,
            ErrorKind::ArgumentListTooLong,
            ErrorKind::Interrupted,
            ErrorKind::Unsupported,
            ErrorKind::UnexpectedEof,
            ErrorKind::OutOfMemory,
            ErrorKind::Other,
        ];
        for kind in stable {
            assert!(ERROR_KINDS.contains(&format!("{kind:?}").as_str()), "{kind:?}");
        }
        assert_eq!(format!("{:?}", std::io::Error::from_raw_os_error(-12345).kind()), "Uncategorized");
    }
}

//! Located problems, accumulated across the whole catalogue.

use std::fmt;
use std::sync::Arc;

/// A place in a docs file: its path relative to the workspace root, 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// Path relative to the folder that holds `docs/`, with `/` separators; shared by every
    /// location in the same file.
    pub path: Arc<str>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Location {
    /// The start of a file (line 1, column 1).
    pub fn file(path: &str) -> Self {
        Location { path: path.into(), line: 1, column: 1 }
    }

    /// Byte `offset` of `text`, the contents of the file `path`. Counted when asked for (for a
    /// problem or a page's title), so a parse keeps byte offsets and never indexes lines.
    pub fn at(path: &Arc<str>, text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        let line = 1 + before.bytes().filter(|&byte| byte == b'\n').count();
        Location { path: Arc::clone(path), line, column: before[line_start..].chars().count() + 1 }
    }

    /// A folder, which has no line or column.
    pub fn folder(path: &str) -> Self {
        Location { path: format!("{path}/").into(), line: 0, column: 0 }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return write!(f, "{}", self.path);
        }
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// One problem a page author must fix.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Where it is.
    pub location: Location,
    /// What is wrong, in words an author understands.
    pub message: String,
    /// How to fix it, when we know.
    pub help: Option<String>,
}

impl Diagnostic {
    /// Sets how to fix it: the one way help text is attached, as in
    /// `diags.error(location, message).with_help("...")`.
    pub fn with_help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)?;
        if let Some(help) = &self.help {
            write!(f, "; {help}")?;
        }
        Ok(())
    }
}

/// Collects every problem instead of stopping at the first (serde_derive's `Ctxt`).
#[derive(Debug, Default)]
pub struct Diagnostics {
    found: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem at `location`; returns it so a help text can be attached.
    pub fn error(&mut self, location: Location, message: impl Into<String>) -> &mut Diagnostic {
        self.found.push(Diagnostic { location, message: message.into(), help: None });
        self.found.last_mut().expect("just pushed")
    }

    /// Records a ready-made diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// How many problems so far.
    pub fn len(&self) -> usize {
        self.found.len()
    }

    /// True when nothing went wrong.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Every problem, sorted by place so the output is deterministic.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        crate::sort::sort_by(&mut self.found, &Diagnostic::cmp);
        self.found.dedup();
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_offsets_by_line_and_character() {
        let text = "ab\nçd\n\nx";
        let p: Arc<str> = "p".into();
        assert_eq!(Location::at(&p, text, 0).to_string(), "p:1:1");
        assert_eq!(Location::at(&p, text, 3).to_string(), "p:2:1");
        assert_eq!(Location::at(&p, text, 5).to_string(), "p:2:2");
        assert_eq!(Location::at(&p, text, 8).to_string(), "p:4:1");
        assert_eq!(Location::at(&p, text, 99).to_string(), "p:4:2");
        // Inside a multibyte character: counted up to the character's start.
        assert_eq!(Location::at(&p, text, 4).to_string(), "p:2:1");
    }

    #[test]
    fn diagnostics_come_out_sorted_and_once() {
        let mut diags = Diagnostics::new();
        diags.error(Location { path: "b".into(), line: 1, column: 1 }, "x");
        diags.error(Location::file("a"), "y").with_help("z");
        diags.error(Location { path: "b".into(), line: 1, column: 1 }, "x");
        let sorted = diags.into_sorted();
        assert_eq!(sorted.len(), 2);
        assert_eq!(sorted[0].to_string(), "a:1:1: y; z");
    }
}

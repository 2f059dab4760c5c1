//! Checks that keep the prose of the pages honest (see `docs/README.md`, "Prose"):
//!
//! - [`Sources::shared_runs`]: no run of [`RUN`] or more words in common with a file of the
//!   reference `sources/` folder (the project writes its own sentences);
//! - [`unknown_functions`]: every Windows function named as a code span with parentheses
//!   (`` `connect()` ``) exists in `win32-functions.tsv`.
//!
//! The fixed-form Error Details lines are page rules, checked by the build.
//!
//! Each check takes a file's text and returns every violation with its line, so a test can report
//! all of them at once.

use std::collections::{HashMap, HashSet};
use std::fmt;

/// The shortest run of words in common with a source that counts as copied.
pub const RUN: usize = 12;

/// One broken rule: where and what.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The file, as the caller named it (e.g. `docs/winsock/WSAECONNRESET.md`).
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// What kind of Markdown file a text is, which decides what counts as its prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An error page: its first block (the title) and second (the official message) are not
    /// prose.
    Page,
    /// A family's index page (`README.md`): all of it is prose.
    Index,
}

/// The prose of a Markdown text: its lines as (1-based number, text), in segments broken by
/// fenced code blocks, which are left out, as are a page's title and official message.
pub fn prose(text: &str, kind: Kind) -> Vec<Vec<(usize, &str)>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut segments = vec![Vec::new()];
    let mut fence: Option<(char, usize)> = None;
    let mut blocks = 0usize;
    let mut in_block = false;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((mark, length)) = fence {
            let run = trimmed.chars().take_while(|&c| c == mark).count();
            if indent < 4 && run >= length && trimmed[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        let mark = trimmed.chars().next().filter(|&c| c == '`' || c == '~');
        if let Some(mark) = mark {
            let run = trimmed.chars().take_while(|&c| c == mark).count();
            if indent < 4 && run >= 3 && !(mark == '`' && trimmed[run..].contains('`')) {
                fence = Some((mark, run));
                in_block = false;
                blocks += 1;
                segments.push(Vec::new());
                continue;
            }
        }
        if trimmed.is_empty() {
            in_block = false;
            continue;
        }
        if !in_block {
            in_block = true;
            blocks += 1;
        }
        if kind == Kind::Page && blocks <= 2 {
            continue;
        }
        segments.last_mut().expect("there is always a segment").push((number, line));
    }
    segments.retain(|segment| !segment.is_empty());
    segments
}

/// The words of a text: lower-cased runs of ASCII letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_ascii_lowercase)
}

/// The source files, indexed by every run of [`RUN`] words they hold.
pub struct Sources {
    names: Vec<String>,
    runs: HashMap<String, Vec<usize>>,
}

impl Sources {
    /// Indexes the files, given as (name, text).
    pub fn new(files: &[(String, String)]) -> Sources {
        let mut runs: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, (_, text)) in files.iter().enumerate() {
            let words: Vec<String> = words(text).collect();
            for window in words.windows(RUN) {
                let sources = runs.entry(window.join(" ")).or_default();
                if sources.last() != Some(&index) {
                    sources.push(index);
                }
            }
        }
        Sources { names: files.iter().map(|(name, _)| name.clone()).collect(), runs }
    }

    /// Every maximal run of [`RUN`] or more words of `file`'s prose that a source holds too, one
    /// violation each, at the line where the run starts.
    pub fn shared_runs(&self, file: &str, text: &str, kind: Kind) -> Vec<Violation> {
        let mut found = Vec::new();
        for segment in prose(text, kind) {
            let words: Vec<(usize, String)> =
                segment.iter().flat_map(|&(line, text)| words(text).map(move |word| (line, word))).collect();
            let shared: Vec<Option<&Vec<usize>>> = (0..words.len().saturating_sub(RUN - 1))
                .map(|start| {
                    let run: Vec<&str> = words[start..start + RUN].iter().map(|(_, word)| word.as_str()).collect();
                    self.runs.get(&run.join(" "))
                })
                .collect();
            let mut start = 0;
            while start < shared.len() {
                let Some(sources) = shared[start] else {
                    start += 1;
                    continue;
                };
                let mut end = start;
                while end + 1 < shared.len() && shared[end + 1].is_some() {
                    end += 1;
                }
                let length = end - start + RUN;
                let names: Vec<&str> = sources.iter().map(|&index| self.names[index].as_str()).collect();
                let quoted: Vec<&str> = words[start..start + length].iter().map(|(_, word)| word.as_str()).collect();
                found.push(Violation {
                    file: file.to_owned(),
                    line: words[start].0,
                    message: format!(
                        "{length} words in a row shared with sources/{}: \"{}\"; write it in your own words",
                        names.join(", sources/"),
                        quoted.join(" ")
                    ),
                });
                start = end + 1;
            }
        }
        found
    }
}

/// The function names of `win32-functions.tsv` (its first column, header skipped).
pub fn function_names(table: &str) -> HashSet<&str> {
    let mut lines = table.lines();
    assert_eq!(lines.next().map(|line| line.split('\t').next()), Some(Some("name")), "the function table's header");
    lines.filter_map(|line| line.split('\t').next()).filter(|name| !name.is_empty()).collect()
}

/// The contents of the code spans of a line (a span opens with a run of backticks and closes
/// with the next run of the same length).
fn code_spans(line: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    let bytes = line.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'`' || (at > 0 && bytes[at - 1] == b'\\') {
            at += 1;
            continue;
        }
        let open = bytes[at..].iter().take_while(|&&b| b == b'`').count();
        let body = at + open;
        let mut search = body;
        let mut closed = None;
        while search < bytes.len() {
            if bytes[search] == b'`' {
                let run = bytes[search..].iter().take_while(|&&b| b == b'`').count();
                if run == open {
                    closed = Some(search);
                    break;
                }
                search += run;
            } else {
                search += 1;
            }
        }
        match closed {
            Some(close) => {
                spans.push(line[body..close].trim());
                at = close + open;
            }
            None => at = body,
        }
    }
    spans
}

/// The function a code span names: an identifier directly followed by `()` and nothing else
/// (`` `connect()` ``). Paths and method calls (`` `ErrorCode::from_raw()` ``,
/// `` `err.kind()` ``) are Rust, not Windows functions.
fn function_in_span(span: &str) -> Option<&str> {
    let name = span.strip_suffix("()")?;
    let mut chars = name.chars();
    let first = chars.next()?;
    ((first.is_ascii_alphabetic() || first == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then_some(name)
}

/// Every Windows function `file`'s prose names as `` `Name()` `` that `functions` lacks, under
/// its own name and with an `A` or `W` suffix.
pub fn unknown_functions(file: &str, text: &str, kind: Kind, functions: &HashSet<&str>) -> Vec<Violation> {
    let known = |name: &str| {
        functions.contains(name)
            || functions.contains(format!("{name}A").as_str())
            || functions.contains(format!("{name}W").as_str())
    };
    let mut found = Vec::new();
    for (line, text) in prose(text, kind).into_iter().flatten() {
        for name in code_spans(text).into_iter().filter_map(function_in_span) {
            if !known(name) {
                found.push(Violation {
                    file: file.to_owned(),
                    line,
                    message: format!(
                        "`{name}()` is not a Windows function of win32-functions.tsv (nor with an A or W suffix); \
                         check the spelling, or write a Rust item with its path (`Type::{name}()`)"
                    ),
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "# WSAEXAMPLE - 10054 (0x2746)\n\nThe official message, which may be long and is not ours.\n\nUpdated: 2026-11-29\n\n## Technical Meaning\n\nSome prose of our own.\n";

    fn sources(text: &str) -> Sources {
        Sources::new(&[("a.md".to_owned(), "Nothing here.".to_owned()), ("b.md".to_owned(), text.to_owned())])
    }

    #[test]
    fn prose_leaves_out_title_message_and_fences() {
        let text = "# T - 1 (0x1)\n\nThe message\ngoes on.\n\n## S\n\n```rust\nlet x = 1;\n```\n\nafter\n";
        assert_eq!(prose(text, Kind::Page), [vec![(6, "## S")], vec![(12, "after")]]);
        assert_eq!(prose(text, Kind::Index)[0][..3], [(1, "# T - 1 (0x1)"), (3, "The message"), (4, "goes on.")]);
        assert_eq!(prose("\u{feff}# T\r\n\r\nM\r\n\r\nP\r\n", Kind::Page), [vec![(5, "P")]]);
    }

    #[test]
    fn a_planted_run_of_twelve_words_is_found_with_its_line() {
        let source = "When the remote host resets the connection, every pending call on the socket fails at once.";
        let page = format!(
            "{PAGE}\nIn short, when the Remote Host resets\nthe connection, every pending call on the socket fails: retry.\n"
        );
        let found = sources(source).shared_runs("docs/x/P.md", &page, Kind::Page);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 11);
        assert!(found[0].message.starts_with("14 words in a row shared with sources/b.md"), "{}", found[0]);
    }

    #[test]
    fn eleven_words_and_excluded_blocks_pass() {
        let source = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let sources = sources(source);
        let page = format!("{PAGE}\nx one two three four five six seven eight nine ten eleven y\n");
        assert_eq!(sources.shared_runs("p", &page, Kind::Page), []);
        let in_message = "# T - 1 (0x1)\n\none two three four five six seven eight nine ten eleven twelve\n";
        assert_eq!(sources.shared_runs("p", in_message, Kind::Page), []);
        assert_eq!(sources.shared_runs("p", in_message, Kind::Index).len(), 1);
        let in_code = format!("{PAGE}\n```text\none two three four five six seven eight nine ten eleven twelve\n```\n");
        assert_eq!(sources.shared_runs("p", &in_code, Kind::Page), []);
    }

    #[test]
    fn every_shared_run_is_reported() {
        let source = "one two three four five six seven eight nine ten eleven twelve";
        let page = format!("{PAGE}\n{source}\n\nand\n\n{source}\n");
        let lines: Vec<usize> = sources(source).shared_runs("p", &page, Kind::Page).iter().map(|v| v.line).collect();
        assert_eq!(lines, [11, 15]);
    }

    #[test]
    fn a_planted_unknown_function_is_found() {
        let table = "name\tdll\tmodule\nconnect\tws2_32.dll\tm\nInternetOpenUrlA\twininet.dll\tm\nInternetOpenUrlW\twininet.dll\tm\n";
        let functions = function_names(table);
        let page = format!(
            "{PAGE}\n`connect()` and `InternetOpenUrl()` and `InternetOpenUrlW()` exist;\n\
             `conect()` does not, nor ``WSAFoo()``.\nRust: `ErrorCode::from_raw()`, `err.kind()`, `connect`.\n"
        );
        let found = unknown_functions("p", &page, Kind::Page, &functions);
        let found: Vec<(usize, bool)> = found.iter().map(|v| (v.line, v.message.starts_with("`conect()`"))).collect();
        assert_eq!(found, [(12, true), (12, false)]);
    }

    #[test]
    fn code_spans_are_read_as_markdown_does() {
        assert_eq!(code_spans("a `x()` b ``y ` z`` c `open"), ["x()", "y ` z"]);
        assert_eq!(code_spans("\\`w()\\` "), [] as [&str; 0]);
        assert_eq!(function_in_span("connect()"), Some("connect"));
        assert_eq!(function_in_span("connect(s)"), None);
        assert_eq!(function_in_span("Type::new()"), None);
    }
}

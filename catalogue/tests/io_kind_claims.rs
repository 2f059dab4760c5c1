//! The `std::io::ErrorKind` a page claims for its code, checked against the real Windows `std`.
//!
//! A page states the kind in a line of its body of exactly this form (the kind's `Debug` name):
//!
//! ```text
//! - **std::io::ErrorKind:** `ConnectionRefused`
//! ```
//!
//! On Windows (CI runs this under Wine, `scripts/windows/run-tests.sh`, with the `pages`
//! feature), every such claim must equal `format!("{:?}", io::Error::from_raw_os_error(code as
//! i32).kind())`, and a line that mentions `**std::io::ErrorKind:**` without that exact form is
//! an error too, so a typo cannot hide a claim. Pages without a claim are fine; the test prints
//! how many claims it checked. Elsewhere an `io::Error`'s raw code is an `errno`, so only the
//! parser's own tests run.

/// What starts a claim, after the list item's `- `.
const MARKER: &str = "**std::io::ErrorKind:**";

/// One line of a page body that mentions [`MARKER`].
#[derive(Debug, PartialEq, Eq)]
enum Claim<'a> {
    /// `- **std::io::ErrorKind:** `Kind``, on the body's line `line` (from 1).
    Kind { line: usize, kind: &'a str },
    /// A line that mentions the marker in any other form.
    Malformed { line: usize, text: &'a str },
}

/// Every claim in a page body, in order.
fn claims(body: &str) -> Vec<Claim<'_>> {
    body.lines()
        .enumerate()
        .filter(|(_, text)| text.contains(MARKER))
        .map(|(index, text)| {
            let line = index + 1;
            let kind = text
                .strip_prefix("- ")
                .and_then(|rest| rest.strip_prefix(MARKER))
                .and_then(|rest| rest.strip_prefix(" `"))
                .and_then(|rest| rest.trim_end().strip_suffix('`'))
                .filter(|kind| !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphanumeric()));
            match kind {
                Some(kind) => Claim::Kind { line, kind },
                None => Claim::Malformed { line, text },
            }
        })
        .collect()
}

/// Checks the claims of `(name, code, body)` pages against `actual(code)`, the `Debug` name of
/// the kind `std` gives the code: the number of claims checked, and one message per wrong
/// claim or malformed line.
fn check<'a>(
    pages: impl IntoIterator<Item = (&'a str, u32, &'a str)>,
    actual: impl Fn(u32) -> String,
) -> (usize, Vec<String>) {
    let (mut checked, mut problems) = (0, Vec::new());
    for (name, code, body) in pages {
        for claim in claims(body) {
            match claim {
                Claim::Kind { line, kind } => {
                    checked += 1;
                    let real = actual(code);
                    if kind != real {
                        problems.push(format!(
                            "{name} ({code}), body line {line}: the page claims std::io::ErrorKind::{kind}, \
                             but std on Windows gives {real}"
                        ));
                    }
                }
                Claim::Malformed { line, text } => problems.push(format!(
                    "{name} ({code}), body line {line}: not of the form \"- {MARKER} `Kind`\": {text:?}"
                )),
            }
        }
    }
    (checked, problems)
}

#[cfg(all(windows, feature = "pages"))]
#[test]
fn every_kind_a_page_claims_is_the_kind_std_gives_its_code_on_windows() {
    let pages = winerror::pages();
    let (checked, problems) =
        check(pages.iter().map(|page| (page.name(), page.code().raw(), page.body())), windows_kind);
    println!("checked {checked} std::io::ErrorKind claims on {} pages", pages.len());
    assert!(problems.is_empty(), "{} wrong claims:\n{}", problems.len(), problems.join("\n"));
}

/// The `Debug` name of the kind Windows' `std` gives the raw OS error `code`.
#[cfg(windows)]
fn windows_kind(code: u32) -> String {
    format!("{:?}", std::io::Error::from_raw_os_error(code as i32).kind())
}

// The parser and the check, on literal pages.

/// A stand-in for `std` on hosts other than Windows: the kinds of two WinSock codes.
fn known_kinds(code: u32) -> String {
    match code {
        10061 => "ConnectionRefused".into(),
        10054 => "ConnectionReset".into(),
        _ => "Uncategorized".into(),
    }
}

const REFUSED_PAGE: &str = "## Why it happens\n\nNothing listens on the port.\n\n\
    ## Rust\n\n- **std::io::ErrorKind:** `ConnectionRefused`\n- Seen from `TcpStream::connect`.\n";

#[test]
fn a_claim_is_found_with_its_line() {
    assert_eq!(claims(REFUSED_PAGE), [Claim::Kind { line: 7, kind: "ConnectionRefused" }]);
    assert_eq!(claims("- **std::io::ErrorKind:** `TimedOut`  "), [Claim::Kind { line: 1, kind: "TimedOut" }]);
    assert_eq!(claims("## Rust\n\nNo claim here.\n"), []);
}

#[test]
fn a_right_claim_passes_and_is_counted() {
    assert_eq!(check([("WSAECONNREFUSED", 10061, REFUSED_PAGE)], known_kinds), (1, vec![]));
    assert_eq!(check([("ERROR_SUCCESS", 0, "No claim.\n")], known_kinds), (0, vec![]));
}

#[test]
fn a_planted_wrong_claim_fails() {
    let wrong = REFUSED_PAGE.replace("`ConnectionRefused`", "`ConnectionReset`");
    let (checked, problems) = check([("WSAECONNREFUSED", 10061, wrong.as_str())], known_kinds);
    assert_eq!(checked, 1);
    assert_eq!(
        problems,
        ["WSAECONNREFUSED (10061), body line 7: the page claims std::io::ErrorKind::ConnectionReset, \
          but std on Windows gives ConnectionRefused"]
    );
}

#[cfg(windows)]
#[test]
fn a_planted_wrong_claim_fails_against_the_real_std() {
    assert_eq!(check([("WSAECONNREFUSED", 10061, REFUSED_PAGE)], windows_kind), (1, vec![]));
    let wrong = REFUSED_PAGE.replace("`ConnectionRefused`", "`ConnectionReset`");
    let (checked, problems) = check([("WSAECONNREFUSED", 10061, wrong.as_str())], windows_kind);
    assert_eq!((checked, problems.len()), (1, 1), "{problems:?}");
}

#[test]
fn a_claim_in_any_other_form_fails() {
    for line in [
        "- **std::io::ErrorKind:** ConnectionRefused",
        "- **std::io::ErrorKind:** `ConnectionRefused` (on Windows)",
        "* **std::io::ErrorKind:** `ConnectionRefused`",
        "  - **std::io::ErrorKind:** `ConnectionRefused`",
        "- **std::io::ErrorKind:** `io::ErrorKind::ConnectionRefused`",
        "- **std::io::ErrorKind:** ``",
        "- **std::io::ErrorKind:**`ConnectionRefused`",
    ] {
        let (checked, problems) = check([("WSAECONNREFUSED", 10061, line)], known_kinds);
        assert_eq!((checked, problems.len()), (0, 1), "{line}");
        assert!(problems[0].contains("not of the form"), "{}", problems[0]);
    }
}

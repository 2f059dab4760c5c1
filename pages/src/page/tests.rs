//! One test per page rule: each broken page gives its message at its line and column.

use crate::testing::{diagnostics, page_text, parse};

const NAME: &str = "ERROR_X";

fn errors(text: &str) -> Vec<String> {
    let (page, diags) = parse(NAME, text);
    assert!(page.is_none(), "the page should be refused: {text}");
    diags
}

#[test]
fn a_valid_page_parses_without_problems() {
    let text = page_text(NAME, 13814, "Updated: 2026-02-21\n\n## Related Errors\n\n- ERROR_Y (1 - 0x1): why\n");
    let (page, diags) = parse(NAME, &text);
    let page = page.expect("valid");
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!((page.name.as_str(), page.code, page.message.as_str()), (NAME, 13814, "Something failed."));
    assert_eq!(page.updated.map(|d| d.packed()), Some(20260221));
    assert_eq!(page.sections, ["Related Errors"]);
    assert_eq!(page.related.len(), 1);
    assert_eq!(
        (page.related[0].decimal, page.locate(page.related[0].offset).to_string()),
        (Some(1), format!("docs/ipsec/{NAME}.md:9:3"))
    );
}

#[test]
fn a_page_without_blocks_has_no_title() {
    assert_eq!(
        errors("[label]: https://example.com\n"),
        [
            "docs/ipsec/ERROR_X.md:1:1: the page has no title; start it with `# NAME - DECIMAL (0xHEX)` (or `# NAME - 0xHEX` for an HRESULT or NTSTATUS)"
        ]
    );
}

#[test]
fn the_first_block_must_be_the_h1() {
    assert_eq!(
        errors("Intro.\n\n# ERROR_X - 1 (0x1)\n\nMessage.\n"),
        [
            "docs/ipsec/ERROR_X.md:1:1: the page must start with its title; write the first line as `# NAME - DECIMAL (0xHEX)` (or `# NAME - 0xHEX` for an HRESULT or NTSTATUS)"
        ]
    );
    assert_eq!(errors("## ERROR_X - 1 (0x1)\n\nMessage.\n").len(), 1);
}

#[test]
fn a_second_h1_is_reported_where_it_stands() {
    let diags = diagnostics(NAME, &page_text(NAME, 1, "## A\n\ntext\n\n# Again\n"));
    assert_eq!(diags, ["docs/ipsec/ERROR_X.md:9:1: a page has one H1, its title; use `##` for sections"]);
}

#[test]
fn a_title_of_another_form_is_refused() {
    assert_eq!(
        errors("# ERROR_X 1 0x1\n\nMessage.\n"),
        [
            "docs/ipsec/ERROR_X.md:1:1: the title `ERROR_X 1 0x1` is not of the form `# NAME - DECIMAL (0xHEX)` (or `# NAME - 0xHEX` for an HRESULT or NTSTATUS)"
        ]
    );
}

#[test]
fn an_overflowing_value_is_located_at_the_number() {
    assert_eq!(
        errors("# ERROR_X - 4294967296 (0x100000000)\n\nMessage.\n"),
        [
            "docs/ipsec/ERROR_X.md:1:13: `4294967296` does not fit in 32 bits; the largest value is 4294967295 (0xFFFFFFFF)"
        ]
    );
}

#[test]
fn decimal_and_hex_that_disagree_are_located_at_the_hex() {
    assert_eq!(
        errors("# ERROR_X - 13820 (0x35F6)\n\nMessage.\n"),
        [
            "docs/ipsec/ERROR_X.md:1:20: the decimal and hex values disagree: 0x35F6 is 13814, not 13820; 13820 is 0x35FC"
        ]
    );
}

#[test]
fn a_name_that_is_not_sdk_style_is_refused() {
    assert_eq!(
        errors("# error_x - 1 (0x1)\n\nMessage.\n"),
        ["docs/ipsec/ERROR_X.md:1:3: `error_x` is not an SDK error name; a name is an uppercase letter followed by \
         letters, digits and underscores, and not `Self`"]
    );
    let (page, diags) = parse("Self", "# Self - 1 (0x1)\n\nMessage.\n");
    assert!(page.is_none());
    assert_eq!(diags.len(), 1, "{diags:?}");
}

#[test]
fn a_title_naming_another_file_is_reported_with_the_fix() {
    let diags = diagnostics("ERROR_Y", &page_text(NAME, 1, ""));
    assert_eq!(
        diags,
        [
            "docs/ipsec/ERROR_Y.md:1:3: the title names `ERROR_X` but the file is `ERROR_Y.md`; rename the file to `ERROR_X.md`"
        ]
    );
    let diags = diagnostics("bad-name", &page_text(NAME, 1, ""));
    assert_eq!(
        diags,
        [
            "docs/ipsec/bad-name.md:1:3: the file name `bad-name.md` cannot name an error constant; rename the file to `ERROR_X.md`"
        ]
    );
}

#[test]
fn a_missing_or_empty_message_is_reported() {
    let expected = "the message is missing; the paragraph right after the title is the official message text";
    assert_eq!(errors("# ERROR_X - 1 (0x1)\n"), [format!("docs/ipsec/ERROR_X.md:1:1: {expected}")]);
    assert_eq!(errors("# ERROR_X - 1 (0x1)\n\n## Section\n"), [format!("docs/ipsec/ERROR_X.md:3:1: {expected}")]);
    assert_eq!(
        errors("# ERROR_X - 1 (0x1)\n\nUpdated: 2026-02-21\n"),
        [format!("docs/ipsec/ERROR_X.md:3:1: {expected}")]
    );
    assert_eq!(errors("# ERROR_X - 1 (0x1)\n\n` `\n"), [format!("docs/ipsec/ERROR_X.md:3:1: {expected}")]);
}

#[test]
fn a_malformed_date_is_reported() {
    let diags = diagnostics(NAME, &page_text(NAME, 1, "Updated: 21/02/2026\n"));
    assert_eq!(
        diags,
        [
            "docs/ipsec/ERROR_X.md:5:1: `21/02/2026` is not a date; write `Updated: 2026-02-21` or `Updated: Feb 21, 2026`"
        ]
    );
}

#[test]
fn raw_html_is_refused_in_block_inline_title_and_message() {
    let help = "raw HTML is not allowed in a page; write it in Markdown; the page becomes rustdoc";
    let diags = diagnostics(NAME, &page_text(NAME, 1, "<script>alert(1)</script>\n\nText <b>bold</b>.\n"));
    assert_eq!(diags, [format!("docs/ipsec/ERROR_X.md:5:1: {help}"), format!("docs/ipsec/ERROR_X.md:7:6: {help}")]);
    let diags = diagnostics(NAME, "# ERROR_X - 1 (0x1)\n\nIt <img src=x onerror=alert(1)> failed.\n");
    assert_eq!(diags, [format!("docs/ipsec/ERROR_X.md:3:4: {help}")]);
    // A page refused for its title is still searched for HTML.
    let (_, diags) = parse(NAME, "# bad\n\n<script>\n");
    assert_eq!(diags.len(), 2, "{diags:?}");
}

#[test]
fn only_web_links_are_allowed() {
    let body =
        "[a](javascript:alert(1)) [b](https://x.org) <file:///etc/passwd> ![c](data:image/png,x) [d](other.md)\n";
    let diags = diagnostics(NAME, &page_text(NAME, 1, body));
    let located: Vec<&str> = diags.iter().map(|d| d.split(": the link").next().unwrap_or_default()).collect();
    assert_eq!(
        located,
        [
            "docs/ipsec/ERROR_X.md:5:1",
            "docs/ipsec/ERROR_X.md:5:45",
            "docs/ipsec/ERROR_X.md:5:66",
            "docs/ipsec/ERROR_X.md:5:89"
        ]
    );
    assert!(diags[0].contains("`javascript:alert(1)` is not an http or https address"), "{}", diags[0]);
    let diags = diagnostics(NAME, "# ERROR_X - 1 (0x1)\n\nSee [x](vbscript:y).\n");
    assert_eq!(diags.len(), 1, "the message paragraph is checked too: {diags:?}");
}

#[test]
fn a_link_with_no_target_is_refused() {
    let diags = diagnostics(NAME, &page_text(NAME, 1, "See [ERROR_Y] and [x][missing].\n"));
    assert_eq!(diags.len(), 2, "{diags:?}");
    assert!(diags[0].starts_with("docs/ipsec/ERROR_X.md:5:5: `[ERROR_Y]` is a link with no target"), "{}", diags[0]);
    assert!(diags.iter().all(|d| !d.contains("not an http")), "{diags:?}");
}

#[test]
fn indented_code_is_refused_and_fences_are_recorded() {
    let body = "text\n\n    let x = 1;\n\n```\nplain\n```\n\n```rust\nlet y = 2;\n```\n";
    let (page, diags) = parse(NAME, &page_text(NAME, 1, body));
    assert_eq!(diags, ["docs/ipsec/ERROR_X.md:7:5: indented code blocks are not allowed; use a fenced block: ```text"]);
    let infos: Vec<String> = page.expect("parses").fences.into_iter().map(|f| f.info).collect();
    assert_eq!(infos, ["", "rust"]);
}

#[test]
fn related_items_must_start_with_a_name() {
    let diags = diagnostics(NAME, &page_text(NAME, 1, "## Related Errors\n\n- see ERROR_Y\n- `ERROR_Z` (2 - 0x2)\n"));
    assert_eq!(
        diags,
        [
            "docs/ipsec/ERROR_X.md:7:3: a Related Errors item must start with an error name; write `- NAME (DECIMAL - 0xHEX): why it is related`"
        ]
    );
    let (page, _) = parse(NAME, &page_text(NAME, 1, "## Related Errors\n\n- `ERROR_Z` (2 - 0x3)\n"));
    let related = &page.expect("parses").related[0];
    assert_eq!(
        (related.name.as_str(), related.decimal, related.hex.clone()),
        ("ERROR_Z", Some(2), Some((Some(3), "0x3".into())))
    );
}

#[test]
fn a_mention_is_found_where_a_paragraph_wraps_between_name_and_values() {
    let body = "See ERROR_Y\n(1 - 0x1), E_Z\n   (0x80000001) and &amp; ERROR_W\n(3 - 0x3).\n\nERROR_V\n\n(4 - 0x4)\n";
    let (page, diags) = parse(NAME, &page_text(NAME, 5, body));
    assert!(diags.is_empty(), "{diags:?}");
    let page = page.expect("parses");
    let found: Vec<(&str, Option<u32>, String, String)> = page
        .mentions
        .iter()
        .map(|m| (m.name.as_str(), m.decimal, page.locate(m.offset).to_string(), page.locate(m.hex_offset).to_string()))
        .collect();
    let at = |line_column: &str| format!("docs/ipsec/{NAME}.md:{line_column}");
    assert_eq!(
        found,
        [
            ("ERROR_Y", Some(1), at("5:5"), at("6:6")),
            ("E_Z", None, at("6:12"), at("7:5")),
            ("ERROR_W", Some(3), at("7:27"), at("8:6")),
        ]
    );
}

#[test]
fn the_fixed_form_lines_are_read_into_the_page() {
    let body = "## Error Details\n\n- **Value:** 5.\n- **BSD errno:** `ECONNRESET`\n- **std::io::ErrorKind:** `ConnectionReset`\n";
    let (page, diags) = parse(NAME, &page_text(NAME, 5, body));
    assert!(diags.is_empty(), "{diags:?}");
    let details = page.expect("parses").details;
    assert_eq!((details.errno, details.io_kind), (Some(Some("ECONNRESET".into())), Some("ConnectionReset".into())));
    let (page, diags) = parse(NAME, &page_text(NAME, 5, "## Error Details\n\n- **BSD errno:** none\n"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(page.expect("parses").details.errno, Some(None));
    // In a code block a line is not an item.
    let (page, diags) = parse(NAME, &page_text(NAME, 5, "## Usage\n\n```text\n- **BSD errno:** `econnreset`\n```\n"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(page.expect("parses").details, Default::default());
}

#[test]
fn a_malformed_fixed_form_line_is_located_with_help() {
    let body = "## Error Details\n\n- **BSD errno**: `ECONNRESET`\n- **BSD errno:** `econnreset`\n\
                - **std::io::ErrorKind:** `ConnectionRest`\n  - **std::io::ErrorKind:** `Other`\n\n\
                ## Usage Context\n\n- **BSD errno:** none\n";
    let diags = diagnostics(NAME, &page_text(NAME, 5, body));
    let at = |line: usize, column: usize| format!("docs/ipsec/{NAME}.md:{line}:{column}");
    assert_eq!(
        diags,
        [
            format!(
                "{}: the `BSD errno` line is not in its fixed form; write it exactly as `- **BSD errno:** `ECONNRESET` (or `- **BSD errno:** none`)`",
                at(7, 1)
            ),
            format!(
                "{}: `econnreset` is not a BSD errno name; an errno name is `E` followed by upper-case letters and digits, as `ECONNRESET`; write `none` where there is none",
                at(8, 1)
            ),
            format!("{}: a second `BSD errno` line; a page states it once; keep one of this line and line 7", at(8, 1)),
            format!(
                "{}: `ConnectionRest` is not a std::io::ErrorKind variant; did you mean `ConnectionReset`?; write the variant's name as its `Debug` prints it, as `ConnectionReset` (`Uncategorized` where std maps none)",
                at(9, 1)
            ),
            format!(
                "{}: a second `std::io::ErrorKind` line; a page states it once; keep one of this line and line 9",
                at(10, 3)
            ),
            format!(
                "{}: the `std::io::ErrorKind` line is not in its fixed form; write it exactly as `- **std::io::ErrorKind:** `ConnectionReset``",
                at(10, 3)
            ),
            format!(
                "{}: a second `BSD errno` line; a page states it once; keep one of this line and line 7",
                at(14, 1)
            ),
            format!(
                "{}: the `BSD errno` line belongs in the `## Error Details` section; move it under `## Error Details`",
                at(14, 1)
            ),
        ]
    );
}

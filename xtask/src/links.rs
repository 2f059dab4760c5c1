//! `check-doc-links`: every local link and anchor in generated HTML resolves.
//!
//! Reads every `.html` file under a folder (the crate's docs, `target/doc/winerror`), and for
//! every `href` that is not an external address (`http:`, `https:`, `mailto:`, `javascript:`,
//! `data:`, `//host`) checks that the file it names exists, relative to the page, and that its
//! `#fragment`, if any, is an `id` (or `name`) of that file. Links may leave the folder (to
//! `../static.files/`, `../src/`); their targets are checked the same way. rustdoc's source-line
//! fragments (`#12` or `#12-20` on a `src/` page) are checked against the page's line count.
//! An `href` with any other scheme, such as `super::fam::A` (an intra-doc link rustdoc could not
//! resolve, which it then emits as written), is broken. Every broken link is reported, as
//! `FILE: href "…": reason`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

/// A broken link.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    /// The page that holds the link.
    pub page: PathBuf,
    /// The `href` as written.
    pub href: String,
    /// Why it does not resolve.
    pub reason: String,
}

/// What a page offers as link targets: its `id`s and `name`s.
#[derive(Default)]
struct Anchors {
    ids: HashSet<String>,
    /// The highest source line number: rustdoc numbers the lines of a `src/` page with links to
    /// themselves (`<a href=#12 data-nosnippet>12</a>`) and its script scrolls to them.
    last_line: u32,
}

/// Checks every `.html` file under `root`; returns the number of links checked and every broken
/// one, sorted.
pub fn check(root: &Path) -> Result<(usize, Vec<Broken>), String> {
    if !root.is_dir() {
        return Err(format!(
            "{} is not a folder; build the docs first (cargo doc -p winerror --no-deps)",
            root.display()
        ));
    }
    let mut pages = Vec::new();
    collect_html(root, &mut pages)?;
    pages.sort();
    let mut anchors: HashMap<PathBuf, Option<Anchors>> = HashMap::new();
    let mut checked = 0;
    let mut broken = Vec::new();
    for page in &pages {
        let text = fs::read_to_string(page).map_err(|err| format!("reading {}: {err}", page.display()))?;
        let text = unescape_json_scripts(&text);
        let directory = page.parent().unwrap_or(root);
        for href in attribute_values(&text, "href") {
            let href = decode_entities(&href);
            checked += 1;
            match scheme(&href) {
                Some(scheme) if EXTERNAL_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()) => {
                    checked -= 1;
                    continue;
                }
                Some(scheme) => {
                    broken.push(Broken {
                        page: page.clone(),
                        href: href.clone(),
                        reason: format!("{scheme:?} is no URL scheme a browser follows, nor is this a path (an unresolved intra-doc link?)"),
                    });
                    continue;
                }
                None if href.starts_with("//") => {
                    checked -= 1;
                    continue;
                }
                None => {}
            }
            let (path_part, fragment) = match href.split_once('#') {
                Some((path, fragment)) => (path, Some(fragment)),
                None => (href.as_str(), None),
            };
            let path_part = path_part.split('?').next().unwrap_or("");
            let target = if path_part.is_empty() {
                page.clone()
            } else {
                let decoded = percent_decode(path_part);
                let mut target = normalize(&directory.join(&decoded));
                if target.is_dir() {
                    target = target.join("index.html");
                }
                target
            };
            if !target.is_file() {
                broken.push(Broken { page: page.clone(), href: href.clone(), reason: "no such file".to_owned() });
                continue;
            }
            let Some(fragment) = fragment.filter(|f| !f.is_empty()) else {
                continue;
            };
            let found = anchors.entry(target.clone()).or_insert_with(|| read_anchors(&target));
            let Some(found) = found else {
                broken.push(Broken {
                    page: page.clone(),
                    href: href.clone(),
                    reason: "the target is not UTF-8 text, so it has no anchors".to_owned(),
                });
                continue;
            };
            // As a browser does: the fragment as written first, then percent-decoded (rustdoc
            // writes some ids percent-encoded, `impl-Send-for-Search%3C'q%3E`).
            if !fragment_resolves(found, fragment) && !fragment_resolves(found, &percent_decode(fragment)) {
                broken.push(Broken {
                    page: page.clone(),
                    href: href.clone(),
                    reason: format!("{} has no id {fragment:?}", target.display()),
                });
            }
        }
    }
    broken.sort();
    Ok((checked, broken))
}

/// Whether `fragment` names an anchor of the page: an `id`/`name`, or a source line or line range
/// (`12`, `12-20`) within the page's numbered lines.
fn fragment_resolves(anchors: &Anchors, fragment: &str) -> bool {
    if anchors.ids.contains(fragment) {
        return true;
    }
    let lines: Vec<&str> = fragment.splitn(2, '-').collect();
    let numbers: Option<Vec<u32>> = lines.iter().map(|n| n.parse().ok()).collect();
    match numbers.as_deref() {
        Some([line]) => *line >= 1 && *line <= anchors.last_line,
        Some([first, last]) => *first >= 1 && first <= last && *last <= anchors.last_line,
        _ => false,
    }
}

/// Every `.html` file under `folder`, recursively.
fn collect_html(folder: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(folder).map_err(|err| format!("listing {}: {err}", folder.display()))?;
    for entry in entries {
        let entry = entry.map_err(|err| format!("listing {}: {err}", folder.display()))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|err| format!("{}: {err}", path.display()))?;
        if kind.is_dir() {
            collect_html(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    Ok(())
}

/// The anchors of the page at `path`, or `None` where it is not UTF-8 text.
fn read_anchors(path: &Path) -> Option<Anchors> {
    let text = fs::read_to_string(path).ok()?;
    let mut anchors = Anchors::default();
    for attribute in ["id", "name"] {
        for value in attribute_values(&text, attribute) {
            anchors.ids.insert(decode_entities(&value));
        }
    }
    for href in attribute_values(&text, "href") {
        if let Some(line) = href.strip_prefix('#').and_then(|n| n.parse::<u32>().ok()) {
            anchors.last_line = anchors.last_line.max(line);
        }
    }
    Some(anchors)
}

/// The values of every `NAME="…"`, `NAME='…'` or unquoted `NAME=…` attribute in `html` (a plain
/// scan: the attribute name must follow whitespace, as inside a tag; rustdoc leaves some values
/// unquoted).
fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let mut values = Vec::new();
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(found) = html[from..].find(name) {
        let start = from + found;
        from = start + name.len();
        if start == 0 || !bytes[start - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = &html[from..];
        let Some(rest) = rest.strip_prefix('=') else { continue };
        match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let Some(end) = rest[1..].find(quote) else { continue };
                values.push(rest[1..1 + end].to_owned());
            }
            Some(c) if !c.is_ascii_whitespace() && c != '>' => {
                let end = rest.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(rest.len());
                values.push(rest[..end].to_owned());
            }
            _ => {}
        }
    }
    values
}

/// The URL schemes of links that leave the local files, which are not checked.
const EXTERNAL_SCHEMES: &[&str] = &["http", "https", "mailto", "javascript", "data", "ftp"];

/// The scheme an `href` starts with (`https` in `https://…`), if any: what comes before a `:`
/// that precedes any `/`, `?` or `#`. `super::fam::A` has the scheme `super`, which is how a
/// browser reads it too.
fn scheme(href: &str) -> Option<&str> {
    let colon = href.find(':')?;
    let path_end = href.find(['/', '?', '#']).unwrap_or(href.len());
    let scheme = &href[..colon];
    (colon < path_end
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

/// `html` with the JSON string escapes (`\"`, `\/`) undone inside `<script type="text/json">`
/// elements, where rustdoc keeps HTML it renders later (the "notable traits" pop-ups), so that
/// their links are checked like the rest.
fn unescape_json_scripts(html: &str) -> String {
    const OPEN: &str = "<script type=\"text/json\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        let end = rest[start..].find("</script>").map_or(rest.len(), |end| start + end);
        out.push_str(&rest[..start]);
        out.push_str(&rest[start..end].replace("\\\"", "\"").replace("\\/", "/"));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `&amp;`, `&quot;`, `&#39;`, `&lt;` and `&gt;` decoded.
fn decode_entities(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// `%XX` escapes decoded (invalid ones kept as written).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%'
            && let Some(byte) = text.get(at + 1..at + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            at += 3;
            continue;
        }
        out.push(bytes[at]);
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `path` with `.` and `..` resolved lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Prints the report; true when every link resolves.
pub fn run(root: &Path) -> Result<bool, String> {
    let (checked, broken) = check(root)?;
    let mut by_page: BTreeMap<&Path, usize> = BTreeMap::new();
    for link in &broken {
        *by_page.entry(&link.page).or_default() += 1;
        println!("{}: href {:?}: {}", link.page.display(), link.href, link.reason);
    }
    println!(
        "check-doc-links: {checked} local links checked under {}, {} broken on {} pages",
        root.display(),
        broken.len(),
        by_page.len()
    );
    Ok(broken.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch tree of pages: (relative path, text).
    fn tree(files: &[(&str, &str)]) -> tempdir::Scratch {
        let scratch = tempdir::Scratch::new();
        for (path, text) in files {
            let path = scratch.path().join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        scratch
    }

    /// A minimal self-cleaning temporary folder (xtask has no dev-dependencies).
    mod tempdir {
        use std::path::{Path, PathBuf};
        use std::sync::atomic::{AtomicUsize, Ordering};

        pub struct Scratch(PathBuf);

        impl Scratch {
            pub fn new() -> Scratch {
                static NEXT: AtomicUsize = AtomicUsize::new(0);
                let n = NEXT.fetch_add(1, Ordering::Relaxed);
                let path = std::env::temp_dir().join(format!("xtask-links-{}-{n}", std::process::id()));
                let _ = std::fs::remove_dir_all(&path);
                std::fs::create_dir_all(&path).unwrap();
                Scratch(path)
            }

            pub fn path(&self) -> &Path {
                &self.0
            }
        }

        impl Drop for Scratch {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    const GOOD: &[(&str, &str)] = &[
        (
            "doc/krate/index.html",
            r##"<a href="fam/index.html">f</a> <a href="fam/">dir</a> <a href="#top">t</a> <a href="">self</a>
            <h1 id="top">x</h1> <a href="https://example.com/x#y">out</a> <a href='mailto:a@b'>m</a>
            <link href="../static.files/s.css"> <a href="../src/krate/lib.rs.html#3-4">src</a> <a href="#">none</a>
            <a href="fam/constant.A.html?search=x#impl%20A">q</a>"##,
        ),
        (
            "doc/krate/fam/index.html",
            r##"<a href="constant.A.html#method.raw">A</a> <a href="../index.html#top">up</a>"##,
        ),
        (
            "doc/krate/fam/constant.A.html",
            r#"<section id="method.raw"></section><div id="impl A"></div>
            <script type="text/json" id="notable-traits-data">{"A":"<a class=\"struct\" href=\"constant.A.html#impl%20A\">A</a>"}</script>"#,
        ),
        ("doc/static.files/s.css", "body {}"),
        (
            "doc/src/krate/lib.rs.html",
            r##"<a href=#1 data-nosnippet>1</a><a href=#2>2</a><a href=#3>3</a><a href=#4>4</a>"##,
        ),
    ];

    #[test]
    fn a_tree_whose_links_all_resolve_passes() {
        let scratch = tree(GOOD);
        let (checked, broken) = check(&scratch.path().join("doc/krate")).unwrap();
        assert_eq!(broken, []);
        assert_eq!(checked, 11);
    }

    #[test]
    fn planted_broken_links_and_anchors_are_all_reported() {
        let mut files = GOOD.to_vec();
        files.push((
            "doc/krate/fam/constant.B.html",
            r##"<p><a href="super::fam::A">dead</a> <a href="constant.A.html#missing">anchor</a>
            <a href="../../src/krate/lib.rs.html#3-9">lines</a> <a href="#nowhere">self</a></p>"##,
        ));
        let scratch = tree(&files);
        let (_, broken) = check(&scratch.path().join("doc/krate")).unwrap();
        let found: Vec<(&str, &str)> = broken.iter().map(|b| (b.href.as_str(), b.reason.as_str())).collect();
        assert_eq!(found.len(), 4, "{broken:#?}");
        assert_eq!(found[0], ("#nowhere", found[0].1));
        assert!(found.iter().any(|(href, reason)| *href == "super::fam::A" && reason.contains("intra-doc")));
        assert!(found.iter().any(|(href, reason)| *href == "constant.A.html#missing" && reason.contains("no id")));
        assert!(found.iter().any(|(href, _)| *href == "../../src/krate/lib.rs.html#3-9"));
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let scratch = tree(&[]);
        assert!(check(&scratch.path().join("absent")).unwrap_err().contains("build the docs first"));
    }

    #[test]
    fn schemes_are_told_from_paths() {
        for (href, expected) in [("https://a", "https"), ("mailto:x", "mailto"), ("javascript:void(0)", "javascript")] {
            assert_eq!(scheme(href), Some(expected));
        }
        assert_eq!(scheme("super::fam::A"), Some("super"));
        for local in ["a.html", "../a.html#b:c", "#x", "", "a/b:c.html", "//cdn/x"] {
            assert_eq!(scheme(local), None, "{local}");
        }
    }

    #[test]
    fn attributes_are_read_only_inside_tags() {
        let html = r#"<a href="x.html" data-href="no" class='c'>href="text"</a><b id='i'><a href=#3 id=k>"#;
        assert_eq!(attribute_values(html, "href"), ["x.html", "#3"]);
        assert_eq!(attribute_values(html, "id"), ["i", "k"]);
    }
}

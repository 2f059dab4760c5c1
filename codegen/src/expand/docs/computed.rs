//! Sections no single page can know: computed over the whole catalogue.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::constant::facts_links;
use super::{LinkScope, link, message_inline, value};
use crate::check::{Catalogue, Entry};

/// What the computed sections need, gathered once for the whole catalogue.
#[derive(Debug)]
pub struct CatalogueIndex<'a> {
    /// Entry indexes by official message (empty unless asked for: only whole pages use it).
    by_message: HashMap<&'a str, Vec<usize>>,
    /// Entry indexes of each family, in (code, name) order.
    family_members: Vec<Vec<usize>>,
    /// The position of each entry in its family's list.
    position_in_family: Vec<usize>,
}

impl<'a> CatalogueIndex<'a> {
    /// Indexes `catalogue`; by message too when `messages` (for [`sections`]).
    pub fn new(catalogue: &'a Catalogue, messages: bool) -> Self {
        let mut by_message: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut family_members = vec![Vec::new(); catalogue.families.len()];
        let mut position_in_family = Vec::with_capacity(catalogue.entries.len());
        for (index, entry) in catalogue.entries.iter().enumerate() {
            if messages {
                by_message.entry(entry.page.message.as_str()).or_default().push(index);
            }
            let members = &mut family_members[entry.family];
            position_in_family.push(members.len());
            members.push(index);
        }
        CatalogueIndex { by_message, family_members, position_in_family }
    }

    /// The entry indexes of a family, in code order.
    pub fn family_members(&self, family: usize) -> &[usize] {
        &self.family_members[family]
    }
}

/// The computed sections of entry `at`: names sharing its value, errors sharing its message,
/// and its neighbours in the family.
///
/// They add what the page does not already say. The value and header are in the facts table
/// above, so they are not restated. An error the page itself names (in its prose or its
/// Related Errors) is left out of Same message, and is named in fewer words, without a second
/// link, in Same value (where the other header is the news) and among the neighbours.
pub fn sections(catalogue: &Catalogue, index: &CatalogueIndex<'_>, at: usize) -> String {
    let entry = &catalogue.entries[at];
    let mut named = NamedOnPage::of(catalogue, entry);
    let mut doc = String::new();
    let same_value = same_value(catalogue, at);
    if !same_value.is_empty() {
        let _ = writeln!(doc, "## Same value, other header\n");
        let _ = writeln!(
            doc,
            "Another SDK header defines this value too; read it in the context of the API that returned it.\n"
        );
        for other in same_value {
            let header = catalogue.header(other);
            match named.where_named(&other.page.name) {
                Some(place) => {
                    let _ = writeln!(doc, "- `{}` in `{header}`, {place}.", other.page.name);
                }
                None => {
                    let _ =
                        writeln!(doc, "- {} in `{header}`: {}", link(catalogue, other, SCOPE), message_inline(other));
                    named.listed.insert(&other.page.name, SAME_VALUE);
                }
            }
        }
        doc.push('\n');
    }
    let same_message: Vec<&Entry> = index
        .by_message
        .get(entry.page.message.as_str())
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter(|&&other| other != at)
        .map(|&other| &catalogue.entries[other])
        .collect();
    let (already, others): (Vec<&Entry>, Vec<&Entry>) =
        same_message.into_iter().partition(|other| named.where_named(&other.page.name).is_some());
    if !others.is_empty() {
        let _ = writeln!(doc, "## Same message\n");
        let besides = match already.len() {
            0 => String::new(),
            1 => " (besides the one named above)".to_owned(),
            n => format!(" (besides the {n} named above)"),
        };
        let _ = writeln!(doc, "These errors carry the same official message{besides}; the name tells them apart.\n");
        for other in others {
            let _ = write!(doc, "- {} {}", link(catalogue, other, SCOPE), value(catalogue, other));
            if other.family != entry.family {
                let _ = write!(doc, ", {}", family_link(catalogue, other));
            }
            doc.push('\n');
            named.listed.insert(&other.page.name, SAME_MESSAGE);
        }
        doc.push('\n');
    }
    let family = &catalogue.families[entry.family];
    let members = index.family_members(entry.family);
    let position = index.position_in_family[at];
    let _ = writeln!(doc, "## Neighbours in {}\n", family.title);
    let neighbours = [("Previous", position.checked_sub(1)), ("Next", Some(position + 1))];
    for (label, position) in neighbours {
        match position.and_then(|p| members.get(p)) {
            Some(&other) => {
                let other = &catalogue.entries[other];
                let _ = match named.where_named(&other.page.name) {
                    Some(place) => writeln!(doc, "- {label}: `{}`, {place}.", other.page.name),
                    None => writeln!(
                        doc,
                        "- {label}: {} {}: {}",
                        link(catalogue, other, SCOPE),
                        value(catalogue, other),
                        message_inline(other)
                    ),
                };
            }
            None => {
                let end = if label == "Previous" { "first" } else { "last" };
                let _ = writeln!(doc, "- {label}: none, this is the {end} code of the family.");
            }
        }
    }
    doc
}

/// The computed sections are part of a constant's doc.
const SCOPE: LinkScope = LinkScope::Constant;

/// Where a list item points for an error listed under Same value.
const SAME_VALUE: &str = "under [Same value](#same-value-other-header)";
/// Where a list item points for an error listed under Same message.
const SAME_MESSAGE: &str = "under [Same message](#same-message)";

/// The other errors a page names, and where, so the computed sections do not repeat them.
#[derive(Debug, Default)]
pub(super) struct NamedOnPage<'p> {
    /// Names leading an item of the page's Related Errors.
    related: HashSet<&'p str>,
    /// Names used anywhere else in the page's body.
    prose: HashSet<&'p str>,
    /// Names the facts table links (the same error in the other space).
    facts: HashSet<&'p str>,
    /// Names a computed section has already linked, with where.
    listed: HashMap<&'p str, &'static str>,
}

impl<'p> NamedOnPage<'p> {
    /// What `entry`'s page names, among the errors of `catalogue`.
    pub(super) fn of(catalogue: &'p Catalogue, entry: &'p Entry) -> Self {
        let page = &entry.page;
        let text = page.source.text.as_str();
        let mut named = NamedOnPage::default();
        named.related.extend(page.related.iter().map(|related| related.name.as_str()));
        let in_body = page.name_uses.iter().filter(|used| used.range.start >= page.body_start);
        named.prose.extend(in_body.map(|used| used.name(text)).filter(|name| catalogue.get(name).is_some()));
        named.facts.extend(facts_links(catalogue, entry).into_iter().map(|other| other.page.name.as_str()));
        named
    }

    /// Where the page names `name`, in the words of a list item that points there (`in
    /// [Related Errors](#related-errors)`, `named above`, `under [Same message](#same-message)`);
    /// `None` when it does not.
    pub(super) fn where_named(&self, name: &str) -> Option<&'static str> {
        if self.related.contains(name) {
            Some("in [Related Errors](#related-errors)")
        } else if self.prose.contains(name) {
            Some("named above")
        } else if self.facts.contains(name) {
            Some("in the table above")
        } else {
            self.listed.get(name).copied()
        }
    }
}

/// The other entries of the same space with the same value (entries are sorted by space and
/// code, so they are adjacent).
fn same_value(catalogue: &Catalogue, at: usize) -> Vec<&Entry> {
    let key = |e: &Entry| (catalogue.space(e), e.page.code);
    let wanted = key(&catalogue.entries[at]);
    let first = catalogue.entries.partition_point(|e| key(e) < wanted);
    catalogue.entries[first..]
        .iter()
        .enumerate()
        .take_while(|(_, e)| key(e) == wanted)
        .filter(|(offset, _)| first + offset != at)
        .map(|(_, e)| e)
        .collect()
}

/// "family [`ipsec`]": a link to the module of an entry's family.
fn family_link(catalogue: &Catalogue, entry: &Entry) -> String {
    format!("family [`{0}`](super::{0})", catalogue.families[entry.family].module)
}

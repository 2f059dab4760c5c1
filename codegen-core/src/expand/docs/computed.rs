//! Sections no single page can know: computed over the whole catalogue.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{link, message_inline, value};
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

/// The computed sections of entry `index`: names sharing its value, errors sharing its message,
/// and its neighbours in the family.
pub fn sections(catalogue: &Catalogue, index: &CatalogueIndex<'_>, at: usize) -> String {
    let entry = &catalogue.entries[at];
    let mut doc = String::new();
    let same_value = same_value(catalogue, at);
    if !same_value.is_empty() {
        let _ = writeln!(doc, "## Same value, other header\n");
        let _ = writeln!(
            doc,
            "The value {} is defined by more than one SDK header; read it in the context of the API that \
             returned it.\n",
            entry.page.code
        );
        for other in same_value {
            let _ = writeln!(
                doc,
                "- {} in `{}`: {}",
                link(catalogue, other),
                catalogue.header(other),
                message_inline(other)
            );
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
    if !same_message.is_empty() {
        let _ = writeln!(doc, "## Same message\n");
        let _ = writeln!(doc, "These errors carry the same official message; the name tells them apart.\n");
        for other in same_message {
            let _ = writeln!(
                doc,
                "- {} ({}), {}",
                link(catalogue, other),
                value(catalogue, other),
                family_link(catalogue, other)
            );
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
                let _ = writeln!(
                    doc,
                    "- {label}: {} ({}): {}",
                    link(catalogue, other),
                    value(catalogue, other),
                    message_inline(other)
                );
            }
            None => {
                let end = if label == "Previous" { "first" } else { "last" };
                let _ = writeln!(doc, "- {label}: none, this is the {end} code of the family.");
            }
        }
    }
    doc
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

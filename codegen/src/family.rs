//! The family model: what phase 2 makes of a family folder's index page.

use crate::load::SourceFile;
use crate::page::{Fence, Mention, NameUse};
use crate::space::Space;

/// A family of errors: one folder, one module, one SDK header.
#[derive(Clone, Debug)]
pub struct Family {
    /// The module name (the folder name).
    pub module: String,
    /// The title from the index page's H1.
    pub title: String,
    /// The SDK header every page of the family belongs to.
    pub header: &'static str,
    /// The numeric space of every page of the family (`Space:` on the index page).
    pub space: Space,
    /// The introduction: the Markdown source after the header line, as written.
    pub intro: String,
    /// The code blocks of [`Family::intro`], whose info strings the expansion rewrites as in
    /// error pages.
    pub intro_fences: Vec<Fence>,
    /// The words and code spans of [`Family::intro`] that may be error names, outside links and
    /// code blocks, in order; the expansion links those the catalogue knows.
    pub intro_names: Vec<NameUse>,
    /// Every `NAME (DECIMAL - 0xHEX)` and `NAME (0xHEX)` of the index page, located in
    /// [`Family::source`]; the check holds them to the rule of error pages.
    pub mentions: Vec<Mention>,
    /// The index page (empty when the folder has none).
    pub source: SourceFile,
}

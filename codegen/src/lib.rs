//! The catalogue side of the winerror pipeline, everything that reads no Markdown: reading the
//! docs folder ([`load`]: file and folder rules), the page and family models the Markdown phase
//! fills in ([`page`], [`family`]) with the title and mention syntax ([`grammar`]), the
//! catalogue-wide rules ([`check`]), and the Rust the catalogue becomes ([`expand`](mod@expand):
//! rustdoc sections in `expand/docs`, lookup tables in `expand/tables`).
//!
//! Where a rule goes: a rule about one page's Markdown blocks goes to `winerror-pages`; a title
//! or mention syntax rule to [`grammar`]; a rule over the whole catalogue to [`check`]; a
//! section of the generated documentation to `expand/docs`; a lookup table to `expand/tables`.
//!
//! `winerror-pages` holds the Markdown phase and the entry points and re-exports all of this.
//! The split is for the builds that depend on the catalogue: with no dependency on
//! pulldown-cmark, this crate compiles while the Markdown parser does, instead of after it.
#![deny(missing_docs)]

pub mod bits;
pub mod check;
pub mod diagnostic;
pub mod expand;
pub mod family;
pub mod grammar;
pub mod load;
pub mod page;
pub mod parallel;
mod sort;
pub mod space;

pub use check::Catalogue;
pub use diagnostic::{Diagnostic, Diagnostics, Location};
pub use expand::{ExpandOptions, expand_source};
pub use space::Space;

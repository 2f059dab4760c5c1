//! The parts of the winerror pipeline that read no Markdown: phase 1 ([`load`]), the page and
//! family models phase 2 fills in ([`page`], [`family`]), phase 3 ([`check`]) and phase 4
//! ([`expand`](mod@expand)).
//!
//! The pipeline's one Markdown phase, and its entry points, are in `winerror-codegen`, which
//! re-exports all of this. The split is for the builds that depend on the catalogue: with no
//! dependency on pulldown-cmark, this crate compiles while the Markdown parser does, instead of
//! after it.
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

//! Tests of the phases that live in `winerror-codegen`, run here because they need the
//! Markdown phase to build their catalogues.

mod check;
mod docs;
mod load;
mod spaces;

//! Support shared by the workspace's integration tests (`tests/tests/`, `cli/tests/`): the
//! reference data of documented error codes, read from beside the project, and the checks on the
//! pages' prose.
#![deny(missing_docs)]

pub mod prose;
pub mod reference;

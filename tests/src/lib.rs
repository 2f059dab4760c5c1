//! Support shared by the workspace's integration tests (`tests/tests/`, `cli/tests/`): the
//! reference table of documented error codes, read from beside the project.
#![deny(missing_docs)]

pub mod reference;

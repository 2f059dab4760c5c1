//! Integration and compile-fail tests live under `tests/`.

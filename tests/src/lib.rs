//! Integration and compile-fail tests of the winerror workspace live under `tests/tests/`.

//! Rule: a wrong mention in a page saved with a byte order mark and CRLF line endings is located
//! on its own line and column, as in the same page without them.
#![allow(dead_code, unused_imports)]

winerror_macros::catalogue!("windows_editor/docs", runtime = ::winerror);

fn main() {}

//! Every constant of the catalogue has the value windows-sys gives the same name.

#[allow(clippy::wildcard_imports, reason = "the generated pairs name each constant unqualified, as the SDK does")]
use windows_sys::Win32::{
    Foundation::*, Networking::WinHttp::*, Networking::WinInet::*, Networking::WinSock::*, System::Rpc::*,
};

/// (name, the catalogue's value, windows-sys's value), one per page.
#[allow(clippy::unnecessary_cast, reason = "windows-sys types vary by header (u32, i32); every value is cast")]
const PAIRS: &[(&str, u32, u32)] = include!(concat!(env!("OUT_DIR"), "/windows_sys_pairs.rs"));

#[test]
fn every_value_matches_windows_sys() {
    assert_eq!(PAIRS.len(), winerror::pages().len(), "one pair per page");
    let wrong: Vec<_> = PAIRS.iter().filter(|(_, ours, theirs)| ours != theirs).collect();
    assert!(wrong.is_empty(), "values that differ from windows-sys: {wrong:?}");
}

#[test]
fn windows_sys_values_match_constants_directly() {
    // windows-sys values are plain integers; they compare with the catalogue's constants.
    assert_eq!(winerror::ERROR_ACCESS_DENIED.raw(), ERROR_ACCESS_DENIED);
    assert_eq!(winerror::WSAECONNRESET.raw() as i32, WSAECONNRESET);
    assert_eq!(winerror::ERROR_WINHTTP_TIMEOUT.raw(), ERROR_WINHTTP_TIMEOUT);
}

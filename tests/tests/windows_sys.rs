//! Every constant of the catalogue, in every space, has the value windows-sys gives the same
//! name, and so has every facility name.

#[allow(clippy::wildcard_imports, reason = "the generated pairs name each constant unqualified, as the SDK does")]
use windows_sys::Win32::{
    Foundation::*, Networking::WinHttp::*, Networking::WinInet::*, Networking::WinSock::*, Security::Credentials::*,
    System::Com::Urlmon::*, System::Diagnostics::Debug::*, System::Rpc::*,
};

/// (name, the catalogue's value's bits, windows-sys's value), one per page windows-sys names.
#[allow(clippy::unnecessary_cast, reason = "windows-sys types vary by header (u32, i32); every value is cast")]
const PAIRS: &[(&str, u32, u32)] = include!(concat!(env!("OUT_DIR"), "/windows_sys_pairs.rs"));

/// (name, the catalogue's value's bits) of the HRESULTs windows-sys does not define.
const ABSENT: &[(&str, u32)] = include!(concat!(env!("OUT_DIR"), "/windows_sys_absent.rs"));

/// (name, the catalogue's value, windows-sys's value) of every facility the catalogue names.
#[allow(clippy::unnecessary_cast, reason = "windows-sys types the two kinds of facility differently")]
const FACILITIES: &[(&str, u32, u32)] = include!(concat!(env!("OUT_DIR"), "/windows_sys_facilities.rs"));

#[test]
fn every_value_matches_windows_sys() {
    assert_eq!(PAIRS.len() + ABSENT.len(), winerror::pages().len(), "one pair per page");
    assert_eq!(ABSENT.len(), 25, "the HRESULTs windows-sys does not define all have pages");
    assert!(
        ABSENT
            .iter()
            .all(|(name, _)| winerror::by_name(name).is_some_and(|page| page.space() == winerror::Space::HResult))
    );
    let wrong: Vec<_> = PAIRS.iter().filter(|(_, ours, theirs)| ours != theirs).collect();
    assert!(wrong.is_empty(), "values that differ from windows-sys: {wrong:?}");
}

#[test]
fn windows_sys_values_match_constants_directly() {
    // windows-sys values are plain integers; they compare with the catalogue's constants.
    assert_eq!(winerror::ERROR_ACCESS_DENIED.raw(), ERROR_ACCESS_DENIED);
    assert_eq!(winerror::WSAECONNRESET.raw() as i32, WSAECONNRESET);
    assert_eq!(winerror::ERROR_WINHTTP_TIMEOUT.raw(), ERROR_WINHTTP_TIMEOUT);
    assert_eq!(winerror::SEC_E_UNTRUSTED_ROOT.raw(), SEC_E_UNTRUSTED_ROOT);
    assert_eq!(winerror::STATUS_CONNECTION_RESET.raw(), STATUS_CONNECTION_RESET);
}

#[test]
fn the_nine_disagreements_have_the_header_values_windows_sys_has() {
    let header_values = [
        (winerror::SEC_I_CONTINUE_NEEDED_MESSAGE_OK, SEC_I_CONTINUE_NEEDED_MESSAGE_OK, 0x0009_0366),
        (winerror::ONL_E_INVALID_AUTHENTICATION_TARGET, ONL_E_INVALID_AUTHENTICATION_TARGET, 0x8086_0001),
        (winerror::ONL_E_ACCESS_DENIED_BY_TOU, ONL_E_ACCESS_DENIED_BY_TOU, 0x8086_0002),
        (winerror::TPM_20_E_KEY_SIZE, TPM_20_E_KEY_SIZE, 0x8028_0087),
        (winerror::TPM_20_E_MGF, TPM_20_E_MGF, 0x8028_0088),
        (winerror::TPM_20_E_KEY, TPM_20_E_KEY, 0x8028_009C),
        (winerror::TPM_20_E_PRIVATE, TPM_20_E_PRIVATE, 0x8028_010B),
        (winerror::ERROR_MONITOR_NO_DESCRIPTOR, ERROR_MONITOR_NO_DESCRIPTOR, 0x0026_1001),
        (winerror::ERROR_MONITOR_UNKNOWN_DESCRIPTOR_FORMAT, ERROR_MONITOR_UNKNOWN_DESCRIPTOR_FORMAT, 0x0026_1002),
    ];
    for (ours, theirs, header) in header_values {
        assert_eq!((ours.bits(), theirs as u32), (header, header), "{ours:?}");
    }
}

#[test]
fn every_facility_name_matches_windows_sys() {
    assert_eq!(FACILITIES.len(), 144 + 55);
    let wrong: Vec<_> = FACILITIES.iter().filter(|(_, ours, theirs)| ours != theirs).collect();
    assert!(wrong.is_empty(), "facilities that differ from windows-sys: {wrong:?}");
    assert_eq!(winerror::SEC_E_UNTRUSTED_ROOT.facility().value() as u32, FACILITY_SECURITY);
    assert_eq!(winerror::SEC_E_UNTRUSTED_ROOT.facility().name(), Some("FACILITY_SECURITY"));
}

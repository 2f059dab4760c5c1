//! Writes, for every page of `docs/`, a pair of the catalogue's value and windows-sys's value
//! of the same name, so `tests/windows_sys.rs` compares them all (but for the 25 HRESULTs
//! windows-sys does not have), and the same for every facility name the catalogue knows.

use std::fmt::Write as _;
use std::path::Path;

use winerror_pages::bits::{HRESULT_FACILITIES, NT_FACILITIES};
use winerror_pages::space::Space;

/// The HRESULT names of the reference table that windows-sys 0.61 does not define (its README
/// lists them: 22 `DXGI_ERROR_*` and three others); their values are the documentation's.
pub const ABSENT_FROM_WINDOWS_SYS: [&str; 25] = [
    "CRYPT_E_OBJECT_LOCATOR_NOT_FOUND",
    "FVE_E_PROTECTOR_CHANGE_BY_STD_USER_DISALLOWED",
    "ERROR_CTLOG_INCONSISTANT_TRACKING_FILE",
    "DXGI_ERROR_INVALID_CALL",
    "DXGI_ERROR_NOT_FOUND",
    "DXGI_ERROR_MORE_DATA",
    "DXGI_ERROR_UNSUPPORTED",
    "DXGI_ERROR_DEVICE_REMOVED",
    "DXGI_ERROR_DEVICE_HUNG",
    "DXGI_ERROR_DEVICE_RESET",
    "DXGI_ERROR_WAS_STILL_DRAWING",
    "DXGI_ERROR_FRAME_STATISTICS_DISJOINT",
    "DXGI_ERROR_GRAPHICS_VIDPN_SOURCE_IN_USE",
    "DXGI_ERROR_DRIVER_INTERNAL_ERROR",
    "DXGI_ERROR_NONEXCLUSIVE",
    "DXGI_ERROR_NOT_CURRENTLY_AVAILABLE",
    "DXGI_ERROR_REMOTE_CLIENT_DISCONNECTED",
    "DXGI_ERROR_REMOTE_OUTOFMEMORY",
    "DXGI_ERROR_ACCESS_LOST",
    "DXGI_ERROR_WAIT_TIMEOUT",
    "DXGI_ERROR_SESSION_DISCONNECTED",
    "DXGI_ERROR_RESTRICT_TO_OUTPUT_STALE",
    "DXGI_ERROR_CANNOT_PROTECT_CONTENT",
    "DXGI_ERROR_ACCESS_DENIED",
    "DXGI_ERROR_MODE_CHANGE_IN_PROGRESS",
];

fn main() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
    println!("cargo:rerun-if-changed={}", docs.display());
    let checked = winerror_pages::check_folder(&docs);
    let mut pairs = String::from("&[\n");
    let mut absent = String::from("&[\n");
    for entry in &checked.catalogue.entries {
        let name = &entry.page.name;
        let bits = if checked.catalogue.space(entry) == Space::Win32 { "raw()" } else { "bits()" };
        if ABSENT_FROM_WINDOWS_SYS.contains(&name.as_str()) {
            let _ = writeln!(absent, "    (\"{name}\", winerror::{name}.{bits}),");
        } else {
            let _ = writeln!(pairs, "    (\"{name}\", winerror::{name}.{bits}, {name} as u32),");
        }
    }
    pairs.push(']');
    absent.push(']');
    let mut facilities = String::from("&[\n");
    for (value, name) in HRESULT_FACILITIES.iter().chain(&NT_FACILITIES) {
        let _ = writeln!(facilities, "    (\"{name}\", {value}, {name} as u32),");
    }
    facilities.push(']');
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    for (file, text) in
        [("windows_sys_pairs.rs", pairs), ("windows_sys_absent.rs", absent), ("windows_sys_facilities.rs", facilities)]
    {
        std::fs::write(out.join(file), text).expect("OUT_DIR is writable");
    }
}

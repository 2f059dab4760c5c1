//! Which family folder (`docs/FAMILY/`) an error belongs to.
//!
//! A family is one folder, one Rust module, one SDK header and one numeric space. The mapping is
//! [`family_of`]; [`FAMILIES`] lists every family with the title and the short
//! introduction the importer writes when it has to create an index page.

use crate::spaces;

/// One family folder.
#[derive(Debug)]
pub struct Family {
    /// Folder name under `docs/`, also the Rust module name.
    pub dir: &'static str,
    /// Title of the index page (`# Title`).
    pub title: &'static str,
    /// The header line value: every page of the folder comes from this header.
    pub header: &'static str,
    /// The space line value (`win32`, `hresult` or `ntstatus`); `win32` is not written.
    pub space: &'static str,
    /// One-sentence introduction for a newly created index page.
    pub summary: &'static str,
}

/// Shorthand for the table below.
const fn family(dir: &'static str, title: &'static str, header: &'static str, summary: &'static str) -> Family {
    Family { dir, title, header, space: WIN32, summary }
}

/// Header name of the system error codes.
const WINERROR: &str = "winerror.h";

/// The space of Win32 codes, the default.
pub const WIN32: &str = "win32";

/// Every family, in value order.
pub const FAMILIES: &[Family] = &[
    family("system", "Basic system errors", WINERROR, "The basic system error codes from 0 to 499."),
    family(
        "kernel",
        "Kernel and executive errors",
        WINERROR,
        "System error codes from 500 to 999, most of them kernel status values surfaced as Win32 errors.",
    ),
    family(
        "base_services",
        "Registry, services, devices and connections",
        WINERROR,
        "System error codes from 1000 to 1299.",
    ),
    family("security", "Security, accounts and logon", WINERROR, "System error codes from 1300 to 1399."),
    family(
        "user_interface",
        "Windows, menus and other user-interface errors",
        WINERROR,
        "System error codes from 1400 to 1599.",
    ),
    family(
        "installer",
        "Windows Installer",
        WINERROR,
        "System error codes from 1600 to 1699, reported by Windows Installer.",
    ),
    family("rpc", "Remote procedure call (RPC)", WINERROR, "RPC runtime, endpoint mapper and object resolver errors."),
    family(
        "printing",
        "Printing, color management and trust",
        WINERROR,
        "System error codes from 1700 to 3999 that are not RPC errors.",
    ),
    family("peerdist", "BranchCache (peer distribution)", WINERROR, "BranchCache errors, PEERDIST_ERROR_*."),
    family("wmi", "Windows Management Instrumentation", WINERROR, "WMI errors, ERROR_WMI_*."),
    family(
        "removable_storage",
        "Removable storage and other 4000-range errors",
        WINERROR,
        "System error codes from 4000 to 4999 that have no family of their own.",
    ),
    family(
        "cluster",
        "Failover clustering",
        WINERROR,
        "System error codes from 5000 to 5999, reported by failover clustering.",
    ),
    family("efs", "Encrypting File System", WINERROR, "System error codes from 6000 to 6599."),
    family("clfs", "Common Log File System", WINERROR, "System error codes from 6600 to 6699."),
    family(
        "transaction",
        "Kernel transactions and transactional NTFS",
        WINERROR,
        "System error codes from 6700 to 6999.",
    ),
    family("terminal_services", "Terminal Services", WINERROR, "System error codes from 7000 to 7999."),
    family("frs", "File Replication Service", WINERROR, "System error codes from 8000 to 8199."),
    family("ds", "Directory service", WINERROR, "Active Directory errors: ERROR_DS_* and the 8200 to 8999 range."),
    family("dns", "DNS", WINERROR, "DNS client and server errors, DNS_*."),
    family("winsock", "Windows Sockets", WINERROR, "Windows Sockets errors, WSA*."),
    family("ipsec", "IPsec and IKE", WINERROR, "IPsec policy, IKE negotiation and IPsec driver errors."),
    family("sxs", "Side-by-side assemblies", WINERROR, "System error codes from 14000 to 14999."),
    family("event_log", "Windows Event Log", WINERROR, "System error codes from 15000 to 15099."),
    family("resources", "MUI and resource management", WINERROR, "System error codes from 15100 to 15199."),
    family("hardware", "Monitors, GPIO and run levels", WINERROR, "System error codes from 15200 to 15599."),
    family("appx", "App packages and app state", WINERROR, "System error codes from 15600 to 15999."),
    family("winhttp", "WinHTTP", "winhttp.h", "Errors of the WinHTTP API."),
    family("wininet", "WinINet", "wininet.h", "Errors of the WinINet API."),
];

/// Maps a reference row (name, value, header) to its family folder.
///
/// The rules, first match wins:
///
/// 1. `winhttp.h` rows go to `winhttp`, `wininet.h` rows to `wininet`.
/// 2. `winerror.h` rows whose name carries a component prefix go to that
///    component's family wherever their value lies: `ERROR_DS_*` (one sits
///    at 643) to `ds`; `DNS_*`/`ERROR_DNS*` to `dns`; `WSA*` to `winsock`;
///    `ERROR_IPSEC_*`/`WARNING_IPSEC_*` to `ipsec`; `RPC_*`, `EPT_*` (endpoint
///    mapper) and `OR_*` (the DCOM object resolver, RPC's close relative) to
///    `rpc`; `PEERDIST_*` to `peerdist`; `ERROR_WMI_*` to `wmi`.
/// 3. Every other `winerror.h` row goes by value. The blocks follow the SDK's
///    own allocation (the "System Error Codes" pages 0-499 ... 12000-15999),
///    cut further where a component owns a block (clustering 5000s, CLFS
///    6600s, KTM 6700s, terminal services 7000s, FRS 8000s, SxS 14000s, ...)
///    so that no folder holds much more than 400 pages.
///
/// HRESULT and NTSTATUS rows go by facility, [`spaces::hresult_family`] and
/// [`spaces::ntstatus_family`].
pub fn family_of(name: &str, code: u32, header: &str, space: &str) -> Result<&'static Family, String> {
    let uncovered = || format!("{name} (0x{code:08X}): no family covers this value");
    let dir = match (space, header) {
        ("hresult", _) => spaces::hresult_family(name, code).ok_or_else(uncovered)?,
        ("ntstatus", _) => spaces::ntstatus_family(code).ok_or_else(uncovered)?,
        (_, "winhttp.h") => "winhttp",
        (_, "wininet.h") => "wininet",
        (_, WINERROR) => {
            winerror_family(name, code).ok_or_else(|| format!("{name} ({code}): no family covers this value"))?
        }
        (_, other) => return Err(format!("{name}: unknown header {other:?}")),
    };
    find(dir).ok_or_else(|| format!("family {dir} is missing from FAMILIES"))
}

/// Rules 2 and 3 of [`family_of`], for `winerror.h` rows.
fn winerror_family(name: &str, code: u32) -> Option<&'static str> {
    const PREFIXES: &[(&str, &str)] = &[
        ("ERROR_DS_", "ds"),
        ("ERROR_DNS", "dns"),
        ("DNS_", "dns"),
        ("WSA", "winsock"),
        ("ERROR_IPSEC_", "ipsec"),
        ("WARNING_IPSEC_", "ipsec"),
        ("RPC_", "rpc"),
        ("EPT_", "rpc"),
        ("OR_", "rpc"),
        ("PEERDIST_", "peerdist"),
        ("ERROR_WMI_", "wmi"),
    ];
    if let Some((_, dir)) = PREFIXES.iter().find(|(prefix, _)| name.starts_with(prefix)) {
        return Some(dir);
    }
    Some(match code {
        0..=499 => "system",
        500..=999 => "kernel",
        1000..=1299 => "base_services",
        1300..=1399 => "security",
        1400..=1599 => "user_interface",
        1600..=1699 => "installer",
        1700..=3999 => "printing",
        4000..=4999 => "removable_storage",
        5000..=5999 => "cluster",
        6000..=6599 => "efs",
        6600..=6699 => "clfs",
        6700..=6999 => "transaction",
        7000..=7999 => "terminal_services",
        8000..=8199 => "frs",
        8200..=8999 => "ds",
        9000..=9999 => "dns",
        10000..=11999 => "winsock",
        13000..=13999 => "ipsec",
        14000..=14999 => "sxs",
        15000..=15099 => "event_log",
        15100..=15199 => "resources",
        15200..=15599 => "hardware",
        15600..=15999 => "appx",
        _ => return None,
    })
}

/// Every family of every space.
pub fn all() -> impl Iterator<Item = &'static Family> {
    FAMILIES.iter().chain(spaces::HRESULT_FAMILIES).chain(spaces::NTSTATUS_FAMILIES)
}

/// Looks a family up by folder name.
pub fn find(dir: &str) -> Option<&'static Family> {
    all().find(|f| f.dir == dir)
}

/// The text of a newly created index page: title, header line (and space line for HRESULT and
/// NTSTATUS families), one sentence.
pub fn index_page(family: &Family) -> String {
    let space = if family.space == WIN32 { String::new() } else { format!("Space: {}\n", family.space) };
    format!("# {}\n\nHeader: {}\n{space}\n{}\n", family.title, family.header, family.summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_are_module_names() {
        for family in all() {
            assert!(winerror_codegen::grammar::is_module_name(family.dir), "{}", family.dir);
            assert_eq!(all().filter(|f| f.dir == family.dir).count(), 1);
        }
    }

    #[test]
    fn index_pages_declare_the_space_of_hresult_and_ntstatus_families() {
        assert_eq!(index_page(find("ipsec").unwrap()).lines().nth(3), Some(""));
        assert!(index_page(find("hresult_sspi").unwrap()).contains("Header: winerror.h\nSpace: hresult\n\n"));
    }

    #[test]
    fn sample_rows() {
        let dir = |name, code, header| family_of(name, code, header, WIN32).unwrap().dir;
        assert_eq!(dir("ERROR_IPSEC_IKE_MM_DELAY_DROP", 13814, "winerror.h"), "ipsec");
        assert_eq!(dir("WARNING_IPSEC_MM_POLICY_PRUNED", 13024, "winerror.h"), "ipsec");
        assert_eq!(dir("WSAEWOULDBLOCK", 10035, "winerror.h"), "winsock");
        assert_eq!(dir("ERROR_DS_VERSION_CHECK_FAILURE", 643, "winerror.h"), "ds");
        assert_eq!(dir("EPT_S_NOT_REGISTERED", 1753, "winerror.h"), "rpc");
        assert_eq!(dir("ERROR_SUCCESS", 0, "winerror.h"), "system");
        assert_eq!(dir("ERROR_WINHTTP_TIMEOUT", 12002, "winhttp.h"), "winhttp");
        assert_eq!(dir("ERROR_INTERNET_TIMEOUT", 12002, "wininet.h"), "wininet");
        assert!(family_of("ERROR_X", 12500, "winerror.h", WIN32).is_err());
        assert!(family_of("ERROR_X", 1, "other.h", WIN32).is_err());
        assert_eq!(
            family_of("SEC_E_UNTRUSTED_ROOT", 0x8009_0325, "winerror.h", "hresult").unwrap().dir,
            "hresult_sspi"
        );
        assert_eq!(family_of("STATUS_X", 0xC000_020D, "ntstatus.h", "ntstatus").unwrap().header, "ntstatus.h");
    }
}

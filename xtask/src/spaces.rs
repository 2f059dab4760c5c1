//! The HRESULT and NTSTATUS families: which folder a row of `hresult-codes.tsv` or
//! `ntstatus-codes.tsv` goes to.
//!
//! Families follow the facility (bits 16 to 27 of the value), so a page author finds the folder
//! from the value alone; every folder name starts with the space (`hresult_`, `ntstatus_`),
//! which the catalogue checks against the index page's `Space:` line. Three splits keep folders
//! near 400 pages or fewer: FACILITY_SECURITY (9) by name prefix (SSPI and Schannel `SEC_*`,
//! certificates, the rest of CryptoAPI), and the NTSTATUS values of facility 0 by severity and,
//! for errors, by the hundreds (hex) of their code.

use winerror_codegen::bits;

use crate::family::Family;

/// Header name of HRESULTs.
const WINERROR: &str = "winerror.h";
/// Header name of NTSTATUS values.
const NTSTATUS: &str = "ntstatus.h";

/// Shorthand for the tables below.
const fn hresult(dir: &'static str, title: &'static str, summary: &'static str) -> Family {
    Family { dir, title, header: WINERROR, space: "hresult", summary }
}

/// Shorthand for the tables below.
const fn ntstatus(dir: &'static str, title: &'static str, summary: &'static str) -> Family {
    Family { dir, title, header: NTSTATUS, space: "ntstatus", summary }
}

/// Every HRESULT family, in facility order.
pub const HRESULT_FAMILIES: &[Family] = &[
    hresult(
        "hresult_com",
        "COM and generic HRESULTs",
        "HRESULTs of facilities 0 (FACILITY_NULL), 7 (FACILITY_WIN32) and 8 (FACILITY_WINDOWS): the generic `E_*` values, COM runtime `CO_E_*` and WinRT `RO_E_*` values.",
    ),
    hresult(
        "hresult_rpc",
        "COM remote calls (RPC HRESULTs)",
        "HRESULTs of facility 1 (FACILITY_RPC): failures of COM calls across apartments, processes and machines.",
    ),
    hresult(
        "hresult_dispatch",
        "OLE Automation",
        "HRESULTs of facility 2 (FACILITY_DISPATCH): `IDispatch` and type library values.",
    ),
    hresult(
        "hresult_storage",
        "Structured storage",
        "HRESULTs of facility 3 (FACILITY_STORAGE): compound files and storage objects.",
    ),
    hresult(
        "hresult_itf",
        "COM interface-specific HRESULTs",
        "HRESULTs of facility 4 (FACILITY_ITF), whose meaning each COM interface defines for itself.",
    ),
    hresult(
        "hresult_sspi",
        "SSPI and Schannel",
        "HRESULTs of facility 9 (FACILITY_SECURITY) whose names start with `SEC_`: the status values of the security support providers, Schannel (TLS) and Kerberos among them.",
    ),
    hresult(
        "hresult_certificates",
        "Certificates and trust",
        "HRESULTs of facility 11 (FACILITY_CERT), and those of facility 9 (FACILITY_SECURITY) whose names start with `CRYPT_`, `CERTSRV_`, `TRUST_` or `XENROLL_`: certificate handling, chain building and trust verification.",
    ),
    hresult(
        "hresult_crypto",
        "CryptoAPI and other security HRESULTs",
        "The HRESULTs of facility 9 (FACILITY_SECURITY) that no other family takes: cryptographic providers (`NTE_*`), ASN.1 encoding (`OSS_*`) and font signing (`MSSIPOTF_*`).",
    ),
    hresult("hresult_setupapi", "Setup API", "HRESULTs of facility 15 (FACILITY_SETUPAPI): device installation."),
    hresult("hresult_smart_card", "Smart cards", "HRESULTs of facility 16 (FACILITY_SCARD): the smart card subsystem."),
    hresult(
        "hresult_complus",
        "COM+",
        "HRESULTs of facility 17 (FACILITY_COMPLUS): COM+ catalog and queued components.",
    ),
    hresult(
        "hresult_filter_manager",
        "Filter Manager",
        "HRESULTs of facility 31 (FACILITY_USERMODE_FILTER_MANAGER): file system minifilters.",
    ),
    hresult(
        "hresult_graphics",
        "Graphics",
        "HRESULTs of facility 38 (FACILITY_GRAPHICS): display drivers, monitors and the desktop window manager.",
    ),
    hresult("hresult_shell", "Shell", "HRESULTs of facility 39 (FACILITY_SHELL): application activation."),
    hresult(
        "hresult_tpm",
        "Trusted Platform Module",
        "HRESULTs of facilities 40 (FACILITY_TPM_SERVICES) and 41 (FACILITY_TPM_SOFTWARE): the TPM, its base services and its software stack.",
    ),
    hresult("hresult_ui", "User interface", "HRESULTs of facility 42 (FACILITY_UI)."),
    hresult("hresult_pla", "Performance Logs and Alerts", "HRESULTs of facility 48 (FACILITY_PLA)."),
    hresult(
        "hresult_fve",
        "BitLocker drive encryption",
        "HRESULTs of facility 49 (FACILITY_FVE): full volume encryption.",
    ),
    hresult(
        "hresult_fwp",
        "Windows Filtering Platform",
        "HRESULTs of facility 50 (FACILITY_FWP): the filtering engine and its objects.",
    ),
    hresult("hresult_ndis", "NDIS", "HRESULTs of facility 52 (FACILITY_NDIS): network drivers and interfaces."),
    hresult(
        "hresult_hyperv",
        "Hyper-V",
        "HRESULTs of facilities 53 (FACILITY_USERMODE_HYPERVISOR) and 55 (FACILITY_USERMODE_VIRTUALIZATION).",
    ),
    hresult(
        "hresult_volumes",
        "Volumes, boot configuration and virtual disks",
        "HRESULTs of facilities 56 (FACILITY_USERMODE_VOLMGR), 57 (FACILITY_BCD) and 58 (FACILITY_USERMODE_VHD).",
    ),
    hresult("hresult_sdiag", "Scripted diagnostics", "HRESULTs of facility 60 (FACILITY_SDIAG)."),
    hresult(
        "hresult_web_services",
        "Windows Web Services",
        "HRESULTs of facility 61 (FACILITY_WEBSERVICES): the WWS API.",
    ),
    hresult("hresult_wpn", "Push notifications", "HRESULTs of facility 62 (FACILITY_WPN): Windows push notifications."),
    hresult("hresult_mbn", "Mobile broadband", "HRESULTs of facility 84 (FACILITY_MBN)."),
    hresult(
        "hresult_p2p",
        "Peer-to-peer networking",
        "HRESULTs of facility 99 (FACILITY_P2P): peer names, groups and graphs.",
    ),
    hresult(
        "hresult_bluetooth",
        "Bluetooth",
        "HRESULTs of facility 101 (FACILITY_BLUETOOTH_ATT): the Bluetooth attribute protocol.",
    ),
    hresult("hresult_audio", "Audio", "HRESULTs of facility 102 (FACILITY_AUDIO)."),
    hresult("hresult_online_id", "Online identity", "HRESULTs of facility 134 (FACILITY_ONLINE_ID)."),
    hresult(
        "hresult_directx",
        "DirectX and imaging",
        "HRESULTs of facilities 2169 to 2172 (Direct3D 10, DXGI, Direct3D 11), 2200 (FACILITY_WINCODEC_DWRITE_DWM) and 2201 (FACILITY_DIRECT2D).",
    ),
];

/// Every NTSTATUS family, in value order.
pub const NTSTATUS_FAMILIES: &[Family] = &[
    ntstatus(
        "ntstatus_success",
        "NTSTATUS success values",
        "NTSTATUS values of facility 0 with severity success (`0x0000XXXX`).",
    ),
    ntstatus(
        "ntstatus_informational",
        "NTSTATUS informational values",
        "NTSTATUS values of facility 0 with severity informational (`0x4000XXXX`).",
    ),
    ntstatus(
        "ntstatus_warning",
        "NTSTATUS warnings",
        "NTSTATUS values of facility 0 with severity warning (`0x8000XXXX`).",
    ),
    ntstatus(
        "ntstatus_c00000xx",
        "NTSTATUS errors 0xC0000001 to 0xC00000FF",
        "NTSTATUS errors of facility 0 from 0xC0000000 to 0xC00000FF.",
    ),
    ntstatus(
        "ntstatus_c00001xx",
        "NTSTATUS errors 0xC0000100 to 0xC00001FF",
        "NTSTATUS errors of facility 0 from 0xC0000100 to 0xC00001FF.",
    ),
    ntstatus(
        "ntstatus_c00002xx",
        "NTSTATUS errors 0xC0000200 to 0xC00002FF",
        "NTSTATUS errors of facility 0 from 0xC0000200 to 0xC00002FF.",
    ),
    ntstatus(
        "ntstatus_c0000300",
        "NTSTATUS errors from 0xC0000300",
        "NTSTATUS errors of facility 0 from 0xC0000300 to 0xC000FFFF.",
    ),
    ntstatus("ntstatus_debugger", "Debugger", "NTSTATUS values of facility 1 (FACILITY_DEBUGGER), of every severity."),
    ntstatus(
        "ntstatus_rpc",
        "Remote procedure call",
        "NTSTATUS values of facilities 2 (FACILITY_RPC_RUNTIME) and 3 (FACILITY_RPC_STUBS).",
    ),
    ntstatus("ntstatus_io", "I/O and Plug and Play", "NTSTATUS values of facility 4 (FACILITY_IO_ERROR_CODE)."),
    ntstatus(
        "ntstatus_terminal_server",
        "Terminal Server",
        "NTSTATUS values of facility 10 (FACILITY_TERMINAL_SERVER).",
    ),
    ntstatus("ntstatus_mui", "MUI resources", "NTSTATUS values of facility 11: multilingual user interface resources."),
    ntstatus(
        "ntstatus_cluster",
        "Failover clustering",
        "NTSTATUS values of facility 19 (FACILITY_CLUSTER_ERROR_CODE).",
    ),
    ntstatus("ntstatus_acpi", "ACPI", "NTSTATUS values of facility 20 (FACILITY_ACPI_ERROR_CODE)."),
    ntstatus("ntstatus_sxs", "Side-by-side assemblies", "NTSTATUS values of facility 21 (FACILITY_SXS_ERROR_CODE)."),
    ntstatus("ntstatus_transaction", "Kernel transactions", "NTSTATUS values of facility 25 (FACILITY_TRANSACTION)."),
    ntstatus("ntstatus_clfs", "Common Log File System", "NTSTATUS values of facility 26 (FACILITY_COMMONLOG)."),
    ntstatus(
        "ntstatus_graphics",
        "Graphics kernel, video and monitors",
        "NTSTATUS values of facilities 27 (FACILITY_VIDEO), 29 (FACILITY_MONITOR) and 30 (FACILITY_GRAPHICS_KERNEL).",
    ),
    ntstatus("ntstatus_filter_manager", "Filter Manager", "NTSTATUS values of facility 28 (FACILITY_FILTER_MANAGER)."),
    ntstatus("ntstatus_fve", "BitLocker drive encryption", "NTSTATUS values of facility 33 (FACILITY_FVE_ERROR_CODE)."),
    ntstatus("ntstatus_fwp", "Windows Filtering Platform", "NTSTATUS values of facility 34 (FACILITY_FWP_ERROR_CODE)."),
    ntstatus("ntstatus_ndis", "NDIS", "NTSTATUS values of facility 35 (FACILITY_NDIS_ERROR_CODE)."),
    ntstatus("ntstatus_ipsec", "IPsec", "NTSTATUS values of facility 54 (FACILITY_IPSEC)."),
];

/// The family folder of an HRESULT row.
pub fn hresult_family(name: &str, value: u32) -> Option<&'static str> {
    const CERTIFICATE_PREFIXES: [&str; 4] = ["CRYPT_", "CERTSRV_", "TRUST_", "XENROLL_"];
    Some(match bits::facility(value) {
        0 | 7 | 8 => "hresult_com",
        1 => "hresult_rpc",
        2 => "hresult_dispatch",
        3 => "hresult_storage",
        4 => "hresult_itf",
        9 if name.starts_with("SEC_") => "hresult_sspi",
        9 if CERTIFICATE_PREFIXES.iter().any(|prefix| name.starts_with(prefix)) => "hresult_certificates",
        9 => "hresult_crypto",
        11 => "hresult_certificates",
        15 => "hresult_setupapi",
        16 => "hresult_smart_card",
        17 => "hresult_complus",
        31 => "hresult_filter_manager",
        38 => "hresult_graphics",
        39 => "hresult_shell",
        40 | 41 => "hresult_tpm",
        42 => "hresult_ui",
        48 => "hresult_pla",
        49 => "hresult_fve",
        50 => "hresult_fwp",
        52 => "hresult_ndis",
        53 | 55 => "hresult_hyperv",
        56..=58 => "hresult_volumes",
        60 => "hresult_sdiag",
        61 => "hresult_web_services",
        62 => "hresult_wpn",
        84 => "hresult_mbn",
        99 => "hresult_p2p",
        101 => "hresult_bluetooth",
        102 => "hresult_audio",
        134 => "hresult_online_id",
        2169..=2172 | 2200 | 2201 => "hresult_directx",
        _ => return None,
    })
}

/// The family folder of an NTSTATUS row.
pub fn ntstatus_family(value: u32) -> Option<&'static str> {
    Some(match bits::facility(value) {
        0 => match (bits::severity(value, true), bits::code(value)) {
            (0, _) => "ntstatus_success",
            (1, _) => "ntstatus_informational",
            (2, _) => "ntstatus_warning",
            (_, 0..=0xFF) => "ntstatus_c00000xx",
            (_, 0x100..=0x1FF) => "ntstatus_c00001xx",
            (_, 0x200..=0x2FF) => "ntstatus_c00002xx",
            _ => "ntstatus_c0000300",
        },
        1 => "ntstatus_debugger",
        2 | 3 => "ntstatus_rpc",
        4 => "ntstatus_io",
        10 => "ntstatus_terminal_server",
        11 => "ntstatus_mui",
        19 => "ntstatus_cluster",
        20 => "ntstatus_acpi",
        21 => "ntstatus_sxs",
        25 => "ntstatus_transaction",
        26 => "ntstatus_clfs",
        27 | 29 | 30 => "ntstatus_graphics",
        28 => "ntstatus_filter_manager",
        33 => "ntstatus_fve",
        34 => "ntstatus_fwp",
        35 => "ntstatus_ndis",
        54 => "ntstatus_ipsec",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_rows() {
        assert_eq!(hresult_family("SEC_E_UNTRUSTED_ROOT", 0x8009_0325), Some("hresult_sspi"));
        assert_eq!(hresult_family("CRYPT_E_REVOKED", 0x8009_2010), Some("hresult_certificates"));
        assert_eq!(hresult_family("CERT_E_CN_NO_MATCH", 0x800B_010F), Some("hresult_certificates"));
        assert_eq!(hresult_family("NTE_BAD_KEY", 0x8009_0003), Some("hresult_crypto"));
        assert_eq!(hresult_family("E_ACCESSDENIED", 0x8007_0005), Some("hresult_com"));
        assert_eq!(hresult_family("FWP_E_CALLOUT_NOT_FOUND", 0x8032_0001), Some("hresult_fwp"));
        assert_eq!(hresult_family("DXGI_ERROR_DEVICE_REMOVED", 0x887A_0005), Some("hresult_directx"));
        assert_eq!(hresult_family("X_E_UNKNOWN", 0x8FFF_0001), None);
        assert_eq!(ntstatus_family(0xC000_020D), Some("ntstatus_c00002xx"));
        assert_eq!(ntstatus_family(0x0000_0103), Some("ntstatus_success"));
        assert_eq!(ntstatus_family(0xC002_0001), Some("ntstatus_rpc"));
        assert_eq!(ntstatus_family(0xC0FF_0001), None);
    }

    #[test]
    fn every_folder_names_its_space() {
        for family in HRESULT_FAMILIES {
            assert!(family.dir.starts_with("hresult_") && family.space == "hresult", "{}", family.dir);
        }
        for family in NTSTATUS_FAMILIES {
            assert!(family.dir.starts_with("ntstatus_") && family.space == "ntstatus", "{}", family.dir);
        }
    }
}

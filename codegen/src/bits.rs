//! The bit layout of the three numeric spaces (Win32 codes, HRESULTs, NTSTATUS values) and the
//! names of their facilities: the one source of this arithmetic. The macro compiles this file as
//! a module (for the rustdoc facts and the search aliases) and the expansion writes the same text
//! into the generated `__catalogue` module, where the runtime's types call it. Plain Rust, no
//! imports, no dependencies, `const` throughout.

/// The severity bit of an HRESULT (set: a failure).
pub const HRESULT_SEVERITY_BIT: u32 = 0x8000_0000;
/// The customer bit, in both HRESULTs and NTSTATUS values.
pub const CUSTOMER_BIT: u32 = 0x2000_0000;
/// The N bit of an HRESULT: set by `HRESULT_FROM_NT`, the HRESULT carries an NTSTATUS.
pub const FACILITY_NT_BIT: u32 = 0x1000_0000;
/// FACILITY_WIN32, the facility of the HRESULTs that carry a Win32 code.
pub const FACILITY_WIN32: u32 = 7;

/// `SUCCEEDED` for an HRESULT (the severity bit clear) and `NT_SUCCESS` for an NTSTATUS
/// (severity success or informational): the value is not negative as an `i32`.
#[inline]
pub const fn succeeded(value: u32) -> bool {
    value as i32 >= 0
}

/// `HRESULT_FROM_WIN32`: values that are zero or negative as an `i32` pass through; any other
/// becomes `0x8007XXXX` with the low 16 bits of the code.
#[inline]
pub const fn hresult_from_win32(code: u32) -> u32 {
    if code as i32 <= 0 { code } else { (code & 0xFFFF) | (FACILITY_WIN32 << 16) | HRESULT_SEVERITY_BIT }
}

/// The Win32 code a FACILITY_WIN32 failure (`0x8007XXXX`) carries, and `ERROR_SUCCESS` for `S_OK`.
#[inline]
pub const fn win32_of_hresult(hresult: u32) -> Option<u32> {
    if hresult == 0 {
        Some(0)
    } else if hresult & 0xFFFF_0000 == HRESULT_SEVERITY_BIT | (FACILITY_WIN32 << 16) {
        Some(hresult & 0xFFFF)
    } else {
        None
    }
}

/// `HRESULT_FROM_NT`: the NTSTATUS with the N bit set.
#[inline]
pub const fn hresult_from_nt(status: u32) -> u32 {
    status | FACILITY_NT_BIT
}

/// The NTSTATUS an HRESULT with the N bit carries (the inverse of [`hresult_from_nt`]).
#[inline]
pub const fn nt_of_hresult(hresult: u32) -> Option<u32> {
    if hresult & FACILITY_NT_BIT != 0 { Some(hresult & !FACILITY_NT_BIT) } else { None }
}

/// The facility of an HRESULT: the 12 bits above the code. Without the N bit this is exactly
/// `HRESULT_FACILITY` (bits 16 to 28); with it, it is the facility of the NTSTATUS carried.
#[inline]
pub const fn facility(value: u32) -> u32 {
    (value >> 16) & 0xFFF
}

/// The code: the low 16 bits, in both spaces.
#[inline]
pub const fn code(value: u32) -> u32 {
    value & 0xFFFF
}

/// The severity of an NTSTATUS: its top two bits (0 success, 1 informational, 2 warning,
/// 3 error). An HRESULT has one severity bit: 0 success, 3 error here.
#[inline]
pub const fn severity(value: u32, nt: bool) -> u32 {
    if nt {
        value >> 30
    } else if value & HRESULT_SEVERITY_BIT != 0 {
        3
    } else {
        0
    }
}

/// The severities in words, indexed by [`severity`].
pub const SEVERITIES: [&str; 4] = ["success", "informational", "warning", "error"];

/// The name of an HRESULT facility (`nt` false) or an NTSTATUS facility (`nt` true), where the
/// SDK names it.
pub const fn facility_name(facility: u32, nt: bool) -> Option<&'static str> {
    let table: &[(u16, &str)] = if nt { &NT_FACILITIES } else { &HRESULT_FACILITIES };
    let (mut low, mut high) = (0, table.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let (value, name) = table[middle];
        if value as u32 == facility {
            return Some(name);
        } else if (value as u32) < facility {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    None
}

/// Every named HRESULT facility, by value (`winerror.h`, as `windows-sys` has them; where the
/// header gives a value several names, the one its codes are known by).
pub static HRESULT_FACILITIES: [(u16, &str); 144] = [
    (0, "FACILITY_NULL"),
    (1, "FACILITY_RPC"),
    (2, "FACILITY_DISPATCH"),
    (3, "FACILITY_STORAGE"),
    (4, "FACILITY_ITF"),
    (7, "FACILITY_WIN32"),
    (8, "FACILITY_WINDOWS"),
    (9, "FACILITY_SECURITY"),
    (10, "FACILITY_CONTROL"),
    (11, "FACILITY_CERT"),
    (12, "FACILITY_INTERNET"),
    (13, "FACILITY_MEDIASERVER"),
    (14, "FACILITY_MSMQ"),
    (15, "FACILITY_SETUPAPI"),
    (16, "FACILITY_SCARD"),
    (17, "FACILITY_COMPLUS"),
    (18, "FACILITY_AAF"),
    (19, "FACILITY_URT"),
    (20, "FACILITY_ACS"),
    (21, "FACILITY_DPLAY"),
    (22, "FACILITY_UMI"),
    (23, "FACILITY_SXS"),
    (24, "FACILITY_WINDOWS_CE"),
    (25, "FACILITY_HTTP"),
    (26, "FACILITY_USERMODE_COMMONLOG"),
    (27, "FACILITY_WER"),
    (31, "FACILITY_USERMODE_FILTER_MANAGER"),
    (32, "FACILITY_BACKGROUNDCOPY"),
    (33, "FACILITY_CONFIGURATION"),
    (34, "FACILITY_STATE_MANAGEMENT"),
    (35, "FACILITY_METADIRECTORY"),
    (36, "FACILITY_WINDOWSUPDATE"),
    (37, "FACILITY_DIRECTORYSERVICE"),
    (38, "FACILITY_GRAPHICS"),
    (39, "FACILITY_SHELL"),
    (40, "FACILITY_TPM_SERVICES"),
    (41, "FACILITY_TPM_SOFTWARE"),
    (42, "FACILITY_UI"),
    (43, "FACILITY_XAML"),
    (44, "FACILITY_ACTION_QUEUE"),
    (48, "FACILITY_PLA"),
    (49, "FACILITY_FVE"),
    (50, "FACILITY_FWP"),
    (51, "FACILITY_WINRM"),
    (52, "FACILITY_NDIS"),
    (53, "FACILITY_USERMODE_HYPERVISOR"),
    (54, "FACILITY_CMI"),
    (55, "FACILITY_USERMODE_VIRTUALIZATION"),
    (56, "FACILITY_USERMODE_VOLMGR"),
    (57, "FACILITY_BCD"),
    (58, "FACILITY_USERMODE_VHD"),
    (59, "FACILITY_USERMODE_HNS"),
    (60, "FACILITY_SDIAG"),
    (61, "FACILITY_WEBSERVICES"),
    (62, "FACILITY_WPN"),
    (63, "FACILITY_WINDOWS_STORE"),
    (64, "FACILITY_INPUT"),
    (65, "FACILITY_QUIC"),
    (66, "FACILITY_EAP"),
    (70, "FACILITY_IORING"),
    (80, "FACILITY_WINDOWS_DEFENDER"),
    (81, "FACILITY_OPC"),
    (82, "FACILITY_XPS"),
    (83, "FACILITY_RAS"),
    (84, "FACILITY_MBN"),
    (85, "FACILITY_EAS"),
    (98, "FACILITY_P2P_INT"),
    (99, "FACILITY_P2P"),
    (100, "FACILITY_DAF"),
    (101, "FACILITY_BLUETOOTH_ATT"),
    (102, "FACILITY_AUDIO"),
    (103, "FACILITY_STATEREPOSITORY"),
    (109, "FACILITY_VISUALCPP"),
    (112, "FACILITY_SCRIPT"),
    (113, "FACILITY_PARSE"),
    (120, "FACILITY_BLB"),
    (121, "FACILITY_BLB_CLI"),
    (122, "FACILITY_WSBAPP"),
    (128, "FACILITY_BLBUI"),
    (129, "FACILITY_USN"),
    (130, "FACILITY_USERMODE_VOLSNAP"),
    (131, "FACILITY_TIERING"),
    (133, "FACILITY_WSB_ONLINE"),
    (134, "FACILITY_ONLINE_ID"),
    (135, "FACILITY_DEVICE_UPDATE_AGENT"),
    (136, "FACILITY_DRVSERVICING"),
    (153, "FACILITY_DLS"),
    (160, "FACILITY_SOS"),
    (173, "FACILITY_OCP_UPDATE_AGENT"),
    (176, "FACILITY_DEBUGGERS"),
    (208, "FACILITY_DELIVERY_OPTIMIZATION"),
    (231, "FACILITY_USERMODE_SPACES"),
    (232, "FACILITY_USER_MODE_SECURITY_CORE"),
    (234, "FACILITY_USERMODE_LICENSING"),
    (256, "FACILITY_DMSERVER"),
    (257, "FACILITY_DEPLOYMENT_SERVICES_SERVER"),
    (258, "FACILITY_DEPLOYMENT_SERVICES_IMAGING"),
    (259, "FACILITY_DEPLOYMENT_SERVICES_MANAGEMENT"),
    (260, "FACILITY_DEPLOYMENT_SERVICES_UTIL"),
    (261, "FACILITY_DEPLOYMENT_SERVICES_BINLSVC"),
    (263, "FACILITY_DEPLOYMENT_SERVICES_PXE"),
    (264, "FACILITY_DEPLOYMENT_SERVICES_TFTP"),
    (272, "FACILITY_DEPLOYMENT_SERVICES_TRANSPORT_MANAGEMENT"),
    (278, "FACILITY_DEPLOYMENT_SERVICES_DRIVER_PROVISIONING"),
    (289, "FACILITY_DEPLOYMENT_SERVICES_MULTICAST_SERVER"),
    (290, "FACILITY_DEPLOYMENT_SERVICES_MULTICAST_CLIENT"),
    (293, "FACILITY_DEPLOYMENT_SERVICES_CONTENT_PROVIDER"),
    (296, "FACILITY_HSP_SERVICES"),
    (297, "FACILITY_HSP_SOFTWARE"),
    (305, "FACILITY_LINGUISTIC_SERVICES"),
    (885, "FACILITY_WEB"),
    (886, "FACILITY_WEB_SOCKET"),
    (1094, "FACILITY_AUDIOSTREAMING"),
    (1490, "FACILITY_TTD"),
    (1536, "FACILITY_ACCELERATOR"),
    (1793, "FACILITY_MOBILE"),
    (1967, "FACILITY_SQLITE"),
    (1968, "FACILITY_SERVICE_FABRIC"),
    (1989, "FACILITY_UTC"),
    (1996, "FACILITY_WMAAECMA"),
    (2049, "FACILITY_WEP"),
    (2050, "FACILITY_SYNCENGINE"),
    (2168, "FACILITY_DIRECTMUSIC"),
    (2169, "FACILITY_DIRECT3D10"),
    (2170, "FACILITY_DXGI"),
    (2171, "FACILITY_DXGI_DDI"),
    (2172, "FACILITY_DIRECT3D11"),
    (2173, "FACILITY_DIRECT3D11_DEBUG"),
    (2174, "FACILITY_DIRECT3D12"),
    (2175, "FACILITY_DIRECT3D12_DEBUG"),
    (2176, "FACILITY_DXCORE"),
    (2177, "FACILITY_PRESENTATION"),
    (2184, "FACILITY_LEAP"),
    (2185, "FACILITY_AUDCLNT"),
    (2192, "FACILITY_WINML"),
    (2200, "FACILITY_WINCODEC_DWRITE_DWM"),
    (2201, "FACILITY_DIRECT2D"),
    (2304, "FACILITY_DEFRAG"),
    (2305, "FACILITY_USERMODE_SDBUS"),
    (2306, "FACILITY_JSCRIPT"),
    (2339, "FACILITY_XBOX"),
    (2340, "FACILITY_GAME"),
    (2561, "FACILITY_PIDGENX"),
    (2748, "FACILITY_PIX"),
];

/// Every named NTSTATUS facility, by value (`ntstatus.h`, as `windows-sys` has them).
pub static NT_FACILITIES: [(u16, &str); 55] = [
    (1, "FACILITY_DEBUGGER"),
    (2, "FACILITY_RPC_RUNTIME"),
    (3, "FACILITY_RPC_STUBS"),
    (4, "FACILITY_IO_ERROR_CODE"),
    (5, "FACILITY_MCA_ERROR_CODE"),
    (6, "FACILITY_CODCLASS_ERROR_CODE"),
    (7, "FACILITY_NTWIN32"),
    (8, "FACILITY_NTCERT"),
    (9, "FACILITY_NTSSPI"),
    (10, "FACILITY_TERMINAL_SERVER"),
    (16, "FACILITY_USB_ERROR_CODE"),
    (17, "FACILITY_HID_ERROR_CODE"),
    (18, "FACILITY_FIREWIRE_ERROR_CODE"),
    (19, "FACILITY_CLUSTER_ERROR_CODE"),
    (20, "FACILITY_ACPI_ERROR_CODE"),
    (21, "FACILITY_SXS_ERROR_CODE"),
    (25, "FACILITY_TRANSACTION"),
    (26, "FACILITY_COMMONLOG"),
    (27, "FACILITY_VIDEO"),
    (28, "FACILITY_FILTER_MANAGER"),
    (29, "FACILITY_MONITOR"),
    (30, "FACILITY_GRAPHICS_KERNEL"),
    (32, "FACILITY_DRIVER_FRAMEWORK"),
    (33, "FACILITY_FVE_ERROR_CODE"),
    (34, "FACILITY_FWP_ERROR_CODE"),
    (35, "FACILITY_NDIS_ERROR_CODE"),
    (36, "FACILITY_QUIC_ERROR_CODE"),
    (41, "FACILITY_TPM"),
    (42, "FACILITY_RTPM"),
    (53, "FACILITY_HYPERVISOR"),
    (54, "FACILITY_IPSEC"),
    (55, "FACILITY_VIRTUALIZATION"),
    (56, "FACILITY_VOLMGR"),
    (57, "FACILITY_BCD_ERROR_CODE"),
    (62, "FACILITY_WIN32K_NTUSER"),
    (63, "FACILITY_WIN32K_NTGDI"),
    (64, "FACILITY_RESUME_KEY_FILTER"),
    (65, "FACILITY_RDBSS"),
    (66, "FACILITY_BTH_ATT"),
    (67, "FACILITY_SECUREBOOT"),
    (68, "FACILITY_AUDIO_KERNEL"),
    (69, "FACILITY_VSM"),
    (70, "FACILITY_NT_IORING"),
    (80, "FACILITY_VOLSNAP"),
    (81, "FACILITY_SDBUS"),
    (92, "FACILITY_SHARED_VHDX"),
    (93, "FACILITY_SMB"),
    (94, "FACILITY_XVS"),
    (153, "FACILITY_INTERIX"),
    (231, "FACILITY_SPACES"),
    (232, "FACILITY_SECURITY_CORE"),
    (233, "FACILITY_SYSTEM_INTEGRITY"),
    (234, "FACILITY_LICENSING"),
    (235, "FACILITY_PLATFORM_MANIFEST"),
    (236, "FACILITY_APP_EXEC"),
];

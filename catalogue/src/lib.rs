//! Every documented Windows error as a typed constant, in each of the three numeric spaces
//! Windows uses (Win32 codes, HRESULTs and NTSTATUS values), with its official message, its
//! SDK header and a page of explanation.
//!
//! # Quick start
//!
//! ```
//! use winerror::{ErrorCode, ERROR_IPSEC_IKE_MM_DELAY_DROP};
//!
//! let code = ErrorCode::from_raw(13814);
//! assert_eq!(code, ERROR_IPSEC_IKE_MM_DELAY_DROP);
//! assert_eq!(code.name(), Some("ERROR_IPSEC_IKE_MM_DELAY_DROP"));
//! assert_eq!(code.message(), Some("Negotiation took too long."));
//! assert_eq!(code.to_hresult().bits(), 0x800735F6);
//!
//! // A value can name more than one error: WinHTTP and WinINet reuse 33 values.
//! let names: Vec<&str> = winerror::lookup(12002).iter().map(|page| page.name()).collect();
//! assert_eq!(names, ["ERROR_INTERNET_TIMEOUT", "ERROR_WINHTTP_TIMEOUT"]);
//! assert_eq!(winerror::by_name("WSAECONNRESET").map(|page| page.value()), Some(10054));
//! ```
//!
//! HRESULTs and NTSTATUS values have types of their own, [`HResult`] and [`NtStatus`], whose
//! fields decode for any value, and [`explain`] reads a bare 32-bit value every way it can be
//! read, as Err.exe does:
//!
//! ```
//! use winerror::{HResult, ReadingKind, SEC_E_UNTRUSTED_ROOT, STATUS_CONNECTION_RESET};
//!
//! let result = HResult::from_raw(0x8009_0325_u32 as i32);
//! assert_eq!(result, SEC_E_UNTRUSTED_ROOT);
//! assert_eq!(result.facility().name(), Some("FACILITY_SECURITY"));
//! assert_eq!(STATUS_CONNECTION_RESET.message(), Some("The transport connection has been reset."));
//!
//! let kinds: Vec<ReadingKind> = winerror::explain(0x8007_0005).map(|reading| reading.kind()).collect();
//! assert_eq!(kinds, [ReadingKind::HResult, ReadingKind::Win32InHResult(winerror::ERROR_ACCESS_DENIED)]);
//! ```
//!
//! Every constant is reachable at the crate root (`winerror::WSAECONNRESET`,
//! `winerror::SEC_E_UNTRUSTED_ROOT`) and in its family's module
//! (`winerror::winsock::WSAECONNRESET`, `winerror::hresult_sspi::SEC_E_UNTRUSTED_ROOT`), where
//! its page lives.
//!
//! # Finding a code
//!
//! Type what you have into the search box of these docs. Each constant answers to its name and
//! to every spelling of its value: for ERROR_IPSEC_IKE_MM_DELAY_DROP that is `13814`, `0x35F6`,
//! the HRESULT `0x800735F6` that COM and .NET report (also without `0x`), and the same HRESULT
//! as a signed number, `-2147011082`, the way some logs print it; for SEC_E_UNTRUSTED_ROOT it is
//! `0x80090325`, `80090325`, `-2146893019` and `2148074277`.
//!
//! The search box finds names and values only, not the words of the messages. To find a code
//! by the words of its message, use the `winerror` command (`winerror --search access denied`,
//! from the `winerror-cli` package) or, from code, [`search`]:
//!
//! ```
//! let best = winerror::search("forcibly closed by the remote host").next().unwrap();
//! assert_eq!(best.page().name(), "WSAECONNRESET");
//! ```
//!
//! A constant's page starts with the official message and a table of its value in each form,
//! its header and its family, then explains the error. Its last sections are computed from the
//! whole catalogue: other headers' names for the same value, other errors with the same
//! message, and the codes just before and after it in its family. A family's module page
//! introduces the family and lists all of its codes with their messages.
//!
//! # Adding or fixing a page
//!
//! The catalogue is built at compile time from the `docs/` folder of the repository: one
//! Markdown page per error (`docs/FAMILY/NAME.md`) and one folder per family with a `README.md`
//! index page. Edit or add a page and rebuild; a mistake in a page, such as a wrong value in a
//! mention of another error, is a compile error that names the file, line and column. The page
//! format is described in `docs/README.md`.
//!
//! # Families
//!
//! Networking:
//! [`ipsec`] (IPsec and IKE),
//! [`winsock`] (Windows Sockets),
//! [`winhttp`] (WinHTTP, `winhttp.h`),
//! [`wininet`] (WinINet, `wininet.h`),
//! [`dns`] (DNS),
//! [`rpc`] (remote procedure call).
//!
//! System and storage:
//! [`system`] (basic system errors),
//! [`kernel`] (kernel and executive),
//! [`base_services`] (registry, services, devices and connections),
//! [`transaction`] (kernel transactions and transactional NTFS),
//! [`clfs`] (Common Log File System),
//! [`efs`] (Encrypting File System),
//! [`removable_storage`] (removable storage and other 4000-range errors),
//! [`hardware`] (monitors, GPIO and run levels),
//! [`resources`] (MUI and resource management).
//!
//! Security and directory:
//! [`security`] (security, accounts and logon),
//! [`ds`] (directory service),
//! [`frs`] (File Replication Service).
//!
//! Applications and services:
//! [`appx`] (app packages and app state),
//! [`installer`] (Windows Installer),
//! [`sxs`] (side-by-side assemblies),
//! [`cluster`] (failover clustering),
//! [`event_log`] (Windows Event Log),
//! [`wmi`] (Windows Management Instrumentation),
//! [`printing`] (printing, color management and trust),
//! [`terminal_services`] (Terminal Services),
//! [`user_interface`] (windows, menus and other user-interface errors),
//! [`peerdist`] (BranchCache).
//!
//! HRESULTs (`winerror.h`), by facility:
//! [`hresult_com`] (generic and COM runtime),
//! [`hresult_rpc`] (COM remote calls),
//! [`hresult_dispatch`] (OLE Automation),
//! [`hresult_storage`] (structured storage),
//! [`hresult_itf`] (COM interface-specific),
//! [`hresult_sspi`] (SSPI and Schannel),
//! [`hresult_certificates`] (certificates and trust),
//! [`hresult_crypto`] (CryptoAPI),
//! [`hresult_setupapi`] (Setup API),
//! [`hresult_smart_card`] (smart cards),
//! [`hresult_complus`] (COM+),
//! [`hresult_filter_manager`] (Filter Manager),
//! [`hresult_graphics`] (graphics),
//! [`hresult_shell`] (shell),
//! [`hresult_tpm`] (Trusted Platform Module),
//! [`hresult_ui`] (user interface),
//! [`hresult_pla`] (Performance Logs and Alerts),
//! [`hresult_fve`] (BitLocker),
//! [`hresult_fwp`] (Windows Filtering Platform),
//! [`hresult_ndis`] (NDIS),
//! [`hresult_hyperv`] (Hyper-V),
//! [`hresult_volumes`] (volumes, boot configuration and virtual disks),
//! [`hresult_sdiag`] (scripted diagnostics),
//! [`hresult_web_services`] (Windows Web Services),
//! [`hresult_wpn`] (push notifications),
//! [`hresult_mbn`] (mobile broadband),
//! [`hresult_p2p`] (peer-to-peer),
//! [`hresult_bluetooth`] (Bluetooth),
//! [`hresult_audio`] (audio),
//! [`hresult_online_id`] (online identity),
//! [`hresult_directx`] (DirectX and imaging).
//!
//! NTSTATUS values (`ntstatus.h`), by facility:
//! [`ntstatus_success`], [`ntstatus_informational`], [`ntstatus_warning`] (facility 0 by severity),
//! [`ntstatus_c00000xx`], [`ntstatus_c00001xx`], [`ntstatus_c00002xx`], [`ntstatus_c0000300`]
//! (facility 0 errors by value),
//! [`ntstatus_debugger`] (debugger),
//! [`ntstatus_rpc`] (remote procedure call),
//! [`ntstatus_io`] (I/O and Plug and Play),
//! [`ntstatus_terminal_server`] (Terminal Server),
//! [`ntstatus_mui`] (MUI resources),
//! [`ntstatus_cluster`] (failover clustering),
//! [`ntstatus_acpi`] (ACPI),
//! [`ntstatus_sxs`] (side-by-side assemblies),
//! [`ntstatus_transaction`] (kernel transactions),
//! [`ntstatus_clfs`] (Common Log File System),
//! [`ntstatus_graphics`] (graphics kernel, video and monitors),
//! [`ntstatus_filter_manager`] (Filter Manager),
//! [`ntstatus_fve`] (BitLocker),
//! [`ntstatus_fwp`] (Windows Filtering Platform),
//! [`ntstatus_ndis`] (NDIS),
//! [`ntstatus_ipsec`] (IPsec).
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod code;
mod error;
mod explain;
mod facility;
mod footprint;
mod hresult;
mod interop;
mod lookup;
mod name_hash;
mod ntstatus;
mod page;
mod parse;
#[cfg(feature = "std")]
mod search;
mod space;

pub use code::ErrorCode;
pub use error::{NotWin32Error, ParseErrorCodeError};
pub use explain::{Reading, ReadingKind, Readings, explain};
pub use facility::{Facility, Severity};
#[doc(hidden)]
pub use footprint::table_footprint as __table_footprint;
pub use hresult::HResult;
pub use lookup::{by_name, from_hresult, lookup, pages};
pub use ntstatus::NtStatus;
pub use page::{ErrorPage, Family};
#[doc(hidden)]
pub use page::{FamilyFields as __FamilyFields, PageColumns as __PageColumns};
#[cfg(feature = "std")]
pub use search::{Field, Hit, Kind, Match, Search, search};
pub use space::{Code, Space};

/// Ties the expansion to the docs folder's listing, so added or deleted pages rebuild it.
const _DOCS_STAMP: &str = env!("WINERROR_DOCS_STAMP");

// The whole rustdoc page of every constant only where it is read (`cargo doc`); a normal build,
// and every dependent's build, gets one-line summaries (doctests see the whole pages, so the
// examples in pages are compiled by `cargo test --doc`), which compile several times faster.
// `build.rs` watches the docs folder, so the pages need no `include_bytes!` tracking.
#[cfg(all(any(doc, doctest), not(feature = "pages")))]
winerror_macros::catalogue!("../docs", untracked);
#[cfg(all(any(doc, doctest), feature = "pages"))]
winerror_macros::catalogue!("../docs", bodies, untracked);
#[cfg(all(not(any(doc, doctest)), not(feature = "pages")))]
winerror_macros::catalogue!("../docs", summaries, untracked);
#[cfg(all(not(any(doc, doctest)), feature = "pages"))]
winerror_macros::catalogue!("../docs", bodies, summaries, untracked);

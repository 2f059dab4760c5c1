//! Every documented Windows error code as a typed constant, with its official message, its SDK
//! header and a page of explanation.
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
//! assert_eq!(code.to_hresult() as u32, 0x800735F6);
//!
//! // A value can name more than one error: WinHTTP and WinINet reuse 33 values.
//! let names: Vec<&str> = winerror::lookup(12002).iter().map(|page| page.name()).collect();
//! assert_eq!(names, ["ERROR_INTERNET_TIMEOUT", "ERROR_WINHTTP_TIMEOUT"]);
//! assert_eq!(winerror::by_name("WSAECONNRESET").map(|page| page.code().raw()), Some(10054));
//! ```
//!
//! Every constant is reachable at the crate root (`winerror::WSAECONNRESET`) and in its
//! family's module (`winerror::winsock::WSAECONNRESET`), where its page lives.
//!
//! # Finding a code
//!
//! Type what you have into the search box of these docs. Each constant answers to its name and
//! to every spelling of its value: for ERROR_IPSEC_IKE_MM_DELAY_DROP that is `13814`, `0x35F6`,
//! the HRESULT `0x800735F6` that COM and .NET report, and the same HRESULT as a signed number,
//! `-2147011082`, the way some logs print it.
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
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod code;
mod error;
mod footprint;
mod interop;
mod lookup;
mod name_hash;
mod page;
mod parse;
mod search;

pub use code::ErrorCode;
pub use error::{NotWin32Error, ParseErrorCodeError};
#[doc(hidden)]
pub use footprint::table_footprint as __table_footprint;
pub use lookup::{by_name, from_hresult, lookup, pages};
pub use page::{ErrorPage, Family};
pub use search::{Search, search};

/// Ties the expansion to the docs folder's listing, so added or deleted pages rebuild it.
const _DOCS_STAMP: &str = env!("WINERROR_DOCS_STAMP");

// The whole rustdoc page of every constant only where it is read (`cargo doc`); a normal build,
// and every dependent's build, gets one-line summaries, which compile several times faster.
// `build.rs` watches the docs folder, so the pages need no `include_bytes!` tracking.
#[cfg(all(doc, not(feature = "pages")))]
winerror_macros::catalogue!("../../docs", untracked);
#[cfg(all(doc, feature = "pages"))]
winerror_macros::catalogue!("../../docs", bodies, untracked);
#[cfg(all(not(doc), not(feature = "pages")))]
winerror_macros::catalogue!("../../docs", summaries, untracked);
#[cfg(all(not(doc), feature = "pages"))]
winerror_macros::catalogue!("../../docs", bodies, summaries, untracked);

//! Every documented Windows error code as a typed constant, with its official message, its SDK
//! header and a page of explanation.
//!
//! ```
//! use winerror::{ErrorCode, ERROR_IPSEC_IKE_MM_DELAY_DROP};
//!
//! let code = ErrorCode::from_raw(13814);
//! assert_eq!(code, ERROR_IPSEC_IKE_MM_DELAY_DROP);
//! assert_eq!(code.name(), Some("ERROR_IPSEC_IKE_MM_DELAY_DROP"));
//! assert_eq!(code.message(), Some("Negotiation took too long."));
//! assert_eq!(code.to_hresult() as u32, 0x800735F6);
//! ```
//!
//! The constants live in one module per family (`winerror::ipsec`, `winerror::winsock`, ...)
//! and are all re-exported here.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

mod code;
mod lookup;
mod page;

pub use code::ErrorCode;
pub use lookup::{by_name, lookup, pages};
pub use page::{ErrorPage, Family};

/// Ties the expansion to the docs folder's listing, so added or deleted pages rebuild it.
const _DOCS_STAMP: &str = env!("WINERROR_DOCS_STAMP");

#[cfg(not(feature = "pages"))]
winerror_macros::catalogue!("../../docs");
#[cfg(feature = "pages")]
winerror_macros::catalogue!("../../docs", bodies);

//! Pages saved by a Windows editor (a UTF-8 byte order mark, CRLF line endings) build exactly
//! like the same pages without them: the title, message and related errors are read.
#![allow(dead_code)]

mod catalogue {
    winerror_macros::catalogue!("windows_editor/docs", runtime = ::winerror, summaries);
}

fn main() {
    assert_eq!(catalogue::ERROR_IPSEC_IKE_MM_DELAY_DROP, winerror::ErrorCode::from_raw(13814));
    assert_eq!(catalogue::ERROR_IPSEC_IKE_QM_DELAY_DROP, winerror::ErrorCode::from_raw(13815));
}

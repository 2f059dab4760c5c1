//! Arguments forwarded by `macro_rules!` arrive wrapped in invisible groups; the macro reads them
//! like written ones. The constant comes out with the runtime path given.
#![allow(dead_code)]

macro_rules! forward {
    ($folder:literal, $runtime:path) => {
        winerror_macros::catalogue!($folder, runtime = $runtime, summaries);
    };
}

mod catalogue {
    forward!("forwarded/docs", ::winerror);
}

fn main() {
    assert_eq!(catalogue::ERROR_IPSEC_IKE_MM_DELAY_DROP, winerror::ErrorCode::from_raw(13814));
}

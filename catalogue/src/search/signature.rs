//! Page signatures: for each page, bits of the two- and three-letter runs its name holds
//! anywhere and its message holds at the start of a word, lowercase. A page whose signature
//! lacks all of a query word's needles cannot match it by name or message. Built from the
//! names and messages on the first search of a process (32 bytes a page, on the heap; the
//! static tables do not grow).

use std::sync::OnceLock;
use std::vec::Vec;

use crate::__catalogue::PAGES;

/// Bits per signature.
const BITS: usize = 256;

/// One page's signature.
pub type Signature = [u64; BITS / 64];

/// Every page's signature, in catalogue order.
pub fn all() -> &'static [Signature] {
    static ALL: OnceLock<Vec<Signature>> = OnceLock::new();
    ALL.get_or_init(|| PAGES.iter().map(|page| of(page.name(), page.message())).collect())
}

/// The signature of a page with `name` and `message`.
fn of(name: &str, message: &str) -> Signature {
    let mut signature = [0u64; BITS / 64];
    let mut set = |run: &[u8]| {
        if let Some(bit) = bit(run) {
            signature[usize::from(bit / 64)] |= 1 << (bit % 64);
        }
    };
    let name = name.as_bytes();
    for at in 0..name.len() {
        set(&name[at..name.len().min(at + 2)]);
        set(&name[at..name.len().min(at + 3)]);
    }
    let message = message.as_bytes();
    for at in 0..message.len() {
        if message[at].is_ascii_alphanumeric() && (at == 0 || !message[at - 1].is_ascii_alphanumeric()) {
            set(&message[at..message.len().min(at + 2)]);
            set(&message[at..message.len().min(at + 3)]);
        }
    }
    signature
}

/// The signature bit of a run of two or three letters (any case), or `None` for another length.
pub fn bit(run: &[u8]) -> Option<u8> {
    let hash = match *run {
        [a, b] => 0x0200_0000 | u32::from(a.to_ascii_lowercase()) << 8 | u32::from(b.to_ascii_lowercase()),
        [a, b, c] => {
            0x0300_0000
                | u32::from(a.to_ascii_lowercase()) << 16
                | u32::from(b.to_ascii_lowercase()) << 8
                | u32::from(c.to_ascii_lowercase())
        }
        _ => return None,
    };
    Some((hash.wrapping_mul(0x9E37_79B1) >> 24) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holds(signature: &Signature, run: &str) -> bool {
        let bit = bit(run.as_bytes()).unwrap();
        signature[usize::from(bit / 64)] & (1 << (bit % 64)) != 0
    }

    #[test]
    fn names_anywhere_and_message_words_at_their_start() {
        let signature = of("WSAECONNRESET", "An existing connection was forcibly closed.");
        for run in ["res", "con", "wsa", "ex", "exi", "clo", "fo"] {
            assert!(holds(&signature, run), "{run}");
        }
        assert_eq!(bit(b"a"), None);
        assert_eq!(bit(b"RES"), bit(b"res"));
    }
}

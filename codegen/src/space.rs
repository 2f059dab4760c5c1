//! The numeric spaces a family can hold: Win32 codes, HRESULTs and NTSTATUS values. A family
//! declares its space on its index page (`Space: hresult`; `win32` when absent), and the space
//! decides the header it may name, the prefix of its folder, how its titles and mentions are
//! written and which type its constants have.

/// Keyword of the index page line that names the family's space.
pub const SPACE_KEYWORD: &str = "Space:";

/// A numeric space of Windows error values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Space {
    /// Win32 error codes (`GetLastError`), written `NAME - DECIMAL (0xHEX)`.
    #[default]
    Win32,
    /// HRESULTs (COM, Schannel, ...), written `NAME - 0xHEX`.
    HResult,
    /// NTSTATUS values (the kernel, drivers), written `NAME - 0xHEX`.
    NtStatus,
}

impl Space {
    /// Every space, in catalogue order (the order of the pages).
    pub const ALL: [Space; 3] = [Space::Win32, Space::HResult, Space::NtStatus];

    /// The word an index page writes after `Space:`.
    pub fn keyword(self) -> &'static str {
        match self {
            Space::Win32 => "win32",
            Space::HResult => "hresult",
            Space::NtStatus => "ntstatus",
        }
    }

    /// The space a `Space:` line names.
    pub fn from_keyword(keyword: &str) -> Option<Space> {
        Space::ALL.into_iter().find(|space| space.keyword() == keyword)
    }

    /// The SDK headers a family of this space may declare.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            Space::Win32 => &["winerror.h", "winhttp.h", "wininet.h"],
            Space::HResult => &["winerror.h"],
            Space::NtStatus => &["ntstatus.h"],
        }
    }

    /// The prefix every folder of this space starts with, and no folder of another space does.
    pub fn folder_prefix(self) -> Option<&'static str> {
        match self {
            Space::Win32 => None,
            Space::HResult => Some("hresult_"),
            Space::NtStatus => Some("ntstatus_"),
        }
    }

    /// The space a folder name's prefix announces.
    pub fn of_folder(module: &str) -> Space {
        Space::ALL
            .into_iter()
            .find(|space| space.folder_prefix().is_some_and(|prefix| module.starts_with(prefix)))
            .unwrap_or(Space::Win32)
    }

    /// Whether values are written in hex alone (`NAME - 0xHEX`, `NAME (0xHEX)`).
    pub fn hex_only(self) -> bool {
        self != Space::Win32
    }

    /// The name of the runtime type of the space's constants.
    pub fn type_name(self) -> &'static str {
        match self {
            Space::Win32 => "ErrorCode",
            Space::HResult => "HResult",
            Space::NtStatus => "NtStatus",
        }
    }

    /// The space's name in prose: `Win32 code`, `HRESULT`, `NTSTATUS`.
    pub fn noun(self) -> &'static str {
        match self {
            Space::Win32 => "Win32 code",
            Space::HResult => "HRESULT",
            Space::NtStatus => "NTSTATUS",
        }
    }

    /// A value the way a title or mention of this space writes it: `13814 - 0x35F6` or
    /// `0x80090325`.
    pub fn write_value(self, value: u32) -> String {
        if self.hex_only() { format!("0x{value:08X}") } else { format!("{value} - 0x{value:X}") }
    }

    /// A value the way a title of this space writes it: `13814 (0x35F6)` or `0x80090325`.
    pub fn write_title_value(self, value: u32) -> String {
        if self.hex_only() { format!("0x{value:08X}") } else { format!("{value} (0x{value:X})") }
    }

    /// The form of a page title in this space.
    pub fn title_form(self) -> &'static str {
        if self.hex_only() { "`# NAME - 0xHEX`" } else { "`# NAME - DECIMAL (0xHEX)`" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_folders_round_trip() {
        for space in Space::ALL {
            assert_eq!(Space::from_keyword(space.keyword()), Some(space));
            if let Some(prefix) = space.folder_prefix() {
                assert_eq!(Space::of_folder(&format!("{prefix}security")), space);
            }
        }
        assert_eq!(Space::of_folder("winsock"), Space::Win32);
        assert_eq!(Space::from_keyword("HRESULT"), None);
    }

    #[test]
    fn values_are_written_per_space() {
        assert_eq!(Space::Win32.write_value(13814), "13814 - 0x35F6");
        assert_eq!(Space::HResult.write_value(0x90312), "0x00090312");
    }
}

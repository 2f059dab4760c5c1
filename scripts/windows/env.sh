# Sourced by the scripts of scripts/windows/ (from the workspace root): the settings that build
# the workspace for Windows (x86_64-pc-windows-gnu, linked by mingw) and run the results under
# Wine. Everything is set in this shell's environment only, never in a cargo config file, so
# plain `cargo build` and `cargo test` for Linux are untouched.

export WIN_TARGET=x86_64-pc-windows-gnu
# Everything of the Windows runs lives under target/windows/: the shim DLL and the Wine prefix
# (Wine's fake C: drive and registry), private to this checkout so no one's ~/.wine is touched.
export WIN_DIR="$PWD/target/windows"
export WINEPREFIX="$WIN_DIR/prefix"
# Wine's own chatter off: `fixme` lines (unimplemented corners no test relies on) and the
# complaints that there is no display for the desktop window a console program never opens, and
# wineboot's about the desktop-menu helper the prefix is created without.
# Errors stay on, so a missing DLL or import is still reported.
export WINEDEBUG="${WINEDEBUG:-fixme-all,err-winediag,err-systray,err-hid,err-wineboot}"
# No Mono or Gecko install prompts, no desktop menu entries when the prefix is created.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}"
# A console program needs no X display; an unset DISPLAY keeps Wine from looking for one.
unset DISPLAY

# Debian installs the 64-bit loader as /usr/lib/wine/wine64; its `wine` wrapper works too but
# warns about the missing 32-bit half on every run. WINE=/path/to/wine picks another.
if [ -z "${WINE:-}" ]; then
    for candidate in /usr/lib/wine/wine64 "$(command -v wine64 || true)" "$(command -v wine || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then WINE="$candidate"; break; fi
    done
fi
export WINE="${WINE:-wine64}"
if [ -z "${WINESERVER:-}" ]; then
    for candidate in /usr/lib/wine/wineserver64 "$(command -v wineserver || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then WINESERVER="$candidate"; break; fi
    done
fi
export WINESERVER="${WINESERVER:-wineserver}"

# Cargo reads a target's linker and runner from these variables: `cargo test --target
# x86_64-pc-windows-gnu` then links with mingw and starts each test binary, doctest and
# `cargo run` through scripts/windows/wine-run.sh.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$PWD/scripts/windows/wine-run.sh"

#!/usr/bin/env bash
# Prepares a Debian machine to build the workspace for Windows and run the result under Wine:
#   1. installs what is missing: Debian's wine64 (and wine, for the wineserver and tools),
#      the mingw-w64 cross compiler, and the Rust target x86_64-pc-windows-gnu;
#   2. builds bcryptprimitives.dll from bcryptprimitives.c (why: see that file);
#   3. creates the Wine prefix target/windows/prefix and puts the DLL in its System32.
# Each step is skipped when already done, so running it again costs a second.
# Usage, from anywhere: bash scripts/windows/setup.sh    (root, or sudo, for apt-get)
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || missing+=(wine64 wine)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    # --no-install-recommends: no fonts, no 32-bit wine, no desktop integration.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
source scripts/windows/env.sh # after the install, so that it finds wine64 and wineserver
if ! rustup target list --installed | grep -qx "$WIN_TARGET"; then
    rustup target add "$WIN_TARGET"
fi

mkdir -p "$WIN_DIR"
dll="$WIN_DIR/bcryptprimitives.dll"
if [ ! -f "$dll" ] || [ scripts/windows/bcryptprimitives.c -nt "$dll" ]; then
    echo "setup: building $(basename "$dll")"
    # -s: no symbols; -lbcrypt: BCryptGenRandom from Wine's bcrypt.dll.
    x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Werror -o "$dll" scripts/windows/bcryptprimitives.c -lbcrypt
fi

system32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -d "$system32" ]; then
    echo "setup: creating the Wine prefix $WINEPREFIX"
    # wineboot --init writes the fake C: drive and the registry (a few seconds, once). Its notes
    # (the 32-bit half, rundll32 in syswow64, no display) are harmless: kept in a log, shown on
    # failure only.
    WINEDEBUG=-all "$WINE" wineboot --init >"$WIN_DIR/wineboot.log" 2>&1 || {
        cat "$WIN_DIR/wineboot.log"
        exit 1
    }
    "$WINESERVER" --wait
fi
cp "$dll" "$system32/bcryptprimitives.dll"

wine_version=$("$WINE" --version 2>/dev/null || true)
echo "setup: ready: $wine_version, $(x86_64-w64-mingw32-gcc --version | head -n1), target $WIN_TARGET"

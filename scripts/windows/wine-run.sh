#!/usr/bin/env bash
# Cargo's runner for x86_64-pc-windows-gnu (set by env.sh): runs a Windows program under Wine
# in the prefix setup.sh made, with its arguments, and exits with its exit code.
set -euo pipefail
if [ -z "${WINEPREFIX:-}" ] || [ -z "${WINE:-}" ]; then
    echo "wine-run.sh: run scripts/windows/setup.sh and source scripts/windows/env.sh first" >&2
    exit 2
fi
exec "$WINE" "$@"

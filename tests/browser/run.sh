#!/usr/bin/env bash
# Browser test of the generated docs: serves target/doc on localhost and drives headless
# Chromium through rustdoc's search and the links between error pages.
# Run `cargo doc --workspace --no-deps` first. Installs chromium (and node) when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
doc_dir="${DOC_DIR:-$root/target/doc}"
screenshots="${SCREENSHOTS:-$root/target/browser}"

if [[ ! -f "$doc_dir/winerror/index.html" ]]; then
    echo "browser: no docs in $doc_dir; run \`cargo doc --workspace --no-deps\` first" >&2
    exit 1
fi

install_packages() {
    if [[ "$(id -u)" != 0 ]]; then
        echo "browser: missing $*; install it (apt-get install $*) or run as root" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v chromium >/dev/null || install_packages chromium
command -v node >/dev/null && command -v npm >/dev/null || install_packages nodejs npm
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"

cd "$here"
if [[ ! -d node_modules/playwright-core ]]; then
    npm ci --no-audit --no-fund --loglevel=error
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$doc_dir" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/winerror/index.html')" \
        2>/dev/null && break
    sleep 0.1
done

timeout 600 node docs.test.mjs "http://127.0.0.1:$port" "$screenshots"

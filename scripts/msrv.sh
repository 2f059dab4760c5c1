#!/usr/bin/env bash
# Proves the workspace's declared `rust-version`: installs that toolchain with rustup (minimal
# profile: rustc, cargo, rust-std) and builds and tests the library crates with it, every
# feature of `winerror` included, from the same Cargo.lock. The command-line tool, the test and
# xtask crates are not libraries and are not held to it.
# Its own target folder (target/msrv), so the main toolchain's builds are left alone.
# Usage: bash scripts/msrv.sh
set -euo pipefail
cd "$(dirname "$0")/.."
msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
[ -n "$msrv" ] || { echo "msrv: no rust-version in Cargo.toml" >&2; exit 1; }
rustup toolchain install "$msrv" --profile minimal --no-self-update
cargo +"$msrv" --version
libraries=(-p winerror -p winerror-macros -p winerror-pages -p winerror-codegen)
export CARGO_TARGET_DIR=target/msrv
cargo +"$msrv" test --locked "${libraries[@]}"
cargo +"$msrv" test --locked -p winerror --all-features
cargo +"$msrv" build --locked -p winerror --no-default-features --features serde,windows-result
echo "msrv: the library crates build and pass their tests with Rust $msrv"

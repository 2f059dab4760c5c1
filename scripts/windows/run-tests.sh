#!/usr/bin/env bash
# Runs the Windows half of CI under Wine (after scripts/windows/setup.sh):
#   - the `winerror` crate's tests (unit, integration, doctests), built for x86_64-pc-windows-gnu,
#     with the feature sets the Linux run covers: default and --all-features tested,
#     --no-default-features (no_std) built, plus clippy for the Windows-only code paths;
#   - the `connect` example against a closed port on 127.0.0.1, its explanation checked;
#   - `winerror.exe`, the CLI, on a few inputs, its output and exit status checked against the
#     Linux build of the same command (the catalogue is compiled in, so they must agree).
# Prints the time of each step. Usage: bash scripts/windows/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/windows/env.sh
if [ ! -f "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]; then
    echo "run-tests: no Wine prefix with the shim DLL: run scripts/windows/setup.sh first" >&2
    exit 2
fi

started=$SECONDS
timings=()
timed() { # timed LABEL COMMAND...: runs the command and records how long it took
    local label=$1 start=$SECONDS
    shift
    printf '\n--- windows: %s ---\n' "$label"
    "$@"
    timings+=("$(printf '%4ds  %s' $((SECONDS - start)) "$label")")
}
fail() {
    echo "run-tests: FAILED: $*" >&2
    exit 1
}
# Keeps one wineserver up for the whole run (each program would otherwise start its own, and
# every start costs a second), and stops it at the end, whatever happens.
"$WINESERVER" --persistent=60
trap '"$WINESERVER" --kill 2>/dev/null || true' EXIT

cargo_win() { # cargo_win SUBCOMMAND ARGS...: cargo for the Windows target
    local subcommand=$1
    shift
    cargo "$subcommand" --target "$WIN_TARGET" "$@"
}

timed "winerror tests (default features)" cargo_win test -p winerror
timed "winerror tests (--all-features)" cargo_win test -p winerror --all-features
# The same binary again, to show how many of the pages' std::io::ErrorKind claims it checked.
timed "the pages' std::io::ErrorKind claims" \
    cargo_win test -q -p winerror --all-features --test io_kind_claims -- --show-output every_kind
timed "winerror as no_std (build)" cargo_win build -p winerror --no-default-features
timed "winerror as no_std with serde, windows-result (build)" \
    cargo_win build -p winerror --no-default-features --features serde,windows-result
timed "clippy for Windows (--all-targets --all-features)" \
    cargo_win clippy -p winerror --all-targets --all-features -- -D warnings

# A port on 127.0.0.1 nothing listens on: the first from 9 (discard) up that refuses.
closed_port() {
    local port=9
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}

# run_wine OUT ERR EXE ARGS...: runs a Windows program with Wine's own messages off, its
# stdout and stderr in files; prints its exit status.
run_wine() {
    local out=$1 err=$2 status=0
    shift 2
    WINEDEBUG=-all "$WINE" "$@" >"$out" 2>"$err" || status=$?
    echo "$status"
}

expect_in() { # expect_in FILE TEXT: the file contains the text
    grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "expected '$2' in $1"; }
}

example() {
    cargo_win build -q -p winerror --example connect
    local exe="target/$WIN_TARGET/debug/examples/connect.exe" port out="$WIN_DIR/example"
    port=$(closed_port)
    mkdir -p "$out"
    status=$(run_wine "$out/stdout" "$out/stderr" "$exe" "127.0.0.1:$port")
    cat "$out/stderr"
    [ "$status" = 1 ] || fail "the example exited with $status, expected 1"
    expect_in "$out/stderr" "127.0.0.1:$port: "
    expect_in "$out/stderr" "error:   WSAECONNREFUSED (10061, 0x274D)"
    expect_in "$out/stderr" "message: No connection could be made because the target machine actively refused it."
    expect_in "$out/stderr" "docs:    https://docs.rs/winerror/latest/winerror/winsock/constant.WSAECONNREFUSED.html"
    expect_in "$out/stderr" "hint:    nothing listens on that port"
}
timed "example: connect to a closed port on 127.0.0.1" example

cli() {
    cargo_win build -q -p winerror-cli
    cargo build -q -p winerror-cli
    local exe="target/$WIN_TARGET/debug/winerror.exe" linux=target/debug/winerror out="$WIN_DIR/cli"
    mkdir -p "$out"
    # case NAME EXPECTED-STATUS TEXT-EXPECTED-IN-OUTPUT -- ARGS...
    local cases=0
    check() {
        local name=$1 expected=$2 text=$3
        shift 4
        local status linux_status=0
        status=$(run_wine "$out/$name.stdout" "$out/$name.stderr" "$exe" "$@")
        "$linux" "$@" >"$out/$name.linux.stdout" 2>"$out/$name.linux.stderr" || linux_status=$?
        [ "$status" = "$expected" ] || fail "winerror.exe $* exited with $status, expected $expected"
        [ "$linux_status" = "$expected" ] || fail "winerror $* (Linux) exited with $linux_status, expected $expected"
        if [ "$expected" = 0 ]; then
            expect_in "$out/$name.stdout" "$text"
        else
            expect_in "$out/$name.stderr" "$text"
        fi
        # The one expected difference: clap's usage line names the program as it was started,
        # `winerror.exe` on Windows.
        for stream in stdout stderr; do
            sed 's/^Usage: winerror\.exe /Usage: winerror /' "$out/$name.$stream" |
                diff -u "$out/$name.linux.$stream" - ||
                fail "winerror.exe $* printed another $stream than on Linux"
        done
        echo "ok: winerror.exe $* (exit $status)"
        cases=$((cases + 1))
    }
    check decimal 0 "Negotiation took too long." -- 13814
    check hresult 0 "read as an HRESULT (FACILITY_WIN32) carrying the Win32 code 12002" -- 0x80072EE2
    check name 0 "WSAECONNREFUSED" -- wsaeconnrefused
    check json 0 '"name": "ERROR_WINHTTP_CANNOT_CONNECT"' -- --json 12029
    check unknown 1 "matches no documented error" -- error_acces_denied
    check usage 2 "error:" -- --no-such-flag
    echo "winerror.exe: $cases cases agree with Linux"
}
timed "CLI: winerror.exe" cli

printf '\n--- windows: timings ---\n'
printf '%s\n' "${timings[@]}"
printf '%4ds  total\n' $((SECONDS - started))

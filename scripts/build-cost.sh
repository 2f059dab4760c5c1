#!/usr/bin/env bash
# What depending on `winerror` costs a user's build, side by side with `windows-sys`
# (feature `Win32_Foundation`), measured in one run on one machine:
#
#   (a) rebuilding the crate alone: `winerror` after touching one page of `docs/`, against
#       `windows-sys` after `cargo clean -p windows-sys` (its dependencies stay built);
#   (b) a cold build (fresh target folder) of a small crate depending on `winerror`, against
#       the same crate depending on `windows-sys`;
#   (c) a cold build of a crate that already uses serde (derive), thiserror and windows-sys,
#       with `winerror` added, against the same crate without it: what adding the catalogue
#       to a typical Windows project costs (goal: at most 1.3x).
#
# Runs alternate (winerror side, then the other side, run after run), and the report gives the
# median and the fastest of each.
#
# Each side is a scratch workspace under target/build-cost/ with its own Cargo.lock and the
# default `dev` profile, so the figures are what a downstream user gets (this workspace's
# profile settings do not apply to dependents). Every measurement has its own target folder.
#
# Usage: scripts/build-cost.sh [--runs N] [--check]
#   --runs N   repeat each measurement N times (default 3)
#   --check    only write the scratch crates and resolve them (quick; no timing)
# Needs cargo, and the crates.io registry for windows-sys and the macro toolchain.
set -euo pipefail

runs=3
check_only=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --check) check_only=true; shift ;;
        -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$root/target/build-cost"
# The page touched for (a); any page works, every page is tracked the same way.
page="$root/docs/ipsec/ERROR_IPSEC_IKE_MM_DELAY_DROP.md"
export CARGO_TERM_COLOR=never
unset CARGO_TARGET_DIR RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_INCREMENTAL

# scratch_crate NAME DEPENDENCY-LINE USE-LINE: a one-file binary crate in its own workspace.
scratch_crate() {
    local dir="$scratch/$1"
    mkdir -p "$dir/src"
    rm -f "$dir/Cargo.lock"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$2

# A workspace of its own, so the surrounding one (and its profiles) does not apply.
[workspace]
EOF
    cat >"$dir/src/main.rs" <<EOF
fn main() {
    $3
}
EOF
}

# (b) takes `winerror` the way a user's build does, from outside their workspace: cargo builds a
# path dependency incrementally and with lints, a registry or git dependency without either. So
# the cold build depends on a git snapshot of this working tree (tracked and untracked files, as
# they are now), which cargo treats exactly like a crate from the registry. The rebuild (a) edits
# a page, so it takes the working tree itself as a path dependency.
snapshot="$scratch/snapshot"
rm -rf "$snapshot"
mkdir -p "$snapshot"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    [[ -e "$file" ]] && printf '%s\0' "$file"
done | xargs -0 cp -P --parents -t "$snapshot")
git -C "$snapshot" init --quiet
git -C "$snapshot" add --all
git -C "$snapshot" -c user.name=build-cost -c user.email=build-cost@localhost commit --quiet -m snapshot
scratch_crate uses-winerror \
    "winerror = { git = \"file://$snapshot\" }" \
    'println!("{:?}", winerror::ERROR_ACCESS_DENIED);'
scratch_crate rebuilds-winerror \
    "winerror = { path = \"$root/catalogue\" }" \
    'println!("{:?}", winerror::ERROR_ACCESS_DENIED);'
scratch_crate uses-windows-sys \
    'windows-sys = { version = "0.61", features = ["Win32_Foundation"] }' \
    'println!("{}", windows_sys::Win32::Foundation::ERROR_ACCESS_DENIED);'

# (c): a typical Windows project, without and with the catalogue.
app_dependencies='serde = { version = "1", features = ["derive"] }
thiserror = "2"
windows-sys = { version = "0.61", features = ["Win32_Foundation"] }'
app_code='#[derive(Debug, serde::Serialize, serde::Deserialize)]
    struct Reply { code: u32, text: String }
    #[derive(Debug, thiserror::Error)]
    enum Failure { #[error("call failed with {0}")] Call(u32) }
    let reply = Reply { code: windows_sys::Win32::Foundation::ERROR_ACCESS_DENIED, text: String::new() };
    println!("{reply:?} {}", Failure::Call(reply.code));'
scratch_crate app-without "$app_dependencies" "$app_code"
scratch_crate app-with "$app_dependencies
winerror = { git = \"file://$snapshot\" }" "$app_code
    println!(\"{:?}\", winerror::ErrorCode::from_raw(reply.code).name());"

# For reference beside (b): a proc macro that does nothing but parse a line of Markdown with
# pulldown-cmark (default features off, as the catalogue uses it), taken from git like `winerror`.
# What it costs is the part of (b) no work on this project can remove.
markdown="$scratch/markdown-macro"
rm -rf "$markdown"
mkdir -p "$markdown/src"
cat >"$markdown/Cargo.toml" <<EOF
[package]
name = "markdown-macro"
version = "0.0.0"
edition = "2024"
publish = false

[lib]
proc-macro = true

[dependencies]
pulldown-cmark = { version = "0.13", default-features = false }

[workspace]
EOF
cat >"$markdown/src/lib.rs" <<EOF
use proc_macro::TokenStream;

#[proc_macro]
pub fn events(_: TokenStream) -> TokenStream {
    let count = pulldown_cmark::Parser::new("# A *title*").count();
    format!("pub const EVENTS: usize = {count};").parse().unwrap()
}
EOF
git -C "$markdown" init --quiet
git -C "$markdown" add --all
git -C "$markdown" -c user.name=build-cost -c user.email=build-cost@localhost commit --quiet -m markdown
scratch_crate uses-markdown-macro \
    "markdown-macro = { git = \"file://$markdown\" }" \
    'markdown_macro::events!(); println!("{EVENTS}");'

all_crates=(uses-winerror rebuilds-winerror uses-windows-sys uses-markdown-macro app-with app-without)
for crate in "${all_crates[@]}"; do
    # Download and lock once, outside the timings.
    (cd "$scratch/$crate" && cargo fetch --quiet)
done
if $check_only; then
    for crate in "${all_crates[@]}"; do
        (cd "$scratch/$crate" && cargo metadata --format-version 1 --offline >/dev/null)
    done
    echo "build-cost: scratch crates written and resolved under target/build-cost/"
    exit 0
fi

log="$scratch/build.log"
# timed DIR COMMAND...: runs COMMAND in DIR; prints its wall time and its CPU time (user + system,
# children included) in seconds. CPU time barely moves when other work shares the machine.
timed() {
    local dir="$1" times
    shift
    times="$({ TIMEFORMAT='%R %U %S'; time (cd "$dir" && "$@" >>"$log" 2>&1); } 2>&1)" || {
        echo "build-cost: \`$*\` failed in $dir; see $log" >&2
        exit 1
    }
    awk '{ printf "%.2f %.2f", $1, $2 + $3 }' <<<"$times"
}

# cold CRATE: a build of CRATE and all its dependencies in a fresh target folder.
cold() {
    local target="$scratch/target-cold-$1"
    rm -rf "$target"
    CARGO_TARGET_DIR="$target" timed "$scratch/$1" cargo build --offline
}

# rebuild CRATE: rebuild of the measured dependency alone, its own dependencies staying built.
rebuild() {
    local dir="$scratch/$1"
    [[ "$1" == uses-winerror ]] && dir="$scratch/rebuilds-winerror"
    export CARGO_TARGET_DIR="$scratch/target-rebuild-$1"
    (cd "$dir" && cargo build --offline >>"$log" 2>&1)
    case "$1" in
        uses-winerror)
            touch "$page"
            timed "$dir" cargo build --offline -p winerror
            ;;
        uses-windows-sys)
            (cd "$dir" && cargo clean --offline -p windows-sys >>"$log" 2>&1)
            timed "$dir" cargo build --offline -p windows-sys
            ;;
    esac
    unset CARGO_TARGET_DIR
}

# fastest A B ...: the smallest of the numbers.
fastest() { printf '%s\n' "$@" | sort -g | head -n1; }
# median A B ...: the middle number (the mean of the two middle ones for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# ratio A B: A / B, two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g) ? "met" : "NOT met" }'; }

: >"$log"
declare -A wall cpu
for ((run = 1; run <= runs; run++)); do
    echo "run $run of $runs" >&2
    for kind in rebuild cold; do
        crates=(uses-winerror uses-windows-sys)
        [[ "$kind" == cold ]] && crates+=(uses-markdown-macro app-with app-without)
        for crate in "${crates[@]}"; do
            result="$("$kind" "$crate")"
            read -r w c <<<"$result"
            echo "  $kind $crate: ${w} s wall, ${c} s CPU" >&2
            wall[$kind.$crate]="${wall[$kind.$crate]:-} $w"
            cpu[$kind.$crate]="${cpu[$kind.$crate]:-} $c"
        done
    done
done

echo
echo "machine: $(nproc) CPUs, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1), $(free -g 2>/dev/null | awk '/^Mem:/ { print $2 " GiB" }')"
echo "date:    $(date -u +%Y-%m-%d)    $(cargo --version)"
echo "$runs alternating runs, dev profile; load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo
printf '%-42s %-12s %9s %12s %7s %6s\n' "measurement" "time" "winerror" "baseline" "ratio" "goal"
# row LABEL KIND GOAL [WITH WITHOUT]: median and fastest, wall and CPU, of two sides.
row() {
    local label="$1" kind="$2" goal="$3" with="${4:-uses-winerror}" without="${5:-uses-windows-sys}" metric pick
    for metric in wall cpu; do
        for pick in median fastest; do
            local -n times_of="$metric"
            local w s r
            w="$("$pick" ${times_of[$kind.$with]})"
            s="$("$pick" ${times_of[$kind.$without]})"
            r="$(ratio "$w" "$s")"
            if [[ -n "$goal" ]]; then
                printf '%-42s %-12s %8ss %11ss %6s× %5s×  %s\n' "$label" "$metric $pick" "$w" "$s" "$r" "$goal" "$(verdict "$r" "$goal")"
            else
                printf '%-42s %-12s %8ss %11ss %6s×\n' "$label" "$metric $pick" "$w" "$s" "$r"
            fi
            label=""
        done
    done
}
row "(a) rebuild of the crate alone" rebuild 1.5
row "(b) cold build of a crate depending on it" cold ""
row "(c) serde+thiserror+windows-sys crate," cold 1.3 app-with app-without
echo "    with winerror added, against without"
echo
echo "for reference, a proc macro that only parses Markdown with pulldown-cmark, built cold:"
reference_row() {
    local metric m s
    for metric in wall cpu; do
        local -n times_of="$metric"
        m="$(median ${times_of[cold.uses-markdown-macro]})"
        s="$(median ${times_of[cold.uses-windows-sys]})"
        printf '%-42s %-5s %8ss %11ss %6s×\n' "" "$metric" "$m" "$s" "$(ratio "$m" "$s")"
    done
}
reference_row

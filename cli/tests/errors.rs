//! Unknown input, usage errors and exit codes: never a panic, whatever is typed.

mod common;

use std::io::Read;
use std::process::Stdio;

use common::winerror;

#[test]
fn an_unknown_name_names_what_was_tried_and_the_closest_names() {
    let run = winerror(["ERROR_ACCES_DENIED"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: 'ERROR_ACCES_DENIED' matches no documented error\n\
         \x20 tried: not a known name (in any case, with or without ERROR_)\n\
         \x20 tried: not a decimal value (13814, or -2147011082 for an HRESULT)\n\
         \x20 tried: not a hexadecimal value (0x35F6, or 0x800735F6 for an HRESULT)\n\
         \x20 help: closest names: ERROR_ACCESS_DENIED, ERROR_EA_ACCESS_DENIED, ERROR_HV_ACCESS_DENIED\n"
    );
}

#[test]
fn an_unknown_value_names_the_nearest_documented_ones() {
    let run = winerror(["13999"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("tried: no page has the value 13999 (0x36AF)"), "{}", run.stderr);
    assert!(run.stderr.contains("nearest documented values: ERROR_SXS_SECTION_NOT_FOUND (14000)"), "{}", run.stderr);
}

#[test]
fn unnamed_values_are_decoded_as_an_hresult_and_as_an_ntstatus() {
    let run = winerror(["0x80097FFF"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: '0x80097FFF' matches no documented error\n\
         \x20 tried: no page has the value 2148106239 (0x80097FFF) in any space\n\
         \x20 tried: as an HRESULT: severity error, facility FACILITY_SECURITY (9), code 0x7FFF (32767), not FACILITY_WIN32 (7)\n\
         \x20 tried: as an NTSTATUS: severity warning, facility FACILITY_NTSSPI (9), code 0x7FFF (32767)\n"
    );
    let run = winerror(["0xC0FF0001"]);
    assert!(run.stderr.contains("as an HRESULT: severity error, facility 255, code 0x1 (1)"), "{}", run.stderr);
    assert!(run.stderr.contains("as an NTSTATUS: severity error, facility 255, code 0x1 (1)"), "{}", run.stderr);
    let run = winerror(["0x80073FFF"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("carries the Win32 code 16383 (0x3FFF), which no page has either"), "{}", run.stderr);
}

#[test]
fn odd_input_is_an_error_not_a_panic() {
    let long = "X".repeat(10_000);
    let odd = [
        "",
        " ",
        "-",
        "+",
        "0x",
        "0x-1",
        "--5",
        "ERROR_",
        "é",
        "\u{202e}5",
        "%s%n",
        "\u{1}\t",
        "99999999999999999999999",
        "-2147483649",
        "4294967296",
        "0x1FFFFFFFF",
        "١٢٣",
        "NaN",
        "1e3",
        &long,
    ];
    for input in odd {
        let run = winerror(["--", input]);
        assert_eq!(run.code, 1, "{input:?}: {run:?}");
        assert_eq!(run.stdout, "", "{input:?}");
        assert!(run.stderr.starts_with("error: '"), "{input:?}: {}", run.stderr);
    }
}

#[test]
fn out_of_range_numbers_say_so() {
    let run = winerror(["4294967296"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("4294967296 is out of range: codes and HRESULTs are 32-bit"), "{}", run.stderr);
}

#[test]
fn double_dash_ends_the_options() {
    let run = winerror(["--", "-2147011082"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("ERROR_IPSEC_IKE_MM_DELAY_DROP"));
    let run = winerror(["--", "--json"]);
    assert_eq!(run.code, 1, "after --, --json is an input: {run:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["--bogus"],
        &["--search", "--list"],
        &["--color", "sometimes", "5"],
        &["--list", "ipsec", "--search", "x"],
        &["-0x35F6"],
    ] {
        let run = winerror(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(run.stderr.starts_with("error: "), "{args:?}: {}", run.stderr);
    }
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_usage_errors() {
    use std::os::unix::ffi::OsStringExt;
    let run = winerror([std::ffi::OsString::from_vec(vec![b'5', 0xFF])]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
}

#[test]
fn help_and_version_succeed() {
    let help = winerror(["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--search"));
    assert!(help.stdout.contains("0x800735F6"));
    let version = winerror(["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(version.stdout, format!("winerror {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    // `winerror --search error | head -1`: far more output than a pipe holds.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_winerror"))
        .args(["--search", "error"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the winerror binary runs");
    let mut first = [0u8; 16];
    child.stdout.take().expect("piped stdout").read_exact(&mut first).expect("some output");
    let mut stderr = String::new();
    child.stderr.take().expect("piped stderr").read_to_string(&mut stderr).expect("stderr");
    let status = child.wait().expect("the run ends");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

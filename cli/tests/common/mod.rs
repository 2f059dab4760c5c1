//! Runs the real `winerror` binary and captures what it says.

#![allow(dead_code, reason = "each test file uses a different part of the helpers")]

use assert_cmd::cargo::cargo_bin_cmd;

/// What one run printed, and its exit status.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs `winerror ARGS` with its output piped, without colour overrides from the environment.
pub fn winerror<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    winerror_with_env(args, &[])
}

/// Like [`winerror`], with extra environment variables.
pub fn winerror_with_env<I, S>(args: I, env: &[(&str, &str)]) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut command = cargo_bin_cmd!("winerror");
    command.args(args).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE").env_remove("CLICOLOR");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("the winerror binary runs");
    let run = Run {
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
        code: output.status.code().expect("an exit status, not a signal"),
    };
    assert!(!run.stderr.contains("panicked"), "a panic: {run:?}");
    assert!(!run.stderr.contains("RUST_BACKTRACE"), "a backtrace hint: {run:?}");
    run
}

/// Runs `winerror --json ARGS` and parses its output.
pub fn winerror_json<I, S>(args: I) -> Vec<serde_json::Value>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let run = winerror(
        std::iter::once(std::ffi::OsString::from("--json")).chain(args.into_iter().map(|a| a.as_ref().to_owned())),
    );
    assert_eq!(run.code, 0, "{run:?}");
    match serde_json::from_str(&run.stdout).expect("--json prints JSON") {
        serde_json::Value::Array(records) => records,
        other => panic!("--json prints an array, not {other}"),
    }
}

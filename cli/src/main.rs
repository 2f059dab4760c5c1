//! `winerror`: explains Windows error codes from the compiled-in catalogue, on any OS.
//!
//! `winerror 0x35F6`, `winerror -2147011082 ERROR_ACCESS_DENIED`, `winerror --search access denied`,
//! `winerror --list ipsec`. See `winerror --help`.

mod args;
mod explain;
mod listing;
mod query;
mod record;
mod render;
mod style;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Args, Mode};

fn main() -> ExitCode {
    let args = Args::parse();
    args.apply_color();
    let mut stdout = anstream::stdout().lock();
    let result = match args.mode() {
        Mode::Explain(inputs) => explain::run(&mut stdout, inputs, &args),
        Mode::Search(words) => listing::search(&mut stdout, &words, &args),
        Mode::Families => listing::families(&mut stdout, &args),
        Mode::Family(module) => listing::family(&mut stdout, module, &args),
    };
    let outcome = result.and_then(|outcome| stdout.flush().map(|()| outcome));
    match outcome {
        Ok(outcome) => outcome.exit_code(),
        // The reader went away (`winerror --list | head`): nothing left to say.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            style::error(&format!("cannot write the output: {error}"));
            ExitCode::FAILURE
        }
    }
}

/// How a run went, beyond output errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Everything asked for was found.
    Found,
    /// At least one input matched nothing (reported on stderr).
    NotFound,
}

impl Outcome {
    fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NotFound => ExitCode::FAILURE,
        }
    }
}

//! Entry point: parse arguments, run, exit with the contract's code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let code = match kling_doctor::cli::Cli::try_parse_from(&args) {
        Ok(cli) => kling_doctor::run(cli),
        Err(err) => kling_doctor::cli_error::report(err, &args),
    };
    ExitCode::from(code)
}

//! Entry point: parse arguments, run, exit with the contract's code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let code = match kling_doctor::cli::Cli::try_parse() {
        Ok(cli) => kling_doctor::run(cli),
        Err(err) => kling_doctor::usage_error(err),
    };
    ExitCode::from(code)
}

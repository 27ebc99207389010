//! Entry point: parse arguments, run, exit with the contract's code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kling_doctor::cli::Cli::parse();
    ExitCode::from(kling_doctor::run(cli))
}

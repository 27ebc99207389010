//! `kling-doctor completions SHELL` and `kling-doctor man`: generated from the clap
//! definition, so they never disagree with `--help`.

use clap::CommandFactory;

use super::Done;
use crate::cli::Cli;

/// The completion script for `shell`, on stdout.
pub fn completions(shell: clap_complete::Shell) -> Done {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kling-doctor", &mut script);
    Done {
        stdout: String::from_utf8_lossy(&script).into_owned(),
        exit: 0,
    }
}

/// The manual page in roff, on stdout.
pub fn man() -> Result<Done, crate::error::AppError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| crate::error::AppError::Output(e.to_string()))?;
    Ok(Done {
        stdout: String::from_utf8_lossy(&page).into_owned(),
        exit: 0,
    })
}

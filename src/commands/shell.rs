//! `kling-doctor completions SHELL` and `kling-doctor man`: generated from the clap
//! definition worded in the user's language (`help`), so they never disagree with `--help`.

use super::Done;
use crate::config::Config;
use crate::help;
use crate::rules::builtin_messages;

/// The completion script for `shell`, on stdout.
pub fn completions(config: &Config, shell: clap_complete::Shell) -> Done {
    let messages = builtin_messages();
    let mut script = Vec::new();
    let mut cmd = help::command(&messages.tr(config.lang));
    clap_complete::generate(shell, &mut cmd, "kling-doctor", &mut script);
    Done {
        stdout: String::from_utf8_lossy(&script).into_owned(),
        exit: 0,
    }
}

/// The manual page in roff, on stdout.
pub fn man(config: &Config) -> Result<Done, crate::error::AppError> {
    let messages = builtin_messages();
    let mut page = Vec::new();
    clap_mangen::Man::new(help::command(&messages.tr(config.lang)))
        .render(&mut page)
        .map_err(|e| crate::error::AppError::Output(e.to_string()))?;
    Ok(Done {
        stdout: String::from_utf8_lossy(&page).into_owned(),
        exit: 0,
    })
}

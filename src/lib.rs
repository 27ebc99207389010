//! kling-doctor: reads a Kling API error, walks the FAQ decision tree in `rules/`, and
//! explains in English or Indonesian what is wrong and how to fix it.

pub mod cache;
pub mod cli;
pub mod cli_error;
pub mod commands;
pub mod config;
pub mod derived;
mod embedded;
pub mod engine;
pub mod env;
pub mod error;
pub mod facts;
pub mod help;
pub mod i18n;
pub mod input;
/// Compiled into `build.rs`, which indexes the built-in catalogues; tested here.
#[cfg(test)]
mod locale_index;
pub mod prefilter;
pub mod pricing;
pub mod probe;
pub mod redact;
pub mod render;
pub mod report;
pub mod rules;
pub mod scenarios;
pub mod suggest;
pub mod usage;
pub mod wizard;

use std::io::Write;

use cli::{Cli, Command, RulesCommand, WatchCommand};
use config::Config;
use env::Environment;
use error::AppError;
use redact::Redactor;

/// Exit codes of the contract.
pub mod exit {
    pub const OK: u8 = 0;
    pub const PROBLEMS: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const INTERRUPTED: u8 = 130;
}

/// Runs one invocation and returns its exit code. Everything printed passes the redactor.
pub fn run(cli: Cli) -> u8 {
    let env = Environment::load();
    let config = Config::new(&cli.global, &env);
    let redactor = Redactor::new(config.secrets.clone());
    if let Some(broken) = env.dotenv_error() {
        return report(&AppError::Dotenv(broken.clone()), &config, &redactor);
    }
    match dispatch(cli, &config) {
        Ok(done) => match write_all(&mut std::io::stdout(), &redactor.redact(&done.stdout)) {
            Ok(()) => done.exit,
            Err(e) => report(&AppError::Output(e.to_string()), &config, &redactor),
        },
        Err(e) => report(&e, &config, &redactor),
    }
}

fn dispatch(cli: Cli, config: &Config) -> Result<commands::Done, AppError> {
    // Diagnosis options belong to the bare command or to `diagnose`, not before another command.
    if cli.command.is_some() && cli.diagnose != cli::DiagnoseArgs::default() {
        return Err(AppError::OptionsBeforeCommand);
    }
    match cli.command {
        None => commands::diagnose::run(config, &cli.diagnose),
        Some(Command::Diagnose(args)) => commands::diagnose::run(config, &args),
        Some(Command::Explain(args)) => commands::explain::run(config, &args),
        Some(Command::Cost(args)) => commands::cost::run(config, &args),
        Some(Command::Probe(args)) => commands::probe::run(config, &args),
        Some(Command::Usage(args)) => commands::usage::run(config, &args),
        Some(Command::Watch(WatchCommand::Slots(args))) => commands::watch::slots(config, &args),
        Some(Command::Watch(WatchCommand::Balance(args))) => {
            commands::watch::balance(config, &args)
        }
        Some(Command::Rules(RulesCommand::Check { dir })) => commands::rules::check(config, dir),
        Some(Command::Rules(RulesCommand::Test { dir })) => commands::rules::test(config, dir),
        Some(Command::Rules(RulesCommand::Graph { dir, format })) => {
            commands::rules::graph(config, dir, format)
        }
        Some(Command::Completions { shell }) => Ok(commands::shell::completions(config, shell)),
        Some(Command::Man) => commands::shell::man(config),
    }
}

/// Writes, treating a closed pipe (`kling-doctor | head`) as success.
pub(crate) fn write_all(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Prints an exit-2 error on stderr in the chosen language; nothing goes to stdout.
fn report(error: &AppError, config: &Config, redactor: &Redactor) -> u8 {
    // The built-in messages: a broken `--rules DIR` must not keep us from explaining it.
    let messages = rules::builtin_messages();
    let tr = messages.tr(config.lang);
    let mut text = String::new();
    if let AppError::Rules(errors) = error {
        text.push_str(&render::rule_errors::render(errors, &tr, rules::file_text));
    } else if let AppError::Interrupted = error {
        text.push_str(&format!("{}\n", error.message(&tr)));
    } else {
        text.push_str(&format!(
            "{} {}\n",
            tr.tr("ui-error-prefix"),
            error.message(&tr)
        ));
    }
    let _ = write_all(&mut std::io::stderr(), &redactor.redact(&text));
    error.exit_code()
}

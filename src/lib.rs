//! kling-doctor: reads a Kling API error, walks the FAQ decision tree in `rules/`, and
//! explains in English or Indonesian what is wrong and how to fix it.

pub mod cli;
pub mod commands;
pub mod config;
pub mod derived;
pub mod engine;
pub mod error;
pub mod facts;
pub mod i18n;
pub mod pricing;
pub mod redact;
pub mod render;
pub mod report;
pub mod rules;

use std::io::Write;

use cli::{Cli, Command, RulesCommand};
use config::{Config, Environment};
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
    match dispatch(cli, &config) {
        Ok(done) => match write_all(&mut std::io::stdout(), &redactor.redact(&done.stdout)) {
            Ok(()) => done.exit,
            Err(e) => report(&AppError::Output(e.to_string()), &config, &redactor),
        },
        Err(e) => report(&e, &config, &redactor),
    }
}

fn dispatch(cli: Cli, config: &Config) -> Result<commands::Done, AppError> {
    match cli.command {
        None => commands::diagnose::run(config, &cli.diagnose),
        Some(Command::Diagnose(args)) => commands::diagnose::run(config, &args),
        Some(Command::Explain(args)) => commands::explain::run(config, &args),
        Some(Command::Rules(RulesCommand::Check { dir })) => commands::rules::check(config, dir),
    }
}

/// Writes, treating a closed pipe (`kling-doctor | head`) as success.
fn write_all(out: &mut impl Write, text: &str) -> std::io::Result<()> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Prints an exit-2 error on stderr in the chosen language; nothing goes to stdout.
fn report(error: &AppError, config: &Config, redactor: &Redactor) -> u8 {
    let builtin = i18n::Messages::load(
        rules::RuleSource::Embedded
            .files()
            .map(|f| {
                f.locales()
                    .map(|(p, t)| (p.to_string(), t.to_string()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str())),
    );
    let Ok(messages) = builtin else {
        return exit::USAGE;
    };
    let tr = messages.tr(config.lang);
    let mut text = String::new();
    if let AppError::Rules(errors) = error {
        text.push_str(&render::rule_errors::render(errors, &tr, rules::file_text));
    } else {
        text.push_str(&format!(
            "{} {}\n",
            tr.tr("ui-error-prefix"),
            error.message(&tr)
        ));
    }
    let _ = write_all(&mut std::io::stderr(), &redactor.redact(&text));
    exit::USAGE
}

//! kling-doctor: reads a Kling API error, walks the FAQ decision tree in `rules/`, and
//! explains in English or Indonesian what is wrong and how to fix it.

pub mod cli;
pub mod commands;
pub mod config;
pub mod derived;
mod embedded;
pub mod engine;
pub mod error;
pub mod facts;
pub mod i18n;
pub mod prefilter;
pub mod pricing;
pub mod probe;
pub mod redact;
pub mod render;
pub mod report;
pub mod rules;
pub mod scenarios;
pub mod suggest;
pub mod wizard;

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
        Some(Command::Rules(RulesCommand::Check { dir })) => commands::rules::check(config, dir),
        Some(Command::Rules(RulesCommand::Test { dir })) => commands::rules::test(config, dir),
        Some(Command::Rules(RulesCommand::Graph { dir, format })) => {
            commands::rules::graph(config, dir, format)
        }
        Some(Command::Completions { shell }) => Ok(commands::shell::completions(shell)),
        Some(Command::Man) => commands::shell::man(),
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
    // The built-in messages: a broken `--rules DIR` must not keep us from explaining it.
    let Ok(messages) = i18n::Messages::load(rules::builtin_locales()) else {
        return exit::USAGE;
    };
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

/// Reports a command-line syntax error in the user's language (clap words them in
/// English): help and version go to stdout with exit 0, anything else is exit 2.
pub fn usage_error(err: clap::Error) -> u8 {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return exit::OK;
    }
    let env = Environment::load();
    let redactor = Redactor::new(
        config::SECRET_VARS
            .iter()
            .filter_map(|k| env.get(k))
            .map(str::to_string),
    );
    let Ok(messages) = i18n::Messages::load(rules::builtin_locales()) else {
        return exit::USAGE;
    };
    // `--lang id` may sit next to the mistake; honour it when it parses.
    let args: Vec<String> = std::env::args().collect();
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        });
    let flag = flag.and_then(|l| <i18n::Lang as clap::ValueEnum>::from_str(&l, true).ok());
    let tr = messages.tr(config::resolve_lang(flag, &env));
    let context = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let mut args = fluent::FluentArgs::new();
    args.set("arg", context(ContextKind::InvalidArg));
    args.set("value", context(ContextKind::InvalidValue));
    args.set("valid", context(ContextKind::ValidValue));
    args.set("subcommand", context(ContextKind::InvalidSubcommand));
    let key = match err.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "usage-invalid-value",
        ErrorKind::UnknownArgument => "usage-unknown-argument",
        ErrorKind::InvalidSubcommand => "usage-invalid-subcommand",
        ErrorKind::MissingRequiredArgument => "usage-missing-argument",
        ErrorKind::ArgumentConflict => "usage-argument-conflict",
        _ => "usage-other",
    };
    let mut text = format!(
        "{} {}",
        tr.tr("ui-error-prefix"),
        tr.tr_args(key, Some(&args))
    );
    let suggestion =
        context(ContextKind::SuggestedArg) + &context(ContextKind::SuggestedSubcommand);
    if !suggestion.is_empty() {
        let mut a = fluent::FluentArgs::new();
        a.set("suggestion", suggestion);
        text.push_str(&tr.tr_args("error-did-you-mean", Some(&a)));
    }
    if key == "usage-other" {
        text = err.render().to_string();
    } else {
        text.push_str(&format!("\n\n{}\n", tr.tr("usage-see-help")));
    }
    let _ = write_all(&mut std::io::stderr(), &redactor.redact(&text));
    exit::USAGE
}

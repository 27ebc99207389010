//! Command-line syntax errors and early exits, worded in the user's language: clap words
//! its errors and help in English, and stops before a `Config` exists. The language and
//! the secrets to redact come from the usual `Config`, built from what of the command
//! line still parses.

use std::ffi::OsString;

use clap::builder::ValueParser;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::cli::{Cli, GlobalArgs};
use crate::config::Config;
use crate::env::Environment;
use crate::i18n::{Lang, Tr};
use crate::redact::Redactor;
use crate::{exit, help, rules, write_all};

/// Prints `err` for the command line `args`: help on stdout with exit 0, `--version` as
/// clap has it, anything else on stderr with exit 2.
pub fn report(err: clap::Error, args: &[OsString]) -> u8 {
    if err.kind() == ErrorKind::DisplayVersion {
        let _ = err.print();
        return exit::OK;
    }
    let messages = rules::builtin_messages();
    let Some(global) = global_args(args) else {
        // Not even the program name parses: nothing to word the error by.
        let tr = messages.tr(Lang::En);
        let text = format!("{} {}\n", tr.tr("ui-error-prefix"), tr.tr("usage-other"));
        let _ = write_all(&mut std::io::stderr(), &text);
        return exit::USAGE;
    };
    let config = Config::new(&global, &Environment::load());
    let redactor = Redactor::new(config.secrets.clone());
    let tr = messages.tr(config.lang);
    let err = if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // The same command line against the worded tree stops at the same help.
        help::command(&tr)
            .try_get_matches_from(args)
            .err()
            .unwrap_or(err)
    } else {
        err
    };
    if err.kind() == ErrorKind::DisplayHelp {
        let _ = err.print();
        return exit::OK;
    }
    let _ = write_all(
        &mut std::io::stderr(),
        &redactor.redact(&message(&err, &tr)),
    );
    exit::USAGE
}

/// The options every command understands, from as much of `args` as parses: `--lang id`
/// next to a mistake still counts.
fn global_args(args: &[OsString]) -> Option<GlobalArgs> {
    // Help and version become plain flags (and `help` a plain command) so that parsing
    // goes on past them to a later `--lang`.
    let flag = |id: &'static str, short: char| {
        Arg::new(id)
            .short(short)
            .long(id)
            .global(true)
            .action(ArgAction::SetTrue)
    };
    let lenient = || {
        Cli::command()
            .ignore_errors(true)
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .arg(flag("help", 'h'))
            .arg(flag("version", 'V'))
            .subcommand(Command::new("help").arg(Arg::new("names").num_args(0..)))
    };
    let parse = |args: &[OsString]| {
        let matches = lenient().try_get_matches_from(args).ok()?;
        GlobalArgs::from_arg_matches(&matches).ok()
    };
    let global = parse(args).or_else(|| parse(&args[..args.len().min(1)]))?;
    // Even ignoring errors, clap stops at a value it refuses (`--timeout 0 --lang id`): a
    // second parse that takes every other value as plain text finds a later `--lang`.
    let lang = || {
        let matches = loosened(lenient()).try_get_matches_from(args).ok()?;
        matches.get_one::<Lang>("lang").copied()
    };
    Some(GlobalArgs {
        lang: global.lang.or_else(lang),
        ..global
    })
}

/// `cmd` with every value-taking argument but `--lang` reading any text.
fn loosened(cmd: Command) -> Command {
    cmd.mut_args(|arg| {
        if arg.get_action().takes_values() && arg.get_id() != "lang" {
            arg.value_parser(ValueParser::os_string())
        } else {
            arg
        }
    })
    .mut_subcommands(loosened)
}

fn message(err: &clap::Error, tr: &Tr<'_>) -> String {
    let context = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let key = match err.kind() {
        // A range or a parser of its own (`--timeout`) lists no values to choose from.
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
            if err.get(ContextKind::ValidValue).is_none() =>
        {
            "usage-invalid-value-unlisted"
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => "usage-invalid-value",
        ErrorKind::UnknownArgument => "usage-unknown-argument",
        ErrorKind::InvalidSubcommand => "usage-invalid-subcommand",
        ErrorKind::MissingRequiredArgument => "usage-missing-argument",
        ErrorKind::ArgumentConflict => "usage-argument-conflict",
        _ => return err.render().to_string(),
    };
    let mut args = fluent::FluentArgs::new();
    args.set("arg", context(ContextKind::InvalidArg));
    args.set("value", context(ContextKind::InvalidValue));
    args.set("valid", context(ContextKind::ValidValue));
    args.set("subcommand", context(ContextKind::InvalidSubcommand));
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
    text.push_str(&format!("\n\n{}\n", tr.tr("usage-see-help")));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_language_is_read_past_help_and_mistakes() {
        let cases: &[(&[&str], Option<Lang>)] = &[
            (&["kd", "--help", "--lang", "id"], Some(Lang::Id)),
            (&["kd", "-h", "--lang=id"], Some(Lang::Id)),
            (&["kd", "help", "cost", "--lang", "id"], Some(Lang::Id)),
            (&["kd", "cost", "--help", "--lang", "id"], Some(Lang::Id)),
            (&["kd", "--lang", "id", "--colr", "never"], Some(Lang::Id)),
            (&["kd", "--lang", "fr"], None),
            (
                &["kd", "usage", "--timeout", "0", "--lang", "id"],
                Some(Lang::Id),
            ),
            (&["kd", "usage", "--timeout=0", "--lang=id"], Some(Lang::Id)),
            (
                &["kd", "--lang", "id", "watch", "balance", "--format", "xml"],
                Some(Lang::Id),
            ),
            (&["kd", "usage", "--timeout", "0", "--lang"], None),
            (&["kd", "--version"], None),
        ];
        for (args, lang) in cases {
            let args: Vec<OsString> = args.iter().map(OsString::from).collect();
            let global = global_args(&args).expect("global options");
            assert_eq!(global.lang, *lang, "{args:?}");
        }
    }
}

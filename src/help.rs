//! `--help`, subcommand help, completions and the man page in the user's language: the
//! clap definition (`cli.rs`) gives the structure, `locales/*/help.ftl` the words. Keys
//! come from each command's path and argument id, so a new flag needs only new keys
//! (the test below names the missing ones):
//!
//! - `help-about` / `help-about-<command path>`: what a command does
//!   (`help-about-rules-check`);
//! - `help-arg-<command path>-<arg id>`, else `help-arg-<arg id>`: what an argument does
//!   (`help-arg-rules-graph-format`, `help-arg-non-interactive`);
//! - `help-heading-*`: the section titles clap prints.
//!
//! A key missing in every language leaves clap's text (the doc comment) in place.

use clap::builder::Resettable;
use clap::{Arg, Command, CommandFactory};
use fluent::FluentArgs;

use crate::cli::Cli;
use crate::i18n::Tr;

/// The whole command tree, worded in `tr`'s language.
pub fn command(tr: &Tr<'_>) -> Command {
    let mut cmd = Cli::command();
    // Builds the tree first, so clap's own `--help`, `--version` and `help` exist and
    // global options are copied into every subcommand before they are worded.
    cmd.build();
    localize(cmd, &[], tr)
}

fn localize(mut cmd: Command, path: &[&str], tr: &Tr<'_>) -> Command {
    if let Some(about) = lookup(tr, &about_keys(path)) {
        cmd = cmd.about(about).long_about(Resettable::Reset);
    }
    let usage = tr.tr("help-heading-usage");
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(tr.tr("help-heading-commands"));
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let help = lookup(tr, &arg_keys(path, &id));
        let heading = tr.tr(if positional {
            "help-heading-arguments"
        } else {
            "help-heading-options"
        });
        cmd = cmd.mut_arg(&id, |arg| {
            let text =
                help.unwrap_or_else(|| arg.get_help().map(ToString::to_string).unwrap_or_default());
            let text = with_values(text, &arg, tr);
            arg.help_heading(heading)
                .help(text)
                .long_help(Resettable::Reset)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path, tr));
    }
    cmd
}

/// `help` followed by the default and the accepted values, as clap would add them but
/// worded in `tr`'s language.
fn with_values(mut help: String, arg: &Arg, tr: &Tr<'_>) -> String {
    if !arg.get_action().takes_values() {
        return help;
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let mut args = FluentArgs::new();
        args.set("value", defaults.join(", "));
        help = format!("{help} {}", tr.tr_args("help-default", Some(&args)));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !arg.is_hide_possible_values_set() && !values.is_empty() {
        let mut args = FluentArgs::new();
        args.set("values", values.join(", "));
        help = format!("{help} {}", tr.tr_args("help-possible-values", Some(&args)));
    }
    help.trim_start().to_string()
}

/// The first of `keys` the language has (or English, as every message falls back).
fn lookup(tr: &Tr<'_>, keys: &[String]) -> Option<String> {
    keys.iter().find(|k| tr.has_any(k)).map(|k| tr.tr(k))
}

/// The command's own key, then its name alone: clap adds a `help` command at each level,
/// whose own subcommands mirror the real ones (`help rules check`).
fn about_keys(path: &[&str]) -> Vec<String> {
    let path = &mirrored(path);
    let key = |path: &[&str]| {
        std::iter::once("help-about")
            .chain(path.iter().copied())
            .collect::<Vec<_>>()
            .join("-")
    };
    let mut keys = vec![key(path)];
    if path.len() > 1 {
        keys.push(key(&path[path.len() - 1..]));
    }
    keys
}

/// The real command a path in clap's `help` tree stands for.
fn mirrored<'a>(path: &[&'a str]) -> Vec<&'a str> {
    match path.split_last() {
        Some((_, rest)) if rest.contains(&"help") => {
            path.iter().copied().filter(|p| *p != "help").collect()
        }
        _ => path.to_vec(),
    }
}

/// Most specific first: an argument may mean something else in one command.
fn arg_keys(path: &[&str], id: &str) -> Vec<String> {
    let path = &mirrored(path);
    let id = id.replace('_', "-");
    let mut keys = Vec::new();
    if !path.is_empty() {
        keys.push(format!("help-arg-{}-{id}", path.join("-")));
    }
    keys.push(format!("help-arg-{id}"));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};
    use crate::rules::builtin_locales;

    /// Every command and argument clap shows, with the keys that may word it.
    fn wanted(cmd: &Command, path: &[&str], out: &mut Vec<(String, Vec<String>)>) {
        out.push((format!("{path:?}"), about_keys(path)));
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id().as_str();
            out.push((format!("{path:?} {id}"), arg_keys(path, id)));
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name());
            wanted(sub, &sub_path, out);
        }
    }

    #[test]
    fn every_command_and_flag_has_help_in_both_languages() {
        let messages = Messages::load(builtin_locales()).expect("built-in messages");
        let mut cmd = Cli::command();
        cmd.build();
        let mut items = Vec::new();
        wanted(&cmd, &[], &mut items);
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for (what, keys) in &items {
                if !keys.iter().any(|k| messages.has(lang, k)) {
                    missing.push(format!("{lang}: {what} needs `{}`", keys.join("` or `")));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "help texts missing:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn help_follows_the_language() {
        let messages = Messages::load(builtin_locales()).expect("built-in messages");
        let render = |lang: Lang, args: &[&str]| {
            command(&messages.tr(lang))
                .try_get_matches_from(args)
                .expect_err("help is an early exit")
                .render()
                .to_string()
        };
        let cases: &[(&[&str], &str, &str)] = &[
            (
                &["kd", "--help"],
                "Print the manual page",
                "Cetak halaman manual",
            ),
            (
                &["kd", "cost", "--help"],
                "Seconds per video",
                "Detik per video",
            ),
            (
                &["kd", "rules", "graph", "-h"],
                "Graph format",
                "Format graf",
            ),
        ];
        for (args, en, id) in cases {
            let (english, indonesian) = (render(Lang::En, args), render(Lang::Id, args));
            assert!(english.contains(en), "{args:?}: {english}");
            assert!(indonesian.contains(id), "{args:?}: {indonesian}");
            assert!(!indonesian.contains(en), "{args:?}: {indonesian}");
        }
    }
}

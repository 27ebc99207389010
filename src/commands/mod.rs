//! One module per subcommand: glue between config, rules, engine and renderers.
//! Commands return what to print; `lib::run` redacts and writes it.

pub mod cost;
pub mod diagnose;
pub mod explain;
pub mod probe;
pub mod rules;
pub mod shell;
pub mod usage;
pub mod watch;

use std::path::Path;

use crate::cache;
use crate::cli::Format;
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::Messages;
use crate::rules::{self as rule_set, RuleFiles, RuleSet, RuleSource};

/// What a command produced: text for stdout and the exit code.
#[derive(Debug, Default)]
pub struct Done {
    pub stdout: String,
    pub exit: u8,
}

/// Loads and validates the rules of the run (`--rules DIR` or the built-in ones).
pub fn load_rules(config: &Config) -> Result<(&'static RuleSet, Messages), AppError> {
    load_from(config, &config.rules)
}

/// Loads and validates the rules of `source`, or returns every problem found. A rules
/// directory also has its provider signatures checked here, and is kept compiled for the
/// next run (`cache`); the built-in signatures are checked by `build.rs` and compiled only
/// when a paste needs them.
pub fn load_from(
    config: &Config,
    source: &RuleSource,
) -> Result<(&'static RuleSet, Messages), AppError> {
    match source {
        RuleSource::Dir(dir) => load_dir(config, dir).map(|(rules, messages, _)| (rules, messages)),
        RuleSource::Embedded => {
            let (rules, messages) = rule_set::load(source).map_err(AppError::Rules)?;
            Ok((leak(rules), messages))
        }
    }
}

/// `load_from` a directory, with the files it read (for the scenarios).
fn load_dir(
    config: &Config,
    dir: &Path,
) -> Result<(&'static RuleSet, Messages, RuleFiles), AppError> {
    let (rules, messages, files) =
        cache::load_dir(config.rules_cache.as_ref(), dir).map_err(AppError::Rules)?;
    Ok((leak(rules), messages, files))
}

/// A run loads one rule set and then exits, so the set is leaked rather than freed:
/// freeing its thousands of small allocations was a twentieth of an offline diagnosis.
fn leak(rules: RuleSet) -> &'static RuleSet {
    Box::leak(Box::new(rules))
}

/// A format a command cannot print: exit 2, not a silent fallback to text.
pub(crate) fn unsupported(
    command: &'static str,
    format: Format,
    supported: &'static str,
) -> AppError {
    AppError::FormatUnsupported {
        command,
        format: match format {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
        },
        supported,
    }
}

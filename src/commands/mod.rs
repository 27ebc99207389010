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

use crate::cli::Format;
use crate::error::AppError;
use crate::i18n::Messages;
use crate::rules::{self as rule_set, RuleSet, RuleSource};

/// What a command produced: text for stdout and the exit code.
#[derive(Debug, Default)]
pub struct Done {
    pub stdout: String,
    pub exit: u8,
}

/// Loads and validates the rules, or returns every problem found.
/// A `--rules DIR` copy also has its provider signatures checked here; the built-in
/// ones are checked by `rules check` and compiled only when a paste needs them.
///
/// A run loads one rule set and then exits, so the set is leaked rather than freed:
/// freeing its thousands of small allocations was a twentieth of an offline diagnosis.
pub fn load_rules(source: &RuleSource) -> Result<(&'static RuleSet, Messages), AppError> {
    let (rules, messages) = rule_set::load(source).map_err(AppError::Rules)?;
    if let RuleSource::Dir(_) = source {
        rules
            .providers()
            .map_err(|errors| AppError::Rules(errors.to_vec()))?;
    }
    Ok((Box::leak(Box::new(rules)), messages))
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

//! `kling-doctor rules check [DIR]`: validate a rules directory.

use fluent::FluentArgs;

use super::{Done, load_rules};
use crate::config::Config;
use crate::error::AppError;
use crate::rules::RuleSource;

/// Validates `dir` (or `--rules`, or the built-in rules) and reports what it holds.
pub fn check(config: &Config, dir: Option<std::path::PathBuf>) -> Result<Done, AppError> {
    let source = dir.map_or_else(|| config.rules.clone(), RuleSource::Dir);
    let (rules, messages) = load_rules(&source)?;
    let tr = messages.tr(config.lang);
    let mut args = FluentArgs::new();
    args.set("checks", rules.checks.len());
    args.set(
        "nodes",
        rules.checks.iter().map(|c| c.nodes.len()).sum::<usize>(),
    );
    args.set("findings", rules.findings.len());
    args.set("facts", rules.facts.iter().count());
    args.set("models", rules.pricing.models.len());
    args.set("codes", rules.codes.iter().count());
    Ok(Done {
        stdout: format!("{}\n", tr.tr_args("rules-check-ok", Some(&args))),
        exit: 0,
    })
}

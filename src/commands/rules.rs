//! `kling-doctor rules check|test|graph [DIR]`: validate a rules directory, run its
//! scenarios, draw its decision tree.

use fluent::FluentArgs;

use super::{Done, load_dir, load_from, unsupported};
use crate::cli::{Format, FormatArg, GraphFormat};
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::Messages;
use crate::render;
use crate::rules::{RuleSet, RuleSource, scenario};
use crate::scenarios;

/// `DIR`, else `--rules`, else the built-in rules.
fn source(config: &Config, dir: Option<std::path::PathBuf>) -> RuleSource {
    dir.map_or_else(|| config.rules.clone(), RuleSource::Dir)
}

/// Loads the rules and their scenarios; every problem of either is reported, provider
/// signatures included.
fn load_all(
    config: &Config,
    source: &RuleSource,
) -> Result<(&'static RuleSet, Messages, Vec<scenario::Scenario>), AppError> {
    let (rules, messages, files) = match source {
        RuleSource::Dir(dir) => load_dir(config, dir)?,
        RuleSource::Embedded => {
            let (rules, messages) = load_from(config, source)?;
            rules
                .providers()
                .map_err(|errors| AppError::Rules(errors.to_vec()))?;
            (rules, messages, source.files().map_err(AppError::Rules)?)
        }
    };
    let scenarios = scenario::load(&files, rules).map_err(AppError::Rules)?;
    Ok((rules, messages, scenarios))
}

/// Validates `dir` (or `--rules`, or the built-in rules) and reports what it holds.
/// The outcome is one sentence (problems go to stderr with their place): text only.
pub fn check(config: &Config, dir: Option<std::path::PathBuf>) -> Result<Done, AppError> {
    if config.format != Format::Text {
        return Err(unsupported("rules check", config.format, "text"));
    }
    let (rules, messages, scenarios) = load_all(config, &source(config, dir))?;
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
    args.set("scenarios", scenarios.len());
    Ok(Done {
        stdout: format!("{}\n", tr.tr_args("rules-check-ok", Some(&args))),
        exit: 0,
    })
}

/// Runs the scenarios; exit 1 when one fails.
pub fn test(config: &Config, dir: Option<std::path::PathBuf>) -> Result<Done, AppError> {
    if config.format == Format::Markdown {
        return Err(unsupported("rules test", config.format, "text|json"));
    }
    let (rules, messages, scenarios) = load_all(config, &source(config, dir))?;
    let report = scenarios::run(rules, &messages, &scenarios, config.now);
    let stdout = match config.format {
        Format::Json => render::scenarios::json(&report),
        Format::Text | Format::Markdown => {
            render::scenarios::text(&report, &messages.tr(config.lang))
        }
    };
    Ok(Done {
        stdout,
        exit: u8::from(report.failed() > 0),
    })
}

/// Prints the decision tree. `format` is always a graph format here: clap rejects a
/// global `--format` placed before the subcommand.
pub fn graph(
    config: &Config,
    dir: Option<std::path::PathBuf>,
    format: FormatArg,
) -> Result<Done, AppError> {
    let (rules, messages) = load_from(config, &source(config, dir))?;
    let format = match format {
        FormatArg::Graph(format) => format,
        FormatArg::Output(_) => GraphFormat::Mermaid,
    };
    Ok(Done {
        stdout: render::graph::render(rules, &messages.tr(config.lang), format),
        exit: 0,
    })
}

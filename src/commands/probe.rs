//! `kling-doctor probe`: only the live probes — what was asked and the facts learned.
//! Also the glue `diagnose --probe` runs them through, behind a spinner on a terminal.

use std::fmt::Write as _;
use std::time::Duration;

use fluent::FluentArgs;
use indicatif::ProgressBar;
use serde::Serialize;
use serde_json::Map;

use super::{Done, load_rules};
use crate::cli::{Format, ProbeArgs};
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::probe::{self, ProbeConfig, ProbeReport};
use crate::render;
use crate::rules::RuleSet;

/// Probes, prints what was learned; exit 0 when every request worked, 1 otherwise.
pub fn run(config: &Config, args: &ProbeArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(&config.rules)?;
    let tr = messages.tr(config.lang);
    let probe_config = config.probe.clone()?.with_timeout(args.timeout);
    if !probe_config.has_credentials() {
        return Err(AppError::NoCredentials);
    }
    let report = collect(config, &probe_config, &rules, &tr);
    let exit = u8::from(!report.all_ok());
    let stdout = match config.format {
        Format::Text => text(&report, &tr, render::text::Layout::of(config), exit),
        Format::Json => json(&report, &tr),
        Format::Markdown => markdown(&report, &tr, exit),
    };
    Ok(Done { stdout, exit })
}

/// Runs the probes of `probe_config` (none without credentials), with a spinner on
/// stderr when it is a terminal.
pub fn collect(
    config: &Config,
    probe_config: &ProbeConfig,
    rules: &RuleSet,
    tr: &Tr<'_>,
) -> ProbeReport {
    if !probe_config.has_credentials() {
        return ProbeReport::default();
    }
    let spinner = config.stderr_terminal.then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_message(tr.tr("probe-spinner"));
        bar.enable_steady_tick(Duration::from_millis(100));
        bar
    });
    let report = probe::run(probe_config, rules);
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    report
}

fn summary(report: &ProbeReport, tr: &Tr<'_>, exit: u8) -> String {
    let mut args = FluentArgs::new();
    args.set("ok", report.results.iter().filter(|r| r.ok()).count());
    args.set("count", report.results.len());
    args.set("exit", exit);
    tr.tr_args("probe-summary", Some(&args))
}

fn text(report: &ProbeReport, tr: &Tr<'_>, layout: render::text::Layout, exit: u8) -> String {
    let mut out = format!("{}\n\n", tr.tr("probe-title"));
    out.push_str(&render::text::probes(report, tr, layout));
    let _ = writeln!(out, "\n{}", tr.tr("probe-facts-heading"));
    if report.facts.is_empty() {
        let _ = writeln!(out, "  {}", tr.tr("probe-facts-none"));
    }
    for (key, value) in &report.facts {
        let _ = writeln!(out, "  {key:<24} {value}");
    }
    let _ = writeln!(out, "\n{}", summary(report, tr, exit));
    out
}

fn markdown(report: &ProbeReport, tr: &Tr<'_>, exit: u8) -> String {
    let mut out = format!("## {}\n\n", tr.tr("probe-title"));
    out.push_str(&render::markdown::probe_results(report, tr));
    let _ = writeln!(out, "\n### {}\n", tr.tr("probe-facts-heading"));
    if report.facts.is_empty() {
        let _ = writeln!(out, "{}", tr.tr("probe-facts-none"));
    } else {
        let _ = writeln!(out, "| fact | value |\n|---|---|");
        for (key, value) in &report.facts {
            let shown = value.to_string().replace('|', "\\|");
            let _ = writeln!(out, "| `{key}` | {shown} |");
        }
    }
    let _ = writeln!(out, "\n{}", summary(report, tr, exit));
    out
}

/// The `probe --format json` object: the contract's header fields, the facts, `probes[]`.
#[derive(Serialize)]
struct ProbeJson {
    schema_version: u32,
    tool_version: &'static str,
    lang: &'static str,
    facts: Map<String, serde_json::Value>,
    probes: Vec<render::json::ProbeOut>,
}

fn json(report: &ProbeReport, tr: &Tr<'_>) -> String {
    let value = ProbeJson {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: tr.lang.code(),
        facts: report
            .facts
            .iter()
            .map(|(k, v)| (k.clone(), v.to_json()))
            .collect(),
        probes: render::json::probe_items(report, tr),
    };
    format!(
        "{}\n",
        serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".into())
    )
}

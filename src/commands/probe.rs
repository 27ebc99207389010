//! `kling-doctor probe`: only the live probes — what was asked and the facts learned.
//! Also the glue `diagnose --probe` runs them through, behind a spinner on a terminal.

use std::time::Duration;

use indicatif::ProgressBar;

use super::{Done, load_rules};
use crate::cli::ProbeArgs;
use crate::config::Config;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::probe::{self, ProbeConfig, ProbeReport};
use crate::render::probe::ProbeOutput;
use crate::render::{self, text::Layout};
use crate::rules::RuleSet;

/// Probes, prints what was learned; exit 0 when every request worked, 1 otherwise.
pub fn run(config: &Config, args: &ProbeArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(config)?;
    let tr = messages.tr(config.lang);
    let probe_config = config.probe.clone()?.with_timeout(args.timeout);
    if !probe_config.has_credentials() {
        return Err(AppError::NoCredentials);
    }
    let report = collect(config, &probe_config, rules, &tr);
    let output = ProbeOutput::new(&report, &tr);
    Ok(Done {
        stdout: render::output(&output, config.format, &tr, Layout::of(config)),
        exit: output.exit,
    })
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

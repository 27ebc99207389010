//! `kling-doctor watch slots|balance`: checks the options, runs the polling of
//! `probe::watch`, shows progress on stderr (a spinner on a terminal, one line per change
//! otherwise) and prints the result — a sentence, or one JSON object at the end.

use std::io::Write as _;
use std::time::Duration;

use indicatif::ProgressBar;

use super::usage::{kling_only, parse_number};
use super::{Done, load_rules, unsupported};
use crate::cli::{Format, WatchArgs, WatchBalanceArgs, WatchSlotsArgs};
use crate::config::Config;
use crate::error::AppError;
use crate::probe::watch::{self, Event, Goal, WatchError, policy};
use crate::probe::{ProbeConfig, kling};
use crate::redact::Redactor;
use crate::render;

pub fn slots(config: &Config, args: &WatchSlotsArgs) -> Result<Done, AppError> {
    let limit = args
        .limit
        .as_deref()
        .map(|raw| {
            parse_number(raw)
                .filter(|n| n.fract() == 0.0 && (1.0..=10_000.0).contains(n))
                .map(|n| n as u32)
                .ok_or_else(|| AppError::BadOption {
                    option: "--limit",
                    value: raw.to_string(),
                    expected: "watch-limit-expected",
                })
        })
        .transpose()?;
    let mut probe = probe_config(config, &args.wait)?;
    probe.task_endpoints = kling::TASK_ENDPOINTS
        .iter()
        .map(|s| s.to_string())
        .collect();
    run(config, &args.wait, &probe, Goal::Slot { limit }, "slots")
}

pub fn balance(config: &Config, args: &WatchBalanceArgs) -> Result<Done, AppError> {
    let min_units = parse_number(&args.min_units)
        .filter(|n| *n >= 0.0)
        .ok_or_else(|| AppError::BadOption {
            option: "--min-units",
            value: args.min_units.clone(),
            expected: "watch-min-units-expected",
        })?;
    let probe = probe_config(config, &args.wait)?;
    let goal = Goal::Balance {
        min_units,
        product: "video".into(),
    };
    run(config, &args.wait, &probe, goal, "balance")
}

/// Kling's endpoints only; exit 2 without Kling credentials.
fn probe_config(config: &Config, args: &WatchArgs) -> Result<ProbeConfig, AppError> {
    let probe = config.probe.clone()?.with_timeout(args.probe_args.timeout);
    if probe.kling.is_none() {
        return Err(AppError::NoKlingCredentials);
    }
    Ok(kling_only(probe))
}

fn max_wait(args: &WatchArgs) -> Result<Duration, AppError> {
    parse_number(&args.max_wait)
        .filter(|n| (0.0..=7.0 * 86_400.0).contains(n))
        .map(Duration::from_secs_f64)
        .ok_or_else(|| AppError::BadOption {
            option: "--max-wait",
            value: args.max_wait.clone(),
            expected: "watch-max-wait-expected",
        })
}

fn run(
    config: &Config,
    args: &WatchArgs,
    probe: &ProbeConfig,
    goal: Goal,
    name: &str,
) -> Result<Done, AppError> {
    if config.format == Format::Markdown {
        return Err(unsupported("watch", config.format, "text|json"));
    }
    let max_wait = max_wait(args)?;
    // The watch evaluates no rules; it reads how often `/account/costs` may be asked.
    let (rules, messages) = load_rules(config)?;
    let costs_spacing = policy::costs_spacing(rules.pricing.costs_max_qps);
    let tr = messages.tr(config.lang);
    let redactor = Redactor::new(config.secrets.clone());
    let spinner = config.stderr_terminal.then(|| {
        let bar = ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    let mut on_event = |event: &Event| {
        let line = redactor.redact(&render::watch::progress(event, &tr));
        match &spinner {
            Some(bar) => bar.set_message(line),
            None => {
                let _ = writeln!(std::io::stderr(), "{line}");
            }
        }
    };
    let result = watch::run(probe, &goal, max_wait, costs_spacing, &mut on_event);
    if let Some(bar) = &spinner {
        bar.finish_and_clear();
    }
    let ended = match result {
        Ok(ended) => ended,
        Err(WatchError::Interrupted) => return Err(AppError::Interrupted),
        Err(WatchError::NoCredentials) => return Err(AppError::NoKlingCredentials),
        Err(WatchError::Setup) => return Err(AppError::Output(tr.tr("watch-setup-failed"))),
    };
    let exit = u8::from(!ended.ok);
    let stdout = match config.format {
        Format::Json => render::watch::json(name, &goal, &ended),
        Format::Text | Format::Markdown => render::watch::text(&goal, &ended, &tr),
    };
    Ok(Done { stdout, exit })
}

//! `kling-doctor watch slots|balance`: checks the options, runs the polling of
//! `probe::watch`, shows progress on stderr (a spinner on a terminal, one line per change
//! otherwise) and prints the result — a sentence, or one JSON object at the end.

use std::io::Write as _;
use std::time::Duration;

use fluent::FluentArgs;
use indicatif::ProgressBar;
use serde_json::{Map, Value as Json, json};

use super::usage::{kling_only, parse_number};
use super::{Done, load_rules};
use crate::cli::{Format, WatchArgs, WatchBalanceArgs, WatchSlotsArgs};
use crate::config::Config;
use crate::error::AppError;
use crate::facts::key;
use crate::facts::round2;
use crate::i18n::Tr;
use crate::probe::watch::{self, Ended, Event, Goal, WatchError, policy};
use crate::probe::{ProbeConfig, kling};
use crate::redact::Redactor;
use crate::render::probe_text;

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
    let max_wait = max_wait(args)?;
    // The watch evaluates no rules; it reads how often `/account/costs` may be asked.
    let (rules, messages) = load_rules(&config.rules)?;
    let costs_spacing = policy::costs_spacing(rules.pricing.costs_max_qps);
    let tr = messages.tr(config.lang);
    let redactor = Redactor::new(config.secrets.clone());
    let spinner = config.stderr_terminal.then(|| {
        let bar = ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    let mut on_event = |event: &Event| {
        let line = redactor.redact(&progress(event, &tr));
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
        Format::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&json_of(name, &goal, &ended))
                .unwrap_or_else(|_| "{}".into())
        ),
        Format::Text | Format::Markdown => format!("{}\n", outcome(&goal, &ended, &tr)),
    };
    Ok(Done { stdout, exit })
}

/// One progress line: what runs and for how long, the balance, or a fault and the retry.
fn progress(event: &Event, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    match event {
        Event::Slots {
            running,
            limit,
            from,
            oldest,
        } => {
            args.set("running", *running);
            args.set("limit", *limit);
            args.set("from", tr.tr(&format!("watch-limit-from-{}", from.id())));
            let mut line = tr.tr_args("watch-progress-slots", Some(&args));
            if let Some((id, held)) = oldest {
                args.set("task", id.clone());
                args.set("held", held_text(*held));
                line.push_str(&tr.tr_args("watch-progress-oldest", Some(&args)));
            }
            line
        }
        Event::Balance { units } => {
            args.set("units", round2(*units));
            tr.tr_args("watch-progress-balance", Some(&args))
        }
        Event::Fault { fault, retry_in } => {
            args.set("what", probe_text::what(&fault.what, tr));
            args.set("why", probe_text::why(&fault.fault, tr));
            args.set("secs", retry_in.as_secs_f64().round());
            tr.tr_args("watch-progress-fault", Some(&args))
        }
    }
}

/// `4m 12s`, `1h 03m`.
fn held_text(secs: i64) -> String {
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m {:02}s", s / 60, s % 60),
        s => format!("{}h {:02}m", s / 3600, (s % 3600) / 60),
    }
}

fn outcome(goal: &Goal, ended: &Ended, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("waited", ended.waited.as_secs_f64().round());
    args.set("polls", ended.polls);
    let key = match (goal, &ended.last, ended.ok) {
        (Goal::Slot { .. }, Some(Event::Slots { running, limit, .. }), ok) => {
            args.set("running", *running);
            args.set("limit", *limit);
            if ok {
                "watch-slots-free"
            } else {
                "watch-slots-timeout"
            }
        }
        (Goal::Balance { min_units, .. }, Some(Event::Balance { units }), ok) => {
            args.set("units", round2(*units));
            args.set("min", round2(*min_units));
            if ok {
                "watch-balance-ready"
            } else {
                "watch-balance-timeout"
            }
        }
        _ => "watch-nothing-seen",
    };
    tr.tr_args(key, Some(&args))
}

/// `{"watch","ok","waited_s","polls","facts"}` plus `faults`.
fn json_of(name: &str, goal: &Goal, ended: &Ended) -> Json {
    let mut facts = Map::new();
    match (&ended.last, goal) {
        (
            Some(Event::Slots {
                running,
                limit,
                from,
                oldest,
            }),
            _,
        ) => {
            facts.insert(key::RUNNING_TASKS.into(), json!(running));
            facts.insert(key::CONCURRENCY_LIMIT.into(), json!(limit));
            facts.insert(key::CONCURRENCY_LIMIT_FROM.into(), json!(from.id()));
            if let Some((id, held)) = oldest {
                facts.insert("oldest_task_id".into(), json!(id));
                facts.insert("oldest_task_held_s".into(), json!(held));
            }
        }
        (Some(Event::Balance { units }), Goal::Balance { min_units, product }) => {
            facts.insert(key::UNITS_LEFT.into(), json!(round2(*units)));
            facts.insert("min_units".into(), json!(min_units));
            facts.insert(key::PACK_PRODUCT.into(), json!(product));
        }
        _ => {}
    }
    json!({
        "schema_version": 1,
        "watch": name,
        "ok": ended.ok,
        "waited_s": (ended.waited.as_secs_f64() * 10.0).round() / 10.0,
        "polls": ended.polls,
        "faults": ended.faults,
        "facts": facts,
    })
}

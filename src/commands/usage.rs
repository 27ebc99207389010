//! `kling-doctor usage`: reads the unit ledger and the packs (one probe run), summarises
//! where the units went and how long the rest lasts. Also the ledger glue of
//! `diagnose --probe`: the query it adds and the facts the ledger gives the rules.

use jiff::{SignedDuration, Timestamp};
use serde_json::Value as Json;

use super::{Done, load_rules};
use crate::cli::{Format, UsageArgs};
use crate::config::Config;
use crate::engine;
use crate::error::AppError;
use crate::facts::{Facts, Origin};
use crate::probe::ledger::{LedgerQuery, LedgerRow};
use crate::probe::{Details, Pack, ProbeConfig, ProbeKind, ProbeReport};
use crate::render::{self, View};
use crate::rules::RuleSet;
use crate::usage::{self, Summary};

/// The longest window read (the ledger exists since 07/2026; a year is plenty).
const MAX_DAYS: u32 = 366;

pub fn run(config: &Config, args: &UsageArgs) -> Result<Done, AppError> {
    let days = parse_number(&args.days)
        .filter(|d| d.fract() == 0.0 && (1.0..=f64::from(MAX_DAYS)).contains(d))
        .map(|d| d as u32)
        .ok_or_else(|| AppError::BadOption {
            option: "--days",
            value: args.days.clone(),
            expected: "usage-days-expected",
        })?;
    let product = args.product.as_str();
    let (rules, messages) = load_rules(config)?;
    let tr = messages.tr(config.lang);
    let base = config.probe.clone()?.with_timeout(args.probe_args.timeout);
    if base.kling.is_none() {
        return Err(AppError::NoKlingCredentials);
    }
    let mut probe_config = kling_only(base);
    probe_config.ledger = Some(query(config.now, days, product));
    probe_config.product = crate::probe::kling::PackKind::from_name(product);
    let report = super::probe::collect(config, &probe_config, rules, &tr);
    let summary = summary_of(&report, product, days, config.now);
    let mut facts = Facts::default();
    report.apply(&mut facts);
    let diagnosis = engine::evaluate(rules, &facts, config.now);
    let exit = u8::from(diagnosis.has_problems() || !report.all_ok());
    let view = View {
        rules,
        diagnosis: &diagnosis,
        facts: &facts,
        error: None,
        tr,
        verbose: config.verbose,
        probes: Some(&report),
    };
    let ledger_read = ledger(&report).is_some();
    let stdout = match config.format {
        Format::Json => {
            // Without the ledger the packs still tell what is left.
            let summary = summary.unwrap_or_else(|| {
                usage::summarise(&[], packs(&report), product, days, config.now)
            });
            let mut out = render::usage::json(&summary);
            let full = render::json::output(&view);
            out["findings"] = serde_json::to_value(&full.findings).unwrap_or(Json::Null);
            out["probes"] = serde_json::to_value(&full.probes).unwrap_or(Json::Null);
            out["ledger_read"] = Json::Bool(ledger_read);
            format!(
                "{}\n",
                serde_json::to_string_pretty(&out).unwrap_or_else(|_| "{}".into())
            )
        }
        Format::Markdown => {
            let mut out = match &summary {
                Some(s) => render::usage::markdown(s, &view.tr),
                None => format!("{}\n", view.tr.tr("usage-ledger-unknown")),
            };
            out.push('\n');
            out.push_str(&render::markdown::probe_results(&report, &view.tr));
            out
        }
        Format::Text => {
            let mut out = match &summary {
                Some(s) => render::usage::text(s, &view.tr),
                None => format!("{}\n", view.tr.tr("usage-ledger-unknown")),
            };
            out.push('\n');
            out.push_str(&render::text::probes(
                &report,
                &view.tr,
                render::text::Layout::of(config),
            ));
            for f in &diagnosis.findings {
                let text = view.finding_text(f, &view.args());
                out.push_str(&format!("\n[{}] {}\n", f.severity.as_str(), text.title));
            }
            out
        }
    };
    Ok(Done { stdout, exit })
}

/// A number typed by the user; `None` when it is not one.
pub fn parse_number(raw: &str) -> Option<f64> {
    raw.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Only Kling's own endpoints: `/account/costs` (and the ledger, when asked).
pub fn kling_only(mut config: ProbeConfig) -> ProbeConfig {
    config.task_endpoints.clear();
    config.useapi = None;
    config.cometapi = None;
    config
}

/// The last `days` days up to `now`, of one product family.
pub fn query(now: Timestamp, days: u32, product: &str) -> LedgerQuery {
    LedgerQuery {
        start: now
            .checked_sub(SignedDuration::from_hours(24 * i64::from(days)))
            .unwrap_or(now),
        end: now,
        product: product.to_string(),
    }
}

/// The ledger a probe run read, when it did.
pub fn ledger(report: &ProbeReport) -> Option<&[LedgerRow]> {
    report.results.iter().find_map(|r| match &r.details {
        Details::Ledger(l) if r.kind == ProbeKind::KlingLedger => Some(l.rows.as_slice()),
        _ => None,
    })
}

fn packs(report: &ProbeReport) -> Option<&[Pack]> {
    report.results.iter().find_map(|r| match &r.details {
        Details::Packs(p) => Some(p.as_slice()),
        _ => None,
    })
}

/// The summary of a probe run; `None` when the ledger could not be read.
pub fn summary_of(
    report: &ProbeReport,
    product: &str,
    days: u32,
    now: Timestamp,
) -> Option<Summary> {
    ledger(report).map(|rows| usage::summarise(rows, packs(report), product, days, now))
}

/// Facts the ledger gives the rules about the stated setup: what its tasks were charged,
/// how much more than the price table says, and why (kling-api.md §4.1, §8.4).
pub fn apply_cost_facts(report: &ProbeReport, facts: &mut Facts, rules: &RuleSet) {
    let Some(rows) = ledger(report) else {
        return;
    };
    for (key, raw) in usage::cost_facts(rows, facts, &rules.pricing) {
        if let Some(def) = rules.facts.get(key)
            && let Ok(value) = rules.facts.parse(def, &raw, &rules.pricing)
        {
            facts.insert(key, value, Origin::Probe);
        }
    }
}

//! The contract's JSON (`schema_version: 1`): serialize-only wire types, one object on stdout.

use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::{View, probe_text};
use crate::engine::Outcome;
use crate::i18n::Tr;
use crate::probe::{Details, ProbeReport};

#[derive(Serialize)]
pub struct Output {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub findings: Vec<FindingOut>,
    pub facts: Map<String, Json>,
    pub unknown: Vec<String>,
    pub trace: Vec<TraceOut>,
    pub probes: Vec<Json>,
    /// Additions to the contract: each check's result and the computed facts.
    pub checks: Vec<CheckOut>,
    pub derived: Map<String, Json>,
}

#[derive(Serialize)]
pub struct FindingOut {
    pub id: String,
    pub severity: &'static str,
    pub title: String,
    pub explanation: String,
    pub fixes: Vec<String>,
    pub rule: String,
    pub source: String,
}

#[derive(Serialize)]
pub struct TraceOut {
    pub check: String,
    pub node: String,
    pub fact: String,
    pub value: Json,
    pub next: String,
}

#[derive(Serialize)]
pub struct CheckOut {
    pub id: String,
    pub title: String,
    /// `passed`, `found`, `not_checked`, `skipped` or `suppressed`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

/// Builds the JSON object for `view`.
pub fn output(view: &View<'_>) -> Output {
    let args = view.args();
    let findings = view
        .diagnosis
        .findings
        .iter()
        .map(|f| {
            let text = view.finding_text(f, &args);
            FindingOut {
                id: f.id.clone(),
                severity: f.severity.as_str(),
                title: text.title,
                explanation: text.explanation,
                fixes: text.fixes,
                rule: if f.rule.is_empty() {
                    String::new()
                } else {
                    format!("rules/{}", f.rule)
                },
                source: text.source,
            }
        })
        .collect();
    let checks = view
        .diagnosis
        .checks
        .iter()
        .map(|c| {
            let (status, finding, missing) = match &c.outcome {
                Outcome::Passed => ("passed", None, Vec::new()),
                Outcome::Skipped => ("skipped", None, Vec::new()),
                Outcome::Found(f) => ("found", Some(f.id.clone()), Vec::new()),
                Outcome::NotChecked { missing, .. } => ("not_checked", None, missing.clone()),
                Outcome::Suppressed { by } => ("suppressed", Some(by.clone()), Vec::new()),
            };
            CheckOut {
                id: c.id.clone(),
                title: view.tr.tr(&c.title),
                status,
                finding,
                missing,
            }
        })
        .collect();
    Output {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: view.tr.lang.code(),
        findings,
        facts: view
            .facts
            .iter()
            .map(|(k, v)| (k.to_string(), v.value.to_json()))
            .collect(),
        unknown: view.diagnosis.unknown.clone(),
        trace: view
            .diagnosis
            .trace
            .iter()
            .map(|t| TraceOut {
                check: t.check.clone(),
                node: t.node.clone(),
                fact: t.fact.clone(),
                value: t.value.as_ref().map_or(Json::Null, |v| v.to_json()),
                next: t.next.clone(),
            })
            .collect(),
        probes: Vec::new(),
        checks,
        derived: view
            .diagnosis
            .derived
            .iter()
            .map(|(k, v)| (k.clone(), v.to_json()))
            .collect(),
    }
}

pub fn render(view: &View<'_>) -> String {
    render_probed(view, None)
}

/// The same, with `probes[]` filled from a `--probe` run.
pub fn render_probed(view: &View<'_>, probes: Option<&ProbeReport>) -> String {
    let mut out = output(view);
    if let Some(report) = probes {
        out.probes = probe_items(report, &view.tr);
    }
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// `probes[]`: `{"name","ok","ms","request_id"}` plus `http_status`, `error` (a stable kind),
/// `message` ("could not check … because …") and what each probe read.
pub fn probe_items(report: &ProbeReport, tr: &Tr<'_>) -> Vec<Json> {
    report
        .results
        .iter()
        .map(|r| {
            let mut item = Map::new();
            item.insert("name".into(), json!(r.kind.name()));
            item.insert("ok".into(), json!(r.ok()));
            item.insert("ms".into(), json!(r.ms));
            item.insert("request_id".into(), json!(r.request_id));
            item.insert("http_status".into(), json!(r.http_status));
            if let Some(skew) = r.clock_skew_s {
                item.insert("clock_skew_s".into(), json!(skew.round()));
            }
            if let Some(fault) = &r.fault {
                item.insert("error".into(), json!(fault.kind()));
                if let crate::probe::Fault::Api { code, .. } = fault {
                    item.insert("code".into(), json!(code));
                }
                item.insert("message".into(), json!(probe_text::could_not(r, tr)));
            }
            details(&r.details, &mut item);
            Json::Object(item)
        })
        .collect()
}

fn details(details: &Details, item: &mut Map<String, Json>) {
    let ms = |t: Option<jiff::Timestamp>| t.map(|t| t.to_string());
    match details {
        Details::Packs(packs) => {
            let packs: Vec<Json> = packs
                .iter()
                .map(|p| {
                    json!({"name": p.name, "kind": p.kind.as_str(), "status": p.status,
                           "remaining": p.remaining, "total": p.total,
                           "purchase_time": ms(p.purchased), "effective_time": ms(p.effective),
                           "invalid_time": ms(p.invalid)})
                })
                .collect();
            item.insert("packs".into(), Json::Array(packs));
        }
        Details::Tasks(count) => {
            item.insert("running".into(), json!(count.running));
            item.insert("tasks_seen".into(), json!(count.seen));
            item.insert("pages".into(), json!(count.pages));
            item.insert("complete".into(), json!(count.complete));
            let oldest: Vec<&str> = count.oldest.iter().map(|(_, id)| id.as_str()).collect();
            item.insert("oldest_running".into(), json!(oldest));
        }
        Details::UseapiAccount(a) => {
            item.insert("balance".into(), json!(a.balance));
            item.insert("max_jobs".into(), json!(a.max_jobs));
        }
        Details::UseapiSlots(s) => {
            item.insert("executing".into(), json!(s.executing));
            item.insert("max_jobs".into(), json!(s.max_jobs));
        }
        Details::CometapiQuota(q) => {
            item.insert("balance_usd".into(), json!(q.balance_usd));
            item.insert("used_usd".into(), json!(q.used_usd));
        }
        Details::None => {}
    }
}

//! The contract's JSON (`schema_version: 1`): serialize-only wire types, one object on stdout.

use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::{View, probe_text};
use crate::engine::Outcome;
use crate::i18n::Tr;
use crate::probe::{Details, Fault, ProbeReport};

#[derive(Serialize)]
pub struct Output {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub findings: Vec<FindingOut>,
    pub facts: Map<String, Json>,
    pub unknown: Vec<String>,
    pub trace: Vec<TraceOut>,
    pub probes: Vec<ProbeOut>,
    /// Additions to the contract: each check's result and the computed facts.
    pub checks: Vec<CheckOut>,
    pub derived: Map<String, Json>,
}

#[derive(Serialize)]
pub struct FindingOut {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
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
                variant: f.variant.clone(),
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
        probes: view
            .probes
            .map_or_else(Vec::new, |r| probe_items(r, &view.tr)),
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
    let mut s = serde_json::to_string_pretty(&output(view)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// One `probes[]` item: `{"name","ok","ms","request_id","host"}` plus `http_status`, and on failure
/// `error` (a stable kind), `code` (Kling's) and `message` ("could not check … because …");
/// a successful probe adds what it read (`packs`, `running`, `balance`, …).
#[derive(Serialize)]
pub struct ProbeOut {
    pub name: String,
    pub ok: bool,
    pub ms: u64,
    pub request_id: Option<String>,
    /// The host asked, `host[:port]` (contract `probes[].host`).
    pub host: String,
    /// False when the host is not the service's own.
    pub official_host: bool,
    pub http_status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_skew_s: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(flatten)]
    pub read: Map<String, Json>,
}

pub fn probe_items(report: &ProbeReport, tr: &Tr<'_>) -> Vec<ProbeOut> {
    report
        .results
        .iter()
        .map(|r| {
            let mut read = Map::new();
            details(&r.details, &mut read);
            ProbeOut {
                name: r.kind.name(),
                ok: r.ok(),
                ms: r.ms,
                request_id: r.request_id.clone(),
                host: r.host.clone(),
                official_host: r.official_host,
                http_status: r.http_status,
                clock_skew_s: r.clock_skew_s.map(|s| s.round() as i64),
                error: r.fault.as_ref().map(Fault::kind),
                code: match &r.fault {
                    Some(Fault::Api { code, .. }) => Some(*code),
                    _ => None,
                },
                message: probe_text::could_not(r, tr),
                read,
            }
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

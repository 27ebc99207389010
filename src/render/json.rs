//! The contract's JSON (`schema_version: 1`): serialize-only wire types, one object on stdout.

use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::View;
use crate::engine::Outcome;

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
    let mut s = serde_json::to_string_pretty(&output(view)).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

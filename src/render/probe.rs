//! `kling-doctor probe`: the live checks and the facts they taught, as text, the JSON
//! object (`schema_version: 1`, `facts`, `probes[]`) and Markdown. Wording:
//! `locales/*/probe.ftl`; the table headers are the report's (`report-col-*`).

use std::fmt::Write as _;

use fluent::FluentArgs;
use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::json::{ProbeOut, probe_items};
use super::markdown::{cell, code};
use super::text::Layout;
use super::{Rendered, markdown, text};
use crate::i18n::Tr;
use crate::probe::ProbeReport;

/// What `kling-doctor probe` learned.
#[derive(Serialize)]
pub struct ProbeOutput<'a> {
    pub schema_version: u32,
    pub tool_version: &'static str,
    pub lang: &'static str,
    pub facts: Map<String, Json>,
    pub probes: Vec<ProbeOut>,
    /// The results themselves, for the text and Markdown tables.
    #[serde(skip)]
    pub report: &'a ProbeReport,
    /// 0 when every request worked, 1 otherwise: the summary line says it.
    #[serde(skip)]
    pub exit: u8,
}

impl<'a> ProbeOutput<'a> {
    pub fn new(report: &'a ProbeReport, tr: &Tr<'_>) -> ProbeOutput<'a> {
        ProbeOutput {
            schema_version: 1,
            tool_version: env!("CARGO_PKG_VERSION"),
            lang: tr.lang.code(),
            facts: report
                .facts
                .iter()
                .map(|(k, v)| (k.clone(), v.to_json()))
                .collect(),
            probes: probe_items(report, tr),
            report,
            exit: u8::from(!report.all_ok()),
        }
    }

    fn summary(&self, tr: &Tr<'_>) -> String {
        let mut args = FluentArgs::new();
        args.set("ok", self.report.results.iter().filter(|r| r.ok()).count());
        args.set("count", self.report.results.len());
        args.set("exit", self.exit);
        tr.tr_args("probe-summary", Some(&args))
    }
}

impl Rendered for ProbeOutput<'_> {
    fn text(&self, tr: &Tr<'_>, layout: Layout) -> String {
        let mut out = format!("{}\n\n", tr.tr("probe-title"));
        out.push_str(&text::probes(self.report, tr, layout));
        let _ = writeln!(out, "\n{}", tr.tr("probe-facts-heading"));
        if self.report.facts.is_empty() {
            let _ = writeln!(out, "  {}", tr.tr("probe-facts-none"));
        }
        for (key, value) in &self.report.facts {
            let _ = writeln!(out, "  {key:<24} {value}");
        }
        let _ = writeln!(out, "\n{}", self.summary(tr));
        out
    }

    fn markdown(&self, tr: &Tr<'_>) -> String {
        let mut out = format!("## {}\n\n", tr.tr("probe-title"));
        out.push_str(&markdown::probe_results(self.report, tr));
        let _ = writeln!(out, "\n### {}\n", tr.tr("probe-facts-heading"));
        if self.report.facts.is_empty() {
            let _ = writeln!(out, "{}", tr.tr("probe-facts-none"));
        } else {
            let _ = writeln!(
                out,
                "| {} | {} |\n|---|---|",
                tr.tr("report-col-fact"),
                tr.tr("report-col-value")
            );
            for (key, value) in &self.report.facts {
                let _ = writeln!(out, "| `{key}` | {} |", cell(&code(&value.to_string())));
            }
        }
        let _ = writeln!(out, "\n{}", self.summary(tr));
        out
    }
}

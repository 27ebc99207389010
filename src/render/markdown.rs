//! Markdown for pasting into a ticket or a GitHub issue: a findings table, one section
//! per problem with its fixes, and the decision trace folded away.

use std::fmt::Write as _;

use super::{View, probe_text};
use crate::engine::Outcome;
use crate::i18n::Tr;
use crate::probe::ProbeReport;

fn mark(severity: crate::rules::Severity) -> &'static str {
    match severity {
        crate::rules::Severity::Error => "✗",
        crate::rules::Severity::Warning => "!",
        crate::rules::Severity::Info => "i",
    }
}

/// Escapes `|` so a cell cannot break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn render(view: &View<'_>, exit: u8) -> String {
    render_probed(view, None, exit)
}

/// The same, with a table of the live checks of a `--probe` run.
pub fn render_probed(view: &View<'_>, probes: Option<&ProbeReport>, exit: u8) -> String {
    let tr = &view.tr;
    let args = view.args();
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", tr.tr("ui-markdown-title"));
    let _ = writeln!(out, "**{}**", cell(&view.header()));
    if let Some(id) = view.error.and_then(|e| e.request_id.as_deref()) {
        let _ = writeln!(out, "\n`request_id`: `{id}`");
    }
    if let Some(report) = probes {
        out.push('\n');
        out.push_str(&self::probes(report, tr));
    }
    let _ = writeln!(
        out,
        "\n| | {} | {} |\n|---|---|---|",
        tr.tr("ui-markdown-check"),
        tr.tr("ui-markdown-result")
    );
    for check in &view.diagnosis.checks {
        let title = cell(&tr.tr(&check.title));
        let row = match &check.outcome {
            Outcome::Passed => format!("| ✓ | {title} | {} |", tr.tr("ui-markdown-passed")),
            Outcome::Found(f) => format!("| {} | {title} | `{}` |", mark(f.severity), f.id),
            Outcome::NotChecked { missing, .. } => {
                format!(
                    "| ? | {title} | {} (`{}`) |",
                    tr.tr("ui-not-checked"),
                    missing.join("`, `")
                )
            }
            Outcome::Skipped | Outcome::Suppressed { .. } => continue,
        };
        let _ = writeln!(out, "{row}");
    }
    for f in &view.diagnosis.findings {
        let text = view.finding_text(f, &args);
        let _ = writeln!(
            out,
            "\n### {} {} (`{}`)\n",
            mark(f.severity),
            text.title,
            f.id
        );
        let _ = writeln!(out, "{}\n", text.explanation);
        for fix in &text.fixes {
            let _ = writeln!(out, "- {fix}");
        }
    }
    let open: Vec<_> = view.diagnosis.questions();
    if !open.is_empty() {
        let _ = writeln!(out, "\n### {}\n", tr.tr("ui-markdown-open-questions"));
        for (fact, q) in open {
            let _ = writeln!(out, "- {} — {}", tr.tr(&q), view.answer_hint(&fact));
        }
    }
    if !view.diagnosis.trace.is_empty() {
        let _ = writeln!(
            out,
            "\n<details><summary>{}</summary>\n\n```text",
            tr.tr("ui-trace")
        );
        for step in &view.diagnosis.trace {
            let value = step
                .value
                .as_ref()
                .map_or_else(|| "?".to_string(), ToString::to_string);
            let _ = writeln!(
                out,
                "{}/{}: {} = {} → {}",
                step.check, step.node, step.fact, value, step.next
            );
        }
        let _ = writeln!(out, "```\n\n</details>");
    }
    let _ = writeln!(out, "\n{}", view.summary(exit));
    out
}

/// The live checks as a table: request, result (what it read, or why it failed), time, id.
pub fn probes(report: &ProbeReport, tr: &Tr<'_>) -> String {
    let mut out = String::new();
    if report.results.is_empty() {
        let _ = writeln!(out, "> {}", cell(&probe_text::no_credentials(tr)));
        return out;
    }
    let _ = writeln!(
        out,
        "### {}\n\n| | {} | {} | ms | `request_id` |\n|---|---|---|---|---|",
        cell(&probe_text::heading(report, tr)),
        tr.tr("probe-markdown-request"),
        tr.tr("ui-markdown-result")
    );
    for r in &report.results {
        let result = match probe_text::could_not(r, tr) {
            Some(line) => cell(&line),
            None => probe_text::details(r, tr)
                .iter()
                .map(|l| cell(l))
                .collect::<Vec<_>>()
                .join("<br>"),
        };
        let id = r
            .request_id
            .as_deref()
            .map_or_else(String::new, |id| format!("`{}`", cell(id)));
        let _ = writeln!(
            out,
            "| {} | `{}` | {result} | {} | {id} |",
            if r.ok() { "✓" } else { "✗" },
            r.kind.name(),
            r.ms
        );
    }
    out
}

//! The Markdown support report (`--format markdown`, `--report FILE.md`), for pasting into a
//! ticket or a GitHub issue: the verdict first, a findings table, the error as given, every
//! fact with its source, the environment, the trace folded away, and room for what the
//! user already tried. Plain headings, tables and lists, so it also reads as plain text.

use std::fmt::Write as _;

use fluent::FluentArgs;

use super::report::{GivenError, ReportEnv, auth_key, origin_key};
use super::{View, probe_text};
use crate::engine::Outcome;
use crate::i18n::Tr;
use crate::probe::ProbeReport;
use crate::rules::Severity;

fn mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

/// Escapes `|` and folds line breaks so a cell cannot break the table.
pub(crate) fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// Our own sentences: two `$` amounts in one block would read as TeX math on GitHub.
pub(crate) fn prose(s: &str) -> String {
    if s.matches('$').count() >= 2 {
        s.replace('$', "\\$")
    } else {
        s.to_string()
    }
}

/// Text from outside (pasted messages, fact values) as inline code: shown literally,
/// never read as Markdown or HTML.
pub(crate) fn code(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ");
    let ticks = "`".repeat(longest_run(&s, '`') + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{s}{pad}{ticks}")
}

/// A fenced block that the text inside cannot close.
fn fenced(s: &str) -> String {
    let fence = "`".repeat(longest_run(s, '`').max(2) + 1);
    format!("{fence}text\n{}\n{fence}", s.trim_end())
}

fn longest_run(s: &str, c: char) -> usize {
    s.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

/// Renders the report. `exit` is the run's exit code, for the summary line.
pub fn render(view: &View<'_>, env: &ReportEnv, exit: u8) -> String {
    let tr = &view.tr;
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", tr.tr("ui-markdown-title"));
    let _ = writeln!(out, "**{}**\n", cell(&prose(&view.header())));
    let _ = writeln!(out, "{}\n", view.summary(exit));
    let _ = writeln!(out, "> {}", tr.tr("report-redacted-note"));
    findings(&mut out, view);
    given_error(&mut out, view);
    checks(&mut out, view);
    facts(&mut out, view);
    probes(&mut out, view);
    environment(&mut out, view, env);
    trace(&mut out, view);
    let _ = writeln!(
        out,
        "\n### {}\n\n{}\n\n- …",
        tr.tr("report-tried"),
        tr.tr("report-tried-hint")
    );
    out
}

fn findings(out: &mut String, view: &View<'_>) {
    let tr = &view.tr;
    let args = view.args();
    let _ = writeln!(
        out,
        "\n### {}\n\n| {} | {} | {} |\n|---|---|---|",
        tr.tr("report-findings"),
        tr.tr("report-col-severity"),
        tr.tr("report-col-finding"),
        tr.tr("report-col-id"),
    );
    let texts: Vec<_> = view
        .diagnosis
        .findings
        .iter()
        .map(|f| (f, view.finding_text(f, &args)))
        .collect();
    for (f, text) in &texts {
        let _ = writeln!(
            out,
            "| {} {} | {} | `{}` |",
            mark(f.severity),
            tr.tr(&format!("report-severity-{}", f.severity.as_str())),
            cell(&prose(&text.title)),
            f.id
        );
    }
    for (f, text) in &texts {
        let _ = writeln!(
            out,
            "\n#### {} {} (`{}`)\n\n{}",
            mark(f.severity),
            prose(&text.title),
            f.id,
            prose(text.explanation.trim_end())
        );
        if !text.fixes.is_empty() {
            let _ = writeln!(out, "\n**{}**\n", tr.tr("report-fixes"));
            for fix in &text.fixes {
                let _ = writeln!(out, "- {}", prose(fix));
            }
        }
    }
}

fn given_error(out: &mut String, view: &View<'_>) {
    let tr = &view.tr;
    let _ = writeln!(out, "\n### {}\n", tr.tr("report-error-heading"));
    let Some(error) = GivenError::of(view) else {
        let _ = writeln!(out, "{}", tr.tr("report-error-none"));
        return;
    };
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---|",
        tr.tr("report-col-item"),
        tr.tr("report-col-value")
    );
    let mut row = |key: &str, value: String| {
        let _ = writeln!(out, "| {} | {} |", tr.tr(key), cell(&value));
    };
    if let Some(c) = error.code {
        row("report-error-code", code(&c.to_string()));
    }
    if let Some(m) = &error.message {
        row("report-error-message", code(m));
    }
    match (error.http_status, error.official_http_status) {
        (Some(status), _) => row("report-error-http", status.to_string()),
        (None, Some(status)) => {
            let mut args = FluentArgs::new();
            args.set("status", status);
            row(
                "report-error-http",
                tr.tr_args("report-error-http-official", Some(&args)),
            );
        }
        (None, None) => {}
    }
    if let Some(id) = &error.request_id {
        row("report-error-request-id", code(id));
    }
    if let Some(text) = &error.text {
        let _ = writeln!(out, "\n{}\n\n{}", tr.tr("report-error-text"), fenced(text));
    }
}

fn checks(out: &mut String, view: &View<'_>) {
    let tr = &view.tr;
    let _ = writeln!(
        out,
        "\n### {}\n\n| | {} | {} |\n|---|---|---|",
        tr.tr("report-checks"),
        tr.tr("ui-markdown-check"),
        tr.tr("ui-markdown-result")
    );
    for check in &view.diagnosis.checks {
        let title = cell(&tr.tr(&check.title));
        let row = match &check.outcome {
            Outcome::Passed => format!("| ✓ | {title} | {} |", tr.tr("ui-markdown-passed")),
            Outcome::Found(f) => format!("| {} | {title} | `{}` |", mark(f.severity), f.id),
            Outcome::NotChecked { missing, .. } => format!(
                "| ? | {title} | {} (`{}`) |",
                tr.tr("ui-not-checked"),
                missing.join("`, `")
            ),
            Outcome::Skipped | Outcome::Suppressed { .. } => continue,
        };
        let _ = writeln!(out, "{row}");
    }
    let open = view.diagnosis.questions();
    if !open.is_empty() {
        let _ = writeln!(out, "\n**{}**\n", tr.tr("ui-markdown-open-questions"));
        for (fact, q) in open {
            let _ = writeln!(out, "- {} — {}", tr.tr(&q), view.answer_hint(&fact));
        }
    }
}

fn facts(out: &mut String, view: &View<'_>) {
    let tr = &view.tr;
    let _ = writeln!(out, "\n### {}\n", tr.tr("report-facts"));
    if view.facts.is_empty() && view.diagnosis.derived.is_empty() {
        let _ = writeln!(out, "{}", tr.tr("report-facts-none"));
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        tr.tr("report-col-fact"),
        tr.tr("report-col-value"),
        tr.tr("report-col-source")
    );
    for (key, known) in view.facts.iter() {
        let value = if key == "error" {
            tr.tr("report-fact-see-error")
        } else {
            code(&known.value.to_string())
        };
        let _ = writeln!(
            out,
            "| `{key}` | {} | {} |",
            cell(&value),
            tr.tr(origin_key(known.origin))
        );
    }
    for (key, value) in &view.diagnosis.derived {
        let _ = writeln!(
            out,
            "| `{key}` | {} | {} |",
            cell(&code(&value.to_string())),
            tr.tr("report-origin-computed")
        );
    }
}

/// The live checks of a `--probe` run, as `kling-doctor probe --format markdown` shows them.
fn probes(out: &mut String, view: &View<'_>) {
    let _ = writeln!(out, "\n### {}\n", view.tr.tr("report-probes"));
    match view.probes {
        Some(report) => out.push_str(&probe_results(report, &view.tr)),
        None => {
            let _ = writeln!(out, "{}", view.tr.tr("report-probes-none"));
        }
    }
}

/// The live checks as a table: request, result (what it read, or why it failed), time, id.
pub fn probe_results(report: &ProbeReport, tr: &Tr<'_>) -> String {
    let mut out = String::new();
    if report.results.is_empty() {
        let _ = writeln!(out, "> {}", cell(&probe_text::no_credentials(tr)));
        return out;
    }
    let _ = writeln!(out, "### {}\n", cell(&probe_text::heading(report, tr)));
    for line in probe_text::unofficial_hosts(report, tr) {
        let _ = writeln!(out, "> ⚠ {}\n", cell(&line));
    }
    let _ = writeln!(
        out,
        "| | {} | {} | {} | ms | `request_id` |\n|---|---|---|---|---|---|",
        tr.tr("probe-markdown-request"),
        tr.tr("safety-markdown-host"),
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
            "| {} | `{}` | {} | {result} | {} | {id} |",
            if r.ok() { "✓" } else { "✗" },
            r.kind.name(),
            code(&r.host),
            r.ms
        );
    }
    out
}

fn environment(out: &mut String, view: &View<'_>, env: &ReportEnv) {
    let tr = &view.tr;
    let mut args = FluentArgs::new();
    args.set("digest", env.rules_digest.clone());
    let rules = match &env.rules_dir {
        None => tr.tr_args("report-env-rules-builtin", Some(&args)),
        Some(dir) => {
            args.set("dir", code(dir));
            tr.tr_args("report-env-rules-dir", Some(&args))
        }
    };
    let credentials = if env.credential_vars.is_empty() {
        tr.tr("report-env-credentials-none")
    } else {
        env.credential_vars
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let dotenv = if env.dotenv_vars.is_empty() {
        tr.tr("safety-report-dotenv-none")
    } else {
        env.dotenv_vars
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rows = [
        ("report-env-tool", env.tool_version.to_string()),
        ("report-env-rules", rules),
        ("report-env-os", format!("{} / {}", env.os, env.arch)),
        ("report-env-lang", view.tr.lang.code().to_string()),
        (
            "report-env-api-base",
            env.api_base
                .as_deref()
                .map_or_else(|| tr.tr("safety-report-api-base-refused"), code),
        ),
        ("report-env-auth", tr.tr(auth_key(env.auth))),
        ("report-env-credentials", credentials),
        ("safety-report-dotenv", dotenv),
        ("report-env-time", env.generated_at.clone()),
    ];
    let _ = writeln!(
        out,
        "\n### {}\n\n| {} | {} |\n|---|---|",
        tr.tr("report-environment"),
        tr.tr("report-col-item"),
        tr.tr("report-col-value")
    );
    for (key, value) in rows {
        let _ = writeln!(out, "| {} | {} |", tr.tr(key), cell(&value));
    }
}

fn trace(out: &mut String, view: &View<'_>) {
    let steps = &view.diagnosis.trace;
    if steps.is_empty() {
        return;
    }
    let mut args = FluentArgs::new();
    args.set("steps", steps.len());
    let lines: Vec<String> = steps
        .iter()
        .map(|step| {
            let value = step
                .value
                .as_ref()
                .map_or_else(|| "?".to_string(), ToString::to_string);
            format!(
                "{}/{}: {} = {} → {}",
                step.check, step.node, step.fact, value, step.next
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "\n<details><summary>{}</summary>\n\n{}\n\n</details>",
        view.tr.tr_args("report-trace", Some(&args)),
        fenced(&lines.join("\n"))
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_text_cannot_break_out_of_its_markup() {
        for (input, expected) in [
            ("plain", "`plain`"),
            ("a `tick`", "`` a `tick` ``"),
            ("a `b` c", "``a `b` c``"),
            ("`edge`", "`` `edge` ``"),
            ("two\nlines", "`two lines`"),
        ] {
            assert_eq!(code(input), expected, "{input}");
        }
        assert_eq!(cell("a|b\nc"), "a\\|b c");
        assert_eq!(
            prose("costs $1.4 ($0.14 each)"),
            "costs \\$1.4 (\\$0.14 each)"
        );
        assert_eq!(prose("costs $0.14"), "costs $0.14");
        assert_eq!(fenced("x\n```\ny"), "````text\nx\n```\ny\n````");
    }
}

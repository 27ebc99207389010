//! The report of `rules test`: failing scenarios with a diff of what was expected and
//! what the rules produced, per-file tallies, coverage, and one summary line.

use std::fmt::Write as _;

use fluent::FluentArgs;
use serde_json::json;

use crate::i18n::Tr;
use crate::rules::outcome::{Problem, Report};

pub fn text(report: &Report<'_>, tr: &Tr<'_>) -> String {
    let mut out = String::new();
    if report.outcomes.is_empty() {
        let _ = writeln!(out, "{}", tr.tr("rules-test-none"));
    }
    for o in report.outcomes.iter().filter(|o| !o.problems.is_empty()) {
        let mut args = FluentArgs::new();
        args.set("file", o.scenario.file.clone());
        args.set("line", o.scenario.line);
        args.set("name", o.scenario.name.clone());
        let _ = writeln!(out, "{}", tr.tr_args("rules-test-fail", Some(&args)));
        for p in &o.problems {
            let (key, args) = problem(p);
            let _ = writeln!(out, "      {}", tr.tr_args(key, Some(&args)));
            if let Problem::Exit {
                refused: Some(reason),
                ..
            } = p
            {
                let mut a = FluentArgs::new();
                a.set("reason", reason.clone());
                let _ = writeln!(out, "      {}", tr.tr_args("rules-test-refused", Some(&a)));
            }
        }
        out.push('\n');
    }
    let mut files: Vec<&str> = Vec::new();
    for o in &report.outcomes {
        if !files.contains(&o.scenario.file.as_str()) {
            files.push(&o.scenario.file);
        }
    }
    for file in files {
        let of_file = || report.outcomes.iter().filter(|o| o.scenario.file == file);
        let failed = of_file().filter(|o| !o.problems.is_empty()).count();
        let mut args = FluentArgs::new();
        args.set("file", file.to_string());
        args.set("passed", of_file().count() - failed);
        args.set("failed", failed);
        let _ = writeln!(out, "{}", tr.tr_args("rules-test-file", Some(&args)));
    }
    let c = &report.coverage;
    let mut args = FluentArgs::new();
    args.set("findings", c.findings);
    args.set("findings_covered", c.findings - c.uncovered_findings.len());
    args.set("nodes", c.nodes);
    args.set("nodes_covered", c.nodes - c.uncovered_nodes.len());
    let _ = writeln!(out, "{}", tr.tr_args("rules-test-coverage", Some(&args)));
    for id in &c.uncovered_findings {
        let mut a = FluentArgs::new();
        a.set("id", id.clone());
        let _ = writeln!(
            out,
            "  {}",
            tr.tr_args("rules-test-uncovered-finding", Some(&a))
        );
    }
    for (file, node) in &c.uncovered_nodes {
        let mut a = FluentArgs::new();
        a.set("file", file.clone());
        a.set("node", node.clone());
        let _ = writeln!(
            out,
            "  {}",
            tr.tr_args("rules-test-uncovered-node", Some(&a))
        );
    }
    let mut args = FluentArgs::new();
    args.set("total", report.outcomes.len());
    args.set("passed", report.outcomes.len() - report.failed());
    args.set("failed", report.failed());
    let _ = writeln!(out, "{}", tr.tr_args("rules-test-summary", Some(&args)));
    out
}

/// The message key and arguments of one difference.
fn problem(p: &Problem) -> (&'static str, FluentArgs<'static>) {
    let mut args = FluentArgs::new();
    let key = match p {
        Problem::MissingFinding { id, severity } => {
            args.set("id", id.clone());
            args.set("severity", severity.as_str());
            "rules-test-missing-finding"
        }
        Problem::UnexpectedFinding { id, severity } => {
            args.set("id", id.clone());
            args.set("severity", severity.as_str());
            "rules-test-unexpected-finding"
        }
        Problem::WrongSeverity {
            id,
            expected,
            found,
        } => {
            args.set("id", id.clone());
            args.set("expected", expected.as_str());
            args.set("found", found.as_str());
            "rules-test-wrong-severity"
        }
        Problem::MissingUnknown { fact } => {
            args.set("fact", fact.clone());
            "rules-test-missing-unknown"
        }
        Problem::UnexpectedUnknown { fact } => {
            args.set("fact", fact.clone());
            "rules-test-unexpected-unknown"
        }
        Problem::Exit {
            expected, found, ..
        } => {
            args.set("expected", *expected);
            args.set("found", *found);
            "rules-test-exit"
        }
        Problem::Message { lang, key } => {
            args.set("lang", lang.code());
            args.set("key", key.clone());
            "rules-test-message"
        }
        Problem::Says { lang, text } => {
            args.set("lang", lang.code());
            args.set("text", text.clone());
            "rules-test-says"
        }
    };
    (key, args)
}

/// `rules test --format json`: counts, each failing scenario with its differences, coverage.
pub fn json(report: &Report<'_>) -> String {
    let failed: Vec<_> = report
        .outcomes
        .iter()
        .filter(|o| !o.problems.is_empty())
        .map(|o| {
            json!({
                "file": o.scenario.file,
                "line": o.scenario.line,
                "name": o.scenario.name,
                "problems": o.problems.iter().map(problem_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let c = &report.coverage;
    let value = json!({
        "schema_version": 1,
        "scenarios": report.outcomes.len(),
        "passed": report.outcomes.len() - report.failed(),
        "failed": failed,
        "coverage": {
            "findings": c.findings,
            "nodes": c.nodes,
            "uncovered_findings": c.uncovered_findings,
            "uncovered_nodes": c.uncovered_nodes.iter().map(|(f, n)| format!("{f}:{n}")).collect::<Vec<_>>(),
        },
    });
    format!(
        "{}\n",
        serde_json::to_string_pretty(&value).unwrap_or_default()
    )
}

fn problem_json(p: &Problem) -> serde_json::Value {
    match p {
        Problem::MissingFinding { id, severity } => {
            json!({"kind": "missing_finding", "id": id, "severity": severity})
        }
        Problem::UnexpectedFinding { id, severity } => {
            json!({"kind": "unexpected_finding", "id": id, "severity": severity})
        }
        Problem::WrongSeverity {
            id,
            expected,
            found,
        } => json!({"kind": "wrong_severity", "id": id, "expected": expected, "found": found}),
        Problem::MissingUnknown { fact } => json!({"kind": "missing_unknown", "fact": fact}),
        Problem::UnexpectedUnknown { fact } => json!({"kind": "unexpected_unknown", "fact": fact}),
        Problem::Exit {
            expected,
            found,
            refused,
        } => json!({"kind": "exit", "expected": expected, "found": found, "refused": refused}),
        Problem::Message { lang, key } => {
            json!({"kind": "message", "lang": lang.code(), "key": key})
        }
        Problem::Says { lang, text } => json!({"kind": "says", "lang": lang.code(), "text": text}),
    }
}

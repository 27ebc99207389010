//! `kling-doctor explain CODE`: the official meaning of one error code (or a pasted
//! body), what usually causes it and which facts would tell more — from the same rules.

use std::fmt::Write as _;

use fluent::FluentArgs;
use serde_json::json;

use super::{Done, load_rules};
use crate::cli::{ExplainArgs, Format};
use crate::config::Config;
use crate::engine;
use crate::error::AppError;
use crate::facts::{Facts, Origin};
use crate::input::apply_error;
use crate::render::View;
use crate::rules::providers::PASTE_FINDING;

pub fn run(config: &Config, args: &ExplainArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(&config.rules)?;
    let tr = messages.tr(config.lang);
    if args.list {
        return Ok(Done {
            stdout: list(&rules, &tr, config.format),
            exit: 0,
        });
    }
    let input = args.code.clone().unwrap_or_default();
    let mut facts = Facts::default();
    let parsed = apply_error(&mut facts, &input, &rules, Origin::Flag);
    let code = parsed.code.and_then(|c| rules.codes.get(c));
    let diagnosis = engine::evaluate(&rules, &facts, config.now);
    let findings: Vec<_> = diagnosis
        .findings
        .iter()
        .filter(|f| f.id != engine::NO_PROBLEM_FOUND)
        .collect();
    // Without a Kling code, a pasted reseller or gateway error is explained by what
    // rules/providers.yaml recognised in it; anything else is unknown.
    let recognised = facts.get(PASTE_FINDING).is_some();
    if code.is_none() && !recognised {
        return Err(AppError::UnknownCode { input });
    }
    let view = View {
        rules: &rules,
        diagnosis: &diagnosis,
        facts: &facts,
        error: Some(&parsed),
        tr,
        verbose: config.verbose,
        probes: None,
    };
    let fargs = view.args();
    let questions = diagnosis.questions();

    let stdout = match config.format {
        Format::Json => {
            let value = json!({
                "code": code.map(|c| c.code),
                "http": code.map(|c| c.http),
                "family": code.map(|c| c.family.clone()),
                "meaning": code.map(|c| tr.tr(&c.meaning_key())),
                "solution": code.map(|c| tr.tr(&c.solution_key())),
                "source": code.map(|c| c.source.clone()),
                "messages": code.map(|c| c.messages.clone()),
                "provider": facts.get("provider").map(|p| p.to_string()),
                "findings": findings.iter().map(|f| {
                    let t = view.finding_text(f, &fargs);
                    json!({"id": f.id, "severity": f.severity.as_str(), "title": t.title,
                           "explanation": t.explanation, "fixes": t.fixes})
                }).collect::<Vec<_>>(),
                "questions": questions.iter().map(|(fact, q)| json!({"fact": fact, "question": tr.tr(q)})).collect::<Vec<_>>(),
            });
            format!(
                "{}\n",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            )
        }
        Format::Text | Format::Markdown => {
            let mut out = String::new();
            match code {
                Some(code) => heading(&mut out, &tr, code),
                None => {
                    let _ = writeln!(
                        out,
                        "{}",
                        tr.tr_args("explain-pasted-heading", Some(&fargs))
                    );
                }
            }
            for f in &findings {
                let t = view.finding_text(f, &fargs);
                let _ = writeln!(out, "\n{} ({})", t.title, f.id);
                for line in t.explanation.lines() {
                    let _ = writeln!(out, "  {line}");
                }
                for fix in &t.fixes {
                    let _ = writeln!(out, "  → {fix}");
                }
            }
            if !questions.is_empty() {
                let _ = writeln!(out, "\n{}", tr.tr("explain-questions"));
                for (fact, q) in &questions {
                    let _ = writeln!(out, "  ? {}\n    → {}", tr.tr(q), view.answer_hint(fact));
                }
            }
            out
        }
    };
    Ok(Done { stdout, exit: 0 })
}

/// The official meaning and fix of a Kling code.
fn heading(out: &mut String, tr: &crate::i18n::Tr<'_>, code: &crate::rules::ErrorCode) {
    let mut a = FluentArgs::new();
    a.set("code", code.code);
    a.set("http", code.http);
    let _ = writeln!(out, "{}", tr.tr_args("explain-heading", Some(&a)));
    let _ = writeln!(
        out,
        "  {} {}",
        tr.tr("explain-meaning"),
        tr.tr(&code.meaning_key())
    );
    let _ = writeln!(
        out,
        "  {} {}",
        tr.tr("explain-solution"),
        tr.tr(&code.solution_key())
    );
    if !code.messages.is_empty() {
        let _ = writeln!(
            out,
            "  {} \"{}\"",
            tr.tr("explain-seen-as"),
            code.messages.join("\", \"")
        );
    }
    let _ = writeln!(out, "  {} [{}]", tr.tr("explain-source"), code.source);
}

/// `explain --list`: every official code with its HTTP status and meaning.
fn list(rules: &crate::rules::RuleSet, tr: &crate::i18n::Tr<'_>, format: Format) -> String {
    if format == Format::Json {
        let codes: Vec<_> = rules
            .codes
            .iter()
            .map(|c| json!({"code": c.code, "http": c.http, "family": c.family, "meaning": tr.tr(&c.meaning_key())}))
            .collect();
        return format!(
            "{}\n",
            serde_json::to_string_pretty(&codes).unwrap_or_default()
        );
    }
    let mut out = String::new();
    for c in rules.codes.iter() {
        let _ = writeln!(
            out,
            "{}  HTTP {}  {}",
            c.code,
            c.http,
            tr.tr(&c.meaning_key())
        );
    }
    out
}

//! `kling-doctor explain CODE`: the official meaning of one error code (or a pasted
//! body), what usually causes it and which facts would tell more — from the same rules.
//! Builds `render::explain` data; the renderers lay it out in the chosen format.

use super::{Done, load_rules};
use crate::cli::ExplainArgs;
use crate::config::Config;
use crate::engine;
use crate::error::AppError;
use crate::facts::{Facts, Origin};
use crate::i18n::Tr;
use crate::input::apply_error;
use crate::render::explain::{CodeRow, CodeTable, ExplainedFinding, Explanation, OpenQuestion};
use crate::render::{self, View};
use crate::rules::RuleSet;
use crate::rules::providers::PASTE_FINDING;

pub fn run(config: &Config, args: &ExplainArgs) -> Result<Done, AppError> {
    let (rules, messages) = load_rules(config)?;
    let tr = messages.tr(config.lang);
    let layout = render::text::Layout::of(config);
    if args.list {
        let table = list(rules, &tr);
        return Ok(Done {
            stdout: render::output(&table, config.format, &tr, layout),
            exit: 0,
        });
    }
    let input = args.code.clone().unwrap_or_default();
    let mut facts = Facts::default();
    let parsed = apply_error(&mut facts, &input, rules, Origin::Flag);
    let code = parsed.code.and_then(|c| rules.codes.get(c));
    // Without a Kling code, a pasted reseller or gateway error is explained by what
    // rules/providers.yaml recognised in it; anything else is unknown.
    if code.is_none() && facts.get(PASTE_FINDING).is_none() {
        return Err(AppError::UnknownCode { input });
    }
    let diagnosis = engine::evaluate(rules, &facts, config.now);
    let view = View {
        rules,
        diagnosis: &diagnosis,
        facts: &facts,
        error: Some(&parsed),
        tr,
        verbose: config.verbose,
        probes: None,
    };
    let fargs = view.args();
    let explanation = Explanation {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: tr.lang.code(),
        code: code.map(|c| c.code),
        http: code.map(|c| c.http),
        family: code.map(|c| c.family.clone()),
        meaning: code.map(|c| tr.tr(&c.meaning_key())),
        solution: code.map(|c| tr.tr(&c.solution_key())),
        source: code.map(|c| c.source.clone()),
        messages: code.map(|c| c.messages.clone()),
        provider: facts.get("provider").map(|p| p.to_string()),
        findings: diagnosis
            .findings
            .iter()
            .filter(|f| f.id != engine::NO_PROBLEM_FOUND)
            .map(|f| {
                let t = view.finding_text(f, &fargs);
                ExplainedFinding {
                    id: f.id.clone(),
                    severity: f.severity.as_str(),
                    title: t.title,
                    explanation: t.explanation,
                    fixes: t.fixes,
                }
            })
            .collect(),
        questions: diagnosis
            .questions()
            .into_iter()
            .map(|(fact, q)| OpenQuestion {
                question: tr.tr(&q),
                answer: view.answer_hint(&fact),
                fact,
            })
            .collect(),
    };
    Ok(Done {
        stdout: render::output(&explanation, config.format, &tr, layout),
        exit: 0,
    })
}

/// `explain --list`: every official code with its HTTP status and meaning.
fn list(rules: &RuleSet, tr: &Tr<'_>) -> CodeTable {
    CodeTable {
        schema_version: 1,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: tr.lang.code(),
        codes: rules
            .codes
            .iter()
            .map(|c| CodeRow {
                code: c.code,
                http: c.http,
                family: c.family.clone(),
                meaning: tr.tr(&c.meaning_key()),
            })
            .collect(),
    }
}

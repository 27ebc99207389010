//! Runs rule scenarios (`rules test`): each scenario's facts go through the same input
//! path as `--error`/`--answers`, the engine evaluates them, and the result is compared
//! with what the scenario expects. Also checks that every finding's texts render in
//! both languages, and which findings and nodes no scenario reaches.

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::engine::{self, Diagnosis};
use crate::facts::{Facts, Origin};
use crate::i18n::{Lang, Messages};
use crate::input::{apply_error, apply_pair};
use crate::render::View;
use crate::rules::outcome::{Coverage, Outcome, Problem, Report};
use crate::rules::scenario::Scenario;
use crate::rules::{RuleSet, Severity};

/// Runs every scenario; `now` is the clock for scenarios that pin none.
pub fn run<'s>(
    rules: &RuleSet,
    messages: &Messages,
    scenarios: &'s [Scenario],
    now: Timestamp,
) -> Report<'s> {
    let mut found_ids: BTreeSet<String> = BTreeSet::new();
    let mut visited: BTreeSet<(String, String)> = BTreeSet::new();
    let outcomes = scenarios
        .iter()
        .map(|scenario| {
            let (problems, diagnosis) = run_one(rules, messages, scenario, now);
            if let Some(d) = diagnosis {
                if problems.is_empty() {
                    found_ids.extend(d.findings.iter().map(|f| f.id.clone()));
                }
                visited.extend(d.trace.iter().map(|t| (t.check.clone(), t.node.clone())));
            }
            Outcome { scenario, problems }
        })
        .collect();
    let coverage = Coverage {
        findings: rules.findings.len(),
        nodes: rules.checks.iter().map(|c| c.nodes.len()).sum(),
        uncovered_findings: rules
            .findings
            .keys()
            .filter(|id| !found_ids.contains(*id))
            .cloned()
            .collect(),
        uncovered_nodes: rules
            .checks
            .iter()
            .flat_map(|c| c.nodes.iter().map(move |n| (c, n)))
            .filter(|(c, n)| !visited.contains(&(c.id.clone(), n.id.clone())))
            .map(|(c, n)| (c.file.clone(), n.id.clone()))
            .collect(),
    };
    Report { outcomes, coverage }
}

fn run_one(
    rules: &RuleSet,
    messages: &Messages,
    scenario: &Scenario,
    now: Timestamp,
) -> (Vec<Problem>, Option<Diagnosis>) {
    let mut problems = Vec::new();
    let facts = match gather(rules, messages, scenario) {
        Ok(facts) => facts,
        Err(reason) => {
            if scenario.exit != Some(2) {
                problems.push(Problem::Exit {
                    expected: scenario.exit.unwrap_or(u8::from(has_problem(scenario))),
                    found: 2,
                    refused: Some(reason),
                });
            }
            return (problems, None);
        }
    };
    let diagnosis = engine::evaluate(rules, &facts, scenario.now.unwrap_or(now));
    let exit = u8::from(diagnosis.has_problems());
    if let Some(expected) = scenario.exit
        && expected != exit
    {
        problems.push(Problem::Exit {
            expected,
            found: exit,
            refused: None,
        });
    }
    if let Some(expected) = &scenario.findings {
        compare_findings(expected, &diagnosis, &mut problems);
    }
    if let Some(expected) = &scenario.unknown {
        for fact in expected {
            if !diagnosis.unknown.contains(fact) {
                problems.push(Problem::MissingUnknown { fact: fact.clone() });
            }
        }
        for fact in &diagnosis.unknown {
            if !expected.contains(fact) {
                problems.push(Problem::UnexpectedUnknown { fact: fact.clone() });
            }
        }
    }
    for lang in Lang::ALL {
        let text = texts(rules, messages, &facts, &diagnosis, lang, &mut problems).to_lowercase();
        let wanted = scenario
            .says
            .iter()
            .filter(|(l, _)| *l == lang)
            .flat_map(|(_, words)| words);
        for word in wanted {
            if !text.contains(&word.to_lowercase()) {
                problems.push(Problem::Says {
                    lang,
                    text: word.clone(),
                });
            }
        }
    }
    (problems, Some(diagnosis))
}

/// Whether the scenario expects an error or warning finding (its implied exit code).
fn has_problem(scenario: &Scenario) -> bool {
    scenario
        .findings
        .iter()
        .flatten()
        .any(|(_, s)| *s >= Severity::Warning)
}

/// The facts, as `--error` and an answers file would give them; `Err` with the reason
/// when they are refused (in English: the report is for rule authors and tests).
fn gather(rules: &RuleSet, messages: &Messages, scenario: &Scenario) -> Result<Facts, String> {
    let mut facts = Facts::default();
    if let Some(error) = &scenario.error {
        apply_error(&mut facts, error, rules, Origin::Flag);
    }
    for (key, value) in &scenario.facts {
        apply_pair(&mut facts, key, value, Origin::AnswersFile, rules)
            .map_err(|e| e.message(&messages.tr(Lang::En)))?;
    }
    Ok(facts)
}

fn compare_findings(expected: &[(String, Severity)], d: &Diagnosis, problems: &mut Vec<Problem>) {
    for (id, severity) in expected {
        match d.findings.iter().find(|f| &f.id == id) {
            None => problems.push(Problem::MissingFinding {
                id: id.clone(),
                severity: *severity,
            }),
            Some(f) if f.severity != *severity => problems.push(Problem::WrongSeverity {
                id: id.clone(),
                expected: *severity,
                found: f.severity,
            }),
            Some(_) => {}
        }
    }
    for f in &d.findings {
        if !expected.iter().any(|(id, _)| *id == f.id) {
            problems.push(Problem::UnexpectedFinding {
                id: f.id.clone(),
                severity: f.severity,
            });
        }
    }
}

/// Every finding's title, explanation and fixes in `lang`, joined; each message that
/// does not render strictly becomes a problem.
fn texts(
    rules: &RuleSet,
    messages: &Messages,
    facts: &Facts,
    d: &Diagnosis,
    lang: Lang,
    problems: &mut Vec<Problem>,
) -> String {
    let view = View {
        rules,
        diagnosis: d,
        facts,
        error: None,
        tr: messages.tr(lang),
        verbose: false,
        probes: None,
    };
    let args = view.args();
    let mut out = String::new();
    for f in &d.findings {
        let Some(def) = rules.findings.get(&f.id) else {
            continue;
        };
        let variant = f.variant.as_deref();
        let keys = [def.title_key(variant), def.explanation_key(variant)]
            .into_iter()
            .chain(def.fixes(variant).iter().cloned());
        for key in keys {
            match view.tr.try_tr_args(&key, Some(&args)) {
                Some(text) => {
                    out.push_str(&text);
                    out.push('\n');
                }
                None => problems.push(Problem::Message { lang, key }),
            }
        }
    }
    out
}

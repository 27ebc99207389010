//! The decision engine: facts in → findings, open questions and a trace out.
//! Pure: no I/O, no clock (the caller passes `now`), no prose (only ids and keys).

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;

use crate::derived::{self, DERIVED};
use crate::facts::{Facts, Value};
use crate::rules::{Check, Comparison, Condition, Node, Operand, RuleSet, Severity, Step};

pub use crate::rules::NO_PROBLEM_FOUND;

/// The variant of `no-problem-found` when every check that applies has run.
pub const NO_PROBLEM_COMPLETE: &str = "all-checked";

/// One emitted finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub id: String,
    /// Another wording of the same finding (e.g. `batch` for `units-insufficient`).
    pub variant: Option<String>,
    pub severity: Severity,
    pub check: String,
    /// `file:node`, e.g. `checks/30-pack.yaml:pack-status`.
    pub rule: String,
}

/// How one check ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Checked; nothing wrong.
    Passed,
    /// Does not apply to this situation (e.g. concurrency for a balance error).
    Skipped,
    Found(Finding),
    /// A fact it needs is unknown. `missing` lists every unknown fact on the path,
    /// in the order they were needed; `questions` the message key for each.
    NotChecked {
        missing: Vec<String>,
        questions: Vec<String>,
        node: String,
    },
    /// Not run or not reported because `by` (found elsewhere) already explains it.
    Suppressed {
        by: String,
    },
}

/// One check's result.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckResult {
    pub id: String,
    pub title: String,
    pub outcome: Outcome,
}

/// One step of the walk through a check, for `--verbose` and the JSON `trace`.
#[derive(Debug, Clone, PartialEq)]
pub struct TraceStep {
    pub check: String,
    pub node: String,
    pub fact: String,
    pub value: Option<Value>,
    /// `node-id`, `finding:<id>`, `pass`, `skip` or `unknown`.
    pub next: String,
}

/// Everything one evaluation concluded.
#[derive(Debug, Clone, Default)]
pub struct Diagnosis {
    pub checks: Vec<CheckResult>,
    /// Distinct findings in check order, most severe occurrence kept.
    pub findings: Vec<Finding>,
    /// Input facts that would let more checks run, in the order they are needed.
    pub unknown: Vec<String>,
    pub trace: Vec<TraceStep>,
    /// Computed facts that could be worked out (for messages and output).
    pub derived: BTreeMap<String, Value>,
}

impl Diagnosis {
    /// The open questions in the order the checks need them: (fact, question key).
    pub fn questions(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for c in &self.checks {
            if let Outcome::NotChecked {
                missing, questions, ..
            } = &c.outcome
            {
                for (fact, q) in missing.iter().zip(questions) {
                    if !out.iter().any(|(f, _)| f == fact) {
                        out.push((fact.clone(), q.clone()));
                    }
                }
            }
        }
        out
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity && f.id != NO_PROBLEM_FOUND)
            .count()
    }

    pub fn not_checked(&self) -> usize {
        self.checks
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::NotChecked { .. }))
            .count()
    }

    /// True when an error or warning was found (exit code 1).
    pub fn has_problems(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.severity >= Severity::Warning)
    }
}

/// Evaluates every check over `facts`.
pub fn evaluate(rules: &RuleSet, facts: &Facts, now: Timestamp) -> Diagnosis {
    let mut env = Env { rules, facts, now };
    let mut trace = Vec::new();
    let raw: Vec<(&Check, Outcome, Vec<String>)> = rules
        .checks
        .iter()
        .map(|check| {
            let (outcome, leaf_unless) = walk(check, &mut env, &mut trace);
            (check, outcome, leaf_unless)
        })
        .collect();

    // Check-level `unless_found` looks at earlier checks; leaf-level `unless_found`
    // (resolved last) at every finding that is not itself conditional.
    let mut checks: Vec<CheckResult> = Vec::new();
    // A set: thousands of checks must not make this quadratic.
    let mut firm: BTreeSet<String> = BTreeSet::new();
    for (check, outcome, leaf_unless) in &raw {
        let outcome = match check.unless_found.iter().find(|id| firm.contains(*id)) {
            Some(by) => Outcome::Suppressed { by: by.clone() },
            None => outcome.clone(),
        };
        if let Outcome::Found(f) = &outcome
            && leaf_unless.is_empty()
        {
            firm.insert(f.id.clone());
        }
        checks.push(CheckResult {
            id: check.id.clone(),
            title: check.title.clone(),
            outcome,
        });
    }
    for (result, (_, _, leaf_unless)) in checks.iter_mut().zip(&raw) {
        if let Outcome::Found(_) = result.outcome
            && let Some(by) = leaf_unless.iter().find(|id| firm.contains(*id))
        {
            result.outcome = Outcome::Suppressed { by: by.clone() };
        }
    }

    let mut findings: Vec<Finding> = Vec::new();
    for c in &checks {
        if let Outcome::Found(f) = &c.outcome {
            match findings.iter_mut().find(|e| e.id == f.id) {
                Some(existing) => {
                    // Keep the first place, the worst severity and the more specific wording.
                    existing.severity = existing.severity.max(f.severity);
                    if existing.variant.is_none() && f.variant.is_some() {
                        existing.variant = f.variant.clone();
                        existing.rule = f.rule.clone();
                    }
                }
                None => findings.push(f.clone()),
            }
        }
    }
    if !findings.iter().any(|f| f.severity >= Severity::Warning) {
        let complete = !checks
            .iter()
            .any(|c| matches!(c.outcome, Outcome::NotChecked { .. }));
        findings.push(Finding {
            id: NO_PROBLEM_FOUND.to_string(),
            variant: complete.then(|| NO_PROBLEM_COMPLETE.to_string()),
            severity: Severity::Info,
            check: String::new(),
            rule: String::new(),
        });
    }
    let mut unknown: Vec<String> = Vec::new();
    for c in &checks {
        if let Outcome::NotChecked { missing, .. } = &c.outcome {
            for m in missing {
                if !unknown.contains(m) {
                    unknown.push(m.clone());
                }
            }
        }
    }
    let derived = DERIVED
        .iter()
        .filter_map(|def| {
            derived::compute(def, facts, rules, now)
                .ok()
                .map(|v| (def.key.to_string(), v))
        })
        .collect();
    Diagnosis {
        checks,
        findings,
        unknown,
        trace,
        derived,
    }
}

struct Env<'a> {
    rules: &'a RuleSet,
    facts: &'a Facts,
    now: Timestamp,
}

/// A fact lookup: its value, or the input facts whose absence keeps it unknown.
enum Lookup {
    Known(Value),
    Unknown(Vec<String>),
}

impl Env<'_> {
    fn lookup(&mut self, key: &str) -> Lookup {
        if let Some(v) = self.facts.get(key) {
            return Lookup::Known(v.clone());
        }
        let Some(def) = derived::get(key) else {
            return Lookup::Unknown(vec![key.to_string()]);
        };
        match derived::compute(def, self.facts, self.rules, self.now) {
            Ok(v) => Lookup::Known(v),
            Err(missing) => Lookup::Unknown(missing),
        }
    }

    fn question_for(&self, node: &Node, fact: &str) -> String {
        if fact == node.fact
            && let Some(q) = &node.question
        {
            return q.clone();
        }
        self.rules
            .facts
            .get(fact)
            .map(|d| d.question.clone())
            .unwrap_or_default()
    }
}

/// Walks one check from its first node; returns the outcome and the leaf's `unless_found`.
fn walk(check: &Check, env: &mut Env<'_>, trace: &mut Vec<TraceStep>) -> (Outcome, Vec<String>) {
    let mut at = 0usize;
    let mut missing: Vec<String> = Vec::new();
    let mut questions: Vec<String> = Vec::new();
    // Validation rejects cycles; the bound keeps a hand-built RuleSet from looping.
    for _ in 0..=check.nodes.len() {
        let Some(node) = check.nodes.get(at) else {
            break;
        };
        let (step, value) = match env.lookup(&node.fact) {
            Lookup::Known(value) => match decide(node, &value, env) {
                Ok(step) => (Some(step), Some(value)),
                Err(also_missing) => {
                    for m in also_missing {
                        let q = env.question_for(node, &m);
                        if !missing.contains(&m) {
                            missing.push(m);
                            questions.push(q);
                        }
                    }
                    (None, Some(value))
                }
            },
            Lookup::Unknown(unknown) => {
                for m in unknown.into_iter().filter(|_| node.ask) {
                    let q = env.question_for(node, &m);
                    if !missing.contains(&m) {
                        missing.push(m);
                        questions.push(q);
                    }
                }
                (node.if_unknown.clone(), None)
            }
        };
        let next = match &step {
            Some(Step::Next(i)) => check
                .nodes
                .get(*i)
                .map_or_else(String::new, |n| n.id.clone()),
            Some(Step::Finding { id, .. }) => format!("finding:{id}"),
            Some(Step::Pass) => "pass".into(),
            Some(Step::Skip) => "skip".into(),
            None => "unknown".into(),
        };
        trace.push(TraceStep {
            check: check.id.clone(),
            node: node.id.clone(),
            fact: node.fact.clone(),
            value,
            next,
        });
        return match step {
            Some(Step::Next(i)) => {
                at = i;
                continue;
            }
            Some(Step::Finding {
                id,
                variant,
                severity,
                unless_found,
            }) => {
                let rule = format!("{}:{}", check.file, node.id);
                (
                    Outcome::Found(Finding {
                        id,
                        variant,
                        severity,
                        check: check.id.clone(),
                        rule,
                    }),
                    unless_found,
                )
            }
            Some(Step::Pass) => (Outcome::Passed, Vec::new()),
            Some(Step::Skip) => (Outcome::Skipped, Vec::new()),
            None => (
                Outcome::NotChecked {
                    missing,
                    questions,
                    node: node.id.clone(),
                },
                Vec::new(),
            ),
        };
    }
    (Outcome::Skipped, Vec::new())
}

/// The step for a known value: the first case that holds, else `otherwise`.
/// `Err` when a case compares with another fact that is unknown.
fn decide(node: &Node, value: &Value, env: &mut Env<'_>) -> Result<Step, Vec<String>> {
    for case in &node.cases {
        if holds(&case.condition, value, env)? {
            return Ok(case.step.clone());
        }
    }
    Ok(node.otherwise.clone())
}

fn holds(condition: &Condition, value: &Value, env: &mut Env<'_>) -> Result<bool, Vec<String>> {
    Ok(match condition {
        Condition::Equals(v) => value == v,
        Condition::NotEquals(v) => value != v,
        Condition::OneOf(vs) => vs.contains(value),
        Condition::Compare(op, operand) => {
            let rhs = match operand {
                Operand::Number(n) => *n,
                Operand::Fact(key) => match env.lookup(key) {
                    Lookup::Known(v) => v.as_number().unwrap_or(f64::NAN),
                    Lookup::Unknown(missing) => return Err(missing),
                },
            };
            let Some(lhs) = value.as_number() else {
                return Ok(false);
            };
            // Units are priced to hundredths; compare at that precision.
            let (lhs, rhs) = ((lhs * 100.0).round(), (rhs * 100.0).round());
            match op {
                Comparison::LessThan => lhs < rhs,
                Comparison::AtMost => lhs <= rhs,
                Comparison::GreaterThan => lhs > rhs,
                Comparison::AtLeast => lhs >= rhs,
            }
        }
        Condition::InPast(expected) => match value {
            Value::Date { at, .. } => (*at < env.now) == *expected,
            _ => false,
        },
        Condition::WithinDays(days) => match value {
            Value::Date { at, .. } => {
                let secs = at.as_second() - env.now.as_second();
                secs >= 0 && (secs as f64) <= days * 86_400.0
            }
            _ => false,
        },
    })
}

//! Scenario files (`rules/tests/*.yaml`): facts in, expected findings out. Read and
//! checked here against a validated `RuleSet`; `crate::scenarios` runs them.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Deserialize;
use serde_saphyr::{Location, Spanned};

use super::raw::{Literal, Word};
use super::source::RuleFile;
use super::{RuleError, RuleErrorKind, RuleFiles, RuleSet, Severity, yaml};
use crate::i18n::Lang;
use crate::suggest::closest;

/// # kling-doctor rule scenarios (rules/tests/*.yaml)
///
/// Facts in, expected findings out; run by `kling-doctor rules test` and `cargo test`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    /// RFC 3339 time every scenario of the file runs at, unless it sets its own (e.g.
    /// 2026-11-25T12:00:00Z).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    now: Option<Spanned<String>>,
    scenarios: Vec<RawScenario>,
}

/// A scenario: facts in, expected findings out. `findings` is needed unless `exit: 2`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend(
    "if" = { "not": { "required": ["exit"], "properties": { "exit": { "const": 2 } } } },
    "then" = { "required": ["findings"] },
)))]
#[serde(deny_unknown_fields)]
struct RawScenario {
    /// Unique in the file; shown with file:line when the scenario fails.
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    name: Spanned<String>,
    /// RFC 3339 time this scenario runs at.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    now: Option<Spanned<String>>,
    /// What `--error` would get: a code, a message or a JSON body.
    #[serde(default)]
    error: Option<String>,
    /// Facts as `--set`/`--answers` would give them.
    #[serde(default)]
    facts: BTreeMap<String, Literal>,
    /// Every finding the run must produce (finding id → severity), `no-problem-found`
    /// included.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<BTreeMap<String, Word<Severity>>>"))]
    findings: Option<Spanned<BTreeMap<String, Spanned<Word<Severity>>>>>,
    /// Exactly the facts the run leaves unknown and would ask for.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Vec<String>>"))]
    unknown: Option<Vec<Spanned<String>>>,
    /// 0 no problem, 1 an error or warning finding, 2 the facts are refused.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<u8>", extend("enum" = [0, 1, 2])))]
    exit: Option<Spanned<u8>>,
    #[serde(default)]
    says: Option<RawSays>,
}

/// Words the findings' texts must contain, per language.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RawSays {
    /// English
    #[serde(default)]
    en: Vec<String>,
    /// Indonesian
    #[serde(default)]
    id: Vec<String>,
}

/// One checked scenario, ready to run.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub file: String,
    pub line: u64,
    pub name: String,
    pub now: Option<Timestamp>,
    /// Like `--error`.
    pub error: Option<String>,
    /// Like an answers file: raw values, typed by the fact catalogue when run.
    pub facts: Vec<(String, String)>,
    /// Every finding the run must produce, with its severity; `None` with `exit: 2`.
    pub findings: Option<Vec<(String, Severity)>>,
    pub unknown: Option<Vec<String>>,
    pub exit: Option<u8>,
    /// Words the findings' texts must contain, per language.
    pub says: Vec<(Lang, Vec<String>)>,
}

/// Reads every scenario file of `files`, reporting each problem at its place.
pub fn load(files: &RuleFiles, rules: &RuleSet) -> Result<Vec<Scenario>, Vec<RuleError>> {
    let mut errors = Vec::new();
    let mut scenarios = Vec::new();
    for file in files.tests() {
        match yaml::parse::<RawFile>(file, "scenarios") {
            Ok(raw) => check_file(file, raw, rules, &mut scenarios, &mut errors),
            Err(e) => errors.push(*e),
        }
    }
    if errors.is_empty() {
        Ok(scenarios)
    } else {
        errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        Err(errors)
    }
}

fn check_file(
    file: &RuleFile,
    raw: RawFile,
    rules: &RuleSet,
    scenarios: &mut Vec<Scenario>,
    errors: &mut Vec<RuleError>,
) {
    let mut push = |loc: Location, width: usize, kind: RuleErrorKind| {
        errors.push(RuleError::at(&file.display, loc.line(), loc.column(), kind).with_width(width));
    };
    let file_now = raw.now.as_ref().and_then(|n| timestamp(n, &mut push));
    let mut names: Vec<String> = Vec::new();
    for s in raw.scenarios {
        let name = &s.name;
        if names.contains(&name.value) {
            let kind = RuleErrorKind::Duplicate {
                what: "scenario",
                id: name.value.clone(),
            };
            push(name.referenced, name.value.chars().count(), kind);
        }
        names.push(name.value.clone());
        let now = match &s.now {
            Some(n) => timestamp(n, &mut push),
            None => file_now,
        };
        let exit = s.exit.as_ref().map(|e| e.value);
        if let Some(e) = &s.exit
            && e.value > 2
        {
            push(e.referenced, 1, RuleErrorKind::BadExit { value: e.value });
        }
        let findings = match &s.findings {
            Some(map) => Some(expected_findings(map, rules, &mut push)),
            None if exit == Some(2) => None,
            None => {
                let kind = RuleErrorKind::MissingKey {
                    key: "findings".into(),
                };
                push(name.referenced, name.value.chars().count(), kind);
                None
            }
        };
        let unknown = s.unknown.as_ref().map(|list| {
            list.iter()
                .map(|fact| {
                    if rules.facts.get(&fact.value).is_none() {
                        let suggestion = rules.facts.suggest(&fact.value).map(str::to_string);
                        let kind = RuleErrorKind::UnknownFact {
                            fact: fact.value.clone(),
                            suggestion,
                        };
                        push(fact.referenced, fact.value.chars().count(), kind);
                    }
                    fact.value.clone()
                })
                .collect()
        });
        let says = s.says.map_or_else(Vec::new, |says| {
            vec![(Lang::En, says.en), (Lang::Id, says.id)]
        });
        scenarios.push(Scenario {
            file: file.display.clone(),
            line: name.referenced.line(),
            name: name.value.clone(),
            now,
            error: s.error,
            facts: s
                .facts
                .into_iter()
                .map(|(k, v)| {
                    let text = match v {
                        Literal::Number(n) => crate::facts::Value::Number(n).to_string(),
                        Literal::Text(t) => t,
                    };
                    (k, text)
                })
                .collect(),
            findings,
            unknown,
            exit,
            says,
        });
    }
}

fn timestamp(
    raw: &Spanned<String>,
    push: &mut impl FnMut(Location, usize, RuleErrorKind),
) -> Option<Timestamp> {
    match raw.value.parse::<Timestamp>() {
        Ok(t) => Some(t),
        Err(_) => {
            let kind = RuleErrorKind::BadLiteral {
                fact: "now".into(),
                value: raw.value.clone(),
                expected: "timestamp",
                values: String::new(),
            };
            push(raw.referenced, raw.value.chars().count(), kind);
            None
        }
    }
}

/// The expected findings; an unknown id is reported on its line (at its severity, as
/// map keys carry no position).
fn expected_findings(
    map: &Spanned<BTreeMap<String, Spanned<Word<Severity>>>>,
    rules: &RuleSet,
    push: &mut impl FnMut(Location, usize, RuleErrorKind),
) -> Vec<(String, Severity)> {
    let mut out = Vec::new();
    for (id, severity) in &map.value {
        if !rules.findings.contains_key(id) {
            let suggestion =
                closest(id, rules.findings.keys().map(String::as_str)).map(str::to_string);
            let kind = RuleErrorKind::UnknownFinding {
                id: id.clone(),
                suggestion,
            };
            push(severity.referenced, 1, kind);
        }
        match severity.value.known {
            Some(level) => out.push((id.clone(), level)),
            None => {
                let text = &severity.value.text;
                let kind = RuleErrorKind::BadSeverity {
                    value: text.clone(),
                };
                push(severity.referenced, text.chars().count(), kind);
            }
        }
    }
    out
}

//! A small rule set for the validator's own tests: catalogues that validate cleanly, the
//! messages they need in both languages, and helpers that run one stage on YAML text
//! and return what it reported as `(kind, line, column)`.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;

use super::{CheckContext, Validator};
use crate::i18n::Messages;
use crate::rules::source::RuleFile;
use crate::rules::{RuleErrorKind, yaml};

/// What a stage reported: each problem with its line and column.
pub type Reported = Vec<(RuleErrorKind, u64, u64)>;

/// `key` missing in each of `langs`, at `line:column`.
pub fn missing(key: &str, langs: &[&str], line: u64, column: u64) -> Reported {
    langs
        .iter()
        .map(|lang| {
            let kind = RuleErrorKind::MissingMessage {
                key: key.into(),
                lang: (*lang).into(),
            };
            (kind, line, column)
        })
        .collect()
}

/// Where every fixture file claims to be.
pub const FILE: &str = "t.yaml";

pub const FACTS: &str = "\
facts:
  - key: status
    type: enum
    question: q-status
    values:
      - { value: online, aliases: [live] }
      - { value: none }
  - { key: units, type: number, question: q-units }
  - { key: count, type: integer, question: q-count }
  - { key: expires, type: date, question: q-expires }
  - { key: note, type: text, question: q-note }
  - { key: model, type: model, question: q-model }
  - key: mode
    type: enum
    question: q-mode
    values: [{ value: std }, { value: pro }]
";

pub const PRICING: &str = "\
unit_usd: { value: 0.14, source: S }
balance_lag_hours: { value: 12, source: S }
costs_max_qps: { value: 1, source: S }
models:
  - id: kling-v1
    prices:
      - { mode: std, per_second: 1.0, source: S }
";

pub const CODES: &str = "\
codes:
  - { code: 1102, http: 429, family: balance, source: S }
wizard_codes: [1102]
";

pub const FINDINGS: &str = "\
findings:
  - { id: no-problem-found, fixes: [fix-none], source: S }
  - id: out-of-units
    fixes: [fix-buy]
    source: S
    variants:
      - { name: batch, fixes: [fix-buy] }
";

/// Every message key the fixture catalogues and checks use.
const KEYS: &[&str] = &[
    "q-status",
    "q-units",
    "q-count",
    "q-expires",
    "q-note",
    "q-model",
    "q-mode",
    "q-other",
    "value-status-online",
    "value-status-none",
    "value-mode-std",
    "value-mode-pro",
    "code-1102-meaning",
    "code-1102-solution",
    "finding-no-problem-found-title",
    "finding-no-problem-found-explanation",
    "finding-out-of-units-title",
    "finding-out-of-units-explanation",
    "finding-out-of-units-batch-title",
    "finding-out-of-units-batch-explanation",
    "fix-none",
    "fix-buy",
    "check-t",
];

/// Keys that exist in English only.
pub const ONLY_EN: &str = "q-english";

/// [`KEYS`] in both languages, [`ONLY_EN`] in English.
pub fn messages() -> Messages {
    let ftl: String = KEYS.iter().map(|k| format!("{k} = x\n")).collect();
    let en = format!("{ftl}{ONLY_EN} = x\n");
    Messages::load([
        ("locales/en/t.ftl", en.as_str()),
        ("locales/id/t.ftl", &ftl),
    ])
    .expect("the fixture messages parse")
}

pub fn validator(messages: &Messages) -> Validator<'_> {
    Validator {
        messages,
        errors: Vec::new(),
        poisoned: BTreeSet::new(),
    }
}

pub fn file(text: &str) -> RuleFile {
    RuleFile {
        display: FILE.into(),
        rel: FILE.into(),
        text: text.into(),
    }
}

/// Parses `text` into its serde mirror; the fixtures are written to parse.
pub fn parse<T: DeserializeOwned>(text: &str) -> T {
    yaml::parse(&file(text), "top").unwrap_or_else(|e| panic!("{text}\ndoes not parse: {e:?}"))
}

/// What `v` reported, in file order.
pub fn errors(v: Validator<'_>) -> Vec<(RuleErrorKind, u64, u64)> {
    v.sorted()
        .into_iter()
        .map(|e| (e.kind, e.line, e.column))
        .collect()
}

/// A checks file holding check `t` with these node lines; the first node is on line 5.
pub fn check(nodes: &str) -> String {
    format!("checks:\n  - id: t\n    title: check-t\n    nodes:\n{nodes}")
}

/// Validates the fixture catalogues, then the checks of `text`, in `facts` instead of
/// [`FACTS`] when given; returns what the checks stage reported.
pub fn check_errors_with(facts: &str, text: &str) -> Vec<(RuleErrorKind, u64, u64)> {
    let messages = messages();
    let mut v = validator(&messages);
    let facts = v.facts(parse(facts), FILE);
    let pricing = v.pricing(parse(PRICING), FILE, &facts);
    let codes = v.codes(parse(CODES), FILE);
    let findings = v.findings(parse(FINDINGS), FILE);
    let before = v.errors.len();
    let file = file(text);
    let ctx = CheckContext {
        file: &file,
        facts: &facts,
        pricing: &pricing,
        codes: &codes,
        findings: &findings,
    };
    let mut checks = Vec::new();
    let mut node_ids = BTreeSet::new();
    for raw in parse::<crate::rules::raw::ChecksFile>(text).checks {
        if let Some(check) = v.check(raw, &ctx, &mut node_ids, &checks) {
            checks.push(check);
        }
    }
    v.errors.drain(..before);
    errors(v)
}

pub fn check_errors(text: &str) -> Vec<(RuleErrorKind, u64, u64)> {
    check_errors_with(FACTS, text)
}

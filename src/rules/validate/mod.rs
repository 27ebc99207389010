//! Turns rule files into a `RuleSet`, checking everything the engine relies on:
//! known facts and findings, typed literals, existing nodes, no cycles, no unreachable
//! nodes, and every message key in both languages. All problems are reported at once.

mod catalogue;
mod checks;
mod graph;

#[cfg(test)]
mod fixture;

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_saphyr::Location;

use super::raw;
use super::source::RuleFile;
use super::yaml;
use super::{ErrorCatalog, FindingDef, RuleError, RuleErrorKind, RuleFiles, RuleSet};
use crate::facts::FactCatalog;
use crate::i18n::{Lang, Messages};
use crate::pricing::Pricing;

/// The finding the engine adds when nothing is wrong.
pub const NO_PROBLEM_FOUND: &str = "no-problem-found";

/// Validates `files` against `messages` into a `RuleSet`.
pub fn validate(files: &RuleFiles, messages: &Messages) -> Result<RuleSet, Vec<RuleError>> {
    let mut v = Validator {
        messages,
        errors: Vec::new(),
        poisoned: BTreeSet::new(),
    };
    let facts = v.parse::<raw::FactsFile>(files, "facts.yaml", "facts");
    let pricing = v.parse::<raw::PricingFile>(files, "pricing.yaml", "unit_usd");
    let codes = v.parse::<raw::ErrorCodesFile>(files, "error-codes.yaml", "codes");
    let findings = v.parse::<raw::FindingsFile>(files, "findings.yaml", "findings");
    let check_files = files.checks();
    let parsed: Vec<(&RuleFile, Option<raw::ChecksFile>)> = check_files
        .iter()
        .zip(yaml::parse_all(&check_files, "checks"))
        .map(|(file, parsed)| (*file, parsed.map_err(|e| v.errors.push(*e)).ok()))
        .collect();
    // Checks refer to all four catalogues: without one of them every reference would be
    // reported as unknown, burying the one real problem.
    let (Some(facts), Some(pricing), Some(codes), Some(findings)) =
        (facts, pricing, codes, findings)
    else {
        return Err(v.sorted());
    };
    let facts = v.facts(facts.0, &facts.1);
    let pricing = v.pricing(pricing.0, &pricing.1, &facts);
    let codes = v.codes(codes.0, &codes.1);
    let findings = v.findings(findings.0, &findings.1);
    let mut checks = Vec::new();
    let mut node_ids = BTreeSet::new();
    for (file, parsed) in parsed {
        let Some(parsed) = parsed else { continue };
        let ctx = CheckContext {
            file,
            facts: &facts,
            pricing: &pricing,
            codes: &codes,
            findings: &findings,
        };
        for raw_check in parsed.checks {
            if let Some(check) = v.check(raw_check, &ctx, &mut node_ids, &checks) {
                checks.push(check);
            }
        }
    }
    if v.errors.is_empty() {
        Ok(RuleSet {
            facts,
            findings,
            pricing,
            codes,
            checks,
            digest: files.digest(),
            signatures: files
                .get(super::providers::FILE)
                .cloned()
                .map_or(super::Signatures::None, super::Signatures::File),
            providers_cell: std::sync::OnceLock::new(),
        })
    } else {
        Err(v.sorted())
    }
}

struct Validator<'m> {
    messages: &'m Messages,
    errors: Vec<RuleError>,
    /// Facts whose own definition is broken: references to them are not reported again.
    poisoned: BTreeSet<String>,
}

struct CheckContext<'a> {
    file: &'a RuleFile,
    facts: &'a FactCatalog,
    pricing: &'a Pricing,
    codes: &'a ErrorCatalog,
    findings: &'a BTreeMap<String, FindingDef>,
}

impl Validator<'_> {
    fn push(&mut self, file: &str, loc: Location, width: usize, kind: RuleErrorKind) {
        self.errors
            .push(RuleError::at(file, loc.line(), loc.column(), kind).with_width(width));
    }

    fn sorted(mut self) -> Vec<RuleError> {
        self.errors
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        self.errors
    }

    /// Parses a required file; returns it with the path its errors are shown at.
    fn parse<T: DeserializeOwned>(
        &mut self,
        files: &RuleFiles,
        rel: &str,
        top: &str,
    ) -> Option<(T, String)> {
        match files.get(rel) {
            Some(file) => self
                .parse_file(file, top)
                .map(|parsed| (parsed, file.display.clone())),
            None => {
                let what = format!("rules/{rel}");
                self.errors.push(RuleError::at(
                    &what,
                    0,
                    0,
                    RuleErrorKind::MissingRequired {
                        what: "file",
                        name: what.clone(),
                    },
                ));
                None
            }
        }
    }

    fn parse_file<T: DeserializeOwned>(&mut self, file: &RuleFile, top: &str) -> Option<T> {
        yaml::parse(file, top)
            .map_err(|e| self.errors.push(*e))
            .ok()
    }

    /// Requires `key` in both languages.
    fn need_message(&mut self, file: &str, loc: Location, width: usize, key: &str) {
        for lang in Lang::ALL {
            if !self.messages.has(lang, key) {
                let kind = RuleErrorKind::MissingMessage {
                    key: key.to_string(),
                    lang: lang.code().to_string(),
                };
                self.push(file, loc, width, kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixture catalogues as `rules/…` files, with `replace` swapped in by path.
    fn files(replace: &[(&str, &str)]) -> RuleFiles {
        let mut files = vec![
            ("rules/facts.yaml", fixture::FACTS),
            ("rules/pricing.yaml", fixture::PRICING),
            ("rules/error-codes.yaml", fixture::CODES),
            ("rules/findings.yaml", fixture::FINDINGS),
        ];
        for (path, text) in replace {
            files.retain(|(p, _)| p != path);
            if !text.is_empty() {
                files.push((path, text));
            }
        }
        RuleFiles::new(files)
    }

    fn reported(files: &RuleFiles) -> Vec<(String, RuleErrorKind, u64, u64)> {
        match validate(files, &fixture::messages()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .map(|e| (e.file, e.kind, e.line, e.column))
                .collect(),
        }
    }

    const CHECK: &str =
        "checks:\n  - id: t\n    title: check-t\n    nodes:\n      - { id: a, fact: note }\n";
    const BROKEN_CHECK: &str =
        "checks:\n  - id: t\n    title: check-t\n    nodes:\n      - { id: a, fact: nte }\n";

    #[test]
    fn the_pipeline() {
        let unknown = |fact: &str, suggestion: &str| RuleErrorKind::UnknownFact {
            fact: fact.into(),
            suggestion: Some(suggestion.into()),
        };
        let rows: Vec<(&str, RuleFiles, Vec<(String, RuleErrorKind, u64, u64)>)> = vec![
            (
                "the fixture",
                files(&[("rules/checks/t.yaml", CHECK)]),
                vec![],
            ),
            (
                "a missing catalogue, and nothing about the checks",
                files(&[
                    ("rules/facts.yaml", ""),
                    ("rules/checks/t.yaml", BROKEN_CHECK),
                ]),
                vec![(
                    "rules/facts.yaml".into(),
                    RuleErrorKind::MissingRequired {
                        what: "file",
                        name: "rules/facts.yaml".into(),
                    },
                    0,
                    0,
                )],
            ),
            (
                "a catalogue that does not parse, and nothing about the checks",
                files(&[
                    ("rules/error-codes.yaml", "codes: nope\n"),
                    ("rules/checks/t.yaml", BROKEN_CHECK),
                ]),
                vec![(
                    "rules/error-codes.yaml".into(),
                    RuleErrorKind::WrongType {
                        found: "nope".into(),
                        expected: "list".into(),
                    },
                    1,
                    8,
                )],
            ),
            (
                "every problem, in file order",
                files(&[
                    (
                        "rules/checks/b.yaml",
                        BROKEN_CHECK.replace("id: t\n", "id: u\n").as_str(),
                    ),
                    (
                        "rules/checks/a.yaml",
                        BROKEN_CHECK.replace("id: a", "id: b").as_str(),
                    ),
                ]),
                vec![
                    ("rules/checks/a.yaml".into(), unknown("nte", "note"), 5, 24),
                    ("rules/checks/b.yaml".into(), unknown("nte", "note"), 5, 24),
                ],
            ),
        ];
        for (name, files, expected) in rows {
            assert_eq!(reported(&files), expected, "{name}");
        }
    }

    #[test]
    fn a_valid_set_keeps_everything() {
        let rules = validate(
            &files(&[("rules/checks/t.yaml", CHECK)]),
            &fixture::messages(),
        )
        .expect("the fixture validates");
        assert_eq!(rules.facts.iter().count(), 7);
        assert_eq!(rules.pricing.models.len(), 1);
        assert!(rules.codes.get(1102).is_some());
        assert_eq!(rules.findings.len(), 2);
        let ids: Vec<(&str, &str)> = rules
            .checks
            .iter()
            .map(|c| (c.id.as_str(), c.file.as_str()))
            .collect();
        assert_eq!(ids, [("t", "checks/t.yaml")]);
        assert!(matches!(rules.signatures, super::super::Signatures::None));
    }
}

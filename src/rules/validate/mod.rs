//! Turns rule files into a `RuleSet`, checking everything the engine relies on:
//! known facts and findings, typed literals, existing nodes, no cycles, no unreachable
//! nodes, and every message key in both languages. All problems are reported at once.

mod catalogue;
mod checks;
mod graph;

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
    let parsed: Vec<(&RuleFile, Option<raw::ChecksFile>)> = files
        .checks()
        .into_iter()
        .map(|file| (file, v.parse_file(file, "checks")))
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
                    RuleErrorKind::MissingRequired { what: what.clone() },
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

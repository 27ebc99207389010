//! Turns rule files into a `RuleSet`, checking everything the engine relies on:
//! known facts and findings, typed literals, existing nodes, no cycles, no unreachable
//! nodes, and every message key in both languages. All problems are reported at once.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_saphyr::{Location, Spanned};

use super::computed as derived;
use super::raw::{self, Literal, RawCondition, RawTarget};
use super::source::RuleFile;
use super::yaml;
use super::{
    Case, Check, Comparison, Condition, ErrorCatalog, ErrorCode, FindingDef, Node, Operand,
    RuleError, RuleErrorKind, RuleFiles, RuleSet, Severity, Step,
};
use crate::facts::{EnumValue, FactCatalog, FactDef, FactType};
use crate::i18n::{Lang, Messages};
use crate::pricing::{ImageModel, Model, Price, Pricing, Rate};
use crate::suggest::closest;

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

    fn facts(&mut self, file: raw::FactsFile, display: &str) -> FactCatalog {
        let mut defs: Vec<FactDef> = Vec::new();
        for f in file.facts {
            let key = f.key.value.clone();
            if defs.iter().any(|d| d.key == key) || derived::get(&key).is_some() {
                let kind = RuleErrorKind::Duplicate {
                    what: "fact".into(),
                    id: key.clone(),
                };
                self.push(display, f.key.referenced, key.len(), kind);
                continue;
            }
            let values: Vec<EnumValue> = f
                .values
                .iter()
                .map(|v| EnumValue {
                    value: v.value.value.clone(),
                    aliases: v.aliases.clone(),
                })
                .collect();
            let kind = match f.kind.value.as_str() {
                "text" => FactType::Text,
                "integer" => FactType::Integer,
                "number" => FactType::Number,
                "date" => FactType::Date,
                "model" => FactType::Model,
                "enum" if values.is_empty() => {
                    self.poisoned.insert(key.clone());
                    self.push(
                        display,
                        f.key.referenced,
                        key.len(),
                        RuleErrorKind::EnumWithoutValues { fact: key },
                    );
                    continue;
                }
                "enum" => FactType::Enum(values),
                other => {
                    self.poisoned.insert(key.clone());
                    let kind = RuleErrorKind::BadFactType {
                        value: other.to_string(),
                    };
                    self.push(display, f.kind.referenced, other.len(), kind);
                    continue;
                }
            };
            self.need_message(
                display,
                f.question.referenced,
                f.question.value.len(),
                &f.question.value,
            );
            let def = FactDef {
                key,
                kind,
                question: f.question.value,
                min: f.min,
            };
            for v in &f.values {
                let label = def.value_label_key(&v.value.value);
                self.need_message(display, v.value.referenced, v.value.value.len(), &label);
            }
            defs.push(def);
        }
        FactCatalog::new(defs)
    }

    fn pricing(&mut self, file: raw::PricingFile, display: &str, facts: &FactCatalog) -> Pricing {
        let modes: Vec<String> = match facts.get("mode").map(|d| &d.kind) {
            Some(FactType::Enum(values)) => values.iter().map(|v| v.value.clone()).collect(),
            _ => Vec::new(),
        };
        let mut models: Vec<Model> = Vec::new();
        for m in file.models {
            if models.iter().any(|other| other.id == m.id.value) {
                let kind = RuleErrorKind::Duplicate {
                    what: "model".into(),
                    id: m.id.value.clone(),
                };
                self.push(display, m.id.referenced, m.id.value.len(), kind);
                continue;
            }
            let mut prices = Vec::new();
            for p in m.prices {
                let rate = match (p.per_second, p.per_clip) {
                    (Some(rate), None) => Rate::PerSecond(rate),
                    (None, Some(clips)) => Rate::PerClip(clips.into_iter().collect()),
                    _ => {
                        self.push(display, p.source.referenced, 1, RuleErrorKind::PriceRate);
                        continue;
                    }
                };
                if let Some(mode) = &p.mode
                    && !modes.contains(&mode.value)
                {
                    self.push(
                        display,
                        mode.referenced,
                        mode.value.len(),
                        RuleErrorKind::BadMode {
                            value: mode.value.clone(),
                        },
                    );
                }
                prices.push(Price {
                    mode: p.mode.map(|m| m.value),
                    audio: p.audio,
                    voice: p.voice,
                    rate,
                    source: p.source.value,
                    third_party: p.third_party,
                });
            }
            models.push(Model {
                id: m.id.value,
                aliases: m.aliases,
                endpoints: m.endpoints,
                endpoints_source: m.endpoints_source,
                prices,
            });
        }
        let mut images: Vec<ImageModel> = Vec::new();
        for m in file.images {
            if images.iter().any(|other| other.id == m.id.value) {
                let kind = RuleErrorKind::Duplicate {
                    what: "image model".into(),
                    id: m.id.value.clone(),
                };
                self.push(display, m.id.referenced, m.id.value.len(), kind);
                continue;
            }
            images.push(ImageModel {
                id: m.id.value,
                per_image: m.per_image,
                other_kinds: m.other_kinds.into_iter().collect(),
                source: m.source.value,
                third_party: m.third_party,
                endpoints: m.endpoints,
            });
        }
        let (image_unit_usd, image_unit_usd_source) = file
            .image_unit_usd
            .map_or((0.0, String::new()), |u| (u.value, u.source.value));
        Pricing {
            unit_usd: file.unit_usd.value,
            unit_usd_source: file.unit_usd.source.value,
            balance_lag_hours: file.balance_lag_hours.value,
            models,
            image_unit_usd,
            image_unit_usd_source,
            images,
        }
    }

    fn codes(&mut self, file: raw::ErrorCodesFile, display: &str) -> ErrorCatalog {
        let mut codes: Vec<ErrorCode> = Vec::new();
        for c in file.codes {
            let code = ErrorCode {
                code: c.code.value,
                http: c.http,
                family: c.family.value,
                source: c.source.value,
                messages: c.messages,
            };
            if codes.iter().any(|other| other.code == code.code) {
                let kind = RuleErrorKind::Duplicate {
                    what: "code".into(),
                    id: code.code.to_string(),
                };
                self.push(display, c.code.referenced, 4, kind);
                continue;
            }
            self.need_message(display, c.code.referenced, 4, &code.meaning_key());
            self.need_message(display, c.code.referenced, 4, &code.solution_key());
            codes.push(code);
        }
        let mut wizard: Vec<u32> = Vec::new();
        for c in file.wizard_codes {
            let width = c.value.to_string().len();
            let kind = if wizard.contains(&c.value) {
                RuleErrorKind::ListedTwice {
                    list: "wizard_codes",
                    value: c.value.to_string(),
                }
            } else if codes.iter().any(|known| known.code == c.value) {
                wizard.push(c.value);
                continue;
            } else {
                RuleErrorKind::UnknownCode { code: c.value }
            };
            self.push(display, c.referenced, width, kind);
        }
        ErrorCatalog::new(codes, wizard)
    }

    fn findings(&mut self, file: raw::FindingsFile, display: &str) -> BTreeMap<String, FindingDef> {
        let mut findings = BTreeMap::new();
        for f in file.findings {
            let id = f.id.value.clone();
            let (loc, width) = (f.id.referenced, id.len());
            if findings.contains_key(&id) {
                self.push(
                    display,
                    loc,
                    width,
                    RuleErrorKind::Duplicate {
                        what: "finding".into(),
                        id,
                    },
                );
                continue;
            }
            if f.fixes.is_empty() {
                self.push(
                    display,
                    loc,
                    width,
                    RuleErrorKind::FindingWithoutFix { id: id.clone() },
                );
            }
            let def = FindingDef {
                id: id.clone(),
                fixes: f.fixes.iter().map(|k| k.value.clone()).collect(),
                source: f.source.value,
                variants: f
                    .variants
                    .iter()
                    .map(|v| {
                        (
                            v.name.value.clone(),
                            v.fixes.iter().map(|k| k.value.clone()).collect(),
                        )
                    })
                    .collect(),
            };
            self.need_message(display, loc, width, &def.title_key(None));
            self.need_message(display, loc, width, &def.explanation_key(None));
            for v in &f.variants {
                let (vloc, vwidth, name) = (
                    v.name.referenced,
                    v.name.value.len(),
                    Some(v.name.value.as_str()),
                );
                self.need_message(display, vloc, vwidth, &def.title_key(name));
                self.need_message(display, vloc, vwidth, &def.explanation_key(name));
                if v.fixes.is_empty() {
                    self.push(
                        display,
                        vloc,
                        vwidth,
                        RuleErrorKind::FindingWithoutFix { id: id.clone() },
                    );
                }
            }
            for fix in f
                .fixes
                .iter()
                .chain(f.variants.iter().flat_map(|v| &v.fixes))
            {
                self.need_message(display, fix.referenced, fix.value.len(), &fix.value);
            }
            findings.insert(id, def);
        }
        if !findings.contains_key(NO_PROBLEM_FOUND) {
            let what = format!("finding `{NO_PROBLEM_FOUND}`");
            self.errors.push(RuleError::at(
                display,
                1,
                1,
                RuleErrorKind::MissingRequired { what },
            ));
        }
        findings
    }

    fn check(
        &mut self,
        raw: raw::RawCheck,
        ctx: &CheckContext<'_>,
        node_ids: &mut BTreeSet<String>,
        earlier: &[Check],
    ) -> Option<Check> {
        let display = ctx.file.display.as_str();
        let id = raw.id.value.clone();
        if earlier.iter().any(|c| c.id == id) {
            let kind = RuleErrorKind::Duplicate {
                what: "check".into(),
                id: id.clone(),
            };
            self.push(display, raw.id.referenced, id.len(), kind);
        }
        self.need_message(
            display,
            raw.title.referenced,
            raw.title.value.len(),
            &raw.title.value,
        );
        for f in &raw.unless_found {
            self.need_finding(ctx, f);
        }
        if raw.nodes.is_empty() {
            let kind = RuleErrorKind::MissingRequired {
                what: format!("nodes of check `{id}`"),
            };
            self.push(display, raw.id.referenced, id.len(), kind);
            return None;
        }
        let index: BTreeMap<String, usize> = raw
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.value.clone(), i))
            .collect();
        let mut nodes = Vec::new();
        for n in &raw.nodes {
            if !node_ids.insert(n.id.value.clone()) {
                let kind = RuleErrorKind::Duplicate {
                    what: "node".into(),
                    id: n.id.value.clone(),
                };
                self.push(display, n.id.referenced, n.id.value.len(), kind);
            }
            nodes.push(self.node(n, ctx, &index));
        }
        let nodes: Option<Vec<Node>> = nodes.into_iter().collect();
        let nodes = nodes?;
        self.graph(display, &raw, &nodes);
        Some(Check {
            id,
            title: raw.title.value,
            file: ctx.file.rel.clone(),
            unless_found: raw.unless_found.into_iter().map(|f| f.value).collect(),
            nodes,
        })
    }

    fn need_finding(&mut self, ctx: &CheckContext<'_>, id: &Spanned<String>) {
        if !ctx.findings.contains_key(&id.value) {
            let suggestion =
                closest(&id.value, ctx.findings.keys().map(String::as_str)).map(str::to_string);
            let kind = RuleErrorKind::UnknownFinding {
                id: id.value.clone(),
                suggestion,
            };
            self.push(&ctx.file.display, id.referenced, id.value.len(), kind);
        }
    }

    /// The type of `key`, input or computed, or an error at `at`.
    fn fact_type(&mut self, ctx: &CheckContext<'_>, key: &str, at: Location) -> Option<FactType> {
        if let Some(def) = ctx.facts.get(key) {
            return Some(def.kind.clone());
        }
        if self.poisoned.contains(key) {
            return None;
        }
        if let Some(d) = derived::get(key) {
            let families: Vec<String> = ctx
                .codes
                .iter()
                .map(|c| c.family.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            return Some(derived::fact_type(d.kind, &families));
        }
        let names = ctx
            .facts
            .iter()
            .map(|d| d.key.as_str())
            .chain(derived::DERIVED.iter().map(|d| d.key));
        let suggestion = closest(key, names).map(str::to_string);
        self.push(
            &ctx.file.display,
            at,
            key.len(),
            RuleErrorKind::UnknownFact {
                fact: key.to_string(),
                suggestion,
            },
        );
        None
    }

    fn node(
        &mut self,
        n: &raw::RawNode,
        ctx: &CheckContext<'_>,
        index: &BTreeMap<String, usize>,
    ) -> Option<Node> {
        let display = ctx.file.display.as_str();
        let kind = self.fact_type(ctx, &n.fact.value, n.fact.referenced);
        let question = match (&n.question, ctx.facts.get(&n.fact.value)) {
            (Some(q), _) => {
                self.need_message(display, q.referenced, q.value.len(), &q.value);
                Some(q.value.clone())
            }
            (None, Some(def)) => Some(def.question.clone()),
            (None, None) => None,
        };
        let mut cases = Vec::new();
        for c in &n.cases {
            let condition = kind
                .as_ref()
                .and_then(|k| self.condition(ctx, &n.fact.value, k, &c.condition));
            let target = RawTarget {
                next: c.next.clone(),
                finding: c.finding.clone(),
                variant: c.variant.clone(),
                severity: c.severity.clone(),
                outcome: c.outcome.clone(),
                unless_found: c.unless_found.clone(),
            };
            let step = self.step(ctx, &target, c.condition.referenced, index);
            if let (Some(condition), Some(step)) = (condition, step) {
                cases.push(Case { condition, step });
            }
        }
        let otherwise = match &n.otherwise {
            Some(t) => self.step(ctx, &t.value, t.referenced, index),
            None => Some(Step::Pass),
        };
        let if_unknown = match &n.if_unknown {
            Some(t) => self.step(ctx, &t.value, t.referenced, index).map(Some),
            None => Some(None),
        };
        let ask = n.ask.as_ref().is_none_or(|a| a.value);
        if let (Some(a), None) = (&n.ask, &n.if_unknown)
            && !a.value
        {
            let kind = RuleErrorKind::MissingRequired {
                what: "`if_unknown` of a node with `ask: false`".into(),
            };
            self.push(display, a.referenced, 5, kind);
            return None;
        }
        kind?;
        (cases.len() == n.cases.len()).then_some(())?;
        Some(Node {
            id: n.id.value.clone(),
            fact: n.fact.value.clone(),
            question,
            ask,
            cases,
            otherwise: otherwise?,
            if_unknown: if_unknown?,
        })
    }

    fn step(
        &mut self,
        ctx: &CheckContext<'_>,
        t: &RawTarget,
        at: Location,
        index: &BTreeMap<String, usize>,
    ) -> Option<Step> {
        let display = ctx.file.display.as_str();
        let count = usize::from(t.next.is_some())
            + usize::from(t.finding.is_some())
            + usize::from(t.outcome.is_some());
        if count != 1 {
            self.push(display, at, 1, RuleErrorKind::TargetChoices { count });
            return None;
        }
        if t.finding.is_none()
            && let Some(s) = &t.severity
        {
            self.push(
                display,
                s.referenced,
                s.value.len(),
                RuleErrorKind::SeverityWithoutFinding,
            );
        }
        for f in &t.unless_found {
            self.need_finding(ctx, f);
        }
        if let Some(next) = &t.next {
            return match index.get(&next.value) {
                Some(i) => Some(Step::Next(*i)),
                None => {
                    let suggestion =
                        closest(&next.value, index.keys().map(String::as_str)).map(str::to_string);
                    let kind = RuleErrorKind::UnknownNode {
                        id: next.value.clone(),
                        suggestion,
                    };
                    self.push(display, next.referenced, next.value.len(), kind);
                    None
                }
            };
        }
        if let Some(outcome) = &t.outcome {
            return match outcome.value.as_str() {
                "pass" => Some(Step::Pass),
                "skip" => Some(Step::Skip),
                other => {
                    let kind = RuleErrorKind::BadOutcome {
                        value: other.to_string(),
                    };
                    self.push(display, outcome.referenced, other.len(), kind);
                    None
                }
            };
        }
        let finding = t.finding.as_ref()?;
        self.need_finding(ctx, finding);
        let Some(severity) = &t.severity else {
            self.push(
                display,
                finding.referenced,
                finding.value.len(),
                RuleErrorKind::FindingWithoutSeverity,
            );
            return None;
        };
        let Some(level) = Severity::parse(&severity.value) else {
            let kind = RuleErrorKind::BadSeverity {
                value: severity.value.clone(),
            };
            self.push(display, severity.referenced, severity.value.len(), kind);
            return None;
        };
        if let Some(v) = &t.variant
            && ctx
                .findings
                .get(&finding.value)
                .is_some_and(|d| !d.variants.contains_key(&v.value))
        {
            let kind = RuleErrorKind::UnknownVariant {
                finding: finding.value.clone(),
                variant: v.value.clone(),
            };
            self.push(display, v.referenced, v.value.len(), kind);
            return None;
        }
        Some(Step::Finding {
            id: finding.value.clone(),
            variant: t.variant.as_ref().map(|v| v.value.clone()),
            severity: level,
            unless_found: t.unless_found.iter().map(|f| f.value.clone()).collect(),
        })
    }

    fn condition(
        &mut self,
        ctx: &CheckContext<'_>,
        fact: &str,
        kind: &FactType,
        cond: &Spanned<RawCondition>,
    ) -> Option<Condition> {
        let display = ctx.file.display.as_str();
        let c = &cond.value;
        let compare = [
            ("less_than", &c.less_than, Comparison::LessThan),
            ("at_most", &c.at_most, Comparison::AtMost),
            ("greater_than", &c.greater_than, Comparison::GreaterThan),
            ("at_least", &c.at_least, Comparison::AtLeast),
        ];
        let count = usize::from(c.equals.is_some())
            + usize::from(c.not_equals.is_some())
            + usize::from(c.one_of.is_some())
            + compare.iter().filter(|(_, o, _)| o.is_some()).count()
            + usize::from(c.in_past.is_some())
            + usize::from(c.within_days.is_some());
        if count != 1 {
            self.push(
                display,
                cond.referenced,
                1,
                RuleErrorKind::ConditionOperators { count },
            );
            return None;
        }
        let numeric = matches!(kind, FactType::Integer | FactType::Number);
        let bad_operator = |v: &mut Self, operator: &str, at: Location| {
            let kind = RuleErrorKind::BadOperator {
                operator: operator.to_string(),
                fact: fact.to_string(),
            };
            v.push(display, at, operator.len(), kind);
        };
        if let Some(lit) = &c.equals {
            return self.literal(ctx, fact, kind, lit).map(Condition::Equals);
        }
        if let Some(lit) = &c.not_equals {
            return self.literal(ctx, fact, kind, lit).map(Condition::NotEquals);
        }
        if let Some(list) = &c.one_of {
            let values: Vec<_> = list
                .iter()
                .map(|lit| self.literal(ctx, fact, kind, lit))
                .collect();
            return values
                .into_iter()
                .collect::<Option<Vec<_>>>()
                .map(Condition::OneOf);
        }
        for (name, operand, op) in compare {
            let Some(operand) = operand else { continue };
            if !numeric {
                bad_operator(self, name, operand.referenced);
                return None;
            }
            return match &operand.value {
                raw::Operand::Number(n) => Some(Condition::Compare(op, Operand::Number(*n))),
                raw::Operand::Fact { fact: other } => {
                    let other_kind = self.fact_type(ctx, other, operand.referenced)?;
                    if !matches!(other_kind, FactType::Integer | FactType::Number) {
                        bad_operator(self, name, operand.referenced);
                        return None;
                    }
                    Some(Condition::Compare(op, Operand::Fact(other.clone())))
                }
            };
        }
        if *kind != FactType::Date {
            bad_operator(
                self,
                if c.in_past.is_some() {
                    "in_past"
                } else {
                    "within_days"
                },
                cond.referenced,
            );
            return None;
        }
        match (&c.in_past, &c.within_days) {
            (Some(b), _) => Some(Condition::InPast(b.value)),
            (_, Some(d)) => Some(Condition::WithinDays(d.value)),
            _ => None,
        }
    }

    /// Types a literal against its fact, as `--set` would.
    fn literal(
        &mut self,
        ctx: &CheckContext<'_>,
        fact: &str,
        kind: &FactType,
        lit: &Spanned<Literal>,
    ) -> Option<crate::facts::Value> {
        let text = match &lit.value {
            Literal::Number(n) => n.to_string(),
            Literal::Text(t) => t.clone(),
        };
        let def = FactDef {
            key: fact.to_string(),
            kind: kind.clone(),
            question: String::new(),
            min: None,
        };
        match ctx.facts.parse(&def, &text, ctx.pricing) {
            Ok(value) => Some(value),
            Err(_) => {
                let expected = match kind {
                    FactType::Enum(values) => values
                        .iter()
                        .map(|v| v.value.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    FactType::Integer => "integer".into(),
                    FactType::Number => "number".into(),
                    FactType::Date => "YYYY-MM-DD".into(),
                    FactType::Model => "model_name".into(),
                    FactType::Text => "text".into(),
                };
                let kind = RuleErrorKind::BadLiteral {
                    fact: fact.to_string(),
                    value: text.clone(),
                    expected,
                };
                self.push(&ctx.file.display, lit.referenced, text.len(), kind);
                None
            }
        }
    }

    /// Reports cycles and nodes not reachable from the first node.
    fn graph(&mut self, display: &str, raw: &raw::RawCheck, nodes: &[Node]) {
        let edges = |n: &Node| -> Vec<usize> {
            n.cases
                .iter()
                .map(|c| &c.step)
                .chain(std::iter::once(&n.otherwise))
                .chain(n.if_unknown.iter())
                .filter_map(|s| {
                    if let Step::Next(i) = s {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect()
        };
        // Iterative three-colour depth-first search: linear in nodes and edges.
        #[derive(Clone, Copy, PartialEq)]
        enum Colour {
            White,
            Grey,
            Black,
        }
        let adjacency: Vec<Vec<usize>> = nodes.iter().map(edges).collect();
        let mut colour = vec![Colour::White; nodes.len()];
        let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
        colour[0] = Colour::Grey;
        while let Some(&mut (at, ref mut edge)) = stack.last_mut() {
            if let Some(&next) = adjacency[at].get(*edge) {
                *edge += 1;
                match colour[next] {
                    Colour::White => {
                        colour[next] = Colour::Grey;
                        stack.push((next, 0));
                    }
                    Colour::Grey => {
                        let start = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let cycle: Vec<&str> = stack[start..]
                            .iter()
                            .map(|(n, _)| nodes[*n].id.as_str())
                            .chain(std::iter::once(nodes[next].id.as_str()))
                            .collect();
                        let n = &raw.nodes[next];
                        let kind = RuleErrorKind::Cycle {
                            path: cycle.join(" → "),
                        };
                        self.push(display, n.id.referenced, n.id.value.len(), kind);
                    }
                    Colour::Black => {}
                }
            } else {
                colour[at] = Colour::Black;
                stack.pop();
            }
        }
        let reached: Vec<bool> = colour.iter().map(|c| *c != Colour::White).collect();
        for (i, seen) in reached.iter().enumerate() {
            if !seen {
                let n = &raw.nodes[i];
                let kind = RuleErrorKind::Unreachable {
                    node: n.id.value.clone(),
                };
                self.push(display, n.id.referenced, n.id.value.len(), kind);
            }
        }
    }
}

//! Check trees: nodes, their conditions and operands, and where each case leads.

use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::{Location, Spanned};

use super::{CheckContext, Validator};
use crate::facts::{FactDef, FactType};
use crate::rules::computed as derived;
use crate::rules::raw::{self, Literal, RawCondition, RawTarget};
use crate::rules::{
    Case, Check, Comparison, Condition, Node, Operand, RuleErrorKind, Severity, Step,
};
use crate::suggest::closest;

impl Validator<'_> {
    pub(super) fn check(
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

    pub(super) fn need_finding(&mut self, ctx: &CheckContext<'_>, id: &Spanned<String>) {
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
    pub(super) fn fact_type(
        &mut self,
        ctx: &CheckContext<'_>,
        key: &str,
        at: Location,
    ) -> Option<FactType> {
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

    pub(super) fn node(
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

    pub(super) fn step(
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

    pub(super) fn condition(
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
    pub(super) fn literal(
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
}

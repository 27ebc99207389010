//! Check trees: nodes, their conditions and operands, and where each case leads.

use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::{Location, Spanned};

use super::{CheckContext, Validator};
use crate::facts::{FactDef, FactType};
use crate::rules::computed as derived;
use crate::rules::raw::{self, Literal, RawCondition, RawOutcome, RawTarget};
use crate::rules::{Case, Check, Comparison, Condition, Node, Operand, RuleErrorKind, Step};
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
                what: "check",
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
                what: "nodes",
                name: id.clone(),
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
                    what: "node",
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
                what: "if-unknown",
                name: n.id.value.clone(),
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
        // Counted rather than a serde enum: the choice shares its map with `if`,
        // `variant`, `severity` and `unless_found`, and neither `flatten` (which cannot
        // deny unknown keys) nor `untagged` (which names no key) keeps the messages.
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
                s.value.text.len(),
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
            return match outcome.value.known {
                Some(RawOutcome::Pass) => Some(Step::Pass),
                Some(RawOutcome::Skip) => Some(Step::Skip),
                None => {
                    let other = &outcome.value.text;
                    let kind = RuleErrorKind::BadOutcome {
                        value: other.clone(),
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
        let Some(level) = severity.value.known else {
            let kind = RuleErrorKind::BadSeverity {
                value: severity.value.text.clone(),
            };
            self.push(
                display,
                severity.referenced,
                severity.value.text.len(),
                kind,
            );
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
                let kind = RuleErrorKind::bad_literal(fact, &text, kind);
                self.push(&ctx.file.display, lit.referenced, text.len(), kind);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::fixture::{self, Reported};

    /// `key` missing in both languages, at `line:column`.
    fn missing(key: &str, line: u64, column: u64) -> Reported {
        fixture::missing(key, &["en", "id"], line, column)
    }

    /// Node `a` on `fact` with one case: `cond` (from line 8, column 17) leading to the
    /// `target` keys, one a line from line 9, column 13.
    fn one_case(fact: &str, cond: &str, target: &[&str]) -> String {
        let target: String = target
            .iter()
            .map(|t| format!("            {t}\n"))
            .collect();
        fixture::check(&format!(
            "      - id: a\n        fact: {fact}\n        cases:\n          - if: {cond}\n{target}"
        ))
    }

    /// Node `a` on `status` with these extra key lines, from line 7, column 9.
    fn node(lines: &[&str]) -> String {
        let lines: String = lines.iter().map(|l| format!("        {l}\n")).collect();
        fixture::check(&format!("      - id: a\n        fact: status\n{lines}"))
    }

    fn literal(fact: &str, value: &str, expected: &'static str, values: &str) -> RuleErrorKind {
        RuleErrorKind::BadLiteral {
            fact: fact.into(),
            value: value.into(),
            expected,
            values: values.into(),
        }
    }

    fn operator(operator: &str, fact: &str) -> RuleErrorKind {
        RuleErrorKind::BadOperator {
            operator: operator.into(),
            fact: fact.into(),
        }
    }

    const PASS: &[&str] = &["outcome: pass"];

    #[test]
    fn conditions_and_operands() {
        let rows: Vec<(&str, String, Reported)> = vec![
            (
                "an enum value",
                one_case("status", "{ equals: online }", PASS),
                vec![],
            ),
            (
                "an alias",
                one_case("status", "{ not_equals: live }", PASS),
                vec![],
            ),
            (
                "a list",
                one_case("status", "{ one_of: [online, none] }", PASS),
                vec![],
            ),
            (
                "a number",
                one_case("units", "{ less_than: 3 }", PASS),
                vec![],
            ),
            (
                "an integer",
                one_case("count", "{ at_most: 3 }", PASS),
                vec![],
            ),
            (
                "another fact",
                one_case("units", "{ at_least: { fact: count } }", PASS),
                vec![],
            ),
            (
                "a computed fact",
                one_case("units", "{ greater_than: { fact: video_cost } }", PASS),
                vec![],
            ),
            (
                "a date passed",
                one_case("expires", "{ in_past: true }", PASS),
                vec![],
            ),
            (
                "a date soon",
                one_case("expires", "{ within_days: 7 }", PASS),
                vec![],
            ),
            (
                "a model",
                one_case("model", "{ equals: kling-v1 }", PASS),
                vec![],
            ),
            (
                "a family",
                one_case("error_family", "{ equals: balance }", PASS),
                vec![],
            ),
            (
                "an unknown fact",
                one_case("unit", "{ equals: 1 }", PASS),
                vec![(
                    RuleErrorKind::UnknownFact {
                        fact: "unit".into(),
                        suggestion: Some("units".into()),
                    },
                    6,
                    15,
                )],
            ),
            (
                "an enum value that does not exist",
                one_case("status", "{ equals: offline }", PASS),
                vec![(literal("status", "offline", "enum", "online, none"), 8, 27)],
            ),
            (
                "a family that does not exist",
                one_case("error_family", "{ equals: auth }", PASS),
                vec![(
                    literal("error_family", "auth", "enum", "balance, unknown"),
                    8,
                    27,
                )],
            ),
            (
                "text for a number",
                one_case("units", "{ equals: lots }", PASS),
                vec![(literal("units", "lots", "number", ""), 8, 27)],
            ),
            (
                "a fraction for an integer",
                one_case("count", "{ equals: 1.5 }", PASS),
                vec![(literal("count", "1.5", "integer", ""), 8, 27)],
            ),
            (
                "text for a date",
                one_case("expires", "{ equals: soon }", PASS),
                vec![(literal("expires", "soon", "date", ""), 8, 27)],
            ),
            (
                "a model that does not exist",
                one_case("model", "{ equals: kling-v9 }", PASS),
                vec![(literal("model", "kling-v9", "model", ""), 8, 27)],
            ),
            (
                "one bad member of a list",
                one_case("status", "{ one_of: [online, offline] }", PASS),
                vec![(literal("status", "offline", "enum", "online, none"), 8, 36)],
            ),
            (
                "a comparison on an enum",
                one_case("status", "{ less_than: 3 }", PASS),
                vec![(operator("less_than", "status"), 8, 30)],
            ),
            (
                "a comparison with text",
                one_case("units", "{ at_least: { fact: note } }", PASS),
                vec![(operator("at_least", "units"), 8, 29)],
            ),
            (
                "a comparison with an unknown fact",
                one_case("units", "{ greater_than: { fact: cont } }", PASS),
                vec![(
                    RuleErrorKind::UnknownFact {
                        fact: "cont".into(),
                        suggestion: Some("count".into()),
                    },
                    8,
                    33,
                )],
            ),
            (
                "a date operator on a number",
                one_case("units", "{ in_past: true }", PASS),
                vec![(operator("in_past", "units"), 8, 17)],
            ),
            (
                "a date operator on text",
                one_case("note", "{ within_days: 3 }", PASS),
                vec![(operator("within_days", "note"), 8, 17)],
            ),
            (
                "two operators",
                one_case("units", "{ less_than: 1, greater_than: 2 }", PASS),
                vec![(RuleErrorKind::ConditionOperators { count: 2 }, 8, 17)],
            ),
            (
                "no operator",
                one_case("units", "{}", PASS),
                vec![(RuleErrorKind::ConditionOperators { count: 0 }, 8, 17)],
            ),
        ];
        for (name, text, expected) in rows {
            assert_eq!(fixture::check_errors(&text), expected, "{name}");
        }
    }

    #[test]
    fn steps() {
        let case = |target: &[&str]| one_case("status", "{ equals: none }", target);
        let rows: Vec<(&str, String, Reported)> = vec![
            ("pass", case(&["outcome: pass"]), vec![]),
            ("skip", case(&["outcome: skip"]), vec![]),
            (
                "a finding",
                case(&["finding: out-of-units", "severity: info"]),
                vec![],
            ),
            (
                "a variant",
                case(&[
                    "finding: out-of-units",
                    "variant: batch",
                    "severity: warning",
                ]),
                vec![],
            ),
            (
                "unless found",
                case(&[
                    "finding: out-of-units",
                    "severity: error",
                    "unless_found: [no-problem-found]",
                ]),
                vec![],
            ),
            (
                "no choice",
                case(&[]),
                vec![(RuleErrorKind::TargetChoices { count: 0 }, 8, 17)],
            ),
            (
                "two choices",
                case(&["outcome: pass", "next: a"]),
                vec![(RuleErrorKind::TargetChoices { count: 2 }, 8, 17)],
            ),
            (
                "a severity without a finding",
                case(&["outcome: pass", "severity: error"]),
                vec![(RuleErrorKind::SeverityWithoutFinding, 10, 23)],
            ),
            (
                "a finding without a severity",
                case(&["finding: out-of-units"]),
                vec![(RuleErrorKind::FindingWithoutSeverity, 9, 22)],
            ),
            (
                "an unknown severity",
                case(&["finding: out-of-units", "severity: fatal"]),
                vec![(
                    RuleErrorKind::BadSeverity {
                        value: "fatal".into(),
                    },
                    10,
                    23,
                )],
            ),
            (
                "an unknown outcome",
                case(&["outcome: done"]),
                vec![(
                    RuleErrorKind::BadOutcome {
                        value: "done".into(),
                    },
                    9,
                    22,
                )],
            ),
            (
                "an unknown variant",
                case(&["finding: out-of-units", "variant: solo", "severity: error"]),
                vec![(
                    RuleErrorKind::UnknownVariant {
                        finding: "out-of-units".into(),
                        variant: "solo".into(),
                    },
                    10,
                    22,
                )],
            ),
            (
                "an unknown finding",
                case(&["finding: out-of-unit", "severity: error"]),
                vec![(
                    RuleErrorKind::UnknownFinding {
                        id: "out-of-unit".into(),
                        suggestion: Some("out-of-units".into()),
                    },
                    9,
                    22,
                )],
            ),
            (
                "an unknown finding to wait for",
                case(&["outcome: pass", "unless_found: [out-of-unit]"]),
                vec![(
                    RuleErrorKind::UnknownFinding {
                        id: "out-of-unit".into(),
                        suggestion: Some("out-of-units".into()),
                    },
                    10,
                    28,
                )],
            ),
            (
                "a dangling next",
                case(&["next: elsewhere"]),
                vec![(
                    RuleErrorKind::UnknownNode {
                        id: "elsewhere".into(),
                        suggestion: None,
                    },
                    9,
                    19,
                )],
            ),
            (
                "a near miss of a node",
                case(&["next: aa"]),
                vec![(
                    RuleErrorKind::UnknownNode {
                        id: "aa".into(),
                        suggestion: Some("a".into()),
                    },
                    9,
                    19,
                )],
            ),
        ];
        for (name, text, expected) in rows {
            assert_eq!(fixture::check_errors(&text), expected, "{name}");
        }
    }

    #[test]
    fn nodes() {
        let rows: Vec<(&str, String, Reported)> = vec![
            ("no cases", node(&[]), vec![]),
            (
                "a gate",
                node(&["ask: false", "if_unknown: { outcome: skip }"]),
                vec![],
            ),
            ("its own question", node(&["question: q-other"]), vec![]),
            (
                "a gate that may not ask and has nowhere to go",
                node(&["ask: false"]),
                vec![(
                    RuleErrorKind::MissingRequired {
                        what: "if-unknown",
                        name: "a".into(),
                    },
                    7,
                    14,
                )],
            ),
            (
                "a question without texts",
                node(&["question: q-gone"]),
                missing("q-gone", 7, 19),
            ),
            (
                "a bad otherwise",
                node(&["otherwise: { outcome: done }"]),
                vec![(
                    RuleErrorKind::BadOutcome {
                        value: "done".into(),
                    },
                    7,
                    31,
                )],
            ),
            (
                "an if_unknown with two choices",
                node(&["if_unknown: { outcome: skip, next: a }"]),
                vec![(RuleErrorKind::TargetChoices { count: 2 }, 7, 21)],
            ),
        ];
        for (name, text, expected) in rows {
            assert_eq!(fixture::check_errors(&text), expected, "{name}");
        }
    }

    #[test]
    fn checks() {
        let check = |id: &str, title: &str, nodes: &str| {
            format!("  - id: {id}\n    title: {title}\n    nodes:{nodes}\n")
        };
        let a = "\n      - { id: a, fact: note }";
        let b = "\n      - { id: b, fact: note }";
        let rows: Vec<(&str, String, Reported)> = vec![
            (
                "two checks",
                format!(
                    "checks:\n{}{}",
                    check("t", "check-t", a),
                    check("u", "check-t", b)
                ),
                vec![],
            ),
            (
                "a check id twice",
                format!(
                    "checks:\n{}{}",
                    check("t", "check-t", a),
                    check("t", "check-t", b)
                ),
                vec![(
                    RuleErrorKind::Duplicate {
                        what: "check",
                        id: "t".into(),
                    },
                    6,
                    9,
                )],
            ),
            (
                "a node id in two checks",
                format!(
                    "checks:\n{}{}",
                    check("t", "check-t", a),
                    check("u", "check-t", a)
                ),
                vec![(
                    RuleErrorKind::Duplicate {
                        what: "node",
                        id: "a".into(),
                    },
                    9,
                    15,
                )],
            ),
            (
                "no nodes",
                format!("checks:\n{}", check("t", "check-t", " []")),
                vec![(
                    RuleErrorKind::MissingRequired {
                        what: "nodes",
                        name: "t".into(),
                    },
                    2,
                    9,
                )],
            ),
            (
                "a title without texts",
                format!("checks:\n{}", check("t", "check-gone", a)),
                missing("check-gone", 3, 12),
            ),
            (
                "an unknown finding to wait for",
                format!(
                    "checks:\n  - id: t\n    title: check-t\n    unless_found: [out-of-unit]\n    nodes:{a}\n"
                ),
                vec![(
                    RuleErrorKind::UnknownFinding {
                        id: "out-of-unit".into(),
                        suggestion: Some("out-of-units".into()),
                    },
                    4,
                    20,
                )],
            ),
        ];
        for (name, text, expected) in rows {
            assert_eq!(fixture::check_errors(&text), expected, "{name}");
        }
    }

    #[test]
    fn a_broken_fact_is_reported_once() {
        let facts = "facts:\n  - { key: broken, type: nmber, question: q-note }\n";
        let text = one_case("broken", "{ equals: 1 }", PASS);
        assert_eq!(fixture::check_errors_with(facts, &text), vec![]);
        let unknown = RuleErrorKind::UnknownFact {
            fact: "broken".into(),
            suggestion: None,
        };
        assert_eq!(fixture::check_errors(&text), vec![(unknown, 6, 15)]);
    }
}

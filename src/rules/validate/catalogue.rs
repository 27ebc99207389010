//! The catalogues every check refers to: facts, pricing, error codes and findings.

use std::collections::BTreeMap;

use super::{NO_PROBLEM_FOUND, Validator};
use crate::facts::{EnumValue, FactCatalog, FactDef, FactType};
use crate::pricing::{ImageModel, Model, Price, Pricing, Rate};
use crate::rules::computed as derived;
use crate::rules::raw::{self, RawFactType};
use crate::rules::{ErrorCatalog, ErrorCode, FindingDef, RuleError, RuleErrorKind};

impl Validator<'_> {
    pub(super) fn facts(&mut self, file: raw::FactsFile, display: &str) -> FactCatalog {
        let mut defs: Vec<FactDef> = Vec::new();
        for f in file.facts {
            let key = f.key.value.clone();
            if defs.iter().any(|d| d.key == key) || derived::get(&key).is_some() {
                let kind = RuleErrorKind::Duplicate {
                    what: "fact",
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
            let kind = match f.kind.value.known {
                Some(RawFactType::Text) => FactType::Text,
                Some(RawFactType::Integer) => FactType::Integer,
                Some(RawFactType::Number) => FactType::Number,
                Some(RawFactType::Date) => FactType::Date,
                Some(RawFactType::Model) => FactType::Model,
                Some(RawFactType::Enum) if values.is_empty() => {
                    self.poisoned.insert(key.clone());
                    self.push(
                        display,
                        f.key.referenced,
                        key.len(),
                        RuleErrorKind::EnumWithoutValues { fact: key },
                    );
                    continue;
                }
                Some(RawFactType::Enum) => FactType::Enum(values),
                None => {
                    self.poisoned.insert(key.clone());
                    let other = f.kind.value.text;
                    let width = other.len();
                    let kind = RuleErrorKind::BadFactType { value: other };
                    self.push(display, f.kind.referenced, width, kind);
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

    pub(super) fn pricing(
        &mut self,
        file: raw::PricingFile,
        display: &str,
        facts: &FactCatalog,
    ) -> Pricing {
        let modes: Vec<String> = match facts.get("mode").map(|d| &d.kind) {
            Some(FactType::Enum(values)) => values.iter().map(|v| v.value.clone()).collect(),
            _ => Vec::new(),
        };
        let mut models: Vec<Model> = Vec::new();
        for m in file.models {
            if models.iter().any(|other| other.id == m.id.value) {
                let kind = RuleErrorKind::Duplicate {
                    what: "model",
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
                    what: "image-model",
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
            .map_or((0.0, String::new()), |u| (u.value.value, u.source.value));
        let mut positive = |key: &str, figure: &raw::RawSourced| {
            let value = figure.value.value;
            if !(value.is_finite() && value > 0.0) {
                let kind = RuleErrorKind::NotPositive {
                    key: key.to_string(),
                };
                let width = value.to_string().len();
                self.push(display, figure.value.referenced, width, kind);
            }
            value
        };
        let unit_usd = positive("unit_usd", &file.unit_usd);
        let costs_max_qps = positive("costs_max_qps", &file.costs_max_qps);
        Pricing {
            unit_usd,
            unit_usd_source: file.unit_usd.source.value,
            balance_lag_hours: file.balance_lag_hours.value.value,
            costs_max_qps,
            models,
            image_unit_usd,
            image_unit_usd_source,
            images,
        }
    }

    pub(super) fn codes(&mut self, file: raw::ErrorCodesFile, display: &str) -> ErrorCatalog {
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
                    what: "code",
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

    pub(super) fn findings(
        &mut self,
        file: raw::FindingsFile,
        display: &str,
    ) -> BTreeMap<String, FindingDef> {
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
                        what: "finding",
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
            self.errors.push(RuleError::at(
                display,
                1,
                1,
                RuleErrorKind::MissingRequired {
                    what: "finding",
                    name: NO_PROBLEM_FOUND.into(),
                },
            ));
        }
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::validate::fixture::{self, FILE, Reported, missing};

    fn duplicate(what: &'static str, id: &str) -> RuleErrorKind {
        RuleErrorKind::Duplicate {
            what,
            id: id.into(),
        }
    }

    /// Runs `stage` on the fixture messages and returns what it reported.
    fn run(stage: impl FnOnce(&mut Validator<'_>)) -> Reported {
        let messages = fixture::messages();
        let mut v = fixture::validator(&messages);
        stage(&mut v);
        fixture::errors(v)
    }

    #[test]
    fn facts() {
        let rows: Vec<(&str, &str, Reported)> = vec![
            ("the fixture", fixture::FACTS, vec![]),
            (
                "a key twice",
                "facts:\n  - { key: note, type: text, question: q-note }\n  \
                 - { key: note, type: text, question: q-note }\n",
                vec![(duplicate("fact", "note"), 3, 12)],
            ),
            (
                "the key of a computed fact",
                "facts:\n  - { key: video_cost, type: number, question: q-units }\n",
                vec![(duplicate("fact", "video_cost"), 2, 12)],
            ),
            (
                "an unknown type",
                "facts:\n  - { key: note, type: nmber, question: q-note }\n",
                vec![(
                    RuleErrorKind::BadFactType {
                        value: "nmber".into(),
                    },
                    2,
                    24,
                )],
            ),
            (
                "an enum without values",
                "facts:\n  - { key: status, type: enum, question: q-status }\n",
                vec![(
                    RuleErrorKind::EnumWithoutValues {
                        fact: "status".into(),
                    },
                    2,
                    12,
                )],
            ),
            (
                "a question without messages",
                "facts:\n  - { key: note, type: text, question: q-gone }\n",
                missing("q-gone", &["en", "id"], 2, 40),
            ),
            (
                "a question in English only",
                "facts:\n  - { key: note, type: text, question: q-english }\n",
                missing("q-english", &["id"], 2, 40),
            ),
            (
                "an enum value without a label",
                "facts:\n  - key: status\n    type: enum\n    question: q-status\n    \
                 values: [{ value: offline }]\n",
                missing("value-status-offline", &["en", "id"], 5, 23),
            ),
        ];
        for (name, text, expected) in rows {
            let reported = run(|v| {
                v.facts(fixture::parse(text), FILE);
            });
            assert_eq!(reported, expected, "{name}");
        }
    }

    #[test]
    fn broken_facts_are_poisoned_not_defined() {
        let messages = fixture::messages();
        let mut v = fixture::validator(&messages);
        let text = "facts:\n  - { key: a, type: nmber, question: q-note }\n  \
                    - { key: b, type: enum, question: q-note }\n  \
                    - { key: c, type: text, question: q-note }\n";
        let facts = v.facts(fixture::parse(text), FILE);
        let defined: Vec<&str> = facts.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(defined, ["c"]);
        assert_eq!(v.poisoned, ["a".to_string(), "b".to_string()].into());
    }

    #[test]
    fn pricing() {
        let unit = "unit_usd: { value: 0.14, source: S }\nbalance_lag_hours: { value: 12, source: S }\n\
                    costs_max_qps: { value: 1, source: S }\n";
        let price = |p: &str| format!("{unit}models:\n  - id: m\n    prices:\n      - {p}\n");
        let not_positive = |key: &str| RuleErrorKind::NotPositive { key: key.into() };
        let rows: Vec<(&str, String, Reported)> = vec![
            ("the fixture", fixture::PRICING.into(), vec![]),
            (
                "a model twice",
                format!(
                    "{unit}models:\n  - {{ id: m, prices: [] }}\n  - {{ id: m, prices: [] }}\n"
                ),
                vec![(duplicate("model", "m"), 6, 11)],
            ),
            (
                "both rates",
                price("{ per_second: 1.0, per_clip: { 5: 1.0 }, source: S }"),
                vec![(RuleErrorKind::PriceRate, 7, 58)],
            ),
            (
                "no rate",
                price("{ source: S }"),
                vec![(RuleErrorKind::PriceRate, 7, 19)],
            ),
            (
                "clips priced",
                price("{ mode: pro, per_clip: { 5: 1.0, 10: 2.0 }, source: S }"),
                vec![],
            ),
            (
                "a mode the `mode` fact lacks",
                price("{ mode: 8k, per_second: 1.0, source: S }"),
                vec![(RuleErrorKind::BadMode { value: "8k".into() }, 7, 17)],
            ),
            (
                "an image model twice",
                format!(
                    "{unit}models: []\nimages:\n  - {{ id: i, per_image: 1, source: S }}\n  \
                     - {{ id: i, per_image: 1, source: S }}\n"
                ),
                vec![(duplicate("image-model", "i"), 7, 11)],
            ),
            (
                "no requests a second",
                fixture::PRICING.replace("costs_max_qps: { value: 1", "costs_max_qps: { value: 0"),
                vec![(not_positive("costs_max_qps"), 3, 25)],
            ),
            (
                "a negative unit price",
                fixture::PRICING.replace("value: 0.14", "value: -0.14"),
                vec![(not_positive("unit_usd"), 1, 20)],
            ),
        ];
        for (name, text, expected) in rows {
            let reported = run(|v| {
                let facts = v.facts(fixture::parse(fixture::FACTS), FILE);
                v.pricing(fixture::parse(&text), FILE, &facts);
            });
            assert_eq!(reported, expected, "{name}");
        }
    }

    #[test]
    fn codes() {
        let code = "  - { code: 1102, http: 429, family: balance, source: S }\n";
        let rows: Vec<(&str, String, Reported)> = vec![
            ("the fixture", fixture::CODES.into(), vec![]),
            (
                "a code twice",
                format!("codes:\n{code}{code}"),
                vec![(duplicate("code", "1102"), 3, 13)],
            ),
            (
                "a code without texts",
                "codes:\n  - { code: 1103, http: 400, family: x, source: S }\n".into(),
                [
                    missing("code-1103-meaning", &["en", "id"], 2, 13),
                    missing("code-1103-solution", &["en", "id"], 2, 13),
                ]
                .concat(),
            ),
            (
                "a wizard code twice",
                format!("codes:\n{code}wizard_codes: [1102, 1102]\n"),
                vec![(
                    RuleErrorKind::ListedTwice {
                        list: "wizard_codes",
                        value: "1102".into(),
                    },
                    3,
                    22,
                )],
            ),
            (
                "a wizard code not catalogued",
                format!("codes:\n{code}wizard_codes: [1305]\n"),
                vec![(RuleErrorKind::UnknownCode { code: 1305 }, 3, 16)],
            ),
        ];
        for (name, text, expected) in rows {
            let reported = run(|v| {
                v.codes(fixture::parse(&text), FILE);
            });
            assert_eq!(reported, expected, "{name}");
        }
    }

    #[test]
    fn findings() {
        let none = "  - { id: no-problem-found, fixes: [fix-none], source: S }\n";
        let units = |rest: &str| {
            format!(
                "findings:\n{none}  - id: out-of-units\n    fixes: [fix-buy]\n    source: S\n{rest}"
            )
        };
        let rows: Vec<(&str, String, Reported)> = vec![
            ("the fixture", fixture::FINDINGS.into(), vec![]),
            (
                "a finding twice",
                format!("findings:\n{none}{none}"),
                vec![(duplicate("finding", "no-problem-found"), 3, 11)],
            ),
            (
                "a finding without fixes",
                "findings:\n  - { id: no-problem-found, fixes: [], source: S }\n".into(),
                vec![(
                    RuleErrorKind::FindingWithoutFix {
                        id: "no-problem-found".into(),
                    },
                    2,
                    11,
                )],
            ),
            (
                "a variant without fixes",
                units("    variants: [{ name: batch, fixes: [] }]\n"),
                vec![(
                    RuleErrorKind::FindingWithoutFix {
                        id: "out-of-units".into(),
                    },
                    6,
                    24,
                )],
            ),
            (
                "a variant without texts",
                units("    variants: [{ name: solo, fixes: [fix-buy] }]\n"),
                [
                    missing("finding-out-of-units-solo-title", &["en", "id"], 6, 24),
                    missing(
                        "finding-out-of-units-solo-explanation",
                        &["en", "id"],
                        6,
                        24,
                    ),
                ]
                .concat(),
            ),
            (
                "a fix without texts",
                format!(
                    "findings:\n{none}  - {{ id: out-of-units, fixes: [fix-gone], source: S }}\n"
                ),
                missing("fix-gone", &["en", "id"], 3, 33),
            ),
            (
                "no `no-problem-found`",
                "findings:\n  - { id: out-of-units, fixes: [fix-buy], source: S }\n".into(),
                vec![(
                    RuleErrorKind::MissingRequired {
                        what: "finding",
                        name: NO_PROBLEM_FOUND.into(),
                    },
                    1,
                    1,
                )],
            ),
        ];
        for (name, text, expected) in rows {
            let reported = run(|v| {
                v.findings(fixture::parse(&text), FILE);
            });
            assert_eq!(reported, expected, "{name}");
        }
    }
}

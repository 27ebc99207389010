//! Facts: the catalogue of keys (from `rules/facts.yaml`), parsing raw text into typed
//! values with aliases, and the set of known facts with where each came from.

pub mod error_text;
pub mod input;
mod value;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

pub use value::{Value, round2};

use crate::pricing::Pricing;

/// The type of an input fact, as declared in `rules/facts.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub enum FactType {
    Text,
    Integer,
    Number,
    Date,
    Enum(Vec<EnumValue>),
    /// A `model_name` from the pricing catalogue, aliases included.
    Model,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    pub value: String,
    pub aliases: Vec<String>,
}

/// One input fact the user (or a probe) can supply.
#[derive(Debug, Clone)]
pub struct FactDef {
    pub key: String,
    pub kind: FactType,
    pub question: String,
    pub min: Option<f64>,
}

/// Why a raw value was refused; rendered through `locales/*/errors.ftl`.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueError {
    NotAnInteger,
    NotANumber,
    BelowMin(f64),
    NotADate,
    NotOneOf(Vec<String>),
    UnknownModel { suggestion: Option<String> },
    Empty,
}

/// Where a fact came from, shown in reports and used for precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    ErrorText,
    /// Read from the pasted request (curl dump, URL, `--request FILE`).
    Request,
    Probe,
    AnswersFile,
    Wizard,
    Flag,
}

/// All input facts, in the order of `rules/facts.yaml`.
#[derive(Debug, Clone, Default)]
pub struct FactCatalog {
    defs: Vec<FactDef>,
}

impl FactDef {
    /// Message key of an enum value's label: `value-package-status-online`.
    pub fn value_label_key(&self, value: &str) -> String {
        format!("value-{}-{}", self.key.replace('_', "-"), value)
    }
}

impl FactCatalog {
    pub fn new(defs: Vec<FactDef>) -> Self {
        FactCatalog { defs }
    }

    pub fn get(&self, key: &str) -> Option<&FactDef> {
        self.defs.iter().find(|d| d.key == key)
    }

    pub fn iter(&self) -> impl Iterator<Item = &FactDef> {
        self.defs.iter()
    }

    /// The closest known key, for "did you mean" hints.
    pub fn suggest(&self, key: &str) -> Option<&str> {
        closest(key, self.defs.iter().map(|d| d.key.as_str()))
    }

    /// Parses user text for `key` into a canonical typed value.
    pub fn parse(&self, def: &FactDef, raw: &str, pricing: &Pricing) -> Result<Value, ValueError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(ValueError::Empty);
        }
        let value = match &def.kind {
            FactType::Text => Value::Text(raw.to_string()),
            FactType::Integer => {
                let n: i64 = raw.parse().map_err(|_| ValueError::NotAnInteger)?;
                Value::Number(n as f64)
            }
            FactType::Number => {
                let n: f64 = raw
                    .replace(',', ".")
                    .parse()
                    .map_err(|_| ValueError::NotANumber)?;
                if !n.is_finite() {
                    return Err(ValueError::NotANumber);
                }
                Value::Number(n)
            }
            FactType::Date => parse_date(raw).ok_or(ValueError::NotADate)?,
            FactType::Enum(values) => {
                let wanted = normalize(raw);
                values
                    .iter()
                    .find(|v| {
                        normalize(&v.value) == wanted
                            || v.aliases.iter().any(|a| normalize(a) == wanted)
                    })
                    .map(|v| Value::Text(v.value.clone()))
                    .ok_or_else(|| {
                        ValueError::NotOneOf(values.iter().map(|v| v.value.clone()).collect())
                    })?
            }
            FactType::Model => match pricing.resolve_model(raw) {
                Some(model) => Value::Text(model.id.clone()),
                None => {
                    return Err(ValueError::UnknownModel {
                        suggestion: pricing.suggest_model(raw),
                    });
                }
            },
        };
        if let (Some(min), Value::Number(n)) = (def.min, &value)
            && *n < min
        {
            return Err(ValueError::BelowMin(min));
        }
        Ok(value)
    }
}

/// Lower-cases and folds `-`, `_` and runs of blanks into one space, so
/// `Kling_V2_6`, `kling-v2-6` and `kling v2 6` compare equal.
pub fn normalize(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .replace(['-', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `YYYY-MM-DD` (the end of that day, UTC, so a pack is never called expired early)
/// or an RFC 3339 timestamp.
fn parse_date(raw: &str) -> Option<Value> {
    let at = match raw.parse::<Timestamp>() {
        Ok(at) => at,
        Err(_) if raw.len() == 10 => raw
            .parse::<Date>()
            .ok()?
            .at(23, 59, 59, 0)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp(),
        Err(_) => return None,
    };
    Some(Value::Date {
        at,
        text: raw.to_string(),
    })
}

/// The candidate nearest to `input` by edit distance, if it is plausibly a typo.
pub fn closest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .map(|c| (levenshtein(&input, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// One known fact and its origin.
#[derive(Debug, Clone)]
pub struct Known {
    pub value: Value,
    pub origin: Origin,
}

/// The facts known so far. A later source overrides an earlier one only when it is
/// at least as authoritative (`--set` beats answers file beats the pasted error).
#[derive(Debug, Clone, Default)]
pub struct Facts {
    known: BTreeMap<String, Known>,
}

impl Facts {
    pub fn insert(&mut self, key: &str, value: Value, origin: Origin) {
        match self.known.get(key) {
            Some(existing) if existing.origin > origin => {}
            _ => {
                self.known.insert(key.to_string(), Known { value, origin });
            }
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.known.get(key).map(|k| &k.value)
    }

    /// Where the known value of `key` came from.
    pub fn origin(&self, key: &str) -> Option<Origin> {
        self.known.get(key).map(|k| k.origin)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Known)> {
        self.known.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_separators_and_case() {
        for (input, expected) in [
            ("Kling_V2_6", "kling v2 6"),
            ("  2.5   Turbo ", "2.5 turbo"),
            ("kling-v2-1-master", "kling v2 1 master"),
        ] {
            assert_eq!(normalize(input), expected, "{input}");
        }
    }

    #[test]
    fn closest_suggests_typos_only() {
        let keys = ["units_left", "running_tasks", "package_status"];
        for (input, expected) in [
            ("unit_left", Some("units_left")),
            ("package_stat", Some("package_status")),
            ("colour", None),
        ] {
            assert_eq!(closest(input, keys.iter().copied()), expected, "{input}");
        }
    }

    #[test]
    fn dates_are_end_of_day_or_exact() {
        let Some(Value::Date { at, .. }) = parse_date("2026-01-31") else {
            panic!("date")
        };
        assert_eq!(at.to_string(), "2026-01-31T23:59:59Z");
        let Some(Value::Date { at, .. }) = parse_date("2026-01-31T08:00:00+07:00") else {
            panic!("rfc3339")
        };
        assert_eq!(at.to_string(), "2026-01-31T01:00:00Z");
        assert!(parse_date("31/01/2026").is_none());
    }
}

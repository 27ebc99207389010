//! The fact catalogue (from `rules/facts.yaml`), parsing raw text into typed values with
//! aliases, and the set of known facts with where each came from. Self-contained, so
//! `build.rs` compiles it into the rule compiler.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::facts::Value;
use crate::pricing::Pricing;
use crate::suggest::{closest, normalize};

/// The type of an input fact, as declared in `rules/facts.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum FactType {
    Text,
    Integer,
    Number,
    Date,
    Enum(Vec<EnumValue>),
    /// A `model_name` from the pricing catalogue, aliases included.
    Model,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnumValue {
    pub value: String,
    pub aliases: Vec<String>,
}

/// One input fact the user (or a probe) can supply.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
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

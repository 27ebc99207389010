//! Computed facts: figures the engine works out from input facts and the rule data
//! (prices, error families), so no rule file repeats a number by hand.

use jiff::Timestamp;

use crate::facts::{FactType, Facts, Value};
use crate::rules::RuleSet;

/// The type of a computed fact, for validating the literals rules compare it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DerivedKind {
    Number,
    /// One of the `family` values of `rules/error-codes.yaml`, or `unknown`.
    ErrorFamily,
    Model,
}

/// One computed fact and the input facts it needs (optional ones have defaults).
pub struct DerivedDef {
    pub key: &'static str,
    pub kind: DerivedKind,
    pub inputs: &'static [&'static str],
}

/// Every computed fact rules may name.
pub const DERIVED: &[DerivedDef] = &[
    DerivedDef {
        key: "error_family",
        kind: DerivedKind::ErrorFamily,
        inputs: &["error_code"],
    },
    DerivedDef {
        key: "video_cost",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "video_cost_usd",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "batch_cost",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "batch_cost_usd",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "test_model",
        kind: DerivedKind::Model,
        inputs: &[],
    },
    DerivedDef {
        key: "test_video_cost",
        kind: DerivedKind::Number,
        inputs: &[],
    },
    DerivedDef {
        key: "saving_per_video",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "videos_covered",
        kind: DerivedKind::Number,
        inputs: &["units_left", "model", "mode", "duration"],
    },
    DerivedDef {
        key: "units_short",
        kind: DerivedKind::Number,
        inputs: &["units_left", "model", "mode", "duration"],
    },
    DerivedDef {
        key: "days_until_expiry",
        kind: DerivedKind::Number,
        inputs: &["package_expires"],
    },
    DerivedDef {
        key: "free_slots",
        kind: DerivedKind::Number,
        inputs: &["running_tasks", "concurrency_limit"],
    },
];

pub fn get(key: &str) -> Option<&'static DerivedDef> {
    DERIVED.iter().find(|d| d.key == key)
}

/// The fact type rules see for a computed fact.
pub fn fact_type(kind: DerivedKind, rules_families: &[String]) -> FactType {
    match kind {
        DerivedKind::Number => FactType::Number,
        DerivedKind::Model => FactType::Model,
        DerivedKind::ErrorFamily => FactType::Enum(
            rules_families
                .iter()
                .cloned()
                .chain(std::iter::once("unknown".to_string()))
                .map(|value| crate::facts::EnumValue {
                    value,
                    aliases: Vec::new(),
                })
                .collect(),
        ),
    }
}

/// Computes `def` from `facts`; `Err` lists the input facts still missing (empty when
/// the inputs are known but have no price, e.g. a mode the model does not offer).
pub fn compute(
    def: &DerivedDef,
    facts: &Facts,
    rules: &RuleSet,
    now: Timestamp,
) -> Result<Value, Vec<String>> {
    let missing = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .filter(|k| facts.get(k).is_none())
            .map(|k| k.to_string())
            .collect()
    };
    let number = |key: &str| facts.get(key).and_then(Value::as_number);
    let need = |keys: &[&str]| {
        let m = missing(keys);
        if m.is_empty() { Ok(()) } else { Err(m) }
    };
    let pricing = &rules.pricing;
    let video_cost = || -> Result<f64, Vec<String>> {
        need(&["model", "mode", "duration"])?;
        let model = match facts.get("model") {
            Some(Value::Text(id)) => pricing.resolve_model(id).ok_or_else(Vec::new)?,
            _ => return Err(Vec::new()),
        };
        let mode = match facts.get("mode") {
            Some(Value::Text(m)) => m.as_str(),
            _ => return Err(Vec::new()),
        };
        let seconds = number("duration")
            .and_then(|d| u32::try_from(d as i64).ok())
            .ok_or_else(Vec::new)?;
        let audio = matches!(facts.get("audio"), Some(Value::Text(a)) if a == "yes");
        pricing
            .quote(model, mode, seconds, audio)
            .map(|q| q.units)
            .map_err(|_| Vec::new())
    };
    let count = number("count").unwrap_or(1.0);
    let test = pricing.cheapest_test_video();
    let value = match def.key {
        "error_family" => {
            need(&["error_code"])?;
            let code = number("error_code").and_then(|c| u32::try_from(c as i64).ok());
            let family = code
                .and_then(|c| rules.codes.get(c))
                .map_or("unknown", |c| c.family.as_str());
            Value::Text(family.to_string())
        }
        "video_cost" => Value::Number(video_cost()?),
        "video_cost_usd" => Value::Number(video_cost()? * pricing.unit_usd),
        "batch_cost" => Value::Number(video_cost()? * count),
        "batch_cost_usd" => Value::Number(video_cost()? * count * pricing.unit_usd),
        "test_model" => Value::Text(test.ok_or_else(Vec::new)?.0.id.clone()),
        "test_video_cost" => Value::Number(test.ok_or_else(Vec::new)?.1.units),
        "saving_per_video" => Value::Number(video_cost()? - test.ok_or_else(Vec::new)?.1.units),
        "videos_covered" => {
            need(&["units_left"])?;
            let cost = video_cost()?;
            let left = number("units_left").unwrap_or(0.0);
            Value::Number(if cost > 0.0 {
                (left / cost).floor()
            } else {
                0.0
            })
        }
        "units_short" => {
            need(&["units_left"])?;
            Value::Number((video_cost()? - number("units_left").unwrap_or(0.0)).max(0.0))
        }
        "days_until_expiry" => match facts.get("package_expires") {
            Some(Value::Date { at, .. }) => {
                Value::Number(((at.as_second() - now.as_second()) as f64 / 86_400.0).floor())
            }
            _ => return Err(missing(&["package_expires"])),
        },
        "free_slots" => {
            need(&["running_tasks", "concurrency_limit"])?;
            let free =
                number("concurrency_limit").unwrap_or(0.0) - number("running_tasks").unwrap_or(0.0);
            Value::Number(free.max(0.0))
        }
        _ => return Err(Vec::new()),
    };
    Ok(value)
}

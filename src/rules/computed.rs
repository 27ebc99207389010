//! The table of computed facts rules may name, with their types: the validator checks rules
//! against it; `derived` computes the values.

use crate::facts::{EnumValue, FactType};

/// The type of a computed fact, for validating the literals rules compare it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DerivedKind {
    Number,
    /// One of the `family` values of `rules/error-codes.yaml`, or `unknown`.
    ErrorFamily,
    Model,
    /// A word from a fixed set (`yes`/`no`, a product family, a mode or `none`).
    Word,
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
    DerivedDef {
        key: "request_product",
        kind: DerivedKind::Word,
        inputs: &[],
    },
    DerivedDef {
        key: "pack_family_match",
        kind: DerivedKind::Word,
        inputs: &["pack_product"],
    },
    DerivedDef {
        key: "video_mode",
        kind: DerivedKind::Word,
        inputs: &["model", "mode"],
    },
    DerivedDef {
        key: "request_cost",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "dearest_video",
        kind: DerivedKind::Number,
        inputs: &[],
    },
    DerivedDef {
        key: "price_estimate",
        kind: DerivedKind::Word,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "price_source",
        kind: DerivedKind::Word,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "cheaper_model",
        kind: DerivedKind::Word,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "cheaper_cost",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "model_saving",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "mode_saving",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "duration_saving",
        kind: DerivedKind::Number,
        inputs: &["model", "mode", "duration"],
    },
    DerivedDef {
        key: "balance_lag_hours",
        kind: DerivedKind::Number,
        inputs: &[],
    },
    DerivedDef {
        key: "purchase_lag",
        kind: DerivedKind::Word,
        inputs: &[],
    },
    DerivedDef {
        key: "key_account",
        kind: DerivedKind::Word,
        inputs: &[],
    },
    DerivedDef {
        key: "credits_source",
        kind: DerivedKind::Word,
        inputs: &[],
    },
    DerivedDef {
        key: "model_endpoint",
        kind: DerivedKind::Word,
        inputs: &["model", "endpoint"],
    },
    DerivedDef {
        key: "clock_skew_abs",
        kind: DerivedKind::Number,
        inputs: &["clock_skew_s"],
    },
    DerivedDef {
        key: "clock_direction",
        kind: DerivedKind::Word,
        inputs: &["clock_skew_s"],
    },
    DerivedDef {
        key: "audio_mode",
        kind: DerivedKind::Word,
        inputs: &["model", "mode", "audio"],
    },
];

/// The computed fact `key`, if rules may name it.
pub fn get(key: &str) -> Option<&'static DerivedDef> {
    DERIVED.iter().find(|d| d.key == key)
}

/// The fact type rules see for a computed fact.
pub fn fact_type(kind: DerivedKind, rules_families: &[String]) -> FactType {
    match kind {
        DerivedKind::Number => FactType::Number,
        DerivedKind::Model => FactType::Model,
        DerivedKind::Word => FactType::Text,
        DerivedKind::ErrorFamily => FactType::Enum(
            rules_families
                .iter()
                .cloned()
                .chain(std::iter::once("unknown".to_string()))
                .map(|value| EnumValue {
                    value,
                    aliases: Vec::new(),
                })
                .collect(),
        ),
    }
}

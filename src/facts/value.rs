//! Typed fact values: what every fact becomes once parsed, whatever its origin.

use std::fmt;

use crate::pricing::round2;
use jiff::Timestamp;
use serde_json::json;

/// A parsed fact value. Dates keep the text the user gave, for display.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Number(f64),
    Text(String),
    Date { at: Timestamp, text: String },
}

impl Value {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The value as it appears in JSON output: integers without a fraction.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => json!(*n as i64),
            Value::Number(n) => json!(round2(*n)),
            Value::Text(t) => json!(t),
            Value::Date { text, .. } => json!(text),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", round2(*n)),
            Value::Text(t) => f.write_str(t),
            Value::Date { text, .. } => f.write_str(text),
        }
    }
}

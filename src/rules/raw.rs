//! Serde mirror of the rule files. Every field a validation error may point at is
//! `Spanned`, so problems found after parsing still name `file:line:column`.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

use super::Severity;

/// A word from a closed set: serde matches it against the variants of `T`. A word outside
/// the set is kept rather than refused, so that validation reports it at its place with
/// a message of its own (`unknown severity `fatal``, R014) instead of the parser's
/// "unknown variant".
#[derive(Debug, Clone)]
pub struct Word<T> {
    /// As written, for the message and the width of the underline.
    pub text: String,
    /// The variant, if `text` names one.
    pub known: Option<T>,
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Word<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let word = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&text);
        let known = T::deserialize(word).ok();
        Ok(Word { text, known })
    }
}

/// The `type:` of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawFactType {
    Text,
    Integer,
    Number,
    Date,
    Enum,
    Model,
}

/// The `outcome:` of a step that names no finding.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawOutcome {
    /// Checked, nothing wrong.
    Pass,
    /// The check does not apply.
    Skip,
}

/// `rules/facts.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    pub facts: Vec<RawFact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub key: Spanned<String>,
    #[serde(rename = "type")]
    pub kind: Spanned<Word<RawFactType>>,
    pub question: Spanned<String>,
    #[serde(default)]
    pub min: Option<f64>,
    #[serde(default)]
    pub values: Vec<RawEnumValue>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnumValue {
    pub value: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// `rules/findings.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingsFile {
    pub findings: Vec<RawFinding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFinding {
    pub id: Spanned<String>,
    pub fixes: Vec<Spanned<String>>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub variants: Vec<RawVariant>,
}

/// Another wording of a finding (same id, own texts and fixes), e.g. `units-insufficient`
/// for a whole batch rather than one video.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    pub name: Spanned<String>,
    pub fixes: Vec<Spanned<String>>,
}

/// `rules/pricing.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PricingFile {
    pub unit_usd: RawSourced,
    pub balance_lag_hours: RawSourced,
    pub costs_max_qps: RawSourced,
    pub models: Vec<RawModel>,
    pub image_unit_usd: Option<RawSourced>,
    #[serde(default)]
    pub images: Vec<RawImageModel>,
}

/// One image model of `rules/pricing.yaml`: units per image, in image units.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImageModel {
    pub id: Spanned<String>,
    pub per_image: f64,
    #[serde(default)]
    pub other_kinds: BTreeMap<String, f64>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub third_party: bool,
    #[serde(default)]
    pub endpoints: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSourced {
    /// Located: a figure that must be above 0 is refused where it stands.
    pub value: Spanned<f64>,
    pub source: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModel {
    pub id: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub endpoints: Vec<String>,
    #[serde(default)]
    pub endpoints_source: Option<String>,
    pub prices: Vec<RawPrice>,
}

/// One price: exactly one of `per_second` and `per_clip`, counted by validation (R022), as
/// a flattened serde enum could not deny unknown keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPrice {
    #[serde(default)]
    pub mode: Option<Spanned<String>>,
    #[serde(default)]
    pub audio: Option<bool>,
    #[serde(default)]
    pub voice: Option<bool>,
    #[serde(default)]
    pub per_second: Option<f64>,
    #[serde(default)]
    pub per_clip: Option<BTreeMap<u32, f64>>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub third_party: bool,
}

/// `rules/error-codes.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCodesFile {
    pub codes: Vec<RawErrorCode>,
    /// The codes the wizard's first step offers, most frequent first.
    #[serde(default)]
    pub wizard_codes: Vec<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawErrorCode {
    pub code: Spanned<u32>,
    pub http: u16,
    pub family: Spanned<String>,
    pub source: Spanned<String>,
    #[serde(default)]
    pub messages: Vec<String>,
}

/// `rules/checks/*.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecksFile {
    pub checks: Vec<RawCheck>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    #[serde(default)]
    pub unless_found: Vec<Spanned<String>>,
    pub nodes: Vec<RawNode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    pub fact: Spanned<String>,
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    /// `false` makes the node a gate: an unknown fact is not asked for.
    #[serde(default)]
    pub ask: Option<Spanned<bool>>,
    #[serde(default)]
    pub cases: Vec<RawCase>,
    #[serde(default)]
    pub otherwise: Option<Spanned<RawTarget>>,
    #[serde(default)]
    pub if_unknown: Option<Spanned<RawTarget>>,
}

/// One `cases:` entry: a condition and where it leads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    #[serde(rename = "if")]
    pub condition: Spanned<RawCondition>,
    #[serde(default)]
    pub next: Option<Spanned<String>>,
    #[serde(default)]
    pub finding: Option<Spanned<String>>,
    #[serde(default)]
    pub variant: Option<Spanned<String>>,
    #[serde(default)]
    pub severity: Option<Spanned<Word<Severity>>>,
    #[serde(default)]
    pub outcome: Option<Spanned<Word<RawOutcome>>>,
    #[serde(default)]
    pub unless_found: Vec<Spanned<String>>,
}

/// Where `otherwise` and `if_unknown` lead: the same choices as a case, without `if`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    #[serde(default)]
    pub next: Option<Spanned<String>>,
    #[serde(default)]
    pub finding: Option<Spanned<String>>,
    #[serde(default)]
    pub variant: Option<Spanned<String>>,
    #[serde(default)]
    pub severity: Option<Spanned<Word<Severity>>>,
    #[serde(default)]
    pub outcome: Option<Spanned<Word<RawOutcome>>>,
    #[serde(default)]
    pub unless_found: Vec<Spanned<String>>,
}

/// A condition names exactly one operator; validation counts them and rejects zero or
/// several (R010, with the count). Not an externally tagged serde enum, though that is the
/// shape: the parser would refuse a second operator as "expected end of mapping after enum
/// variant value" and none as "expected string key", in its own English and without the count.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    #[serde(default)]
    pub equals: Option<Spanned<Literal>>,
    #[serde(default)]
    pub not_equals: Option<Spanned<Literal>>,
    #[serde(default)]
    pub one_of: Option<Vec<Spanned<Literal>>>,
    #[serde(default)]
    pub less_than: Option<Spanned<Operand>>,
    #[serde(default)]
    pub at_most: Option<Spanned<Operand>>,
    #[serde(default)]
    pub greater_than: Option<Spanned<Operand>>,
    #[serde(default)]
    pub at_least: Option<Spanned<Operand>>,
    #[serde(default)]
    pub in_past: Option<Spanned<bool>>,
    #[serde(default)]
    pub within_days: Option<Spanned<f64>>,
}

/// A literal in a rule file, typed against its fact during validation.
#[derive(Debug, Clone)]
pub enum Literal {
    Number(f64),
    Text(String),
}

/// A number, or another fact to compare with (`{ fact: video_cost }`).
#[derive(Debug, Clone)]
pub enum Operand {
    Number(f64),
    Fact { fact: String },
}

/// What the parser says a literal should be: a word `rules::yaml` passes on and the
/// messages translate (`rules-error-wrong-type`).
pub const EXPECTING_NUMBER_OR_TEXT: &str = "number-or-text";

/// What the parser says an operand should be, as [`EXPECTING_NUMBER_OR_TEXT`].
pub const EXPECTING_NUMBER_OR_FACT: &str = "number-or-fact";

// Hand-written rather than `#[serde(untagged)]`: an untagged enum buffers the whole value
// (an alias bomb would be expanded in memory) and its error names no expected type.
impl<'de> Deserialize<'de> for Literal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Literal;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(EXPECTING_NUMBER_OR_TEXT)
            }
            fn visit_f64<E>(self, n: f64) -> Result<Literal, E> {
                Ok(Literal::Number(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Literal, E> {
                Ok(Literal::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Literal, E> {
                Ok(Literal::Number(n as f64))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Literal, E> {
                Ok(Literal::Text(b.to_string()))
            }
            fn visit_str<E>(self, s: &str) -> Result<Literal, E> {
                Ok(Literal::Text(s.to_string()))
            }
        }
        d.deserialize_any(Visit)
    }
}

impl<'de> Deserialize<'de> for Operand {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Operand;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(EXPECTING_NUMBER_OR_FACT)
            }
            fn visit_f64<E>(self, n: f64) -> Result<Operand, E> {
                Ok(Operand::Number(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Operand, E> {
                Ok(Operand::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Operand, E> {
                Ok(Operand::Number(n as f64))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Operand, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct FactRef {
                    fact: String,
                }
                let r = FactRef::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Operand::Fact { fact: r.fact })
            }
        }
        d.deserialize_any(Visit)
    }
}

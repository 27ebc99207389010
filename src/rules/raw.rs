//! Serde mirror of the rule files. Every field a validation error may point at is
//! `Spanned`, so problems found after parsing still name `file:line:column`. The mirror
//! also generates the JSON Schemas editors read (`schema`): its doc comments are their
//! descriptions, written for rule authors.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

use super::Severity;
#[cfg(test)]
use super::schema::{FACT_KEY, ID, MESSAGE_KEY, Positive};

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

/// Offers an editor only the words of the set: one outside it is a mistake all the same.
#[cfg(test)]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Word<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        generator.subschema_for::<T>()
    }
}

/// The `type:` of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
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
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum RawOutcome {
    /// Checked, nothing wrong.
    Pass,
    /// The check does not apply.
    Skip,
}

/// # kling-doctor facts (rules/facts.yaml)
///
/// The facts a diagnosis works with: the keys of `--set KEY=VALUE` and `--answers`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FactsFile {
    pub facts: Vec<RawFact>,
}

/// A fact: its key, how its values are typed and the question that obtains it.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend(
    "if" = { "properties": { "type": { "const": "enum" } } },
    "then" = { "required": ["values"] },
)))]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    /// The fact's key, as typed in `--set KEY=VALUE` (snake_case).
    #[cfg_attr(test, schemars(with = "String", regex(pattern = FACT_KEY)))]
    pub key: Spanned<String>,
    /// How values are typed: `model` means a model_name of rules/pricing.yaml; `enum`
    /// needs `values`.
    #[serde(rename = "type")]
    #[cfg_attr(test, schemars(with = "Word<RawFactType>"))]
    pub kind: Spanned<Word<RawFactType>>,
    /// Message key of the question that obtains this fact (locales/*/questions.ftl).
    #[cfg_attr(test, schemars(with = "String", regex(pattern = MESSAGE_KEY)))]
    pub question: Spanned<String>,
    /// Smallest accepted number.
    #[serde(default)]
    pub min: Option<f64>,
    /// The canonical values of an `enum` fact; each is shown with the message
    /// `value-<key>-<value>`.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub values: Vec<RawEnumValue>,
}

/// A canonical value of an `enum` fact.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawEnumValue {
    /// The canonical value (quote `yes`/`no`).
    #[cfg_attr(test, schemars(with = "String"))]
    pub value: Spanned<String>,
    /// Other spellings users type, matched ignoring case, `-`, `_` and spacing.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// # kling-doctor findings (rules/findings.yaml)
///
/// Every finding a check can emit; texts are `finding-<id>-title` and
/// `finding-<id>-explanation` (and per variant `finding-<id>-<variant>-…`).
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FindingsFile {
    pub findings: Vec<RawFinding>,
}

/// A finding: its id, fixes and source.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawFinding {
    /// Stable finding id (kebab-case), part of the public contract once shipped.
    #[cfg_attr(test, schemars(with = "String", regex(pattern = ID)))]
    pub id: Spanned<String>,
    /// Message keys of the fixes, shown in order as `→ …` lines. At least one; each must
    /// exist in both languages (locales/{en,id}/*.ftl).
    #[cfg_attr(
        test,
        schemars(with = "Vec<String>", length(min = 1), inner(regex(pattern = MESSAGE_KEY)))
    )]
    pub fixes: Vec<Spanned<String>>,
    /// Source tag of shared/reference/kling-api.md §0 the finding's facts come from
    /// (e.g. K-ERR).
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub source: Spanned<String>,
    /// Other wordings of the same finding (same id): texts
    /// `finding-<id>-<name>-title`/`-explanation` and their own fixes; a case picks one
    /// with `variant:`.
    #[serde(default)]
    pub variants: Vec<RawVariant>,
}

/// Another wording of a finding (same id, own texts and fixes), e.g. `units-insufficient`
/// for a whole batch rather than one video.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawVariant {
    /// Variant name, e.g. batch.
    #[cfg_attr(test, schemars(with = "String", regex(pattern = ID)))]
    pub name: Spanned<String>,
    /// Message keys of this variant's fixes.
    #[cfg_attr(
        test,
        schemars(with = "Vec<String>", length(min = 1), inner(regex(pattern = MESSAGE_KEY)))
    )]
    pub fixes: Vec<Spanned<String>>,
}

/// # kling-doctor prices (rules/pricing.yaml)
///
/// Video prices in Kling video units and image prices in image units; every figure names
/// its source tag.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PricingFile {
    /// USD per video unit.
    pub unit_usd: RawSourced,
    /// Hours the remaining units of /account/costs can lag behind a purchase.
    pub balance_lag_hours: RawSourced,
    /// Most requests a second /account/costs takes; watch balance polls it no more often.
    pub costs_max_qps: RawSourced,
    pub models: Vec<RawModel>,
    /// USD per image unit (not a video unit).
    pub image_unit_usd: Option<RawSourced>,
    #[serde(default)]
    pub images: Vec<RawImageModel>,
}

/// One image model of `rules/pricing.yaml`: units per image, in image units.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawImageModel {
    /// The official model_name on the image endpoints.
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub id: Spanned<String>,
    /// Image units of one image of the basic kind (text-to-image, 1K/2K).
    #[cfg_attr(test, schemars(with = "Positive"))]
    pub per_image: f64,
    /// Dearer kinds (image-to-image, multi-image, 4k) → image units.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, Positive>"))]
    pub other_kinds: BTreeMap<String, f64>,
    /// Source tag of the figures.
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub source: Spanned<String>,
    /// true when the figure comes from an unverified third-party summary.
    #[serde(default)]
    pub third_party: bool,
    /// Image endpoints the model serves (images/generations, images/omni-image,
    /// images/multi-image2image).
    #[serde(default)]
    pub endpoints: Vec<String>,
}

/// A figure and where it comes from.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawSourced {
    /// The figure, above 0.
    // Spanned: validation refuses 0 or less where it stands (R040).
    #[cfg_attr(test, schemars(with = "Positive"))]
    pub value: Spanned<f64>,
    /// Source tag of the figure.
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub source: Spanned<String>,
}

/// A video model and its prices.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawModel {
    /// The official model_name.
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub id: Spanned<String>,
    /// Friendly spellings (`v2.6`, `2.5 turbo`); quote ones that look like numbers.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Legacy endpoints the model serves (text2video, image2video, omni-video); omit when
    /// not known.
    #[serde(default)]
    pub endpoints: Vec<String>,
    /// Source tag of the endpoint list.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub endpoints_source: Option<String>,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub prices: Vec<RawPrice>,
}

/// One price: exactly one of `per_second` and `per_clip`.
// Counted by validation (R022): a flattened serde enum could not deny unknown keys.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend("oneOf" = [
    { "required": ["per_second"] },
    { "required": ["per_clip"] },
])))]
#[serde(deny_unknown_fields)]
pub struct RawPrice {
    /// The mode this price applies to; omit for models without a mode parameter.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", extend("enum" = ["std", "pro", "4k"])))]
    pub mode: Option<Spanned<String>>,
    /// true: only with native audio; false: only without; omit: either way.
    #[serde(default)]
    pub audio: Option<bool>,
    /// true: only with voice control; false: only without; omit: either way.
    #[serde(default)]
    pub voice: Option<bool>,
    /// Units per second of video.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Positive>"))]
    pub per_second: Option<f64>,
    /// Clip length in seconds → units.
    #[serde(default)]
    #[cfg_attr(
        test,
        schemars(with = "Option<BTreeMap<u32, Positive>>", extend("minProperties" = 1))
    )]
    pub per_clip: Option<BTreeMap<u32, f64>>,
    /// Source tag of the figure (K-PRICE-V, K-UPD, IS, …).
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub source: Spanned<String>,
    /// true when the figure comes from an unverified third-party summary; `cost` labels it.
    #[serde(default)]
    pub third_party: bool,
}

/// # kling-doctor error codes (rules/error-codes.yaml)
///
/// The official error-code table; meaning and solution are `code-<code>-meaning` /
/// `-solution`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorCodesFile {
    pub codes: Vec<RawErrorCode>,
    /// The codes the wizard's first step offers, most frequent first; each one of `codes`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<u32>", extend("uniqueItems" = true)))]
    pub wizard_codes: Vec<Spanned<u32>>,
}

/// An error code of the official table.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawErrorCode {
    #[cfg_attr(test, schemars(with = "u32"))]
    pub code: Spanned<u32>,
    /// The HTTP status the code comes with.
    #[cfg_attr(test, schemars(range(min = 100, max = 599)))]
    pub http: u16,
    /// Groups codes so checks can test `error_family`.
    #[cfg_attr(test, schemars(with = "String", regex(pattern = "^[a-z]+$")))]
    pub family: Spanned<String>,
    #[cfg_attr(test, schemars(with = "String", length(min = 1)))]
    pub source: Spanned<String>,
    /// `message` strings seen in real responses; `--error` maps them back to the code.
    #[serde(default)]
    pub messages: Vec<String>,
}

/// # kling-doctor check trees (rules/checks/*.yaml)
///
/// Decision trees: a node asks for one fact; the first case that holds decides.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChecksFile {
    pub checks: Vec<RawCheck>,
}

/// A check: a decision tree of nodes.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RawCheck {
    #[cfg_attr(test, schemars(with = "String", regex(pattern = ID)))]
    pub id: Spanned<String>,
    /// Message key of the check's title (locales/*/checks.ftl).
    #[cfg_attr(test, schemars(with = "String", regex(pattern = MESSAGE_KEY)))]
    pub title: Spanned<String>,
    /// Skip the whole check when an earlier check found one of these findings.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>", inner(regex(pattern = ID))))]
    pub unless_found: Vec<Spanned<String>>,
    /// The first node is where evaluation starts.
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub nodes: Vec<RawNode>,
}

/// A node: asks for one fact and goes where the first case that holds leads.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend(
    "if" = { "properties": { "ask": { "const": false } }, "required": ["ask"] },
    "then" = { "required": ["if_unknown"] },
)))]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    /// Unique across all checks.
    #[cfg_attr(test, schemars(with = "String", regex(pattern = ID)))]
    pub id: Spanned<String>,
    /// An input fact of rules/facts.yaml or a computed one (video_cost, error_family, …).
    #[cfg_attr(test, schemars(with = "String", regex(pattern = FACT_KEY)))]
    pub fact: Spanned<String>,
    /// Overrides the fact's own question.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = MESSAGE_KEY)))]
    pub question: Option<Spanned<String>>,
    /// `false` makes the node a gate: an unknown fact follows `if_unknown` and is never
    /// asked for.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<bool>"))]
    pub ask: Option<Spanned<bool>>,
    /// Tried in order; the first that holds decides.
    #[serde(default)]
    pub cases: Vec<RawCase>,
    /// When no case holds (default: pass).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<RawTarget>"))]
    pub otherwise: Option<Spanned<RawTarget>>,
    /// When nobody knows the fact (default: not checked, with the question).
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<RawTarget>"))]
    pub if_unknown: Option<Spanned<RawTarget>>,
}

/// One `cases:` entry: a condition and where it leads (one of `next`, `finding` and
/// `outcome`).
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend(
    "oneOf" = [{ "required": ["next"] }, { "required": ["finding"] }, { "required": ["outcome"] }],
    "dependentRequired" = { "finding": ["severity"], "severity": ["finding"] },
)))]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    #[serde(rename = "if")]
    #[cfg_attr(test, schemars(with = "RawCondition"))]
    pub condition: Spanned<RawCondition>,
    /// Id of the next node in this check.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub next: Option<Spanned<String>>,
    /// Id of the finding to emit (rules/findings.yaml); needs `severity`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub finding: Option<Spanned<String>>,
    /// A variant of the finding (rules/findings.yaml `variants`), e.g. batch.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub variant: Option<Spanned<String>>,
    /// How bad the finding is.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Word<Severity>>"))]
    pub severity: Option<Spanned<Word<Severity>>>,
    /// pass: checked, fine; skip: does not apply.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Word<RawOutcome>>"))]
    pub outcome: Option<Spanned<Word<RawOutcome>>>,
    /// Drop this finding when another check found one of these.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>", inner(regex(pattern = ID))))]
    pub unless_found: Vec<Spanned<String>>,
}

/// Where `otherwise` and `if_unknown` lead: the same choices as a case, without `if`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend(
    "oneOf" = [{ "required": ["next"] }, { "required": ["finding"] }, { "required": ["outcome"] }],
    "dependentRequired" = { "finding": ["severity"], "severity": ["finding"] },
)))]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    /// Id of the next node in this check.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub next: Option<Spanned<String>>,
    /// Id of the finding to emit (rules/findings.yaml); needs `severity`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub finding: Option<Spanned<String>>,
    /// A variant of the finding (rules/findings.yaml `variants`), e.g. batch.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>", regex(pattern = ID)))]
    pub variant: Option<Spanned<String>>,
    /// How bad the finding is.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Word<Severity>>"))]
    pub severity: Option<Spanned<Word<Severity>>>,
    /// pass: checked, fine; skip: does not apply.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Word<RawOutcome>>"))]
    pub outcome: Option<Spanned<Word<RawOutcome>>>,
    /// Drop this finding when another check found one of these.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>", inner(regex(pattern = ID))))]
    pub unless_found: Vec<Spanned<String>>,
}

/// Exactly one operator.
// Validation counts them and rejects zero or several (R010, with the count). Not an
// externally tagged serde enum, though that is the shape: the parser would refuse a second
// operator as "expected end of mapping after enum variant value" and none as "expected
// string key", in its own English and without the count.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(extend("minProperties" = 1, "maxProperties" = 1)))]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    /// A value of the node's fact, typed like `--set`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Literal>"))]
    pub equals: Option<Spanned<Literal>>,
    /// A value of the node's fact, typed like `--set`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Literal>"))]
    pub not_equals: Option<Spanned<Literal>>,
    /// Values of the node's fact, typed like `--set`.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Vec<Literal>>", length(min = 1)))]
    pub one_of: Option<Vec<Spanned<Literal>>>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Operand>"))]
    pub less_than: Option<Spanned<Operand>>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Operand>"))]
    pub at_most: Option<Spanned<Operand>>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Operand>"))]
    pub greater_than: Option<Spanned<Operand>>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<Operand>"))]
    pub at_least: Option<Spanned<Operand>>,
    /// Dates only.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<bool>"))]
    pub in_past: Option<Spanned<bool>>,
    /// Dates only: from now until that many days ahead.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<f64>"))]
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

/// What the visitor above takes: a boolean is read as text.
#[cfg(test)]
impl schemars::JsonSchema for Literal {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Literal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["number", "string", "boolean"] })
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

/// What the visitor above takes: a number or `{ fact: NAME }`.
#[cfg(test)]
impl schemars::JsonSchema for Operand {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Operand".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A number, or another fact to compare with (`{ fact: video_cost }`).",
            "oneOf": [
                { "type": "number" },
                {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["fact"],
                    "properties": {
                        "fact": {
                            "type": "string",
                            "pattern": FACT_KEY,
                            "description": "Another fact to compare with.",
                        },
                    },
                },
            ],
        })
    }
}

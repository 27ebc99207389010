//! The rule set: YAML files → serde mirror (`raw`) → checked, typed `RuleSet` (`validate`).
//! The engine only ever sees a `RuleSet` that passed validation.

pub mod computed;
mod error;
mod lazy_regex;
pub mod outcome;
pub mod providers;
mod raw;
pub mod scenario;
mod source;
mod validate;
mod yaml;

#[cfg(test)]
mod schema;
#[cfg(test)]
mod shipped_prices;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use error::{RuleError, RuleErrorKind};
pub use source::{
    RuleFiles, RuleSource, builtin_locales, builtin_messages, builtin_rules, file_text, fingerprint,
};
pub use validate::{NO_PROBLEM_FOUND, validate};

use crate::facts::{FactCatalog, Value};
use crate::i18n::Messages;
use crate::pricing::Pricing;

/// How bad a finding is.
// Ordered so that `max` is the most severe.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A finding's catalogue entry; its texts are `finding-<id>-title` / `-explanation`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FindingDef {
    pub id: String,
    pub fixes: Vec<String>,
    pub source: String,
    /// Variant name → its fixes; texts are `finding-<id>-<variant>-title` / `-explanation`.
    pub variants: BTreeMap<String, Vec<String>>,
}

impl FindingDef {
    fn stem(&self, variant: Option<&str>) -> String {
        match variant {
            Some(v) => format!("finding-{}-{v}", self.id),
            None => format!("finding-{}", self.id),
        }
    }

    pub fn title_key(&self, variant: Option<&str>) -> String {
        format!("{}-title", self.stem(variant))
    }

    pub fn explanation_key(&self, variant: Option<&str>) -> String {
        format!("{}-explanation", self.stem(variant))
    }

    /// The fix keys of the finding, or of one of its variants.
    pub fn fixes(&self, variant: Option<&str>) -> &[String] {
        variant
            .and_then(|v| self.variants.get(v))
            .unwrap_or(&self.fixes)
    }
}

/// One official error code (`rules/error-codes.yaml`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ErrorCode {
    pub code: u32,
    pub http: u16,
    pub family: String,
    pub source: String,
    pub messages: Vec<String>,
}

impl ErrorCode {
    pub fn meaning_key(&self) -> String {
        format!("code-{}-meaning", self.code)
    }

    pub fn solution_key(&self) -> String {
        format!("code-{}-solution", self.code)
    }
}

/// The official error codes, and the messages seen with them.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorCatalog {
    codes: Vec<ErrorCode>,
    /// `wizard_codes`: validated to name each catalogued code at most once.
    wizard: Vec<u32>,
}

impl ErrorCatalog {
    pub fn new(codes: Vec<ErrorCode>, wizard: Vec<u32>) -> Self {
        ErrorCatalog { codes, wizard }
    }

    /// The codes the wizard offers first, most frequent first.
    pub fn wizard(&self) -> impl Iterator<Item = &ErrorCode> {
        self.wizard.iter().filter_map(|c| self.get(*c))
    }

    pub fn get(&self, code: u32) -> Option<&ErrorCode> {
        self.codes.iter().find(|c| c.code == code)
    }

    pub fn iter(&self) -> impl Iterator<Item = &ErrorCode> {
        self.codes.iter()
    }

    /// The code whose known message appears in `text`, ignoring case.
    pub fn code_for_message(&self, text: &str) -> Option<u32> {
        let text = text.to_lowercase();
        self.codes
            .iter()
            .find(|c| c.messages.iter().any(|m| text.contains(&m.to_lowercase())))
            .map(|c| c.code)
    }

    #[cfg(test)]
    pub fn for_tests(codes: &[(u32, &[&str])]) -> Self {
        ErrorCatalog {
            codes: codes
                .iter()
                .map(|(code, messages)| ErrorCode {
                    code: *code,
                    http: 429,
                    family: "test".into(),
                    source: "K-ERR".into(),
                    messages: messages.iter().map(|m| m.to_string()).collect(),
                })
                .collect(),
            wizard: Vec::new(),
        }
    }
}

/// A condition on a node's fact. Literals are already typed against the fact.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    Equals(Value),
    NotEquals(Value),
    OneOf(Vec<Value>),
    Compare(Comparison, Operand),
    InPast(bool),
    WithinDays(f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Comparison {
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
}

/// The right-hand side of a comparison.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Operand {
    Number(f64),
    Fact(String),
}

/// Where evaluation goes after a node.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Step {
    /// Index of the next node within the same check.
    Next(usize),
    Finding {
        id: String,
        variant: Option<String>,
        severity: Severity,
        unless_found: Vec<String>,
    },
    /// Checked, nothing wrong.
    Pass,
    /// The check does not apply here.
    Skip,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Case {
    pub condition: Condition,
    pub step: Step,
}

/// One decision node: the fact it needs and where each answer leads.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: String,
    pub fact: String,
    /// Message key of the question that obtains `fact`; `None` for computed facts,
    /// whose inputs carry their own questions.
    pub question: Option<String>,
    /// `false` for gates: an unknown fact follows `if_unknown` and is never asked for.
    pub ask: bool,
    pub cases: Vec<Case>,
    pub otherwise: Step,
    /// `None`: an unknown fact leaves the check not checked.
    pub if_unknown: Option<Step>,
}

/// One check tree (one FAQ question). `nodes[0]` is where evaluation starts.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Check {
    pub id: String,
    pub title: String,
    /// Rules file, relative to the rules directory, for `rule: file:node`.
    pub file: String,
    pub unless_found: Vec<String>,
    pub nodes: Vec<Node>,
}

/// A validated rule set, ready for the engine.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct RuleSet {
    pub facts: FactCatalog,
    pub findings: BTreeMap<String, FindingDef>,
    pub pricing: Pricing,
    pub codes: ErrorCatalog,
    pub checks: Vec<Check>,
    /// Fingerprint of the rule and message files, for reports (`RuleFiles::digest`).
    pub digest: String,
    /// Where the provider signatures come from; they are read on first use: only a
    /// paste needs them.
    pub signatures: Signatures,
    #[serde(skip)]
    pub providers_cell: OnceLock<Result<providers::Providers, Vec<RuleError>>>,
}

impl RuleSet {
    /// The provider signatures, read the first time they are needed.
    pub fn providers(&self) -> Result<&providers::Providers, &[RuleError]> {
        self.providers_cell
            .get_or_init(|| match &self.signatures {
                Signatures::File(file) => providers::load(file, self),
                Signatures::Embedded => source::builtin_providers(),
                Signatures::None => Ok(providers::Providers::default()),
            })
            .as_ref()
            .map_err(Vec::as_slice)
    }
}

/// Where a rule set's provider signatures come from.
#[derive(serde::Serialize, serde::Deserialize)]
pub enum Signatures {
    /// `providers.yaml` of a rules directory: parsed and checked on first use.
    File(source::RuleFile),
    /// Checked by `build.rs` and embedded ready to decode.
    Embedded,
    /// No `providers.yaml`: a paste names no provider.
    None,
}

/// Loads messages and rules from `source`, reporting every problem at once. The built-in
/// set was checked by `build.rs`: it is decoded, and its messages parsed when first used.
pub fn load(source: &RuleSource) -> Result<(RuleSet, Messages), Vec<RuleError>> {
    match source {
        RuleSource::Embedded => Ok((builtin_rules()?, builtin_messages())),
        RuleSource::Dir(_) => compile(&source.files()?),
    }
}

/// Parses and validates rule and message files: what `--rules DIR` costs on every run
/// and the built-in set costs once, in `build.rs`.
pub fn compile(files: &RuleFiles) -> Result<(RuleSet, Messages), Vec<RuleError>> {
    let messages = messages(files)?;
    let rules = validate(files, &messages)?;
    Ok((rules, messages))
}

/// The messages of `files`: the built-in ones overridden by a rules directory's own.
pub fn messages(files: &RuleFiles) -> Result<Messages, Vec<RuleError>> {
    Messages::load(files.locales()).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                RuleError::at(
                    &e.file,
                    e.line as u64,
                    e.column as u64,
                    RuleErrorKind::Locale(e.detail),
                )
            })
            .collect()
    })
}

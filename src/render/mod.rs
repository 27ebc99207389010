//! Turns a diagnosis into text, JSON or Markdown. Pure: every renderer returns a
//! `String`; the caller redacts and writes it.

pub mod cost;
pub mod explain;
pub mod graph;
pub mod json;
pub mod markdown;
pub mod probe;
pub mod probe_text;
pub mod report;
pub mod rule_errors;
pub mod scenarios;
pub mod text;
pub mod usage;
pub mod watch;

use fluent::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::cli::Format;

use crate::engine::{Diagnosis, Finding};
use crate::facts::{FactType, Facts, Value, round2};
use crate::i18n::Tr;
use crate::input::error_text::ParsedError;
use crate::rules::RuleSet;

/// What a command produced, as data: `Serialize` gives its JSON (which carries
/// `schema_version`), the two methods its text and its Markdown, both in the user's language.
pub trait Rendered: Serialize {
    fn text(&self, tr: &Tr<'_>, layout: text::Layout) -> String;
    fn markdown(&self, tr: &Tr<'_>) -> String;
}

/// The one output path of a command: its data in the chosen format.
pub fn output(value: &impl Rendered, format: Format, tr: &Tr<'_>, layout: text::Layout) -> String {
    match format {
        Format::Text => value.text(tr, layout),
        Format::Json => to_json(value),
        Format::Markdown => value.markdown(tr),
    }
}

/// Pretty JSON and a final line break: one object on stdout.
pub fn to_json(value: &impl Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// Everything a renderer needs about one run.
pub struct View<'a> {
    pub rules: &'a RuleSet,
    pub diagnosis: &'a Diagnosis,
    pub facts: &'a Facts,
    pub error: Option<&'a ParsedError>,
    pub tr: Tr<'a>,
    pub verbose: bool,
    /// The live checks of a `--probe` run, when there was one.
    pub probes: Option<&'a crate::probe::ProbeReport>,
}

/// A finding's texts in the chosen language.
pub struct FindingText {
    pub title: String,
    pub explanation: String,
    pub fixes: Vec<String>,
    pub source: String,
}

impl<'a> View<'a> {
    /// Message arguments: every known and computed fact, plus the error's official wording.
    pub fn args(&self) -> FluentArgs<'a> {
        let mut args = FluentArgs::new();
        let mut set = |key: &str, value: &Value| {
            let v: FluentValue<'a> = match value {
                Value::Number(n) => FluentValue::from(round2(*n)),
                Value::Text(t) => FluentValue::from(t.clone()),
                Value::Date { text, .. } => FluentValue::from(text.clone()),
            };
            args.set(key.to_string(), v);
        };
        for (key, known) in self.facts.iter() {
            set(key, &known.value);
        }
        for (key, value) in &self.diagnosis.derived {
            match value {
                // Money reads as dollars and cents: $0.70, not $0.7.
                Value::Number(n) if key.ends_with("_usd") => {
                    set(key, &Value::Text(format!("{n:.2}")))
                }
                _ => set(key, value),
            }
        }
        args.set("unit_usd", self.rules.pricing.unit_usd);
        if let Some(code) = self.code() {
            args.set("error_meaning", self.tr.tr(&code.meaning_key()));
            args.set("error_solution", self.tr.tr(&code.solution_key()));
            args.set("http", code.http);
        }
        args
    }

    fn code(&self) -> Option<&'a crate::rules::ErrorCode> {
        let code = self.facts.get("error_code").and_then(Value::as_number)?;
        self.rules.codes.get(u32::try_from(code as i64).ok()?)
    }

    /// A finding's texts (its variant's, when it has one) in the chosen language.
    pub fn finding_text(&self, finding: &Finding, args: &FluentArgs<'_>) -> FindingText {
        let variant = finding.variant.as_deref();
        match self.rules.findings.get(&finding.id) {
            Some(def) => FindingText {
                title: self.tr.tr_args(&def.title_key(variant), Some(args)),
                explanation: reflow(&self.tr.tr_args(&def.explanation_key(variant), Some(args))),
                // A fix a known fact rules out renders empty and is left out.
                fixes: def
                    .fixes(variant)
                    .iter()
                    .map(|k| self.tr.tr_args(k, Some(args)))
                    .filter(|fix| !fix.trim().is_empty())
                    .collect(),
                source: def.source.clone(),
            },
            None => FindingText {
                title: finding.id.clone(),
                explanation: String::new(),
                fixes: Vec::new(),
                source: String::new(),
            },
        }
    }

    /// The headline: the error code and message, the pasted text, or "check-up".
    pub fn header(&self) -> String {
        let mut args = FluentArgs::new();
        let message = self.error.and_then(|e| e.message.clone());
        if let Some(code) = self.facts.get("error_code") {
            args.set("code", code.to_string());
            let message = message.or_else(|| self.code().map(|c| self.tr.tr(&c.meaning_key())));
            args.set("message", message.unwrap_or_default());
            self.tr.tr_args("ui-header-code", Some(&args))
        } else if let Some(message) = message {
            args.set("message", message);
            self.tr.tr_args("ui-header-text", Some(&args))
        } else {
            self.tr.tr("ui-header-checkup")
        }
    }

    /// "Answer with --set KEY=…" for an unknown fact, with an example value.
    pub fn answer_hint(&self, fact: &str) -> String {
        let example = match self.rules.facts.get(fact).map(|d| &d.kind) {
            Some(FactType::Enum(values)) => values
                .iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join("|"),
            Some(FactType::Date) => "YYYY-MM-DD".into(),
            Some(FactType::Integer | FactType::Number) => "N".into(),
            Some(FactType::Model) => "kling-v2-6".into(),
            _ => "…".into(),
        };
        let mut args = FluentArgs::new();
        args.set("fact", fact.to_string());
        args.set("example", example);
        self.tr.tr_args("ui-answer-hint", Some(&args))
    }

    pub fn summary(&self, exit: u8) -> String {
        let d = self.diagnosis;
        let mut args = FluentArgs::new();
        args.set("errors", d.count(crate::rules::Severity::Error));
        args.set("warnings", d.count(crate::rules::Severity::Warning));
        args.set("unchecked", d.not_checked());
        args.set("exit", exit);
        self.tr.tr_args("ui-summary", Some(&args))
    }
}

/// Joins the lines of a message into one paragraph: line breaks in `.ftl` files are
/// for their authors; renderers wrap to their own width.
pub fn reflow(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

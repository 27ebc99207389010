//! What every target shares: the built-in rules loaded once, and one diagnosis run
//! end to end (evaluate, render in every format, redact) with the contract's checks.

use kling_doctor::cli::Format;
use kling_doctor::engine;
use kling_doctor::facts::Facts;
use kling_doctor::input::error_text::ParsedError;
use kling_doctor::i18n::{Lang, Messages};
use kling_doctor::redact::Redactor;
use kling_doctor::render::report::ReportEnv;
use kling_doctor::render::text::Layout;
use kling_doctor::render::{self, View};
use kling_doctor::rules::{self, RuleSet, RuleSource};

/// A fake secret: it must never survive redaction.
pub const CANARY: &str = "kd-fuzz-canary-Zq8Lm2Xv7Rt4";

thread_local! {
    // `Messages` is not `Sync`; libFuzzer runs the target on one thread.
    static BUILTIN: &'static (RuleSet, Messages) = Box::leak(Box::new(
        rules::load(&RuleSource::Embedded).unwrap_or_else(|_| panic!("built-in rules are valid")),
    ));
}

/// The built-in rules and messages, loaded once.
#[allow(dead_code, reason = "the rules target builds its own rule set")]
pub fn builtin() -> &'static (RuleSet, Messages) {
    BUILTIN.with(|b| *b)
}

pub fn now() -> jiff::Timestamp {
    "2026-11-25T12:00:00Z".parse().unwrap_or_else(|_| panic!("valid timestamp"))
}

/// Evaluates `facts` and renders the result in the language and format `pick` chooses
/// (one per run keeps the targets fast; the input decides, so a crash reproduces).
pub fn diagnose(
    rules: &RuleSet,
    messages: &Messages,
    facts: &Facts,
    error: Option<&ParsedError>,
    pick: usize,
) {
    let diagnosis = engine::evaluate(rules, facts, now());
    let exit = u8::from(diagnosis.has_problems());
    let view = View {
        rules,
        diagnosis: &diagnosis,
        facts,
        error,
        tr: messages.tr(Lang::ALL[pick % 2]),
        verbose: true,
        probes: None,
    };
    let format = [Format::Json, Format::Text, Format::Markdown][pick / 2 % 3];
    let out = match format {
        Format::Text => render::text::render(&view, Layout { color: false, width: 100 }, exit, None),
        Format::Json => render::json::render(&view),
        Format::Markdown => render::markdown::render(&view, &ReportEnv::default(), exit),
    };
    let out = Redactor::new([CANARY.to_string()]).redact(&out);
    assert!(!out.contains(CANARY), "canary survived redaction");
    if format == Format::Json {
        let json: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("JSON output: {e}"));
        for key in ["schema_version", "findings", "facts", "unknown", "trace", "probes"] {
            assert!(json.get(key).is_some(), "JSON output lacks `{key}`");
        }
    }
}

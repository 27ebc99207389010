//! The support report: what a support engineer needs beyond the diagnosis (versions,
//! platform, API base, authentication kind, which variables `.env` set, where each fact
//! came from). `.json` files get
//! the contract's JSON plus these blocks; anything else gets the Markdown of `markdown.rs`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::{View, json, markdown};
use crate::config::{AuthKind, Config};
use crate::facts::{Origin, Value};
use crate::rules::{RuleSet, RuleSource};

/// The setup a report describes, gathered by the command (renderers stay pure).
/// Holds kinds and names only, never a credential's value. `Default` is an empty
/// setup, for renderers exercised without a command (property tests, fuzzing).
#[derive(Default)]
pub struct ReportEnv {
    pub tool_version: &'static str,
    /// `None` for the built-in rules, else the `--rules` directory.
    pub rules_dir: Option<String>,
    pub rules_digest: String,
    pub os: &'static str,
    pub arch: &'static str,
    /// The Kling base URL probes use (`ProbeConfig`'s); `None` when it is refused.
    pub api_base: Option<String>,
    pub auth: AuthKind,
    pub credential_vars: Vec<&'static str>,
    /// Names of the variables whose value came from `.env`.
    pub dotenv_vars: Vec<String>,
    /// `Config.now` in UTC, to the second.
    pub generated_at: String,
}

impl ReportEnv {
    pub fn new(config: &Config, rules: &RuleSet) -> ReportEnv {
        ReportEnv {
            tool_version: env!("CARGO_PKG_VERSION"),
            rules_dir: match &config.rules {
                RuleSource::Embedded => None,
                RuleSource::Dir(dir) => Some(dir.display().to_string()),
            },
            rules_digest: rules.digest.clone(),
            os: std::env::consts::OS,
            arch: std::env::consts::ARCH,
            api_base: config
                .probe
                .as_ref()
                .ok()
                .map(|probe| probe.kling_base.to_string()),
            auth: config.auth,
            credential_vars: config.credential_vars.clone(),
            dotenv_vars: config.dotenv_vars.clone(),
            generated_at: config.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        }
    }
}

/// Message key naming an authentication kind.
pub fn auth_key(auth: AuthKind) -> &'static str {
    match auth {
        AuthKind::ApiKey => "report-auth-api-key",
        AuthKind::AccessKeyJwt => "report-auth-ak-sk-jwt",
        AuthKind::AccessKeyIncomplete => "report-auth-ak-sk-incomplete",
        AuthKind::None => "report-auth-none",
    }
}

/// The error the user gave, as far as it could be read.
#[derive(Serialize)]
pub struct GivenError {
    /// The text as pasted (the output is redacted on the way out).
    pub text: Option<String>,
    pub code: Option<u32>,
    pub message: Option<String>,
    /// The status in the pasted text (a `curl -i` dump), if any.
    pub http_status: Option<u16>,
    /// The status Kling documents for `code`.
    pub official_http_status: Option<u16>,
    pub request_id: Option<String>,
}

impl GivenError {
    /// `None` when no error was given at all (a general check-up).
    pub fn of(view: &View<'_>) -> Option<GivenError> {
        let text = |key: &str| match view.facts.get(key) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let number = |key: &str| view.facts.get(key).and_then(Value::as_number);
        let code = number("error_code").and_then(|n| u32::try_from(n as i64).ok());
        let given = GivenError {
            text: text("error"),
            code,
            message: view.error.and_then(|e| e.message.clone()),
            http_status: number("http_status").and_then(|n| u16::try_from(n as i64).ok()),
            official_http_status: code.and_then(|c| view.rules.codes.get(c)).map(|c| c.http),
            request_id: text("request_id"),
        };
        (given.text.is_some() || given.code.is_some() || given.request_id.is_some())
            .then_some(given)
    }
}

/// Message key naming where a fact came from.
pub fn origin_key(origin: Origin) -> &'static str {
    match origin {
        Origin::ErrorText => "report-origin-error-text",
        Origin::Probe => "report-origin-probe",
        Origin::AnswersFile => "report-origin-answers-file",
        Origin::Wizard => "report-origin-wizard",
        Origin::Flag => "report-origin-flag",
    }
}

/// Whether `path` gets the JSON report (by its extension, in any case).
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// The report for `path`: JSON for `.json`, Markdown otherwise.
pub fn render(view: &View<'_>, env: &ReportEnv, path: &Path, exit: u8) -> String {
    if is_json(path) {
        render_json(view, env)
    } else {
        markdown::render(view, env, exit)
    }
}

#[derive(Serialize)]
struct JsonReport {
    #[serde(flatten)]
    diagnosis: json::Output,
    environment: EnvironmentOut,
    error: Option<GivenError>,
    fact_origins: BTreeMap<String, Origin>,
    /// For the user to fill in before sending.
    already_tried: Vec<String>,
}

#[derive(Serialize)]
struct EnvironmentOut {
    tool_version: &'static str,
    rules: RulesOut,
    os: &'static str,
    arch: &'static str,
    lang: &'static str,
    api_base: Option<String>,
    auth: &'static str,
    credential_vars: Vec<&'static str>,
    dotenv_vars: Vec<String>,
    generated_at: String,
}

#[derive(Serialize)]
struct RulesOut {
    /// `built-in` or the `--rules` directory.
    source: String,
    digest: String,
}

/// The contract's JSON object plus `environment`, `error`, `fact_origins` and `already_tried`.
pub fn render_json(view: &View<'_>, env: &ReportEnv) -> String {
    let report = JsonReport {
        diagnosis: json::output(view),
        environment: EnvironmentOut {
            tool_version: env.tool_version,
            rules: RulesOut {
                source: env
                    .rules_dir
                    .clone()
                    .unwrap_or_else(|| "built-in".to_string()),
                digest: env.rules_digest.clone(),
            },
            os: env.os,
            arch: env.arch,
            lang: view.tr.lang.code(),
            api_base: env.api_base.clone(),
            auth: env.auth.id(),
            credential_vars: env.credential_vars.clone(),
            dotenv_vars: env.dotenv_vars.clone(),
            generated_at: env.generated_at.clone(),
        },
        error: GivenError::of(view),
        fact_origins: view
            .facts
            .iter()
            .map(|(k, known)| (k.to_string(), known.origin))
            .collect(),
        already_tried: Vec::new(),
    };
    let mut s = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_origin_and_auth_kind_is_worded_in_both_languages() {
        let (_, messages) = crate::rules::load(&RuleSource::Embedded)
            .unwrap_or_else(|e| panic!("built-in rules: {e:?}"));
        let origins = [
            Origin::ErrorText,
            Origin::Probe,
            Origin::AnswersFile,
            Origin::Wizard,
            Origin::Flag,
        ];
        let auths = [
            AuthKind::ApiKey,
            AuthKind::AccessKeyJwt,
            AuthKind::AccessKeyIncomplete,
            AuthKind::None,
        ];
        let keys = origins
            .map(origin_key)
            .into_iter()
            .chain(auths.map(auth_key))
            .chain(["report-origin-computed"]);
        for key in keys {
            for lang in Lang::ALL {
                assert!(messages.has(lang, key), "{key} missing in {lang}");
            }
        }
    }

    #[test]
    fn the_extension_picks_the_format() {
        for (path, json) in [
            ("r.json", true),
            ("R.JSON", true),
            ("r.md", false),
            ("report", false),
            ("r.json.md", false),
        ] {
            assert_eq!(is_json(Path::new(path)), json, "{path}");
        }
    }
}

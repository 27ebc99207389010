//! Gathers facts from what the user typed: `--error`, `--answers FILE`, `--set KEY=VALUE`,
//! `--request FILE` and pastes (`error_text`). Every value goes through the catalogue, so a
//! bad key or value is caught here (exit 2). It sits above `rules` and `error`: reading
//! needs the rule set and words its refusals as `AppError`.

pub mod error_text;

use std::collections::BTreeMap;

use serde_json::Value as Json;

use crate::error::AppError;
use crate::facts::key;
use crate::facts::{FactDef, Facts, Origin, Value};
use crate::rules::RuleSet;
use crate::rules::providers::{Reading, Subject};
use error_text::ParsedError;

/// Largest answers file read, so a wrong path cannot make us swallow a huge file.
pub const MAX_ANSWERS_BYTES: usize = 1024 * 1024;

/// Parses the pasted error and records `error`, `error_code`, `request_id` and
/// `http_status`, what the provider signatures (`rules/providers.yaml`) read from it, and
/// the request it shows (URL, body) with its own origin.
pub fn apply_error(facts: &mut Facts, text: &str, rules: &RuleSet, origin: Origin) -> ParsedError {
    let paste = error_text::read(text, &rules.codes);
    let mut parsed = paste.error.clone();
    facts.insert(key::ERROR, Value::Text(text.trim().to_string()), origin);
    let origin_of_parts = origin.min(Origin::ErrorText);
    let reading = read_signatures(rules, &paste);
    if reading.upstream {
        // The provider's own Kling account answered: its code is not about yours.
        if let Some(code) = parsed.code.take() {
            insert_raw(
                facts,
                rules,
                key::UPSTREAM_CODE,
                &code.to_string(),
                origin_of_parts,
            );
        }
    }
    if let Some(code) = parsed.code {
        facts.insert(
            key::ERROR_CODE,
            Value::Number(f64::from(code)),
            origin_of_parts,
        );
    }
    if let Some(id) = &parsed.request_id {
        facts.insert(key::REQUEST_ID, Value::Text(id.clone()), origin_of_parts);
    }
    if let Some(status) = parsed.http_status {
        facts.insert(
            key::HTTP_STATUS,
            Value::Number(f64::from(status)),
            origin_of_parts,
        );
    }
    for (key, raw) in &reading.facts {
        if reading.upstream && key == key::ERROR_CODE {
            continue;
        }
        insert_raw(facts, rules, key, raw, origin_of_parts);
        if key == key::ERROR_CODE
            && let Ok(code) = raw.parse()
        {
            parsed.code = Some(code);
        }
    }
    for (key, raw) in &reading.request {
        insert_raw(facts, rules, key, raw, origin.min(Origin::Request));
    }
    parsed
}

/// `--request FILE`: the request body as sent (or a curl command), read for its facts.
pub fn apply_request(facts: &mut Facts, text: &str, rules: &RuleSet) {
    let paste = error_text::read_request(text);
    for (key, raw) in &read_signatures(rules, &paste).request {
        insert_raw(facts, rules, key, raw, Origin::Request);
    }
}

/// What `rules/providers.yaml` reads from a paste; nothing when it is broken (`rules
/// check` reports it; a `--rules DIR` copy is checked when it is loaded).
fn read_signatures(rules: &RuleSet, paste: &error_text::Paste) -> Reading {
    let Ok(providers) = rules.providers() else {
        return Reading::default();
    };
    providers.read(&Subject {
        flat: &paste.flat,
        objects: &paste.objects,
        http_status: paste.error.http_status,
        host: paste.host.as_deref(),
        path: paste.path.as_deref(),
        body: paste.body.as_ref(),
    })
}

/// Types a value read from a paste; one the fact does not accept (a reseller's own model
/// name, say) is left out rather than refused: the paste is not the user's typing.
fn insert_raw(facts: &mut Facts, rules: &RuleSet, key: &str, raw: &str, origin: Origin) {
    if let Some(def) = rules.facts.get(key)
        && let Ok(value) = rules.facts.parse(def, raw, &rules.pricing)
    {
        facts.insert(key, value, origin);
    }
}

/// Records one `key = raw` pair after checking the key and typing the value.
/// `error` is read like `--error`.
pub fn apply_pair(
    facts: &mut Facts,
    key: &str,
    raw: &str,
    origin: Origin,
    rules: &RuleSet,
) -> Result<Option<ParsedError>, AppError> {
    let key = key.trim();
    let def = known_fact(rules, key)?;
    if key == key::ERROR {
        return Ok(Some(apply_error(facts, raw, rules, origin)));
    }
    facts.insert(key, typed(rules, def, raw)?, origin);
    Ok(None)
}

/// The catalogue entry of `key`, or a refusal that suggests the nearest key.
pub fn known_fact<'r>(rules: &'r RuleSet, key: &str) -> Result<&'r FactDef, AppError> {
    rules.facts.get(key).ok_or_else(|| AppError::UnknownFact {
        key: key.to_string(),
        suggestion: rules.facts.suggest(key).map(str::to_string),
    })
}

/// `raw` typed as the fact `def`, or a refusal naming the key and the value: how `--set`,
/// answers files, the wizard and `cost`'s flags all read a value.
pub fn typed(rules: &RuleSet, def: &FactDef, raw: &str) -> Result<Value, AppError> {
    rules
        .facts
        .parse(def, raw, &rules.pricing)
        .map_err(|error| AppError::BadValue {
            key: def.key.clone(),
            value: raw.to_string(),
            error,
        })
}

/// Splits `KEY=VALUE`.
pub fn split_set(arg: &str) -> Result<(&str, &str), AppError> {
    match arg.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k, v)),
        _ => Err(AppError::SetSyntax {
            arg: arg.to_string(),
        }),
    }
}

/// Reads an answers file's text: a YAML (or JSON, which is YAML) map of fact keys to values.
pub fn parse_answers(text: &str, path: &str) -> Result<Vec<(String, String)>, AppError> {
    let fail = |detail: String| AppError::Answers {
        path: path.to_string(),
        detail,
    };
    if text.len() > MAX_ANSWERS_BYTES {
        return Err(fail(format!("larger than {MAX_ANSWERS_BYTES} bytes")));
    }
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 8,
            max_aliases: 64,
            max_nodes: 10_000,
        },
    };
    let map: BTreeMap<String, Json> =
        serde_saphyr::from_str_with_options(text, options).map_err(|e| {
            let at = e
                .location()
                .map(|l| format!("{}:{}: ", l.line(), l.column()))
                .unwrap_or_default();
            let detail = e.without_snippet().to_string();
            fail(format!("{at}{}", detail.lines().next().unwrap_or_default()))
        })?;
    map.into_iter()
        .map(|(k, v)| match v {
            Json::String(s) => Ok((k, s)),
            Json::Number(n) => Ok((k, n.to_string())),
            Json::Bool(b) => Ok((k, if b { "yes".into() } else { "no".into() })),
            other => Err(fail(format!("`{k}`: expected a single value, got {other}"))),
        })
        .collect()
}

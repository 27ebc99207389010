//! `rules/providers.yaml`: who answered a pasted error and what it means, as data.
//! Read only when there is pasted text (or by `rules check`), so runs without a paste pay
//! nothing for it; the built-in file is checked by `build.rs` and embedded decoded, and
//! each regex is built only for a paste that could match it (`lazy_regex`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use serde_saphyr::{Location, Spanned};

use super::lazy_regex::LazyRegex;
use super::source::RuleFile;
use super::{Condition, RuleError, RuleErrorKind, RuleSet, Step, yaml};
use crate::facts::Value;
use crate::suggest::closest;

/// The file, relative to the rules directory.
pub const FILE: &str = "providers.yaml";

/// The fact a matched pattern names its finding in (`id` or `id:variant`).
pub const PASTE_FINDING: &str = "paste_finding";

/// # kling-doctor provider signatures (rules/providers.yaml)
///
/// Who answered a pasted error and what it means: hosts, paths, auth header shapes and
/// error patterns per provider, plus how a pasted request is read. Checked by
/// `kling-doctor rules check`.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub providers: Vec<RawProvider>,
    pub request: RawRequest,
}

/// A provider: how to recognise it and the errors it answers with.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawProvider {
    /// A value of the `provider` fact.
    #[cfg_attr(test, schemars(with = "String"))]
    pub id: Spanned<String>,
    /// URL hosts; `*.` matches any subdomain.
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Regexes on the URL path, used when the host is not a known one.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>"))]
    pub paths: Vec<Spanned<String>>,
    /// Regexes on auth header shapes, used when nothing else names the provider.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Vec<String>"))]
    pub auth: Vec<Spanned<String>>,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub source: String,
    #[serde(default)]
    pub errors: Vec<RawPattern>,
}

/// An error pattern: what it matches in a paste and what it says.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawPattern {
    #[cfg_attr(test, schemars(with = "String"))]
    pub id: Spanned<String>,
    /// Dotted path → regex, all on one JSON object of the paste; strings holding JSON are
    /// read through.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, String>"))]
    pub json: BTreeMap<String, Spanned<String>>,
    /// Regex on the paste with whitespace folded; named groups feed `$name` fact values.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub text: Option<Spanned<String>>,
    /// HTTP statuses the paste must have, if any.
    #[serde(default)]
    #[cfg_attr(test, schemars(inner(range(min = 100, max = 599))))]
    pub status: Vec<u16>,
    /// Set as `paste_finding`; checks/15-pasted-error.yaml must turn it into this finding.
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub finding: Option<Spanned<String>>,
    #[serde(default)]
    #[cfg_attr(test, schemars(with = "Option<String>"))]
    pub variant: Option<Spanned<String>>,
    /// fact → literal, `$capture` or `@json.path`.
    // A number is read as its text, so the schema takes one too.
    #[serde(default)]
    #[cfg_attr(test, schemars(
        with = "BTreeMap<String, String>",
        extend("additionalProperties" = { "type": ["string", "number"] }),
    ))]
    pub facts: BTreeMap<String, Spanned<String>>,
    /// A Kling code in the paste is the provider's own Kling account's (kept as
    /// `upstream_code`).
    #[serde(default)]
    pub upstream: bool,
    /// false: the pattern says nothing about who answered.
    #[serde(default = "yes")]
    pub names_provider: bool,
    #[cfg_attr(test, schemars(length(min = 1)))]
    pub source: String,
}

fn yes() -> bool {
    true
}

/// How a pasted request is read.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawRequest {
    pub paths: Vec<RawPath>,
    /// fact → body field paths, first present wins.
    pub body: BTreeMap<String, Vec<String>>,
}

/// A request path: which product and endpoint it is.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(super) struct RawPath {
    /// Regex on the URL path.
    #[serde(rename = "match")]
    #[cfg_attr(test, schemars(with = "String"))]
    pub pattern: Spanned<String>,
    #[cfg_attr(test, schemars(with = "String", extend("enum" = ["video", "image", "try-on"])))]
    pub product: Spanned<String>,
    /// Template: `$1` inserts the first group of `match`.
    pub endpoint: String,
}

/// The checked signatures; `build.rs` embeds the built-in ones in this form.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Providers {
    providers: Vec<Provider>,
    paths: Vec<PathRule>,
    body: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Provider {
    id: String,
    hosts: Vec<String>,
    paths: Vec<LazyRegex>,
    auth: Vec<LazyRegex>,
    patterns: Vec<Pattern>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Pattern {
    json: Vec<(String, LazyRegex)>,
    text: Option<LazyRegex>,
    status: Vec<u16>,
    finding: Option<String>,
    facts: Vec<(String, String)>,
    upstream: bool,
    names_provider: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct PathRule {
    pattern: LazyRegex,
    product: String,
    endpoint: String,
}

/// What one paste needs from the signatures.
pub struct Subject<'a> {
    /// The paste, whitespace folded.
    pub flat: &'a str,
    pub objects: &'a [Json],
    pub http_status: Option<u16>,
    pub host: Option<&'a str>,
    pub path: Option<&'a str>,
    pub body: Option<&'a Json>,
}

/// What the signatures read: facts as raw text (typed by the caller through the fact
/// catalogue), which are the request's, and whether a Kling code is the provider's own.
#[derive(Debug, Default, PartialEq)]
pub struct Reading {
    pub facts: Vec<(String, String)>,
    pub request: Vec<(String, String)>,
    pub upstream: bool,
}

impl Providers {
    /// Reads `subject`: provider (host, then path, then error pattern, then auth shape),
    /// every matching pattern's facts, the first finding, and the request facts.
    pub fn read(&self, s: &Subject<'_>) -> Reading {
        let mut out = Reading::default();
        let by_host = s.host.map(|host| {
            self.providers
                .iter()
                .find(|p| p.hosts.iter().any(|h| host_matches(h, host)))
                .map_or("other", |p| p.id.as_str())
        });
        let by_path = s.path.and_then(|path| {
            self.providers
                .iter()
                .find(|p| p.paths.iter().any(|re| re.is_match(path)))
                .map(|p| p.id.as_str())
        });
        let mut by_pattern = None;
        let mut finding = None;
        for provider in &self.providers {
            for pattern in &provider.patterns {
                let Some(captured) = pattern.matches(s) else {
                    continue;
                };
                if pattern.names_provider {
                    by_pattern.get_or_insert(provider.id.as_str());
                }
                if pattern.finding.is_some() && finding.is_none() {
                    finding = pattern.finding.clone();
                }
                out.upstream |= pattern.upstream;
                for (key, template) in &pattern.facts {
                    if let Some(value) = fill(template, &captured) {
                        out.facts.push((key.clone(), value));
                    }
                }
            }
        }
        let by_auth = || {
            self.providers
                .iter()
                .find(|p| p.auth.iter().any(|re| re.is_match(s.flat)))
                .map(|p| p.id.as_str())
        };
        let known_host = by_host.filter(|p| *p != "other");
        if let Some(provider) = known_host
            .or(by_path)
            .or(by_pattern)
            .or_else(by_auth)
            .or(by_host)
        {
            out.facts.push(("provider".into(), provider.into()));
        }
        if let Some(finding) = finding {
            out.facts.push((PASTE_FINDING.into(), finding));
        }
        if let Some(host) = s.host {
            out.request.push(("api_host".into(), host.to_string()));
        }
        if let Some(path) = s.path
            && let Some((rule, caps)) = self
                .paths
                .iter()
                .find_map(|r| r.pattern.get(path)?.captures(path).map(|c| (r, c)))
        {
            let mut endpoint = String::new();
            caps.expand(&rule.endpoint, &mut endpoint);
            out.request.push(("product".into(), rule.product.clone()));
            out.request.push(("endpoint".into(), endpoint));
        }
        if let Some(body) = s.body {
            for (fact, paths) in &self.body {
                if let Some(value) = paths.iter().find_map(|p| scalar(lookup(body, p)?)) {
                    out.request.push((fact.clone(), value));
                }
            }
        }
        out
    }
}

/// Captured values of one match: text groups by name and number, and the matched object.
struct Captured<'a> {
    groups: BTreeMap<String, String>,
    object: Option<&'a Json>,
}

impl Pattern {
    fn matches<'a>(&self, s: &Subject<'a>) -> Option<Captured<'a>> {
        if !self.status.is_empty() && !s.http_status.is_some_and(|st| self.status.contains(&st)) {
            return None;
        }
        let mut groups = BTreeMap::new();
        if let Some(text) = &self.text {
            let re = text.get(s.flat)?;
            let caps = re.captures(s.flat)?;
            for (i, name) in re.capture_names().enumerate() {
                if let Some(m) = caps.get(i) {
                    groups.insert(i.to_string(), m.as_str().trim().to_string());
                    if let Some(name) = name {
                        groups.insert(name.to_string(), m.as_str().trim().to_string());
                    }
                }
            }
        }
        let object = if self.json.is_empty() {
            None
        } else {
            Some(s.objects.iter().find(|o| {
                self.json.iter().all(|(path, re)| {
                    lookup(o, path)
                        .and_then(scalar)
                        .is_some_and(|v| re.is_match(&v))
                })
            })?)
        };
        Some(Captured { groups, object })
    }
}

/// `$name`/`$1` → a text capture; `@path` → a value of the matched JSON object; else literal.
fn fill(template: &str, c: &Captured<'_>) -> Option<String> {
    let value = if let Some(name) = template.strip_prefix('$') {
        c.groups.get(name).cloned()
    } else if let Some(path) = template.strip_prefix('@') {
        c.object.and_then(|o| scalar(lookup(o, path)?))
    } else {
        Some(template.to_string())
    };
    value.filter(|v| !v.trim().is_empty())
}

/// The value at a dotted path; a string holding JSON is read through (`message.code`).
pub fn lookup<'a>(value: &'a Json, path: &str) -> Option<std::borrow::Cow<'a, Json>> {
    use std::borrow::Cow;
    let mut at: Cow<'a, Json> = Cow::Borrowed(value);
    for step in path.split('.') {
        let inner = match &at {
            Cow::Borrowed(Json::String(s)) | Cow::Owned(Json::String(s)) => {
                Cow::Owned(json_in_string(s)?)
            }
            _ => at,
        };
        at = match inner {
            Cow::Borrowed(v) => Cow::Borrowed(v.get(step)?),
            Cow::Owned(v) => Cow::Owned(v.get(step)?.clone()),
        };
    }
    Some(at)
}

/// A string, number or boolean as text; objects, arrays and null are no value.
/// The JSON object a string holds, when it holds one.
pub fn json_in_string(s: &str) -> Option<Json> {
    let s = s.trim();
    if !s.starts_with('{') {
        return None;
    }
    match serde_json::from_str::<Json>(s) {
        Ok(v @ Json::Object(_)) => Some(v),
        _ => None,
    }
}

fn scalar(value: std::borrow::Cow<'_, Json>) -> Option<String> {
    match value.as_ref() {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `*.fal.media` matches any subdomain of `fal.media`; other names match exactly.
fn host_matches(pattern: &str, host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(domain) => host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.')),
        None => host == pattern.to_ascii_lowercase(),
    }
}

/// Parses and checks `providers.yaml` against `rules`.
pub fn load(file: &RuleFile, rules: &RuleSet) -> Result<Providers, Vec<RuleError>> {
    let raw: RawFile = yaml::parse(file, "providers").map_err(|e| vec![*e])?;
    let mut v = Checker {
        file: &file.display,
        rules,
        errors: Vec::new(),
    };
    let providers = raw.providers.into_iter().map(|p| v.provider(p)).collect();
    let paths = raw
        .request
        .paths
        .into_iter()
        .filter_map(|p| {
            v.literal("product", &p.product);
            Some(PathRule {
                pattern: v.regex(&p.pattern)?,
                product: p.product.value,
                endpoint: p.endpoint,
            })
        })
        .collect();
    for key in raw.request.body.keys() {
        if rules.facts.get(key).is_none() {
            v.unknown_fact(key, None);
        }
    }
    if v.errors.is_empty() {
        Ok(Providers {
            providers,
            paths,
            body: raw.request.body.into_iter().collect(),
        })
    } else {
        Err(v.errors)
    }
}

struct Checker<'a> {
    file: &'a str,
    rules: &'a RuleSet,
    errors: Vec<RuleError>,
}

impl Checker<'_> {
    fn push(&mut self, at: Location, width: usize, kind: RuleErrorKind) {
        self.errors
            .push(RuleError::at(self.file, at.line(), at.column(), kind).with_width(width));
    }

    fn regex(&mut self, source: &Spanned<String>) -> Option<LazyRegex> {
        match LazyRegex::new(&source.value) {
            Ok(re) => Some(re),
            Err(e) => {
                let detail = e.to_string().lines().last().unwrap_or_default().to_string();
                let kind = RuleErrorKind::BadPattern { detail };
                self.push(source.referenced, source.value.len(), kind);
                None
            }
        }
    }

    /// `at`: where the key is, when the parser kept its place (map keys lose it).
    fn unknown_fact(&mut self, key: &str, at: Option<Location>) {
        let suggestion = closest(key, self.rules.facts.iter().map(|d| d.key.as_str()));
        let kind = RuleErrorKind::UnknownFact {
            fact: key.to_string(),
            suggestion: suggestion.map(str::to_string),
        };
        match at {
            Some(at) => self.push(at, key.len(), kind),
            None => self.errors.push(RuleError::at(self.file, 1, 1, kind)),
        }
    }

    /// A literal value of `fact` must be one the fact accepts.
    fn literal(&mut self, fact: &str, value: &Spanned<String>) {
        let Some(def) = self.rules.facts.get(fact) else {
            return self.unknown_fact(fact, Some(value.referenced));
        };
        if self
            .rules
            .facts
            .parse(def, &value.value, &self.rules.pricing)
            .is_err()
        {
            let kind = RuleErrorKind::bad_literal(fact, &value.value, &def.kind);
            self.push(value.referenced, value.value.len(), kind);
        }
    }

    /// Every signature cites where its wording comes from (resellers.md's confidence marks).
    fn sourced(&mut self, id: &Spanned<String>, source: &str) {
        if source.trim().is_empty() {
            let kind = RuleErrorKind::BadPattern {
                detail: "needs a `source`".into(),
            };
            self.push(id.referenced, id.value.len(), kind);
        }
    }

    fn provider(&mut self, raw: RawProvider) -> Provider {
        self.literal("provider", &raw.id);
        self.sourced(&raw.id, &raw.source);
        Provider {
            id: raw.id.value,
            hosts: raw.hosts,
            paths: raw.paths.iter().filter_map(|p| self.regex(p)).collect(),
            auth: raw.auth.iter().filter_map(|p| self.regex(p)).collect(),
            patterns: raw.errors.into_iter().map(|p| self.pattern(p)).collect(),
        }
    }

    fn pattern(&mut self, raw: RawPattern) -> Pattern {
        self.sourced(&raw.id, &raw.source);
        if raw.json.is_empty() && raw.text.is_none() {
            let kind = RuleErrorKind::BadPattern {
                detail: "needs `json` or `text`".into(),
            };
            self.push(raw.id.referenced, raw.id.value.len(), kind);
        }
        let finding = raw
            .finding
            .as_ref()
            .map(|f| self.finding(f, raw.variant.as_ref()));
        for (key, value) in &raw.facts {
            if value.value.starts_with(['$', '@']) {
                if self.rules.facts.get(key).is_none() {
                    self.unknown_fact(key, Some(value.referenced));
                }
            } else {
                self.literal(key, value);
            }
        }
        Pattern {
            json: raw
                .json
                .iter()
                .filter_map(|(path, re)| Some((path.clone(), self.regex(re)?)))
                .collect(),
            text: raw.text.as_ref().and_then(|t| self.regex(t)),
            status: raw.status,
            finding,
            facts: raw.facts.into_iter().map(|(k, v)| (k, v.value)).collect(),
            upstream: raw.upstream,
            names_provider: raw.names_provider,
        }
    }

    /// The `paste_finding` value of a pattern's finding, which must exist (with its
    /// variant) and be turned into that finding by a check on `paste_finding`.
    fn finding(&mut self, id: &Spanned<String>, variant: Option<&Spanned<String>>) -> String {
        let Some(def) = self.rules.findings.get(&id.value) else {
            let suggestion = closest(&id.value, self.rules.findings.keys().map(String::as_str));
            let kind = RuleErrorKind::UnknownFinding {
                id: id.value.clone(),
                suggestion: suggestion.map(str::to_string),
            };
            self.push(id.referenced, id.value.len(), kind);
            return id.value.clone();
        };
        if let Some(v) = variant
            && !def.variants.contains_key(&v.value)
        {
            let kind = RuleErrorKind::UnknownVariant {
                finding: id.value.clone(),
                variant: v.value.clone(),
            };
            self.push(v.referenced, v.value.len(), kind);
        }
        let value = match variant {
            Some(v) => format!("{}:{}", id.value, v.value),
            None => id.value.clone(),
        };
        let wanted = Value::Text(value.clone());
        let emitted = self.rules.checks.iter().flat_map(|c| &c.nodes).any(|n| {
            n.fact == PASTE_FINDING
                && n.cases.iter().any(|case| {
                    matches!(&case.condition, Condition::Equals(v) if *v == wanted)
                        && matches!(&case.step, Step::Finding { id: f, variant: fv, .. }
                            if *f == id.value && fv.as_deref() == variant.map(|v| v.value.as_str()))
                })
        });
        if !emitted {
            let kind = RuleErrorKind::PasteFindingUnchecked {
                value: value.clone(),
            };
            self.push(id.referenced, id.value.len(), kind);
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_exactly_or_as_subdomains() {
        for (pattern, host, expected) in [
            ("*.klingai.com", "api-singapore.klingai.com", true),
            ("*.klingai.com", "klingai.com", false),
            ("*.klingai.com", "evilklingai.com", false),
            ("api.useapi.net", "API.useapi.net", true),
            ("api.useapi.net", "api.useapi.net.evil", false),
        ] {
            assert_eq!(host_matches(pattern, host), expected, "{pattern} / {host}");
        }
    }

    #[test]
    fn paths_read_through_json_strings() {
        let body: Json = serde_json::json!({
            "code": "fail_to_fetch_task",
            "message": "{\"code\":1102,\"message\":\"Account balance not enough\"}",
            "data": {"n": 2}
        });
        for (path, expected) in [
            ("code", Some("fail_to_fetch_task")),
            ("message.code", Some("1102")),
            ("data.n", Some("2")),
            ("data.missing", None),
            ("code.deeper", None),
        ] {
            let got = lookup(&body, path).and_then(scalar);
            assert_eq!(got.as_deref(), expected, "{path}");
        }
    }
}

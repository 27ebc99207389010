//! Reads what the user pasted after a failed call: a message, a bare code, a JSON body,
//! or a whole `curl -i` dump (status line, headers, body).

use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde_json::Value as Json;

use crate::prefilter;
use crate::rules::ErrorCatalog;
use crate::rules::providers::json_in_string;

/// What could be read out of the pasted error.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedError {
    pub code: Option<u32>,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub http_status: Option<u16>,
}

static STATUS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^\s*(?:<\s*)?HTTP/[0-9.]+\s+([1-5][0-9]{2})\b").expect("valid regex")
});
// Separators are ASCII non-word characters (`[^0-9A-Za-z_]`), not Unicode `\W`: that
// class costs milliseconds to compile on every run, and the two differ only for
// non-ASCII letters, which no error puts between a key and its value.
static STATUS_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bstatus(?:[ _]?code)?[^0-9A-Za-z_]{0,3}([1-5][0-9]{2})\b")
        .expect("valid regex")
});
static CODE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\bcode[^0-9A-Za-z_]{0,3}([0-9]{4})\b"#).expect("valid regex")
});
static BARE_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([0-9]{4})\b").expect("valid regex"));
static REQUEST_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\brequest[_-]?id[^0-9A-Za-z_]{0,4}([A-Za-z0-9][A-Za-z0-9-]{3,80})"#)
        .expect("valid regex")
});

/// Largest paste read; anything after it is ignored (a paste is a few kilobytes).
pub const MAX_PASTE_BYTES: usize = 1024 * 1024;

/// Most `{` positions tried as the start of a JSON object: with this bound the search is
/// linear in the paste's length whatever it holds.
const MAX_JSON_STARTS: usize = 256;

/// Most JSON objects kept from one paste, those read out of JSON strings included.
const MAX_OBJECTS: usize = 32;

/// How deep JSON strings holding JSON are read through (a curl dump of a gateway's
/// answer holding Kling's answer is two levels).
const MAX_STRING_DEPTH: usize = 4;

/// Everything read out of one paste in one pass: the error's parts, every JSON object,
/// the request (URL and body) and the text with whitespace folded.
#[derive(Debug, Clone, Default)]
pub struct Paste {
    pub error: ParsedError,
    /// Every JSON object found, in order, followed by those read out of JSON strings.
    pub objects: Vec<Json>,
    /// The request body: the object that names a model or a prompt.
    pub body: Option<Json>,
    pub host: Option<String>,
    pub path: Option<String>,
    /// The paste with each run of whitespace folded into one space, so wrapped lines
    /// read as one.
    pub flat: String,
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)https?://([a-z0-9.-]+)(?::[0-9]{1,5})?(/[^\s'\x22<>`]*)?")
        .expect("valid regex")
});
static REQUEST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[>\s]*(?:GET|POST|PUT|PATCH|DELETE)\s+(/[^\s]*)\s+HTTP/")
        .expect("valid regex")
});
static HOST_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^[>\s]*host:\s*([a-z0-9.-]+)").expect("valid regex"));
static CLIENT_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([45][0-9]{2}) (?:Client|Server) Error\b").expect("valid regex")
});

/// Parses `text`; `catalog` maps known messages back to their code.
pub fn parse(text: &str, catalog: &ErrorCatalog) -> ParsedError {
    read(text, catalog).error
}

/// Reads a paste: a message, a code, a JSON body, a traceback, an SDK exception line or a
/// whole `curl -v` dump, in any order.
pub fn read(text: &str, catalog: &ErrorCatalog) -> Paste {
    let text = text.trim();
    let text = &text[..floor_char_boundary(text, MAX_PASTE_BYTES)];
    let mut paste = Paste::default();
    if let Ok(n) = text.parse::<u32>() {
        if catalog.get(n).is_some() || n >= 1000 {
            paste.error.code = Some(n);
        } else if (100..600).contains(&n) {
            paste.error.http_status = Some(n as u16);
        }
        return paste;
    }
    paste.flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    paste.objects = json_objects(text);
    let body_at = paste.objects.iter().position(is_request_body);
    paste.body = body_at.map(|i| paste.objects[i].clone());
    read_target(text, &mut paste);

    let parsed = &mut paste.error;
    parsed.http_status = captures(&STATUS_LINE, "http/", text)
        .or_else(|| captures(&STATUS_WORD, "status", text))
        .or_else(|| captures(&CLIENT_ERROR, " error", text))
        .and_then(|c| c[1].parse().ok());
    for (i, object) in paste.objects.iter().enumerate() {
        if Some(i) != body_at {
            read_envelope(object, parsed);
        }
    }
    if parsed.request_id.is_none() {
        parsed.request_id = captures(&REQUEST_ID, "request", text).map(|c| c[1].to_string());
    }
    if parsed.message.is_none() {
        parsed.message = plain_message(text);
    }
    if parsed.code.is_none() {
        parsed.code = parsed
            .message
            .as_deref()
            .and_then(|m| catalog.code_for_message(m))
            .or_else(|| catalog.code_for_message(text))
            .or_else(|| captures(&CODE_WORD, "code", text).and_then(|c| c[1].parse().ok()))
            .or_else(|| {
                BARE_CODE
                    .captures_iter(text)
                    .filter_map(|c| c[1].parse().ok())
                    .find(|n| catalog.get(*n).is_some())
            });
    }
    paste
}

/// Reads only a request: a JSON body as sent (`--request FILE`), or a curl command.
pub fn read_request(text: &str) -> Paste {
    let text = text.trim();
    let text = &text[..floor_char_boundary(text, MAX_PASTE_BYTES)];
    let mut paste = Paste {
        objects: json_objects(text),
        ..Paste::default()
    };
    paste.body = paste.objects.first().cloned();
    read_target(text, &mut paste);
    paste
}

/// The URL's host and path: the first URL of an API call, else curl -v's request line
/// and `Host:` header.
fn read_target(text: &str, paste: &mut Paste) {
    let url = prefilter::mentions(text, "://")
        .then(|| {
            // Links a message tells you to open (billing, docs) are not the request.
            let urls: Vec<Captures<'_>> = URL
                .captures_iter(text)
                .take(64)
                .filter(|c| {
                    let path = c.get(2).map_or("", |p| p.as_str()).to_ascii_lowercase();
                    !["billing", "dashboard", "docs", "/app/", "/account"]
                        .iter()
                        .any(|w| path.contains(w))
                })
                .collect();
            let api = urls
                .iter()
                .position(|c| c.get(2).is_some_and(|p| p.as_str().contains("/v1/")));
            api.or((!urls.is_empty()).then_some(0)).map(|i| {
                (
                    urls[i][1].to_string(),
                    urls[i].get(2).map(|p| p.as_str().to_string()),
                )
            })
        })
        .flatten();
    let (host, path) = match url {
        Some((host, path)) => (Some(host), path),
        None => (
            captures(&HOST_HEADER, "host", text).map(|c| c[1].to_string()),
            captures(&REQUEST_LINE, "http/", text).map(|c| c[1].to_string()),
        ),
    };
    paste.host = host.map(|h| h.trim_end_matches('.').to_ascii_lowercase());
    paste.path = path.map(|p| p.split(['?', '#']).next().unwrap_or_default().to_string());
}

/// A body names what to generate; an error envelope does not.
fn is_request_body(object: &Json) -> bool {
    let has = |k: &str| object.get(k).is_some();
    (has("model_name") || has("model") || has("prompt") || has("input"))
        && !has("code")
        && !has("error")
        && !has("detail")
}

/// The largest index at most `max` that is a char boundary of `text`.
fn floor_char_boundary(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    (0..=max)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0)
}

/// `re.captures(text)`, but only when `text` holds `word`, a literal every match of `re`
/// contains: most pastes are a JSON body or a message with no status line, and a regex
/// that is never needed is never compiled (each costs a fraction of a millisecond).
fn captures<'t>(re: &LazyLock<Regex>, word: &str, text: &'t str) -> Option<Captures<'t>> {
    prefilter::mentions(text, word)
        .then(|| re.captures(text))
        .flatten()
}

/// The first `{…}` in the text that parses as a JSON object.
pub(crate) fn first_json_object(text: &str) -> Option<Json> {
    json_objects(text).into_iter().next()
}

/// Every JSON object in the text, then those held in their strings. Tried as written,
/// then with line breaks removed (a terminal wrapped the paste), then with shell
/// escapes undone (`--data "{\"model\": …}"`): the first reading that finds any wins.
pub fn json_objects(text: &str) -> Vec<Json> {
    let mut found = objects_in(text);
    if found.is_empty() && text.contains('\n') {
        found = objects_in(&text.lines().map(str::trim_end).collect::<String>());
    }
    if found.is_empty() && text.contains("\\\"") {
        found = objects_in(&text.replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    let mut i = 0;
    while i < found.len() && found.len() < MAX_OBJECTS {
        let mut inner = Vec::new();
        strings_holding_json(&found[i], 0, &mut inner);
        found.extend(inner.into_iter().take(MAX_OBJECTS - found.len()));
        i += 1;
    }
    found
}

/// Objects starting at a `{`, each search resuming after the last object found.
fn objects_in(text: &str) -> Vec<Json> {
    let mut found = Vec::new();
    let mut from = 0;
    for (tries, (i, _)) in text.match_indices('{').enumerate() {
        if tries >= MAX_JSON_STARTS || found.len() >= MAX_OBJECTS {
            break;
        }
        if i < from {
            continue;
        }
        let mut stream = serde_json::Deserializer::from_str(&text[i..]).into_iter::<Json>();
        if let Some(Ok(v @ Json::Object(_))) = stream.next() {
            from = i + stream.byte_offset();
            found.push(v);
        }
    }
    found
}

/// Objects held in string values (a gateway's `message` carrying Kling's answer), read
/// `MAX_STRING_DEPTH` strings deep at most.
fn strings_holding_json(value: &Json, depth: usize, out: &mut Vec<Json>) {
    if depth > MAX_STRING_DEPTH || out.len() >= MAX_OBJECTS {
        return;
    }
    match value {
        Json::String(s) => {
            if let Some(inner) = json_in_string(s) {
                out.push(inner);
            }
        }
        Json::Array(items) => items
            .iter()
            .for_each(|v| strings_holding_json(v, depth + 1, out)),
        Json::Object(map) => map
            .values()
            .for_each(|v| strings_holding_json(v, depth + 1, out)),
        _ => {}
    }
}

/// Reads `code`, `message`/`msg` and `request_id` from the envelope, or from a nested
/// `error` object as resellers wrap it.
fn read_envelope(body: &Json, parsed: &mut ParsedError) {
    let objects = [Some(body), body.get("error")];
    for obj in objects.into_iter().flatten() {
        if parsed.code.is_none() {
            parsed.code = obj.get("code").and_then(|c| match c {
                Json::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
                Json::String(s) => s.trim().parse().ok(),
                _ => None,
            });
        }
        if parsed.message.is_none() {
            parsed.message = ["message", "msg", "detail", "error"]
                .iter()
                .find_map(|k| obj.get(*k).and_then(Json::as_str))
                .map(str::to_string);
        }
        if parsed.request_id.is_none() {
            parsed.request_id = obj
                .get("request_id")
                .and_then(Json::as_str)
                .map(str::to_string);
        }
    }
}

/// A message typed by hand: the first non-empty line that is not an HTTP header; in a
/// Python traceback the last line, which holds the exception.
fn plain_message(text: &str) -> Option<String> {
    let usable = |l: &&str| {
        !l.is_empty() && captures(&STATUS_LINE, "http/", l).is_none() && !looks_like_header(l)
    };
    let mut lines = text.lines().map(str::trim);
    if text.starts_with("Traceback (most recent call last)") {
        lines.rfind(usable)
    } else {
        lines.find(usable)
    }
    .map(str::to_string)
}

fn looks_like_header(line: &str) -> bool {
    line.split_once(':').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    }) && !line.contains(' ')
        || line.starts_with('<')
        || line.starts_with('>')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ErrorCatalog;

    fn catalog() -> ErrorCatalog {
        ErrorCatalog::for_tests(&[
            (1102, &["Account balance not enough"]),
            (1303, &["parallel task over resource pack limit"]),
            (1004, &[]),
        ])
    }

    #[test]
    fn reads_every_shape_of_error() {
        let cases: &[(&str, Option<u32>, Option<&str>, Option<&str>, Option<u16>)] = &[
            ("1102", Some(1102), None, None, None),
            ("429", None, None, None, Some(429)),
            (
                "Account balance not enough",
                Some(1102),
                Some("Account balance not enough"),
                None,
                None,
            ),
            (
                "account BALANCE not enough!",
                Some(1102),
                Some("account BALANCE not enough!"),
                None,
                None,
            ),
            (
                r#"{"code":1102,"message":"Account balance not enough","request_id":"abc-1"}"#,
                Some(1102),
                Some("Account balance not enough"),
                Some("abc-1"),
                None,
            ),
            (
                "HTTP/2 429\ncontent-type: application/json\nx-request-id: zz\n\n{\"code\":1303,\"message\":\"parallel task over resource pack limit\",\"request_id\":\"9984d27b\"}",
                Some(1303),
                Some("parallel task over resource pack limit"),
                Some("9984d27b"),
                Some(429),
            ),
            (
                "Error: parallel task over resource pack limit",
                Some(1303),
                Some("Error: parallel task over resource pack limit"),
                None,
                None,
            ),
            (
                r#"{"code":"1004","msg":"expired"}"#,
                Some(1004),
                Some("expired"),
                None,
                None,
            ),
            (
                "kling said code: 1004 (token)",
                Some(1004),
                Some("kling said code: 1004 (token)"),
                None,
                None,
            ),
            (
                r#"log line {"error":{"code":402,"message":"Subscription required"}}"#,
                Some(402),
                Some("Subscription required"),
                None,
                None,
            ),
            (
                "something odd happened",
                None,
                Some("something odd happened"),
                None,
                None,
            ),
            ("{not json", None, Some("{not json"), None, None),
            (
                "HtTp/1.1 503\nſtatus 503, request-Id: abc-123-x",
                None,
                Some("ſtatus 503, request-Id: abc-123-x"),
                Some("abc-123-x"),
                Some(503),
            ),
            (
                "ſtatus: 404 oops",
                None,
                Some("ſtatus: 404 oops"),
                None,
                Some(404),
            ),
        ];
        for (input, code, message, request_id, status) in cases {
            let got = parse(input, &catalog());
            assert_eq!(got.code, *code, "code of {input:?}");
            assert_eq!(got.message.as_deref(), *message, "message of {input:?}");
            assert_eq!(
                got.request_id.as_deref(),
                *request_id,
                "request_id of {input:?}"
            );
            assert_eq!(got.http_status, *status, "status of {input:?}");
        }
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;
    use crate::rules::ErrorCatalog;

    #[test]
    fn reads_requests_wrapping_and_json_in_strings() {
        let catalog = ErrorCatalog::for_tests(&[(1102, &["Account balance not enough"])]);
        // (paste, host, path, body model, objects found, code, message starts with)
        let cases: &[(
            &str,
            Option<&str>,
            Option<&str>,
            Option<&str>,
            usize,
            Option<u32>,
            &str,
        )] = &[
            (
                "curl https://API.cometapi.com/kling/v1/videos/text2video?x=1 -d '{\"model_name\":\"kling-v2-6\"}'",
                Some("api.cometapi.com"),
                Some("/kling/v1/videos/text2video"),
                Some("kling-v2-6"),
                1,
                None,
                "curl",
            ),
            (
                "curl -d \"{\\\"model\\\":\\\"kling-v1-6\\\"}\" https://x.example/v1/videos/image2video",
                Some("x.example"),
                Some("/v1/videos/image2video"),
                Some("kling-v1-6"),
                1,
                None,
                "curl",
            ),
            (
                "> POST /v1/images/generations HTTP/2\n> Host: api-beijing.klingai.com\n< HTTP/2 429\n{\"code\":1102,\"message\":\"Account bal\nance not enough\"}",
                Some("api-beijing.klingai.com"),
                Some("/v1/images/generations"),
                None,
                1,
                Some(1102),
                "Account balance",
            ),
            (
                r#"{"code":"fail_to_fetch_task","message":"{\"code\":1102,\"message\":\"{\\\"deeper\\\":1}\"}"}"#,
                None,
                None,
                None,
                3,
                Some(1102),
                "{",
            ),
            (
                "Traceback (most recent call last):\n  File \"a.py\", line 1\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api-singapore.klingai.com/v1/videos/text2video",
                Some("api-singapore.klingai.com"),
                Some("/v1/videos/text2video"),
                None,
                0,
                None,
                "requests.exceptions.HTTPError",
            ),
            (
                r#"{"detail":"Go to https://replicate.com/account/billing#billing"}"#,
                None,
                None,
                None,
                1,
                None,
                "Go to",
            ),
        ];
        for (input, host, path, model, objects, code, message) in cases {
            let got = read(input, &catalog);
            assert_eq!(got.host.as_deref(), *host, "host of {input:?}");
            assert_eq!(got.path.as_deref(), *path, "path of {input:?}");
            let body_model = got.body.as_ref().and_then(|b| {
                ["model_name", "model"]
                    .iter()
                    .find_map(|k| b.get(*k).and_then(Json::as_str))
            });
            assert_eq!(body_model, *model, "body of {input:?}");
            assert_eq!(got.objects.len(), *objects, "objects of {input:?}");
            assert_eq!(got.error.code, *code, "code of {input:?}");
            assert!(
                got.error
                    .message
                    .as_deref()
                    .unwrap_or_default()
                    .starts_with(message),
                "message of {input:?}: {:?}",
                got.error.message
            );
        }
    }

    #[test]
    fn hostile_pastes_stay_bounded() {
        let catalog = ErrorCatalog::for_tests(&[]);
        for input in [
            "{".repeat(200_000),
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            "{\"a\":{}}".repeat(20_000),
            format!("{{\"m\":\"{}\"}}", "{\\\"m\\\":\\\"".repeat(10_000)),
        ] {
            let got = read(&input, &catalog);
            assert!(got.objects.len() <= MAX_OBJECTS, "{}", got.objects.len());
        }
    }
}

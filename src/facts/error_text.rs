//! Reads what the user pasted after a failed call: a message, a bare code, a JSON body,
//! or a whole `curl -i` dump (status line, headers, body).

use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde_json::Value as Json;

use crate::prefilter;
use crate::rules::ErrorCatalog;

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

/// Parses `text`; `catalog` maps known messages back to their code.
pub fn parse(text: &str, catalog: &ErrorCatalog) -> ParsedError {
    let text = text.trim();
    let mut parsed = ParsedError::default();
    if let Ok(n) = text.parse::<u32>() {
        if catalog.get(n).is_some() || n >= 1000 {
            parsed.code = Some(n);
        } else if (100..600).contains(&n) {
            parsed.http_status = Some(n as u16);
        }
        return parsed;
    }

    parsed.http_status = captures(&STATUS_LINE, "http/", text)
        .or_else(|| captures(&STATUS_WORD, "status", text))
        .and_then(|c| c[1].parse().ok());

    if let Some(body) = first_json_object(text) {
        read_envelope(&body, &mut parsed);
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
    parsed
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
    text.match_indices('{').find_map(|(i, _)| {
        let mut stream = serde_json::Deserializer::from_str(&text[i..]).into_iter::<Json>();
        match stream.next() {
            Some(Ok(v @ Json::Object(_))) => Some(v),
            _ => None,
        }
    })
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
            parsed.message = ["message", "msg", "detail"]
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

/// A message typed by hand: the first non-empty line that is not an HTTP header.
fn plain_message(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|l| {
            !l.is_empty() && captures(&STATUS_LINE, "http/", l).is_none() && !looks_like_header(l)
        })
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

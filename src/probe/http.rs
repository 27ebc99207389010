//! One GET with the shared client: a per-request timeout, a bounded body, and every way
//! an answer can disappoint (status, redirect, HTML page, cut-off or malformed JSON) as a
//! `Fault`. The client never follows a redirect: the credential would go along to a host
//! nobody chose.

use std::time::Duration;

use jiff::Timestamp;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, DATE, HeaderMap, LOCATION, RETRY_AFTER};
use reqwest::{Client, Method, Url, redirect};
use serde_json::Value as Json;

use super::base::host_port;
use super::fault::{Fault, Phase, classify};

/// Largest body read; a task page of 500 items is far below it.
const MAX_BODY_BYTES: usize = 32 * 1024 * 1024;

/// A 2xx answer whose body is JSON.
pub struct Answer {
    pub status: u16,
    pub json: Json,
    /// Local clock minus the server's `Date` header, in seconds.
    pub clock_skew_s: Option<f64>,
}

/// A request that failed, with whatever the server did say.
pub struct Failed {
    pub fault: Fault,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    /// From the `Date` header of a refusal too: a JWT refused for its clock says so.
    pub clock_skew_s: Option<f64>,
}

impl Failed {
    pub fn new(fault: Fault) -> Failed {
        Failed {
            fault,
            status: None,
            request_id: None,
            clock_skew_s: None,
        }
    }
}

/// The one HTTP client of a run: rustls over ring, a connect timeout, and no redirects
/// followed.
pub fn client(timeout: Duration) -> reqwest::Result<Client> {
    // Fails only when a provider is already installed: a second client of the same run.
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .user_agent(concat!("kling-doctor/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(timeout)
        .redirect(redirect::Policy::none())
        .build()
}

/// GETs `url` (with `Authorization: Bearer …` when `bearer` is given) and reads a JSON body.
pub async fn get_json(
    client: &Client,
    url: Url,
    bearer: Option<&str>,
    timeout: Duration,
) -> Result<Answer, Failed> {
    send(client, Method::GET, url, None, bearer, timeout)
        .await
        .0
}

/// `get_json`, plus the answer's `Retry-After` in seconds, for callers that poll (`watch`).
pub async fn get_json_polled(
    client: &Client,
    url: Url,
    bearer: Option<&str>,
    timeout: Duration,
) -> (Result<Answer, Failed>, Option<u64>) {
    send(client, Method::GET, url, None, bearer, timeout).await
}

/// POSTs `body` as JSON to `url` (the ledger is a POST) and reads a JSON answer.
pub async fn post_json(
    client: &Client,
    url: Url,
    bearer: Option<&str>,
    body: &Json,
    timeout: Duration,
) -> Result<Answer, Failed> {
    send(
        client,
        Method::POST,
        url,
        Some(body.to_string()),
        bearer,
        timeout,
    )
    .await
    .0
}

async fn send(
    client: &Client,
    method: Method,
    url: Url,
    body: Option<String>,
    bearer: Option<&str>,
    timeout: Duration,
) -> (Result<Answer, Failed>, Option<u64>) {
    let host = host_port(&url).unwrap_or_default();
    let secs = timeout.as_secs().max(1);
    let mut request = client
        .request(method, url)
        .timeout(timeout)
        .header(CONTENT_TYPE, "application/json");
    if let Some(body) = body {
        request = request.body(body);
    }
    if let Some(token) = bearer {
        request = request.header(AUTHORIZATION, format!("Bearer {token}"));
    }
    let mut response = match request.send().await {
        Ok(response) => response,
        Err(e) => {
            let fault = classify(&e, e.is_timeout(), e.is_connect(), Phase::Send, &host, secs);
            return (Err(Failed::new(fault)), None);
        }
    };
    let status = response.status().as_u16();
    let clock_skew_s = clock_skew(response.headers(), Timestamp::now());
    let retry_after_s = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    let failed = |fault: Fault| Failed {
        clock_skew_s,
        ..with_status(fault, status)
    };
    if response.status().is_redirection() {
        let to = redirect_host(response.url(), response.headers());
        return (Err(failed(Fault::Redirect { status, to })), retry_after_s);
    }
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().contains("html"));
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) if body.len() + chunk.len() > MAX_BODY_BYTES => {
                return (Err(failed(Fault::Malformed)), retry_after_s);
            }
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => break,
            Err(e) => {
                let fault = classify(&e, e.is_timeout(), false, Phase::Body, &host, secs);
                return (Err(failed(fault)), retry_after_s);
            }
        }
    }
    let result = match interpret(status, html, &body) {
        Ok(json) => Ok(Answer {
            status,
            json,
            clock_skew_s,
        }),
        Err(failed) => Err(Failed {
            clock_skew_s,
            ..failed
        }),
    };
    (result, retry_after_s)
}

/// Local clock minus the server's `Date` header, in seconds, on any answer.
fn clock_skew(headers: &HeaderMap, received: Timestamp) -> Option<f64> {
    let date = headers.get(DATE)?.to_str().ok()?;
    let server = jiff::fmt::rfc2822::DateTimeParser::new()
        .parse_timestamp(date)
        .ok()?;
    Some((received.as_millisecond() - server.as_millisecond()) as f64 / 1000.0)
}

/// The host (`host[:port]`) a redirect points at; never its path or query, which may
/// carry a token. A relative `Location` points at the host asked.
fn redirect_host(from: &Url, headers: &HeaderMap) -> Option<String> {
    let location = headers.get(LOCATION)?.to_str().ok()?;
    host_port(&from.join(location.trim()).ok()?)
}

fn with_status(fault: Fault, status: u16) -> Failed {
    Failed {
        status: Some(status),
        ..Failed::new(fault)
    }
}

/// Turns a complete answer into JSON, or into the fault it shows.
fn interpret(status: u16, html_type: bool, body: &[u8]) -> Result<Json, Failed> {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start();
    let success = (200..300).contains(&status);
    if html_type || trimmed.starts_with('<') {
        return Err(with_status(Fault::Html { status }, status));
    }
    let parsed: Result<Json, _> = serde_json::from_str(trimmed);
    let json = match parsed {
        Ok(json) => json,
        Err(_) if !success => {
            return Err(with_status(
                Fault::Http {
                    status,
                    message: None,
                },
                status,
            ));
        }
        Err(_) if trimmed.is_empty() => return Err(with_status(Fault::Malformed, status)),
        Err(e) if e.classify() == serde_json::error::Category::Eof => {
            return Err(with_status(Fault::Truncated, status));
        }
        Err(_) => return Err(with_status(Fault::Malformed, status)),
    };
    if success {
        return Ok(json);
    }
    let request_id = json
        .get("request_id")
        .and_then(Json::as_str)
        .map(str::to_string);
    let fault = match envelope_error(&json) {
        Some(fault) => fault,
        None => Fault::Http {
            status,
            message: error_message(&json),
        },
    };
    Err(Failed {
        request_id,
        ..with_status(fault, status)
    })
}

/// A Kling envelope with a non-zero `code`: `{"code":1102,"message":"…","request_id":"…"}`.
pub fn envelope_error(json: &Json) -> Option<Fault> {
    let code = json.get("code")?.as_i64()?;
    let message = json.get("message")?.as_str()?;
    (code != 0).then(|| Fault::Api {
        code,
        message: short(message),
    })
}

/// The human part of a reseller's error body: `{"error":"…"}` or `{"error":{"message":"…"}}`.
fn error_message(json: &Json) -> Option<String> {
    let error = json.get("error")?;
    error
        .as_str()
        .or_else(|| error.get("message").and_then(Json::as_str))
        .map(short)
}

/// Server text is echoed, but never at length.
fn short(text: &str) -> String {
    const MAX: usize = 160;
    let text = text.trim();
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A number that some APIs send as a string (`"200"`).
pub fn number(json: &Json) -> Option<f64> {
    json.as_f64()
        .or_else(|| json.as_str().and_then(|s| s.trim().parse().ok()))
        .filter(|n: &f64| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(status: u16, html: bool, body: &str) -> Option<Fault> {
        interpret(status, html, body.as_bytes())
            .err()
            .map(|f| f.fault)
    }

    #[test]
    fn answers_become_json_or_the_fault_they_show() {
        let cases: &[(u16, bool, &str, Option<Fault>)] = &[
            (200, false, r#"{"code":0}"#, None),
            (
                500,
                false,
                "Internal Server Error",
                Some(Fault::Http {
                    status: 500,
                    message: None,
                }),
            ),
            (
                503,
                true,
                "<html><body>Service Unavailable</body></html>",
                Some(Fault::Html { status: 503 }),
            ),
            (
                200,
                false,
                "  <!DOCTYPE html><html>",
                Some(Fault::Html { status: 200 }),
            ),
            (
                200,
                false,
                r#"{"code":0,"data":{"resource_pack"#,
                Some(Fault::Truncated),
            ),
            (200, false, r#"{"code":0,,}"#, Some(Fault::Malformed)),
            (200, false, "", Some(Fault::Malformed)),
            (
                401,
                false,
                r#"{"code":1002,"message":"Authorization is invalid","request_id":"r-1"}"#,
                Some(Fault::Api {
                    code: 1002,
                    message: "Authorization is invalid".into(),
                }),
            ),
            (
                401,
                false,
                r#"{"error":"Unauthorized","code":401}"#,
                Some(Fault::Http {
                    status: 401,
                    message: Some("Unauthorized".into()),
                }),
            ),
            (
                400,
                false,
                r#"{"error":{"message":"invalid key","type":"comet_api_error"}}"#,
                Some(Fault::Http {
                    status: 400,
                    message: Some("invalid key".into()),
                }),
            ),
        ];
        for (status, html, body, expected) in cases {
            assert_eq!(&fault(*status, *html, body), expected, "{status} {body}");
        }
    }

    #[test]
    fn failed_envelopes_keep_their_request_id() {
        let failed = interpret(
            429,
            false,
            br#"{"code":1303,"message":"m","request_id":"abc"}"#,
        )
        .expect_err("a failure");
        assert_eq!(failed.request_id.as_deref(), Some("abc"));
        assert_eq!(failed.status, Some(429));
    }

    #[test]
    fn numbers_may_be_strings_and_long_messages_are_cut() {
        assert_eq!(number(&serde_json::json!("200.5")), Some(200.5));
        assert_eq!(number(&serde_json::json!(7)), Some(7.0));
        assert_eq!(number(&serde_json::json!("x")), None);
        assert!(short(&"x".repeat(500)).chars().count() <= 161);
    }
}

//! CometAPI (kling-api.md §5): the account balance in USD from `GET /user/quota?key=…`.
//! The key travels in the query string, so the URL is never kept, shown or logged.

use std::time::{Duration, Instant};

use reqwest::Client;
use serde_json::Value as Json;

use super::fault::Fault;
use super::http::{self, Failed, number};
use super::kling::endpoint;
use super::{Details, ProbeKind, ProbeResult, Secret, elapsed_ms};

pub const DEFAULT_BASE: &str = "https://query.cometapi.com";

/// CometAPI's money, not Kling units.
#[derive(Debug, Clone, PartialEq)]
pub struct Quota {
    /// `total_quota`: the account balance in USD.
    pub balance_usd: f64,
    /// `total_used_quota`: spent so far, USD.
    pub used_usd: Option<f64>,
}

pub async fn quota(client: &Client, base: &str, key: &Secret, timeout: Duration) -> ProbeResult {
    let started = Instant::now();
    let kind = ProbeKind::CometapiQuota;
    let Some(mut url) = endpoint(base, "user/quota") else {
        return ProbeResult::failed(kind, Failed::new(Fault::BadUrl), elapsed_ms(started));
    };
    url.query_pairs_mut().append_pair("key", key.expose());
    match http::get_json(client, url, None, timeout).await {
        Ok(answer) => match answer.json.get("total_quota").and_then(number) {
            Some(balance_usd) => {
                let details = Details::CometapiQuota(Quota {
                    balance_usd,
                    used_usd: answer.json.get("total_used_quota").and_then(number),
                });
                ProbeResult::answered(kind, &answer, None, details, elapsed_ms(started))
            }
            None => ProbeResult::answered_with_fault(
                kind,
                &answer,
                None,
                error_of(&answer.json),
                elapsed_ms(started),
            ),
        },
        Err(failed) => ProbeResult::failed(kind, failed, elapsed_ms(started)),
    }
}

/// A 200 answer without a balance: CometAPI's error envelope, or something else.
fn error_of(json: &Json) -> Fault {
    let message = json.get("error").and_then(|e| {
        e.as_str()
            .or_else(|| e.get("message").and_then(Json::as_str))
    });
    match message {
        Some(m) => Fault::Http {
            status: 200,
            message: Some(m.chars().take(160).collect()),
        },
        None => Fault::Malformed,
    }
}

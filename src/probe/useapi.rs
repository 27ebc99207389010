//! useapi.net (kling-api.md §5): the balance of the Kling account linked there
//! (`GET /v1/kling/accounts/{email}`) and its job slots (`GET /v1/kling/scheduler/available`).
//! Both are useapi.net's own figures, never a Kling resource pack.

use std::time::{Duration, Instant};

use reqwest::Client;
use serde_json::Value as Json;

use super::fault::Fault;
use super::http::{self, Failed, number};
use super::kling::endpoint;
use super::{Details, ProbeKind, ProbeResult, Secret, elapsed_ms};

pub const DEFAULT_BASE: &str = "https://api.useapi.net";

/// useapi.net's balance for one linked Kling account.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// `balance.total`: points left.
    pub balance: f64,
    pub max_jobs: Option<f64>,
}

/// Job slots: for the account of `USEAPI_EMAIL`, or summed over every linked account.
#[derive(Debug, Clone, PartialEq)]
pub struct Slots {
    pub executing: f64,
    pub max_jobs: f64,
}

pub async fn account(
    client: &Client,
    base: &str,
    token: &Secret,
    email: &str,
    timeout: Duration,
) -> ProbeResult {
    let started = Instant::now();
    let url = endpoint(base, "v1/kling/accounts").and_then(|mut url| {
        url.path_segments_mut().ok()?.push(email);
        Some(url)
    });
    probe(
        client,
        url,
        token,
        timeout,
        ProbeKind::UseapiAccount,
        started,
        |json| {
            let balance = json
                .get("balance")
                .and_then(|b| b.get("total"))
                .and_then(number)
                .ok_or(Fault::Malformed)?;
            Ok(Details::UseapiAccount(Account {
                balance,
                max_jobs: json.get("maxJobs").and_then(number),
            }))
        },
    )
    .await
}

pub async fn scheduler(
    client: &Client,
    base: &str,
    token: &Secret,
    email: Option<&str>,
    timeout: Duration,
) -> ProbeResult {
    let started = Instant::now();
    let url = endpoint(base, "v1/kling/scheduler/available");
    probe(
        client,
        url,
        token,
        timeout,
        ProbeKind::UseapiScheduler,
        started,
        |json| {
            let Some(Json::Array(accounts)) = json.get("available") else {
                return Err(Fault::Malformed);
            };
            let mut slots = Slots {
                executing: 0.0,
                max_jobs: 0.0,
            };
            for a in accounts {
                let mine = email.is_none_or(|e| {
                    a.get("email")
                        .and_then(Json::as_str)
                        .is_some_and(|x| x.eq_ignore_ascii_case(e))
                });
                if mine {
                    slots.executing += a.get("executing").and_then(number).unwrap_or(0.0);
                    slots.max_jobs += a.get("maxJobs").and_then(number).unwrap_or(0.0);
                }
            }
            Ok(Details::UseapiSlots(slots))
        },
    )
    .await
}

/// One GET whose JSON `read` turns into details.
async fn probe(
    client: &Client,
    url: Option<reqwest::Url>,
    token: &Secret,
    timeout: Duration,
    kind: ProbeKind,
    started: Instant,
    read: impl FnOnce(&Json) -> Result<Details, Fault>,
) -> ProbeResult {
    let Some(url) = url else {
        return ProbeResult::failed(kind, Failed::new(Fault::BadUrl), elapsed_ms(started));
    };
    match http::get_json(client, url, Some(token.expose()), timeout).await {
        Ok(answer) => match read(&answer.json) {
            Ok(details) => ProbeResult::answered(kind, &answer, None, details, elapsed_ms(started)),
            Err(fault) => {
                ProbeResult::answered_with_fault(kind, &answer, None, fault, elapsed_ms(started))
            }
        },
        Err(failed) => ProbeResult::failed(kind, failed, elapsed_ms(started)),
    }
}

//! The unit ledger, `POST /account/billing/package` (kling-api.md §2, §8.4): one row per
//! task that drew units from a pack, paged by cursor. Amounts, durations and times may
//! arrive as numbers or as strings; both are read.

use std::time::{Duration, Instant};

use jiff::Timestamp;
use reqwest::Client;
use serde_json::{Value as Json, json};

use super::fault::Fault;
use super::http::{self, Failed, envelope_error, number};
use super::kling::endpoint;
use super::{Details, ProbeKind, ProbeResult, Secret, elapsed_ms};

/// `limit` maximum of the ledger (K-PKG).
pub const PAGE_LIMIT: usize = 500;

/// Paging never goes further (500 000 rows), whatever the server says.
pub const MAX_PAGES: u32 = 1000;

/// What to read: the window and the product family (`video`, `image`, `try-on`).
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerQuery {
    pub start: Timestamp,
    pub end: Timestamp,
    pub product: String,
}

/// One task's deduction.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow {
    pub task_id: String,
    pub product: String,
    pub api_key_name: Option<String>,
    pub model: String,
    /// `720p`, `1080p` or `4k` as sent (lower-cased); empty when absent.
    pub resolution: String,
    /// Seconds, e.g. `5.04`.
    pub duration_s: Option<f64>,
    pub video_input: bool,
    /// `native`, `original` or `off` as sent (lower-cased); empty when absent.
    pub sound: String,
    pub voice_control: bool,
    pub at: Option<Timestamp>,
    pub units: f64,
}

/// Every row of the window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    pub rows: Vec<LedgerRow>,
    pub pages: u32,
    /// False when paging stopped at `MAX_PAGES` with more pages left.
    pub complete: bool,
}

/// Reads every page of the window; any failed page makes the whole probe a fault, so a
/// partial ledger is never summarised as if it were complete.
pub async fn fetch(
    client: &Client,
    base: &str,
    bearer: &Secret,
    timeout: Duration,
    query: &LedgerQuery,
) -> ProbeResult {
    let started = Instant::now();
    let kind = ProbeKind::KlingLedger;
    let Some(url) = endpoint(base, "account/billing/package") else {
        return ProbeResult::failed(kind, Failed::new(Fault::BadUrl), elapsed_ms(started));
    };
    let filters = json!([{"key": "product_type", "values": [query.product]}]);
    let mut ledger = Ledger::default();
    let mut cursor: Option<String> = None;
    let mut first: Option<(Option<String>, u16, Option<f64>)> = None;
    for page in 1..=MAX_PAGES {
        let body = match &cursor {
            None => json!({"start_time": query.start.as_millisecond(),
                           "end_time": query.end.as_millisecond(),
                           "limit": PAGE_LIMIT, "filters": filters}),
            Some(c) => json!({"cursor": c, "limit": PAGE_LIMIT, "filters": filters}),
        };
        let answer =
            match http::post_json(client, url.clone(), Some(bearer.expose()), &body, timeout).await
            {
                Ok(answer) => answer,
                Err(failed) => return ProbeResult::failed(kind, failed, elapsed_ms(started)),
            };
        let request_id = answer
            .json
            .get("request_id")
            .and_then(Json::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let parsed = match parse_page(&answer.json, &query.product) {
            Ok(parsed) => parsed,
            Err(fault) => {
                return ProbeResult::answered_with_fault(
                    kind,
                    &answer,
                    request_id,
                    fault,
                    elapsed_ms(started),
                );
            }
        };
        first.get_or_insert((request_id, answer.status, answer.clock_skew_s));
        ledger.rows.extend(parsed.rows);
        ledger.pages = page;
        // A cursor that does not move would page forever.
        match parsed.next {
            Some(next) if parsed.has_more && cursor.as_deref() != Some(next.as_str()) => {
                cursor = Some(next);
            }
            _ => {
                ledger.complete = true;
                break;
            }
        }
    }
    let (request_id, status, clock_skew_s) = first.unwrap_or_default();
    ProbeResult {
        kind,
        host: String::new(),
        official_host: true,
        ms: elapsed_ms(started),
        request_id,
        http_status: Some(status),
        clock_skew_s,
        fault: None,
        details: Details::Ledger(ledger),
    }
}

/// One page: its rows (of `product` only) and where the next one starts.
#[derive(Debug, PartialEq)]
pub struct Page {
    pub rows: Vec<LedgerRow>,
    pub next: Option<String>,
    pub has_more: bool,
}

/// Reads `data.result.detail[]`, `data.next_cursor` and `data.has_more` (also accepted
/// inside `data.result`). Rows of another product family are dropped, in case the server
/// ignores the filter.
pub fn parse_page(json: &Json, product: &str) -> Result<Page, Fault> {
    if let Some(fault) = envelope_error(json) {
        return Err(fault);
    }
    if json.get("code").and_then(Json::as_i64) != Some(0) {
        return Err(Fault::Malformed);
    }
    let data = json.get("data").ok_or(Fault::Malformed)?;
    let result = data.get("result");
    let detail = match result.and_then(|r| r.get("detail")) {
        Some(Json::Array(rows)) => rows.as_slice(),
        Some(Json::Null) | None if result.is_some_and(|r| r.is_object()) => &[],
        _ => return Err(Fault::Malformed),
    };
    let field = |key: &str| data.get(key).or_else(|| result.and_then(|r| r.get(key)));
    let next = field("next_cursor").and_then(|c| match c {
        Json::String(s) if !s.is_empty() => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let has_more = field("has_more").is_some_and(flag);
    let rows = detail
        .iter()
        .map(parse_row)
        .filter(|row| {
            row.as_ref().map_or(true, |r| {
                r.product.is_empty() || same_product(&r.product, product)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Page {
        rows,
        next,
        has_more,
    })
}

/// `try-on`, `try_on` and `tryon` name one family (kling-api.md §8.2).
fn same_product(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.to_ascii_lowercase().replace(['-', '_'], "");
    norm(a) == norm(b)
}

fn parse_row(item: &Json) -> Result<LedgerRow, Fault> {
    let text = |key: &str| match item.get(key) {
        Some(Json::String(s)) => s.trim().to_string(),
        Some(Json::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let units = item
        .get("deduction_amount")
        .and_then(number)
        .ok_or(Fault::Malformed)?;
    Ok(LedgerRow {
        task_id: text("task_id"),
        product: text("product_type").to_ascii_lowercase(),
        api_key_name: Some(text("api_key_name")).filter(|s| !s.is_empty()),
        model: text("model_name"),
        resolution: text("resolution").to_ascii_lowercase(),
        duration_s: item.get("duration").and_then(number),
        video_input: item.get("refer_video_input").is_some_and(flag),
        sound: text("video_sound").to_ascii_lowercase(),
        voice_control: item.get("voice_control").is_some_and(flag),
        at: item
            .get("deduction_time")
            .and_then(number)
            .and_then(|ms| Timestamp::from_millisecond(ms as i64).ok()),
        units: units.abs(),
    })
}

/// A yes/no the API may send as a boolean, a number or a word.
fn flag(value: &Json) -> bool {
    match value {
        Json::Bool(b) => *b,
        Json::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        Json::String(s) => matches!(
            s.trim().to_ascii_lowercase().as_str(),
            "true" | "yes" | "on" | "1" | "native" | "enabled"
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(data: Json) -> Json {
        json!({"code": 0, "message": "SUCCEED", "request_id": "r", "data": data})
    }

    #[test]
    fn rows_read_numbers_and_strings_alike() {
        let page = envelope(json!({
            "result": {"count": 3, "detail": [
                {"task_id": "t1", "product_type": "video", "api_key_name": "prod",
                 "model_name": "kling-v2-6", "resolution": "1080P", "duration": "5.04",
                 "refer_video_input": false, "video_sound": "native", "voice_control": "false",
                 "deduction_time": "1790000000000", "unit_before_deduction": "100",
                 "deduction_amount": "5", "unit_after_deduction": "95"},
                {"task_id": 2, "product_type": "video", "model_name": "kling-v3",
                 "resolution": "4k", "duration": 10, "video_sound": "off",
                 "deduction_time": 1790000000000_i64, "deduction_amount": 30.0},
                {"task_id": "i1", "product_type": "image", "model_name": "kling-v3",
                 "deduction_amount": 8}
            ]},
            "next_cursor": "c2", "has_more": true}));
        let parsed = parse_page(&page, "video").expect("a page");
        assert_eq!(parsed.rows.len(), 2);
        assert_eq!(parsed.next.as_deref(), Some("c2"));
        assert!(parsed.has_more);
        let first = &parsed.rows[0];
        assert_eq!(
            (
                first.units,
                first.duration_s,
                first.resolution.as_str(),
                first.sound.as_str()
            ),
            (5.0, Some(5.04), "1080p", "native")
        );
        assert!(!first.voice_control);
        assert_eq!(first.api_key_name.as_deref(), Some("prod"));
        assert_eq!(parsed.rows[1].task_id, "2");
        assert_eq!(parsed.rows[1].at, first.at);
    }

    #[test]
    fn pages_that_cannot_be_read_are_faults() {
        let cases: &[(Json, Option<Fault>)] = &[
            (envelope(json!({"result": {"detail": []}})), None),
            (envelope(json!({"result": {"count": 0}})), None),
            (envelope(json!({"rows": []})), Some(Fault::Malformed)),
            (
                envelope(json!({"result": {"detail": [{"task_id": "x"}]}})),
                Some(Fault::Malformed),
            ),
            (
                json!({"code": 1102, "message": "Account balance not enough"}),
                Some(Fault::Api {
                    code: 1102,
                    message: "Account balance not enough".into(),
                }),
            ),
            (json!({"data": {}}), Some(Fault::Malformed)),
        ];
        for (json, fault) in cases {
            assert_eq!(parse_page(json, "video").err(), *fault, "{json}");
        }
    }

    #[test]
    fn cursor_and_more_flag_may_sit_inside_result() {
        let page =
            envelope(json!({"result": {"detail": [], "next_cursor": "n", "has_more": "true"}}));
        let parsed = parse_page(&page, "try-on").expect("a page");
        assert_eq!((parsed.next.as_deref(), parsed.has_more), (Some("n"), true));
        assert!(same_product("try_on", "try-on"));
    }
}

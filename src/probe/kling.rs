//! The official Kling API (kling-api.md §1–§3): the Bearer token (an API key, or an HS256
//! JWT signed from the access key and secret key), resource packs from `GET /account/costs`,
//! and running tasks from the legacy list endpoints, paged until done.

use std::time::Instant;

use jiff::{SignedDuration, Timestamp};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::{Client, Url};
use serde::Serialize;
use serde_json::Value as Json;

use super::fault::Fault;
use super::http::{self, Failed, envelope_error, number};
use super::{Details, ProbeKind, ProbeResult, Secret, elapsed_ms};

/// The global host; `KLING_API_BASE` overrides it (China: `https://api-beijing.klingai.com`,
/// legacy: `https://api.klingai.com`).
pub const DEFAULT_BASE: &str = "https://api-singapore.klingai.com";

/// Legacy list endpoints counted for running video tasks (kling-api.md §3.3).
pub const TASK_ENDPOINTS: [&str; 2] = ["text2video", "image2video"];

/// `pageSize` maximum of the legacy list endpoints.
pub const PAGE_SIZE: usize = 500;

/// `pageNum` maximum of the legacy list endpoints; paging never goes further.
pub const MAX_PAGES: u32 = 1000;

/// How many of the oldest running task ids are kept (they hold the slots longest).
pub const OLDEST_KEPT: usize = 5;

/// How far back `/account/costs` looks, in days.
const COSTS_WINDOW_DAYS: i64 = 365;

/// JWT lifetime and back-dating of the official sample (K-AUTH).
const JWT_TTL_S: i64 = 1800;
const JWT_NBF_S: i64 = 5;

/// How the official API is authenticated.
#[derive(Clone)]
pub enum KlingAuth {
    /// `Authorization: Bearer <API key>`.
    ApiKey(Secret),
    /// `Authorization: Bearer <JWT>` signed with the secret key, `iss` = access key.
    AccessKeys {
        access_key: Secret,
        secret_key: Secret,
    },
}

#[derive(Serialize)]
struct Claims<'a> {
    iss: &'a str,
    exp: i64,
    nbf: i64,
}

/// The Bearer value to send, signed at `now_s` (Unix seconds, the real clock); `None`
/// when a JWT could not be signed.
pub fn bearer(auth: &KlingAuth, now_s: i64) -> Option<Secret> {
    match auth {
        KlingAuth::ApiKey(key) => Some(key.clone()),
        KlingAuth::AccessKeys {
            access_key,
            secret_key,
        } => {
            super::jwt::install();
            let claims = Claims {
                iss: access_key.expose(),
                exp: now_s + JWT_TTL_S,
                nbf: now_s - JWT_NBF_S,
            };
            jsonwebtoken::encode(
                &Header::new(Algorithm::HS256),
                &claims,
                &EncodingKey::from_secret(secret_key.expose().as_bytes()),
            )
            .ok()
            .map(Secret::from)
        }
    }
}

/// What a pack is for; only visible in its name (kling-api.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackKind {
    Video,
    Image,
    TryOn,
    Unknown,
}

impl PackKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PackKind::Video => "video",
            PackKind::Image => "image",
            PackKind::TryOn => "try-on",
            PackKind::Unknown => "unknown",
        }
    }

    /// Reads the kind from a pack name such as `Video Generation - 10,000 entries`.
    pub fn from_name(name: &str) -> PackKind {
        let lower = name.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        if has(&["try-on", "tryon", "try on", "try_on", "试穿", "试衣"]) {
            PackKind::TryOn
        } else if has(&["video", "视频"]) {
            PackKind::Video
        } else if has(&["image", "img", "picture", "图片", "图像"]) {
            PackKind::Image
        } else {
            PackKind::Unknown
        }
    }
}

/// One resource pack of `/account/costs`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub name: String,
    pub kind: PackKind,
    /// `online`, `toBeOnline`, `expired` or `runOut` (kept as sent; `usable` and `pending`
    /// read it with the dates).
    pub status: String,
    pub total: Option<f64>,
    pub remaining: f64,
    pub purchased: Option<Timestamp>,
    pub effective: Option<Timestamp>,
    pub invalid: Option<Timestamp>,
}

impl Pack {
    /// Online and inside its validity window at `now`: its units can be spent.
    pub fn usable(&self, now: Timestamp) -> bool {
        self.status == "online"
            && self.effective.is_none_or(|t| t <= now)
            && self.invalid.is_none_or(|t| t > now)
    }

    /// Bought but not yet in effect at `now`: `toBeOnline`, or `online` with a start ahead.
    pub fn pending(&self, now: Timestamp) -> bool {
        self.status == "toBeOnline"
            || (self.status == "online" && self.effective.is_some_and(|t| t > now))
    }

    /// The concurrency a name such as `Trial-Video-100Units-5Con-1Months` announces.
    pub fn concurrency_in_name(&self) -> Option<u32> {
        self.name
            .split(|c: char| !c.is_alphanumeric())
            .find_map(|part| {
                let lower = part.to_lowercase();
                let digits = lower
                    .strip_suffix("concurrency")
                    .or_else(|| lower.strip_suffix("con"))
                    .or_else(|| lower.strip_suffix("并发"))?;
                digits.parse().ok().filter(|n| *n > 0)
            })
    }
}

/// Running tasks found on one list endpoint.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskCount {
    /// Tasks in `submitted` or `processing`.
    pub running: u64,
    /// Tasks read in all.
    pub seen: u64,
    pub pages: u32,
    /// The oldest running tasks: (created_at ms, task_id), oldest first.
    pub oldest: Vec<(i64, String)>,
    /// False when paging stopped at `MAX_PAGES` with more pages left.
    pub complete: bool,
}

/// `GET /account/costs` over the last year: every resource pack.
pub async fn costs(
    client: &Client,
    base: &str,
    bearer: &Secret,
    timeout: std::time::Duration,
    now: Timestamp,
) -> ProbeResult {
    let started = Instant::now();
    let kind = ProbeKind::KlingCosts;
    let Some(url) = costs_url(base, now) else {
        return ProbeResult::failed(kind, Failed::new(Fault::BadUrl), elapsed_ms(started));
    };
    match http::get_json(client, url, Some(bearer.expose()), timeout).await {
        Ok(answer) => {
            let request_id = request_id(&answer.json);
            match data(&answer.json).and_then(parse_packs) {
                Ok(packs) => ProbeResult::answered(
                    kind,
                    &answer,
                    request_id,
                    Details::Packs(packs),
                    elapsed_ms(started),
                ),
                Err(fault) => ProbeResult::answered_with_fault(
                    kind,
                    &answer,
                    request_id,
                    fault,
                    elapsed_ms(started),
                ),
            }
        }
        Err(failed) => ProbeResult::failed(kind, failed, elapsed_ms(started)),
    }
}

/// `GET /account/costs` over the last year up to `now`.
pub fn costs_url(base: &str, now: Timestamp) -> Option<Url> {
    let start = now
        .checked_sub(SignedDuration::from_hours(24 * COSTS_WINDOW_DAYS))
        .unwrap_or(now);
    endpoint(base, "account/costs").map(|mut url| {
        url.query_pairs_mut()
            .append_pair("start_time", &start.as_millisecond().to_string())
            .append_pair("end_time", &now.as_millisecond().to_string());
        url
    })
}

/// Pages `GET /v1/videos/{endpoint}` until a short page, counting running tasks.
pub async fn tasks(
    client: &Client,
    base: &str,
    name: &str,
    bearer: &Secret,
    timeout: std::time::Duration,
) -> ProbeResult {
    let started = Instant::now();
    let kind = ProbeKind::KlingTasks(name.to_string());
    let mut count = TaskCount::default();
    let mut first: Option<(Option<String>, u16, Option<f64>)> = None;
    for page in 1..=MAX_PAGES {
        let url = endpoint(base, &format!("v1/videos/{name}")).map(|mut url| {
            url.query_pairs_mut()
                .append_pair("pageNum", &page.to_string())
                .append_pair("pageSize", &PAGE_SIZE.to_string());
            url
        });
        let Some(url) = url else {
            return ProbeResult::failed(kind, Failed::new(Fault::BadUrl), elapsed_ms(started));
        };
        let answer = match http::get_json(client, url, Some(bearer.expose()), timeout).await {
            Ok(answer) => answer,
            Err(failed) => return ProbeResult::failed(kind, failed, elapsed_ms(started)),
        };
        let request_id = request_id(&answer.json);
        let items = match data(&answer.json).and_then(parse_tasks) {
            Ok(items) => items,
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
        count.add(&items);
        count.pages = page;
        if items.len() < PAGE_SIZE {
            count.complete = true;
            break;
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
        details: Details::Tasks(count),
    }
}

impl TaskCount {
    pub fn add(&mut self, items: &[Task]) {
        self.seen += items.len() as u64;
        for task in items.iter().filter(|t| t.running()) {
            self.running += 1;
            self.oldest
                .push((task.created.unwrap_or(i64::MAX), task.id.clone()));
        }
        self.oldest.sort();
        self.oldest.truncate(OLDEST_KEPT);
    }
}

/// One task of a list page.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub id: String,
    pub status: String,
    pub created: Option<i64>,
}

impl Task {
    /// A task holds a slot from `submitted` until it ends (K-CONC).
    fn running(&self) -> bool {
        matches!(self.status.as_str(), "submitted" | "processing")
    }
}

/// `base` + `path`, or `None` when the base is not an http(s) URL.
pub fn endpoint(base: &str, path: &str) -> Option<Url> {
    let url = Url::parse(&format!("{}/{path}", base.trim_end_matches('/'))).ok()?;
    matches!(url.scheme(), "http" | "https").then_some(url)
}

fn request_id(json: &Json) -> Option<String> {
    json.get("request_id")
        .and_then(Json::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The `data` of a successful envelope.
pub fn data(json: &Json) -> Result<&Json, Fault> {
    if let Some(fault) = envelope_error(json) {
        return Err(fault);
    }
    match json.get("code").and_then(Json::as_i64) {
        Some(0) => json.get("data").ok_or(Fault::Malformed),
        _ => Err(Fault::Malformed),
    }
}

/// `data.resource_pack_subscribe_infos`; `data` has its own `code`/`msg` (kling-api.md §2).
pub fn parse_packs(data: &Json) -> Result<Vec<Pack>, Fault> {
    if let Some(code) = data.get("code").and_then(Json::as_i64)
        && code != 0
    {
        let message = data
            .get("msg")
            .or_else(|| data.get("message"))
            .and_then(Json::as_str)
            .unwrap_or_default();
        return Err(Fault::Api {
            code,
            message: message.to_string(),
        });
    }
    let infos = match data.get("resource_pack_subscribe_infos") {
        Some(Json::Array(items)) => items,
        Some(Json::Null) => return Ok(Vec::new()),
        _ => return Err(Fault::Malformed),
    };
    infos.iter().map(parse_pack).collect()
}

fn parse_pack(item: &Json) -> Result<Pack, Fault> {
    let time = |key: &str| {
        item.get(key)
            .and_then(number)
            .and_then(|ms| Timestamp::from_millisecond(ms as i64).ok())
    };
    let name = item
        .get("resource_pack_name")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string();
    Ok(Pack {
        kind: PackKind::from_name(&name),
        name,
        status: item
            .get("status")
            .and_then(Json::as_str)
            .ok_or(Fault::Malformed)?
            .to_string(),
        total: item.get("total_quantity").and_then(number),
        remaining: item
            .get("remaining_quantity")
            .and_then(number)
            .ok_or(Fault::Malformed)?,
        purchased: time("purchase_time"),
        effective: time("effective_time"),
        invalid: time("invalid_time"),
    })
}

/// The task array of a list page.
pub fn parse_tasks(data: &Json) -> Result<Vec<Task>, Fault> {
    let items = match data {
        Json::Array(items) => items,
        Json::Null => return Ok(Vec::new()),
        _ => return Err(Fault::Malformed),
    };
    items
        .iter()
        .map(|item| {
            let id = match item.get("task_id") {
                Some(Json::String(s)) => s.clone(),
                Some(Json::Number(n)) => n.to_string(),
                _ => return Err(Fault::Malformed),
            };
            Ok(Task {
                id,
                status: item
                    .get("task_status")
                    .and_then(Json::as_str)
                    .ok_or(Fault::Malformed)?
                    .to_string(),
                created: item.get("created_at").and_then(number).map(|n| n as i64),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pack_kinds_and_concurrency_come_from_names() {
        let cases: &[(&str, PackKind, Option<u32>)] = &[
            ("Video Generation - 10,000 entries", PackKind::Video, None),
            (
                "Trial-Video-100Units-5Con-1Months",
                PackKind::Video,
                Some(5),
            ),
            ("Image Generation - 1,000 entries", PackKind::Image, None),
            ("Virtual Try-On 500", PackKind::TryOn, None),
            ("视频生成-20并发", PackKind::Video, Some(20)),
            ("Package 1", PackKind::Unknown, None),
            ("Video-0Con", PackKind::Video, None),
        ];
        for (name, kind, con) in cases {
            let pack = Pack {
                name: name.to_string(),
                kind: PackKind::from_name(name),
                status: "online".into(),
                total: None,
                remaining: 0.0,
                purchased: None,
                effective: None,
                invalid: None,
            };
            assert_eq!(pack.kind, *kind, "{name}");
            assert_eq!(pack.concurrency_in_name(), *con, "{name}");
        }
    }

    #[test]
    fn a_pack_is_usable_or_pending_by_its_status_and_window() {
        let at = |s: &str| s.parse::<Timestamp>().ok();
        let now = at("2026-11-25T12:00:00Z").expect("a timestamp");
        // (status, effective, invalid, usable, pending)
        let cases: &[(&str, Option<&str>, Option<&str>, bool, bool)] = &[
            ("online", None, None, true, false),
            (
                "online",
                Some("2026-11-01T00:00:00Z"),
                Some("2026-12-01T00:00:00Z"),
                true,
                false,
            ),
            ("online", Some("2026-11-26T00:00:00Z"), None, false, true),
            ("online", None, Some("2026-11-25T12:00:00Z"), false, false),
            ("toBeOnline", None, None, false, true),
            ("expired", None, None, false, false),
            ("runOut", None, None, false, false),
        ];
        for (status, effective, invalid, usable, pending) in cases {
            let pack = Pack {
                name: String::new(),
                kind: PackKind::Video,
                status: status.to_string(),
                total: None,
                remaining: 1.0,
                purchased: None,
                effective: effective.and_then(at),
                invalid: invalid.and_then(at),
            };
            let row = format!("{status} {effective:?} {invalid:?}");
            assert_eq!(pack.usable(now), *usable, "usable: {row}");
            assert_eq!(pack.pending(now), *pending, "pending: {row}");
        }
    }

    #[test]
    fn packs_parse_from_the_double_wrapped_data() {
        let data = json!({"code": 0, "msg": "ok", "resource_pack_subscribe_infos": [{
            "resource_pack_name": "Video Generation - 10,000 entries",
            "resource_pack_id": "509f", "resource_pack_type": "decreasing_total",
            "total_quantity": 200.0, "remaining_quantity": "118",
            "purchase_time": 1726124664368_i64, "effective_time": 1726124664368_i64,
            "invalid_time": 1727366400000_i64, "status": "expired"}]});
        let packs = parse_packs(&data).expect("packs");
        assert_eq!(packs.len(), 1);
        assert_eq!(packs[0].remaining, 118.0);
        assert_eq!(packs[0].kind, PackKind::Video);
        assert_eq!(
            packs[0].invalid.map(|t| t.to_string()).as_deref(),
            Some("2024-09-26T16:00:00Z")
        );
        assert_eq!(
            parse_packs(&json!({"code": 5, "msg": "inner failure"})),
            Err(Fault::Api {
                code: 5,
                message: "inner failure".into()
            })
        );
        assert_eq!(parse_packs(&json!({"code": 0})), Err(Fault::Malformed));
        assert_eq!(
            parse_packs(
                &json!({"code": 0, "resource_pack_subscribe_infos": [{"status": "online"}]})
            ),
            Err(Fault::Malformed)
        );
    }

    #[test]
    fn running_tasks_are_counted_and_the_oldest_kept() {
        let page = json!([
            {"task_id": "a", "task_status": "succeed", "created_at": 1},
            {"task_id": "b", "task_status": "processing", "created_at": 50},
            {"task_id": 7, "task_status": "submitted", "created_at": 10},
            {"task_id": "d", "task_status": "failed", "created_at": 5},
        ]);
        let mut count = TaskCount::default();
        count.add(&parse_tasks(&page).expect("tasks"));
        assert_eq!(count.running, 2);
        assert_eq!(count.seen, 4);
        assert_eq!(
            count.oldest,
            vec![(10, "7".to_string()), (50, "b".to_string())]
        );
        assert_eq!(
            parse_tasks(&json!({"not": "a list"})),
            Err(Fault::Malformed)
        );
    }

    #[test]
    fn a_jwt_carries_the_official_claims() {
        let auth = KlingAuth::AccessKeys {
            access_key: Secret::from("ak-test".to_string()),
            secret_key: Secret::from("sk-test-secret".to_string()),
        };
        let token = bearer(&auth, 1_000_000).expect("signed");
        let mut validation = jsonwebtoken::Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.set_required_spec_claims(&["exp", "nbf", "iss"]);
        validation.set_issuer(&["ak-test"]);
        let decoded = jsonwebtoken::decode::<serde_json::Value>(
            token.expose(),
            &jsonwebtoken::DecodingKey::from_secret(b"sk-test-secret"),
            &validation,
        )
        .expect("valid signature");
        assert_eq!(decoded.claims["exp"], 1_001_800);
        assert_eq!(decoded.claims["nbf"], 999_995);
        assert_eq!(decoded.header.typ.as_deref(), Some("JWT"));
    }

    #[test]
    fn base_urls_must_be_http() {
        assert!(endpoint("http://127.0.0.1:9/", "account/costs").is_some());
        assert_eq!(
            endpoint("https://api-singapore.klingai.com", "v1/videos/text2video")
                .map(|u| u.to_string())
                .as_deref(),
            Some("https://api-singapore.klingai.com/v1/videos/text2video")
        );
        assert!(endpoint("not a url", "x").is_none());
        assert!(endpoint("ftp://host", "x").is_none());
    }
}

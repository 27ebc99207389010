//! `--probe` and `kling-doctor probe` against a fake API on 127.0.0.1: packs, units,
//! running tasks, both kinds of auth, clock skew, resellers, and every fault a request
//! can meet — each one a result in `probes[]`, never a crash, never a leaked secret.

use serde_json::{Value as Json, json};

use crate::fake_api::{FakeApi, Reply, Request};
use crate::support::{CANARIES, Run, flat};

const EMAIL: &str = "me@example.com";

fn canary(name: &str) -> &'static str {
    CANARIES
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| *v)
        .expect("a canary")
}

fn ms(rfc3339: &str) -> i64 {
    rfc3339
        .parse::<jiff::Timestamp>()
        .expect("a timestamp")
        .as_millisecond()
}

/// A successful Kling envelope around `data`.
fn kling(data: Json) -> Reply {
    Reply::json(
        200,
        json!({"code": 0, "message": "SUCCEED", "request_id": "req-ok-1", "data": data})
            .to_string(),
    )
}

fn pack(name: &str, status: &str, remaining: f64, from: &str, until: &str) -> Json {
    json!({"resource_pack_name": name, "resource_pack_id": "509f3fd3", "resource_pack_type": "decreasing_total",
           "total_quantity": 200.0, "remaining_quantity": remaining, "purchase_time": ms(from),
           "effective_time": ms(from), "invalid_time": ms(until), "status": status})
}

fn costs(packs: Vec<Json>) -> Reply {
    kling(json!({"code": 0, "msg": "", "resource_pack_subscribe_infos": packs}))
}

/// `running` tasks in `processing` (oldest first), then `done` finished ones.
fn tasks(prefix: &str, running: usize, done: usize) -> Vec<Json> {
    let running = (0..running).map(|i| {
        json!({"task_id": format!("{prefix}-run-{i:04}"), "task_status": if i % 2 == 0 { "processing" } else { "submitted" },
               "created_at": 1_790_000_000_000_i64 + i as i64})
    });
    let done = (0..done).map(|i| {
        json!({"task_id": format!("{prefix}-done-{i:04}"), "task_status": "succeed", "created_at": 1_700_000_000_000_i64})
    });
    running.chain(done).collect()
}

/// The page `pageNum`/`pageSize` of `tasks`, as the legacy list endpoints page.
fn page(request: &Request, tasks: &[Json]) -> Reply {
    let num: usize = request
        .param("pageNum")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let size: usize = request
        .param("pageSize")
        .and_then(|p| p.parse().ok())
        .unwrap_or(30);
    let slice: Vec<Json> = tasks
        .iter()
        .skip((num - 1) * size)
        .take(size)
        .cloned()
        .collect();
    kling(Json::Array(slice))
}

/// An account with nothing wrong: one active video pack, no running tasks, reseller balances.
fn healthy(request: &Request) -> Reply {
    match request.path.as_str() {
        "/account/costs" => costs(vec![pack(
            "Video Generation - 10,000 entries",
            "online",
            118.0,
            "2026-11-01T00:00:00Z",
            "2027-01-01T00:00:00Z",
        )]),
        "/v1/videos/text2video" | "/v1/videos/image2video" => kling(json!([])),
        "/v1/kling/accounts/me@example.com" => Reply::json(
            200,
            json!({"email": EMAIL, "maxJobs": 5, "password": "…secured…",
                   "balance": {"points": [{"orderId": "1", "type": "plan", "amount": 66000, "balance": 56000}], "total": 56000}})
            .to_string(),
        ),
        "/v1/kling/scheduler/available" => Reply::json(
            200,
            json!({"executing": [], "available": [{"email": EMAIL, "maxJobs": 5, "executing": 1, "available": 4}]}).to_string(),
        ),
        "/user/quota" => Reply::json(
            200,
            json!({"username": "u", "total_quota": 42.5, "total_used_quota": 3.5, "request_count": 9, "keys": []}).to_string(),
        ),
        _ => Reply::json(404, r#"{"code":1203,"message":"not found","request_id":"req-404"}"#),
    }
}

/// A run against `api` for Kling only (the reseller credentials of the canaries cleared).
fn kling_run(api: &FakeApi, args: &[&str]) -> Run {
    Run::new(args)
        .env("KLING_API_BASE", &api.base())
        .env("USEAPI_API_BASE", &api.base())
        .env("COMETAPI_QUOTA_BASE", &api.base())
        .env("USEAPI_TOKEN", "")
        .env("COMETAPI_KEY", "")
}

const DIAGNOSE_JSON: &[&str] = &[
    "diagnose",
    "--probe",
    "--non-interactive",
    "--format",
    "json",
];

fn probe_named<'a>(json: &'a Json, name: &str) -> &'a Json {
    json["probes"]
        .as_array()
        .and_then(|p| p.iter().find(|x| x["name"] == name))
        .unwrap_or_else(|| panic!("no probe {name} in {json:#}"))
}

#[test]
fn each_pack_status_becomes_its_finding() {
    let live = ("2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let rows: &[(&str, Vec<Json>, Option<&str>, &str)] = &[
        (
            "active pack",
            vec![pack("Video Generation", "online", 118.0, live.0, live.1)],
            Some("online"),
            "no-problem-found",
        ),
        (
            "pack not active yet",
            vec![pack(
                "Video Generation",
                "toBeOnline",
                200.0,
                "2026-12-01T00:00:00Z",
                "2027-01-01T00:00:00Z",
            )],
            Some("toBeOnline"),
            "package-not-active",
        ),
        (
            "pack expired",
            vec![pack(
                "Video Generation",
                "expired",
                30.0,
                "2026-09-01T00:00:00Z",
                "2026-10-01T00:00:00Z",
            )],
            Some("expired"),
            "package-expired",
        ),
        (
            "pack used up",
            vec![pack("Video Generation", "runOut", 0.0, live.0, live.1)],
            Some("runOut"),
            "units-exhausted",
        ),
        ("no pack at all", vec![], Some("none"), "package-none"),
        (
            "only an image pack",
            vec![pack(
                "Image Generation - 1,000 entries",
                "online",
                1000.0,
                live.0,
                live.1,
            )],
            Some("none"),
            "package-none",
        ),
    ];
    for (name, packs, status, finding) in rows {
        let packs = packs.clone();
        let api = FakeApi::start(move |r| match r.path.as_str() {
            "/account/costs" => costs(packs.clone()),
            _ => healthy(r),
        });
        let out = kling_run(&api, DIAGNOSE_JSON).run();
        let json = out.json();
        assert_eq!(
            json["facts"]["package_status"].as_str(),
            *status,
            "{name}: {json:#}"
        );
        out.has_finding(finding);
        assert!(out.code <= 1, "{name}: exit {}", out.code);
    }
}

#[test]
fn units_are_summed_over_usable_packs_of_one_kind_only() {
    let api = FakeApi::start(|r| match r.path.as_str() {
        "/account/costs" => costs(vec![
            pack(
                "Video Generation - 10,000 entries",
                "online",
                100.0,
                "2026-11-20T00:00:00Z",
                "2026-12-20T00:00:00Z",
            ),
            pack(
                "Trial-Video-100Units-5Con-1Months",
                "online",
                50.5,
                "2026-11-25T06:00:00Z",
                "2026-12-05T00:00:00Z",
            ),
            pack(
                "Image Generation - 1,000 entries",
                "online",
                1000.0,
                "2026-11-01T00:00:00Z",
                "2026-12-30T00:00:00Z",
            ),
            pack(
                "Video Generation - old",
                "expired",
                70.0,
                "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z",
            ),
        ]),
        _ => healthy(r),
    });
    let out = kling_run(&api, &["probe", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let facts = &out.json()["facts"];
    assert_eq!(facts["units_left"], json!(150.5), "{facts:#}");
    assert_eq!(facts["package_status"], "online");
    assert_eq!(facts["package_expires"], "2026-12-05T00:00:00Z");
    assert_eq!(facts["purchased_hours_ago"], 6);
    assert_eq!(facts["running_tasks"], 0);
    assert!(
        facts.get("concurrency_limit").is_none(),
        "one active pack's name gives no limit: {facts:#}"
    );
    let json = out.json();
    let packs = &probe_named(&json, "kling.account_costs")["packs"];
    assert_eq!(packs.as_array().map(Vec::len), Some(4));
    assert_eq!(packs[2]["kind"], "image");

    let text = kling_run(&api, &["probe"]).run();
    assert!(
        flat(&text.stdout).contains("(not added to video units)"),
        "{}",
        text.stdout
    );
    assert!(flat(&text.stdout).contains("units_left"), "{}", text.stdout);
}

#[test]
fn more_than_500_running_tasks_are_paged_across_two_endpoints() {
    let t2v = tasks("t2v", 520, 80);
    let i2v = tasks("i2v", 30, 10);
    let api = FakeApi::start(move |r| match r.path.as_str() {
        "/v1/videos/text2video" => page(r, &t2v),
        "/v1/videos/image2video" => page(r, &i2v),
        "/account/costs" => costs(vec![pack(
            "Trial-Video-100Units-5Con-1Months",
            "online",
            80.0,
            "2026-11-01T00:00:00Z",
            "2026-12-01T00:00:00Z",
        )]),
        _ => healthy(r),
    });
    let out = kling_run(
        &api,
        &[
            "diagnose",
            "--probe",
            "--non-interactive",
            "--format",
            "json",
            "--error",
            "1303",
        ],
    )
    .run();
    let json = out.json();
    assert_eq!(json["facts"]["running_tasks"], 550, "{json:#}");
    assert_eq!(json["facts"]["concurrency_limit"], 5);
    assert_eq!(json["facts"]["concurrency_limit_from"], "pack_name");
    out.findings(&["concurrency-limit"]);
    let t2v_probe = probe_named(&json, "kling.tasks.text2video");
    assert_eq!(t2v_probe["running"], 520);
    assert_eq!(t2v_probe["pages"], 2);
    assert_eq!(t2v_probe["oldest_running"][0], "t2v-run-0000");
    let pages: Vec<(String, String)> = api
        .to("/v1/videos/text2video")
        .iter()
        .map(|r| {
            (
                r.param("pageNum").unwrap_or("").into(),
                r.param("pageSize").unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(
        pages,
        [("1".into(), "500".into()), ("2".into(), "500".into())]
    );
    assert_eq!(api.to("/v1/videos/image2video").len(), 1);

    let text = kling_run(
        &api,
        &[
            "diagnose",
            "--probe",
            "--non-interactive",
            "--error",
            "1303",
        ],
    )
    .run();
    assert!(
        flat(&text.stdout).contains("Right now 550 tasks are submitted or processing"),
        "{}",
        text.stdout
    );
    assert!(
        flat(&text.stdout)
            .contains("read from the name of your pack \"Trial-Video-100Units-5Con-1Months\""),
        "{}",
        text.stdout
    );
    assert!(
        flat(&text.stdout).contains("t2v-run-0000"),
        "oldest running ids are shown: {}",
        text.stdout
    );
}

#[test]
fn an_api_key_is_sent_as_a_bearer_token_and_costs_asked_once() {
    let api = FakeApi::start(healthy);
    for args in [DIAGNOSE_JSON, &["probe"][..]] {
        let before = api.to("/account/costs").len();
        let out = kling_run(&api, args).run();
        assert_eq!(out.code, 0, "{args:?}: {}{}", out.stdout, out.stderr);
        assert_eq!(
            api.to("/account/costs").len() - before,
            1,
            "/account/costs once per run ({args:?})"
        );
    }
    let expected = format!("Bearer {}", canary("KLING_API_KEY"));
    let requests = api.requests();
    assert!(!requests.is_empty());
    for r in &requests {
        assert_eq!(
            r.header("authorization"),
            Some(expected.as_str()),
            "{}",
            r.path
        );
    }
    let costs = &api.to("/account/costs")[0];
    let start: i64 = costs
        .param("start_time")
        .and_then(|s| s.parse().ok())
        .expect("start_time in ms");
    let end: i64 = costs
        .param("end_time")
        .and_then(|s| s.parse().ok())
        .expect("end_time in ms");
    assert_eq!(end, ms(crate::support::NOW));
    assert_eq!(end - start, 365 * 86_400_000);
}

#[derive(serde::Deserialize)]
struct Claims {
    iss: String,
    exp: i64,
    nbf: i64,
}

/// The claims of a valid HS256 token signed with the canary secret key, or `None`.
fn verify(authorization: Option<&str>) -> Option<Claims> {
    let token = authorization?.strip_prefix("Bearer ")?;
    kling_doctor::probe::jwt::install();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.set_required_spec_claims(&["exp", "nbf", "iss"]);
    validation.set_issuer(&[canary("KLING_ACCESS_KEY")]);
    validation.validate_nbf = true;
    validation.leeway = 0;
    let key = jsonwebtoken::DecodingKey::from_secret(canary("KLING_SECRET_KEY").as_bytes());
    jsonwebtoken::decode::<Claims>(token, &key, &validation)
        .ok()
        .map(|d| d.claims)
}

#[test]
fn access_and_secret_keys_sign_a_jwt_the_server_accepts() {
    let api = FakeApi::start(|r| match verify(r.header("authorization")) {
        Some(_) => healthy(r),
        None => Reply::json(
            401,
            r#"{"code":1002,"message":"Authorization is invalid","request_id":"req-jwt"}"#,
        ),
    });
    let out = kling_run(&api, &["probe", "--format", "json"])
        .env("KLING_API_KEY", "")
        .run();
    assert_eq!(out.code, 0, "the server accepted the JWT: {}", out.stdout);
    assert_eq!(out.json()["facts"]["package_status"], "online");
    let requests = api.requests();
    let now = jiff::Timestamp::now().as_second();
    for r in &requests {
        let claims = verify(r.header("authorization")).expect("valid JWT");
        assert_eq!(claims.iss, canary("KLING_ACCESS_KEY"));
        assert_eq!(
            claims.exp - claims.nbf,
            1805,
            "exp = now + 1800, nbf = now - 5"
        );
        assert!(
            (claims.exp - (now + 1800)).abs() < 120,
            "exp near now + 1800"
        );
        let token = r
            .header("authorization")
            .and_then(|h| h.strip_prefix("Bearer "))
            .unwrap_or("");
        assert!(
            !flat(&out.stdout).contains(token) && !out.stderr.contains(token),
            "the JWT leaked"
        );
        let signature = token.rsplit('.').next().unwrap_or("");
        assert!(
            signature.len() > 10 && !flat(&out.stdout).contains(signature),
            "the JWT signature leaked"
        );
    }
}

#[test]
fn a_refused_key_becomes_an_auth_finding() {
    let api = FakeApi::start(|_| {
        Reply::json(
            401,
            r#"{"code":1002,"message":"Authorization is invalid","request_id":"req-auth-7"}"#,
        )
    });
    let out = kling_run(&api, DIAGNOSE_JSON).run();
    assert_eq!(out.code, 1);
    let json = out.json();
    out.findings(&["auth-failed"]);
    assert_eq!(json["facts"]["error_code"], 1002);
    assert_eq!(json["facts"]["api_reachable"], "yes");
    let costs = probe_named(&json, "kling.account_costs");
    assert_eq!(costs["ok"], false);
    assert_eq!(costs["error"], "api_error");
    assert_eq!(costs["code"], 1002);
    assert_eq!(costs["http_status"], 401);
    assert_eq!(costs["request_id"], "req-auth-7");

    let text = kling_run(&api, &["diagnose", "--probe", "--non-interactive"]).run();
    assert!(
        flat(&text.stdout).contains("could not check your Kling resource packs (GET /account/costs) because Kling refused the credentials (1002: Authorization is invalid)"),
        "{}",
        text.stdout
    );
    // The error the user pasted stays theirs; the refusal is then a failed live check.
    let pasted = kling_run(
        &api,
        &[
            "diagnose",
            "--probe",
            "--non-interactive",
            "--format",
            "json",
            "--error",
            "1102",
        ],
    )
    .run();
    assert_eq!(pasted.json()["facts"]["error_code"], 1102);
    pasted.has_finding("provider-unreachable");
}

#[test]
fn clock_skew_is_measured_from_the_date_header() {
    let api = FakeApi::start(|r| healthy(r).dated(-120));
    let out = kling_run(&api, DIAGNOSE_JSON).run();
    let json = out.json();
    let skew = json["facts"]["clock_skew_s"]
        .as_f64()
        .expect("clock_skew_s");
    assert!(
        (115.0..=125.0).contains(&skew),
        "local minus server ≈ +120 s, got {skew}"
    );
    out.has_finding("clock-skew");
    let text = kling_run(&api, &["diagnose", "--probe", "--non-interactive"]).run();
    assert!(
        flat(&text.stdout).contains(
            "Measured from Kling's Date header: your clock is 120 seconds ahead of Kling's"
        ) || flat(&text.stdout).contains("ahead of Kling's"),
        "{}",
        text.stdout
    );

    let in_sync = FakeApi::start(healthy);
    let out = kling_run(&in_sync, DIAGNOSE_JSON).run();
    let skew = out.json()["facts"]["clock_skew_s"]
        .as_f64()
        .expect("clock_skew_s");
    assert!(skew.abs() <= 2.0, "{skew}");
    out.lacks_finding("clock-skew");
}

#[test]
fn every_fault_is_a_result_and_the_diagnosis_goes_on() {
    let rows: &[(&str, Reply, &str)] = &[
        (
            "HTTP 500",
            Reply::json(500, "Internal Server Error"),
            "http_status",
        ),
        ("HTML error page", Reply::html(503), "html"),
        (
            "malformed JSON",
            Reply::json(200, r#"{"code":0,"data":{,}}"#),
            "malformed",
        ),
        (
            "unexpected JSON",
            Reply::json(
                200,
                r#"{"code":0,"data":{"resource_pack_subscribe_infos":"no"}}"#,
            ),
            "malformed",
        ),
        (
            "JSON cut short",
            Reply::json(
                200,
                r#"{"code":0,"data":{"resource_pack_subscribe_infos":[{"st"#,
            ),
            "truncated",
        ),
        (
            "truncated body",
            Reply::Truncated {
                body: json!({"code": 0, "data": {}}).to_string(),
            },
            "truncated",
        ),
        ("dropped connection", Reply::Drop, "connection_dropped"),
        ("hang past --timeout", Reply::Hang, "timeout"),
        (
            "1302 envelope",
            Reply::json(
                429,
                r#"{"code":1302,"message":"Too many requests","request_id":"r-1302"}"#,
            ),
            "api_error",
        ),
        (
            "1303 envelope",
            Reply::json(
                429,
                r#"{"code":1303,"message":"parallel task over resource pack limit","request_id":"r-1303"}"#,
            ),
            "api_error",
        ),
    ];
    for (name, reply, kind) in rows {
        let reply = reply.clone();
        let api = FakeApi::start(move |r| match r.path.as_str() {
            "/account/costs" => reply.clone(),
            _ => healthy(r),
        });
        let mut args = DIAGNOSE_JSON.to_vec();
        args.extend(["--timeout", "1"]);
        let out = kling_run(&api, &args).run();
        assert!(out.code <= 1, "{name}: exit {}: {}", out.code, out.stderr);
        let json = out.json();
        let costs = probe_named(&json, "kling.account_costs");
        assert_eq!(costs["ok"], false, "{name}");
        assert_eq!(costs["error"], *kind, "{name}: {costs:#}");
        assert!(
            costs["message"]
                .as_str()
                .unwrap_or("")
                .starts_with("could not check your Kling resource packs"),
            "{name}: {costs:#}"
        );
        assert_eq!(
            probe_named(&json, "kling.tasks.text2video")["ok"],
            true,
            "{name}"
        );
        assert_eq!(
            json["facts"]["running_tasks"], 0,
            "{name}: the other probes still count"
        );
        out.has_finding("provider-unreachable");
        assert_eq!(api.to("/account/costs").len(), 1, "{name}: never retried");

        let text = kling_run(
            &api,
            &["diagnose", "--probe", "--non-interactive", "--timeout", "1"],
        )
        .run();
        assert!(text.code <= 1, "{name}");
        assert!(
            flat(&text.stdout).contains("[✗] kling.account_costs"),
            "{name}: {}",
            text.stdout
        );
        assert!(
            flat(&text.stdout)
                .contains("could not check your Kling resource packs (GET /account/costs) because"),
            "{name}"
        );
        assert!(
            flat(&text.stdout).contains("1 live check could not be completed"),
            "{name}: {}",
            text.stdout
        );
    }
}

#[test]
fn an_unreachable_api_is_a_finding() {
    // Run points every base at a closed loopback port unless told otherwise.
    let out = Run::new(DIAGNOSE_JSON)
        .env("USEAPI_TOKEN", "")
        .env("COMETAPI_KEY", "")
        .run();
    assert_eq!(out.code, 1);
    let json = out.json();
    assert_eq!(json["facts"]["api_reachable"], "no");
    out.findings(&["provider-unreachable"]);
    assert_eq!(
        probe_named(&json, "kling.account_costs")["error"],
        "connection_refused"
    );
    let text = Run::new(["diagnose", "--probe", "--non-interactive", "--lang", "id"]).run();
    assert!(
        flat(&text.stdout).contains("tidak bisa memeriksa paket resource Kling Anda"),
        "{}",
        text.stdout
    );
    assert!(
        flat(&text.stdout).contains("koneksi ditolak"),
        "{}",
        text.stdout
    );
}

fn resellers(api: &FakeApi, args: &[&str]) -> Run {
    Run::new(args)
        .env("KLING_API_KEY", "")
        .env("KLING_ACCESS_KEY", "")
        .env("USEAPI_API_BASE", &api.base())
        .env("COMETAPI_QUOTA_BASE", &api.base())
        .env("USEAPI_EMAIL", EMAIL)
}

#[test]
fn reseller_balances_say_which_balance_is_which() {
    let api = FakeApi::start(healthy);
    let out = resellers(&api, DIAGNOSE_JSON).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let json = out.json();
    assert_eq!(json["facts"]["useapi_balance"], 56000);
    assert_eq!(json["facts"]["cometapi_balance_usd"], 42.5);
    let finding = &json["findings"][0];
    assert_eq!(finding["id"], "provider-balance");
    assert_eq!(finding["severity"], "info");
    let explanation = finding["explanation"].as_str().unwrap_or("");
    assert!(
        explanation.contains("useapi.net balance: 56000 points"),
        "{explanation}"
    );
    assert!(
        explanation.contains("not an API resource pack of yours"),
        "{explanation}"
    );
    assert!(
        explanation.contains("CometAPI balance: $42.5"),
        "{explanation}"
    );
    assert!(!explanation.contains("{$"), "{explanation}");
    let useapi = &api.to("/v1/kling/accounts/me@example.com")[0];
    assert_eq!(
        useapi.header("authorization"),
        Some(format!("Bearer {}", canary("USEAPI_TOKEN")).as_str())
    );
    let comet = &api.to("/user/quota")[0];
    assert_eq!(comet.param("key"), Some(canary("COMETAPI_KEY")));
    assert_eq!(
        comet.header("authorization"),
        None,
        "CometAPI's key goes in the query only"
    );

    let empty = FakeApi::start(|r| match r.path.as_str() {
        "/v1/kling/accounts/me@example.com" => Reply::json(
            200,
            r#"{"email":"me@example.com","maxJobs":2,"balance":{"points":[],"total":0}}"#,
        ),
        "/v1/kling/scheduler/available" => Reply::json(
            200,
            r#"{"executing":[{},{}],"available":[{"email":"me@example.com","maxJobs":2,"executing":2,"available":0},{"email":"other@example.com","maxJobs":9,"executing":0,"available":9}]}"#,
        ),
        _ => healthy(r),
    });
    let out = resellers(&empty, DIAGNOSE_JSON).run();
    assert_eq!(out.code, 1);
    out.findings(&["provider-balance", "provider-slots-full"]);
    assert_eq!(out.json()["findings"][0]["severity"], "error");
    assert_eq!(
        out.json()["facts"]["useapi_jobs_max"],
        2,
        "only the account of USEAPI_EMAIL"
    );
}

#[test]
fn reseller_faults_never_show_their_keys() {
    let rows: &[(&str, Reply)] = &[
        ("dropped", Reply::Drop),
        (
            "401",
            Reply::json(401, r#"{"error":"Unauthorized","code":401}"#),
        ),
        (
            "comet error envelope",
            Reply::json(
                200,
                r#"{"error":{"message":"invalid key sk-kdcanaryCOMET8Tu3Xo5Ia2","type":"comet_api_error"}}"#,
            ),
        ),
    ];
    for (name, reply) in rows {
        let reply = reply.clone();
        let api = FakeApi::start(move |r| match r.path.as_str() {
            "/user/quota" | "/v1/kling/scheduler/available" => reply.clone(),
            _ => healthy(r),
        });
        for format in ["text", "json", "markdown"] {
            let out = resellers(&api, &["probe", "--format", format, "--timeout", "2"]).run();
            assert_eq!(out.code, 1, "{name} {format}");
            assert!(
                flat(&out.stdout).contains("CometAPI"),
                "{name} {format}: {}",
                out.stdout
            );
            assert!(
                !flat(&out.stdout).contains("/user/quota?"),
                "{name} {format}: the URL with the key is never shown"
            );
        }
    }
}

#[test]
fn without_credentials_the_probe_command_says_what_to_set() {
    let none = |args: &[&str]| {
        Run::new(args)
            .env("KLING_API_KEY", "")
            .env("KLING_ACCESS_KEY", "")
            .env("KLING_SECRET_KEY", "")
            .env("USEAPI_TOKEN", "")
            .env("COMETAPI_KEY", "")
    };
    let out = none(&["probe"]).run();
    for var in [
        "KLING_API_KEY",
        "KLING_ACCESS_KEY",
        "KLING_SECRET_KEY",
        "USEAPI_TOKEN",
        "COMETAPI_KEY",
        ".env",
    ] {
        out.refused(var);
    }
    none(&["probe", "--lang", "id"])
        .run()
        .refused("Tidak ada yang bisa diperiksa");

    let diagnose = none(&[
        "diagnose",
        "--probe",
        "--non-interactive",
        "--error",
        "1102",
    ])
    .run();
    assert_eq!(diagnose.code, 1, "the diagnosis still runs");
    assert!(
        flat(&diagnose.stdout).contains("Nothing to probe"),
        "{}",
        diagnose.stdout
    );
}

#[test]
fn probe_exit_codes_and_formats() {
    let api = FakeApi::start(healthy);
    let ok = kling_run(&api, &["probe"]).run();
    assert_eq!(ok.code, 0, "{}", ok.stdout);
    assert!(
        flat(&ok.stdout).contains("[✓] kling.account_costs"),
        "{}",
        ok.stdout
    );
    assert!(
        flat(&ok.stdout).contains("request_id: req-ok-1"),
        "{}",
        ok.stdout
    );
    assert!(
        flat(&ok.stdout).contains("3 of 3 requests answered (exit 0)."),
        "{}",
        ok.stdout
    );

    let markdown = kling_run(
        &api,
        &[
            "diagnose",
            "--probe",
            "--non-interactive",
            "--format",
            "markdown",
        ],
    )
    .run();
    assert!(
        flat(&markdown.stdout).contains("| ✓ | `kling.account_costs` |"),
        "{}",
        markdown.stdout
    );

    let slow = FakeApi::start(|r| {
        Reply::Delayed(std::time::Duration::from_millis(300), Box::new(healthy(r)))
    });
    let out = kling_run(&slow, &["probe", "--timeout", "5"]).run();
    assert_eq!(
        out.code, 0,
        "slow but in time is not a fault: {}",
        out.stdout
    );

    let failing = FakeApi::start(|r| match r.path.as_str() {
        "/v1/videos/image2video" => Reply::json(500, "oops"),
        _ => healthy(r),
    });
    let out = kling_run(&failing, &["probe", "--format", "json"]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.json()["facts"].get("running_tasks").is_none(),
        "a partial count is not a count"
    );

    for bad in [
        &["probe", "--timeout", "0"][..],
        &["probe", "--timeout", "soon"],
        &["diagnose", "--probe", "--timeout", "-1"],
    ] {
        kling_run(&api, bad).run().status(2).stdout_empty();
    }
}

/// Live packs of several families, for the family tests below.
fn family_api(packs: Vec<Json>) -> FakeApi {
    FakeApi::start(move |r| match r.path.as_str() {
        "/account/costs" => costs(packs.clone()),
        _ => healthy(r),
    })
}

const LIVE: (&str, &str) = ("2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z");

#[test]
fn units_count_for_the_request_family_only() {
    // (name, packs, extra args, pack_product, units_left, finding expected, finding not expected)
    type Row = (
        &'static str,
        Vec<Json>,
        &'static [&'static str],
        &'static str,
        Option<f64>,
        &'static str,
        &'static str,
    );
    let image = || {
        pack(
            "Trial-Image-1000Units-9Con-1Months",
            "online",
            1000.0,
            LIVE.0,
            LIVE.1,
        )
    };
    let video = || {
        pack(
            "Trial-Video-100Units-5Con-1Months",
            "online",
            60.0,
            LIVE.0,
            LIVE.1,
        )
    };
    let rows: Vec<Row> = vec![
        (
            "image-only account, a video request",
            vec![image()],
            &["--error", "1102"],
            "image",
            None,
            "pack-family-mismatch",
            "balance-unexplained",
        ),
        (
            "image-only account, an image request",
            vec![image()],
            &[
                "--error",
                "1102",
                "--set",
                "product=image",
                "--set",
                "model=kling-v3",
            ],
            "image",
            Some(1000.0),
            "balance-unexplained",
            "pack-family-mismatch",
        ),
        (
            "mixed families, an image request counts image units",
            vec![video(), image()],
            &["--set", "product=image"],
            "image",
            Some(1000.0),
            "no-problem-found",
            "pack-family-mismatch",
        ),
        (
            "mixed families, a video request counts video units",
            vec![video(), image()],
            &[],
            "video",
            Some(60.0),
            "no-problem-found",
            "pack-family-mismatch",
        ),
        (
            "video-only account, an image request",
            vec![video()],
            &["--error", "1102", "--set", "product=image"],
            "video",
            None,
            "pack-family-mismatch",
            "units-insufficient",
        ),
    ];
    for (name, packs, extra, product, units, wanted, unwanted) in rows {
        let api = family_api(packs);
        let mut args: Vec<&str> = DIAGNOSE_JSON.to_vec();
        args.extend_from_slice(extra);
        let out = kling_run(&api, &args).run();
        let json = out.json();
        assert_eq!(json["facts"]["pack_product"], product, "{name}: {json:#}");
        assert_eq!(
            json["facts"]["units_left"].as_f64(),
            units,
            "{name}: {json:#}"
        );
        out.has_finding(wanted).lacks_finding(unwanted);
    }
}

#[test]
fn a_healthy_looking_account_that_kling_refuses_with_1102() {
    let api = family_api(vec![pack(
        "Video Generation - 10,000 entries",
        "online",
        50.0,
        "2026-11-01T00:00:00Z",
        LIVE.1,
    )]);
    let flags = [
        "--error",
        r#"{"code":1102,"message":"Account balance not enough","request_id":"r-1"}"#,
        "--set",
        "model=v3",
        "--set",
        "mode=4k",
        "--set",
        "duration=10",
    ];
    let mut args: Vec<&str> = DIAGNOSE_JSON.to_vec();
    args.extend_from_slice(&flags);
    let out = kling_run(&api, &args).run();
    out.status(1)
        .has_finding("balance-unexplained")
        .lacks_finding("balance-not-enough");
    let json = out.json();
    let fixes: Vec<String> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|f| f["fixes"].as_array().cloned().unwrap_or_default())
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect();
    assert!(
        fixes
            .iter()
            .all(|f| !f.contains("package_status") && !f.contains("units_left")),
        "a fix asks for what the probe read: {fixes:#?}"
    );
    for lang in ["en", "id"] {
        let mut args = vec!["--lang", lang, "diagnose", "--probe", "--non-interactive"];
        args.extend_from_slice(&flags);
        let text = flat(&kling_run(&api, &args).run().stdout);
        let (title, hint) = match lang {
            "en" => (
                "1102 although an active video pack has 50 units left",
                "another account",
            ),
            _ => (
                "1102 padahal paket video yang aktif masih punya 50 unit",
                "akun lain",
            ),
        };
        assert!(
            text.contains(title) && text.contains(hint),
            "{lang}: {text}"
        );
    }
}

//! `kling-doctor usage` and the ledger in `diagnose --probe`, against a fake Kling API on
//! 127.0.0.1: a ledger of 620 rows over three cursor pages, amounts as numbers and as
//! strings, packs expiring soon and late, native-audio rows, and every fault a page can meet.

use serde_json::{Value as Json, json};

use crate::fake_api::{FakeApi, Reply, Request};
use crate::support::{NOW, Output, Run};

/// Rows the fake server puts on one page, whatever `limit` asks (a server may send fewer).
const SERVER_PAGE: usize = 250;

fn ms(rfc3339: &str) -> i64 {
    rfc3339
        .parse::<jiff::Timestamp>()
        .expect("a timestamp")
        .as_millisecond()
}

fn kling(data: Json) -> Reply {
    Reply::json(
        200,
        json!({"code": 0, "message": "SUCCEED", "request_id": "req-ledger", "data": data})
            .to_string(),
    )
}

fn pack(name: &str, remaining: f64, until: &str) -> Json {
    json!({"resource_pack_name": name, "resource_pack_id": "p1", "resource_pack_type": "decreasing_total",
           "total_quantity": 5000.0, "remaining_quantity": remaining,
           "purchase_time": ms("2026-10-01T00:00:00Z"), "effective_time": ms("2026-10-01T00:00:00Z"),
           "invalid_time": ms(until), "status": "online"})
}

/// 620 rows, 2900 units: 300 × kling-v2-6 1080p 5.04 s native audio at "5" (strings),
/// 200 × kling-v2-5-turbo 720p at 1.5 (numbers), 100 × kling-v2-6 1080p 10 s at "5.0",
/// 20 × kling-v3 4k 10 s at 30. Two key names.
fn ledger_rows() -> Vec<Json> {
    let at = ms(NOW) - 86_400_000;
    let mut rows = Vec::new();
    for i in 0..300 {
        rows.push(json!({"task_id": format!("a{i}"), "product_type": "video", "api_key_name": "prod",
            "package_id": "p1", "product_function": "image2video", "model_name": "kling-v2-6",
            "resolution": "1080p", "duration": "5.04", "refer_video_input": false, "video_sound": "native",
            "voice_control": false, "deduction_time": at.to_string(), "unit_before_deduction": "900",
            "deduction_amount": "5", "unit_after_deduction": "895"}));
    }
    for i in 0..200 {
        rows.push(json!({"task_id": format!("b{i}"), "product_type": "video", "api_key_name": "batch",
            "model_name": "kling-v2-5-turbo", "resolution": "720p", "duration": 5, "video_sound": "off",
            "deduction_time": at, "deduction_amount": 1.5}));
    }
    for i in 0..100 {
        rows.push(json!({"task_id": format!("c{i}"), "product_type": "video", "api_key_name": "prod",
            "model_name": "kling-v2-6", "resolution": "1080p", "duration": "10.0", "video_sound": "off",
            "deduction_time": at, "deduction_amount": "5.0"}));
    }
    for i in 0..20 {
        rows.push(
            json!({"task_id": format!("d{i}"), "product_type": "video", "api_key_name": "prod",
            "model_name": "kling-v3", "resolution": "4k", "duration": 10, "video_sound": "off",
            "deduction_time": at, "deduction_amount": 30}),
        );
    }
    rows
}

/// The page a cursor (`"250"`, `"500"`) points at; no cursor is the first page.
fn ledger_page(request: &Request, rows: &[Json]) -> Reply {
    let from: usize = request.json()["cursor"]
        .as_str()
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let page: Vec<Json> = rows.iter().skip(from).take(SERVER_PAGE).cloned().collect();
    let next = from + page.len();
    let more = next < rows.len();
    kling(json!({"result": {"count": page.len(), "detail": page},
                 "next_cursor": if more { json!(next.to_string()) } else { json!("") },
                 "has_more": more}))
}

fn account(packs: Vec<Json>) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    let rows = ledger_rows();
    move |r: &Request| match r.path.as_str() {
        "/account/costs" => {
            kling(json!({"code": 0, "msg": "", "resource_pack_subscribe_infos": packs}))
        }
        "/account/billing/package" => ledger_page(r, &rows),
        "/v1/videos/text2video" | "/v1/videos/image2video" => kling(json!([])),
        _ => Reply::json(404, r#"{"code":1203,"message":"not found"}"#),
    }
}

fn late() -> Vec<Json> {
    vec![pack(
        "Video Generation - 10,000 entries",
        1000.0,
        "2027-06-01T00:00:00Z",
    )]
}

fn soon() -> Vec<Json> {
    vec![pack(
        "Video Generation - 10,000 entries",
        1000.0,
        "2026-11-28T12:00:00Z",
    )]
}

fn run(api: &FakeApi, args: &[&str]) -> Output {
    Run::new(args)
        .env("KLING_API_BASE", &api.base())
        .env("USEAPI_TOKEN", "")
        .env("COMETAPI_KEY", "")
        .run()
}

#[test]
fn usage_json_sums_every_page_per_setup() {
    let api = FakeApi::start(account(late()));
    let out = run(&api, &["usage", "--format", "json"]);
    assert_eq!(out.code, 0, "{out:?}");
    let j = out.json();
    assert_eq!(j["schema_version"], 1);
    assert_eq!(
        (j["days"].as_u64(), j["product"].as_str()),
        (Some(30), Some("video"))
    );
    assert_eq!(j["tasks"], 620);
    assert_eq!(j["units_total"], 2900.0);
    assert_eq!(j["units_per_day"], 96.67);
    assert_eq!(j["units_left"], 1000.0);
    assert_eq!(j["days_left"], 10.34);
    assert_eq!(j["pack_expires"], "2027-06-01T00:00:00Z");
    let groups: Vec<(String, String, u64, bool, u64, f64, f64)> = j["by_model"]
        .as_array()
        .expect("by_model")
        .iter()
        .map(|g| {
            (
                g["model"].as_str().unwrap_or_default().to_string(),
                g["mode"].as_str().unwrap_or_default().to_string(),
                g["duration"].as_u64().unwrap_or_default(),
                g["audio"].as_bool().unwrap_or_default(),
                g["tasks"].as_u64().unwrap_or_default(),
                g["units_per_task"].as_f64().unwrap_or_default(),
                g["units_total"].as_f64().unwrap_or_default(),
            )
        })
        .collect();
    let expected = [
        ("kling-v2-6", "pro", 5, true, 300, 5.0, 1500.0),
        ("kling-v3", "4k", 10, false, 20, 30.0, 600.0),
        ("kling-v2-6", "pro", 10, false, 100, 5.0, 500.0),
        ("kling-v2-5-turbo", "std", 5, false, 200, 1.5, 300.0),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(m, mo, d, a, t, u, tot)| (m.to_string(), mo.to_string(), *d, *a, *t, *u, *tot))
        .collect();
    assert_eq!(groups, expected);
    assert_eq!(j["by_api_key"][0]["api_key_name"], "prod");
    assert_eq!(j["by_api_key"][0]["units_total"], 2600.0);
    assert!(j["findings"].is_array(), "{j:#}");
    let ledger = j["probes"]
        .as_array()
        .and_then(|p| p.iter().find(|x| x["name"] == "kling.billing_package"))
        .expect("the ledger probe");
    assert_eq!(
        (ledger["ok"].as_bool(), ledger["pages"].as_u64()),
        (Some(true), Some(3))
    );
    // Three pages: the window first, then the cursors; never more than 500 a page.
    let posts = api.to("/account/billing/package");
    assert_eq!(posts.len(), 3);
    assert!(
        posts
            .iter()
            .all(|r| r.method == "POST" && r.json()["limit"] == 500)
    );
    let first = posts[0].json();
    assert_eq!(first["end_time"], ms(NOW));
    assert_eq!(first["start_time"], ms(NOW) - 30 * 86_400_000);
    assert_eq!(first["filters"][0]["values"][0], "video");
    assert_eq!(
        (
            posts[1].json()["cursor"].as_str(),
            posts[2].json()["cursor"].as_str()
        ),
        (Some("250"), Some("500"))
    );
    assert!(
        api.to("/v1/videos/text2video").is_empty(),
        "usage counts no tasks"
    );
}

#[test]
fn the_outlook_compares_the_rate_with_the_packs_expiry() {
    let cases: &[(Vec<Json>, &[&str], &str, &[&str])] = &[
        (
            late(),
            &[],
            "en",
            &["run out in about 10 days, before the pack expires on 2027-06-01"],
        ),
        (
            soon(),
            &[],
            "en",
            &["about 710 units will expire unused on 2026-11-28"],
        ),
        (
            soon(),
            &["--lang", "id"],
            "id",
            &["kedaluwarsa tanpa terpakai pada 2026-11-28"],
        ),
        (
            late(),
            &["--days", "10"],
            "en",
            &["last 10 days", "290 units a day"],
        ),
    ];
    for (packs, extra, lang, says) in cases {
        let api = FakeApi::start(account(packs.clone()));
        let mut args = vec!["usage"];
        args.extend_from_slice(extra);
        let out = run(&api, &args);
        // A pack expiring in 3 days is a warning finding: exit 1.
        let expiring = packs[0]["invalid_time"] == ms("2026-11-28T12:00:00Z");
        assert_eq!(out.code, i32::from(expiring), "{lang} {extra:?}: {out:?}");
        for s in *says {
            assert!(out.stdout.contains(s), "{s:?} not in:\n{}", out.stdout);
        }
    }
}

#[test]
fn the_text_table_is_aligned_and_markdown_is_a_table() {
    let api = FakeApi::start(account(late()));
    let out = run(&api, &["usage"]);
    let table: Vec<&str> = out
        .stdout
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("model"))
        .take(6)
        .collect();
    assert_eq!(table.len(), 6, "{}", out.stdout);
    // Right-aligned numbers end in the same column on every line.
    let ends: Vec<usize> = table.iter().map(|l| l.trim_end().len()).collect();
    assert!(ends.iter().all(|e| *e == ends[0]), "{table:#?}");
    assert!(
        table[1].contains("kling-v2-6") && table[1].contains("native"),
        "{table:#?}"
    );
    assert!(out.stdout.contains("By API key:"), "{}", out.stdout);
    let md = run(&api, &["usage", "--format", "markdown"]);
    assert!(
        md.stdout
            .contains("| kling-v2-6 | pro | 5 s | native | 300 | 5.00 | 1500.00 |"),
        "{}",
        md.stdout
    );
}

#[test]
fn ledger_faults_are_probe_entries_and_the_rest_still_prints() {
    let cases: Vec<(&str, Reply, &str)> = vec![
        (
            "500",
            Reply::json(500, "Internal Server Error"),
            "http_status",
        ),
        ("html", Reply::html(503), "html"),
        (
            "cut",
            Reply::Truncated {
                body: r#"{"code":0,"data":{"result":{"detail":[]}}}"#.into(),
            },
            "truncated",
        ),
        ("hang", Reply::Hang, "timeout"),
        (
            "envelope",
            Reply::json(200, r#"{"code":1100,"message":"Account exception"}"#),
            "api_error",
        ),
    ];
    for (name, reply, kind) in cases {
        let packs = late();
        let api = FakeApi::start(move |r: &Request| match r.path.as_str() {
            "/account/billing/package" => reply.clone(),
            "/account/costs" => kling(json!({"code": 0, "resource_pack_subscribe_infos": packs})),
            _ => Reply::json(404, "{}"),
        });
        let out = run(&api, &["usage", "--format", "json", "--timeout", "1"]);
        assert_eq!(out.code, 1, "{name}: {out:?}");
        let j = out.json();
        let ledger = j["probes"]
            .as_array()
            .and_then(|p| p.iter().find(|x| x["name"] == "kling.billing_package"))
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            (ledger["ok"].as_bool(), ledger["error"].as_str()),
            (Some(false), Some(kind)),
            "{name}"
        );
        assert_eq!(j["units_left"], 1000.0, "{name}: the packs still count");
        let text = run(&api, &["usage", "--timeout", "1"]);
        assert!(
            text.stdout.contains("could not be read"),
            "{name}: {}",
            text.stdout
        );
    }
}

#[test]
fn bad_usage_options_exit_2_with_a_message() {
    let api = FakeApi::start(account(late()));
    let cases: &[(&[&str], &[(&str, &str)], &str)] = &[
        (&["usage", "--days", "0"], &[], "--days"),
        (&["usage", "--days", "-3"], &[], "--days"),
        (&["usage", "--days", "abc"], &[], "--days"),
        (
            &["usage", "--days", "0", "--lang", "id"],
            &[],
            "tidak valid",
        ),
        (&["usage", "--product", "audio"], &[], "audio"),
        (
            &["usage"],
            &[
                ("KLING_API_KEY", ""),
                ("KLING_ACCESS_KEY", ""),
                ("KLING_SECRET_KEY", ""),
            ],
            "KLING_API_KEY",
        ),
    ];
    for (args, env, says) in cases {
        let mut run = Run::new(*args).env("KLING_API_BASE", &api.base());
        for (k, v) in *env {
            run = run.env(k, v);
        }
        run.run().refused(says);
    }
    assert!(api.to("/account/billing/package").is_empty());
}

#[test]
fn a_diagnosis_notices_tasks_charged_for_native_audio() {
    let api = FakeApi::start(account(late()));
    let cases: &[(&[&str], Option<&str>)] = &[
        // kling-v2-6 pro 5 s costs 2.5 units without audio; the ledger charged 5.
        (
            &[
                "--set",
                "model=kling-v2-6",
                "--set",
                "mode=pro",
                "--set",
                "duration=5",
            ],
            Some("native-audio"),
        ),
        // 10 s without audio: charged what the price table says.
        (
            &[
                "--set",
                "model=kling-v2-6",
                "--set",
                "mode=pro",
                "--set",
                "duration=10",
            ],
            None,
        ),
        // kling-v3 meant as pro, run at 4K: 30 units instead of 8.
        (
            &[
                "--set",
                "model=kling-v3",
                "--set",
                "mode=pro",
                "--set",
                "duration=10",
            ],
            Some("4k"),
        ),
        // No ledger rows for the setup: nothing to compare.
        (
            &[
                "--set",
                "model=kling-v1",
                "--set",
                "mode=std",
                "--set",
                "duration=5",
            ],
            None,
        ),
    ];
    for (facts, variant) in cases {
        let mut args = vec![
            "diagnose",
            "--probe",
            "--non-interactive",
            "--format",
            "json",
        ];
        args.extend_from_slice(facts);
        let out = run(&api, &args);
        let j = out.json();
        let found = j["findings"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["id"] == "cost-higher-than-expected"))
            .cloned();
        assert_eq!(
            found
                .as_ref()
                .map(|f| f["variant"].as_str().unwrap_or_default()),
            *variant,
            "{facts:?}: {j:#}"
        );
        if let Some(f) = found {
            assert_eq!(f["severity"], "warning");
            assert!(
                f["title"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("units each"),
                "{f:#}"
            );
        }
    }
}

#[test]
fn the_report_carries_the_usage_section_when_probed() {
    let api = FakeApi::start(account(soon()));
    for (file, says) in [("r.md", "## Where the units went"), ("r.json", "\"usage\"")] {
        let (out, dir) = Run::new(["diagnose", "--probe", "--non-interactive", "--report", file])
            .env("KLING_API_BASE", &api.base())
            .env("USEAPI_TOKEN", "")
            .env("COMETAPI_KEY", "")
            .run_keeping_dir();
        assert!(out.code <= 1, "{out:?}");
        let report = std::fs::read_to_string(dir.path().join(file)).expect("the report");
        assert!(report.contains(says), "{file}:\n{report}");
        assert!(
            report.contains("710"),
            "{file}: the units that expire unused"
        );
    }
}

//! Pasted reseller, gateway and SDK errors, tracebacks and curl dumps (issue 16): each
//! names the provider, reads the request facts and picks the finding whose fix acts in
//! the right place, in both languages, through `diagnose --format json` and `explain`.

use crate::support::Run;

/// (paste, finding, variant, facts that must be read, words the English texts contain,
/// words the Indonesian texts contain)
type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    (
        r#"{"detail":"User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing."}"#,
        "provider-balance",
        Some("pasted"),
        &[("provider", "fal")],
        &["fal.ai/dashboard/billing"],
        &["fal.ai/dashboard/billing", "Isi ulang"],
    ),
    (
        "< HTTP/2 403\r\n< content-type: application/json\r\n\r\n{\"detail\": \"User is locked. Reason: TOP_UP.\"}\r\n> POST /fal-ai/kling-video/v2.5-turbo/pro/image-to-video HTTP/2\r\n> Host: queue.fal.run\r\n",
        "provider-balance",
        Some("pasted"),
        &[
            ("provider", "fal"),
            ("api_host", "queue.fal.run"),
            ("http_status", "403"),
        ],
        &["fal.ai"],
        &["fal.ai"],
    ),
    (
        r#"{"error":{"message":"token quota is not enough, token remain quota: ＄0.12, need quota: ＄1.05 (request id: 202611250931227)","type":"comet_api_error","param":"","code":"pre_consume_token_quota_failed"}}"#,
        "provider-key-quota",
        None,
        &[("provider", "cometapi")],
        &["CometAPI console", "unlimited"],
        &["konsol CometAPI"],
    ),
    (
        "curl -X POST 'https://api.cometapi.com/kling/v1/videos/text2video' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{\"model_name\":\"kling-v2-1-master\",\"mode\":\"pro\",\"duration\":\"10\",\"prompt\":\"rain on neon\"}'\n\n{\"error\":{\"message\":\"预扣费额度失败, 用户剩余额度: ＄0.020000, 需要预扣费额度: ＄2.800000 (request id: 2026112511)\",\"type\":\"comet_api_error\",\"code\":\"insufficient_user_quota\"}}",
        "provider-balance",
        Some("pasted"),
        &[
            ("provider", "cometapi"),
            ("api_host", "api.cometapi.com"),
            ("product", "video"),
            ("endpoint", "text2video"),
            ("model", "kling-v2-1-master"),
            ("mode", "pro"),
            ("duration", "10"),
        ],
        &["CometAPI"],
        &["CometAPI"],
    ),
    (
        r#"{"code":"fail_to_fetch_task","message":"{\"code\":1102,\"message\":\"Account balance not enough\",\"request_id\":\"c0ffee-42\"}","data":null}"#,
        "upstream-balance",
        None,
        &[
            ("provider", "gateway"),
            ("upstream_code", "1102"),
            ("request_id", "c0ffee-42"),
        ],
        &["upstream Kling account is empty"],
        &["akun Kling upstream-nya kosong"],
    ),
    (
        // wrapped by a terminal at 60 columns, in the middle of the inner JSON
        "{\"code\":\"fail_to_fetch_task\",\"message\":\"{\\\"code\\\":1102,\\\"mes\nsage\\\":\\\"Account balance not enough\\\"}\",\"data\":null}",
        "upstream-balance",
        None,
        &[("provider", "gateway")],
        &["not yours"],
        &["bukan akun Anda"],
    ),
    (
        r#"{"error":"Subscription required","code":402}"#,
        "provider-subscription",
        None,
        &[("provider", "useapi")],
        &["Renew your useapi.net subscription"],
        &["Perpanjang langganan useapi.net"],
    ),
    (
        r#"HTTP/1.1 596 {"error":"Account kling.user+7@example.org in error state: refresh token rejected","code":596}"#,
        "provider-account-error",
        None,
        &[("provider", "useapi")],
        &["Re-add the linked Kling account"],
        &["Tautkan ulang"],
    ),
    (
        r#"{"error":"Not enough credits: requested 35, available 4","code":412}"#,
        "provider-balance",
        Some("pasted"),
        &[("provider", "useapi")],
        &["useapi.net"],
        &["useapi.net"],
    ),
    (
        r#"{"title":"Insufficient credit","detail":"You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit. Once you purchase credit, please wait a few minutes before trying again.","status":402}"#,
        "provider-balance",
        Some("pasted"),
        &[("provider", "replicate")],
        &["replicate.com/account/billing"],
        &["replicate.com/account/billing"],
    ),
    (
        r#"replicate.exceptions.ReplicateError: {"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401}"#,
        "provider-auth",
        None,
        &[("provider", "replicate")],
        &["Replicate did not accept your key"],
        &["Replicate tidak menerima key Anda"],
    ),
    (
        r#"{"code":402,"msg":"Insufficient Credits","data":null}  (POST https://api.kie.ai/api/v1/jobs/createTask)"#,
        "provider-balance",
        Some("pasted"),
        &[("provider", "kie"), ("api_host", "api.kie.ai")],
        &["kie.ai"],
        &["kie.ai"],
    ),
    (
        "Exception: Payment Required: Please add credits to your account to use this node.",
        "provider-balance",
        Some("pasted"),
        &[("provider", "comfyui")],
        &["comfy.org"],
        &["comfy.org"],
    ),
    (
        "!!! Exception during processing !!! Unauthorized: Please login first to use this node.",
        "provider-auth",
        None,
        &[("provider", "comfyui")],
        &["ComfyUI"],
        &["ComfyUI"],
    ),
    (
        r#"{"code":0,"message":"SUCCEED","request_id":"e5d1-9","data":{"task_id":"775190","task_status":"failed","task_status_msg":"Failure to pass the risk control system","created_at":1764000000000}}"#,
        "task-failed",
        None,
        &[("task_status_msg", "Failure to pass the risk control system")],
        &["risk control", "not charged"],
        &["risk control", "tidak dikenai biaya"],
    ),
    (
        r#"{"code":0,"data":{"task_id":"pi-4410","status":"Failed","error":{"code":10000,"message":"video generation timed out"},"logs":[]},"message":""}"#,
        "task-failed",
        None,
        &[
            ("provider", "piapi"),
            ("task_status_msg", "video generation timed out"),
        ],
        &["timed out"],
        &["timed out"],
    ),
    (
        "Traceback (most recent call last):\n  File \"/srv/app/jobs.py\", line 88, in submit\n    r.raise_for_status()\n  File \"/usr/lib/python3/site-packages/requests/models.py\", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api-beijing.klingai.com/v1/images/generations",
        "kling-429",
        None,
        &[
            ("provider", "kling"),
            ("http_status", "429"),
            ("product", "image"),
            ("endpoint", "images/generations"),
        ],
        &["1102", "1302", "1303", "1304"],
        &["1102", "1304"],
    ),
    (
        "KlingAPIError: [1303] parallel task over resource pack limit\n    at KlingClient.request (node_modules/kling-api/dist/index.js:211:15)",
        "concurrency-limit",
        None,
        &[("error_code", "1303")],
        &["slot"],
        &["slot"],
    ),
    (
        "错误信息：资源包已过期（预付费场景）",
        "balance-not-enough",
        None,
        &[("error_code", "1102")],
        &["1102"],
        &["1102"],
    ),
    (
        "账户欠费",
        "account-arrears",
        None,
        &[("error_code", "1101")],
        &[],
        &[],
    ),
    (
        r#"{"weird":"answer","trace":"x-81"} from POST https://llm.my-gw.example/kling/v1/videos/omni-video"#,
        "unknown-error",
        Some("from-host"),
        &[
            ("api_host", "llm.my-gw.example"),
            ("provider", "gateway"),
            ("endpoint", "omni-video"),
        ],
        &["llm.my-gw.example"],
        &["llm.my-gw.example"],
    ),
];

fn fact_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn pastes_name_the_provider_and_the_place_to_act() {
    for (paste, finding, variant, facts, en, id) in CASES {
        for (lang, words) in [("en", en), ("id", id)] {
            let out = Run::new([
                "diagnose",
                "--non-interactive",
                "--format",
                "json",
                "--lang",
                lang,
                "--error",
                paste,
            ])
            .run();
            assert_eq!(out.code, 1, "{paste} [{lang}]: {}", out.stderr);
            let json = out.json();
            let found = json["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["id"] == *finding)
                .unwrap_or_else(|| panic!("no {finding} for {paste} [{lang}]: {json}"));
            assert_eq!(found["variant"].as_str(), *variant, "{paste}");
            for (key, value) in *facts {
                assert_eq!(fact_text(&json["facts"][key]), *value, "{key} of {paste}");
            }
            let text = format!(
                "{} {} {}",
                found["title"], found["explanation"], found["fixes"]
            );
            for word in *words {
                assert!(text.contains(word), "{word:?} not in [{lang}] {text}");
            }
            assert!(!text.contains("{$"), "unfilled variable [{lang}]: {text}");
        }
    }
}

#[test]
fn a_gateway_upstream_1102_is_never_the_users_pack() {
    let paste = r#"{"code":"fail_to_fetch_task","message":"{\"code\":1102,\"message\":\"Account balance not enough\"}","data":null}"#;
    let out = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--error",
        paste,
    ])
    .run();
    out.findings(&["upstream-balance"]);
    assert!(
        out.json()["facts"].get("error_code").is_none(),
        "{}",
        out.stdout
    );
}

#[test]
fn explain_shows_the_same_for_a_reseller_error() {
    for (paste, finding) in [
        (
            r#"{"error":"Subscription required","code":402}"#,
            "provider-subscription",
        ),
        (
            r#"{"detail":"User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing."}"#,
            "provider-balance",
        ),
        (
            r#"{"code":"fail_to_fetch_task","message":"{\"code\":1102,\"message\":\"Account balance not enough\"}"}"#,
            "upstream-balance",
        ),
    ] {
        for lang in ["en", "id"] {
            Run::new(["explain", paste, "--lang", lang, "--format", "json"])
                .run()
                .status(0)
                .has_finding(finding);
            let text = Run::new(["explain", paste, "--lang", lang]).run();
            assert_eq!(text.code, 0);
            assert!(
                text.stdout.contains(&format!("({finding})")),
                "{}",
                text.stdout
            );
        }
    }
}

#[test]
fn the_request_is_read_from_a_file_or_a_dump() {
    let body =
        r#"{"model_name":"kling-v2-6","mode":"pro","duration":10,"sound":"on","prompt":"x"}"#;
    let run = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--error",
        "1102",
        "--request",
        "req.json",
    ])
    .file("req.json", body);
    let json = run.run().json();
    for (key, value) in [
        ("model", "kling-v2-6"),
        ("mode", "pro"),
        ("duration", "10"),
        ("audio", "yes"),
    ] {
        assert_eq!(fact_text(&json["facts"][key]), value, "{key}: {json}");
    }
    let image = r#"curl https://api-singapore.klingai.com/v1/images/generations -H "Content-Type: application/json" -d "{\"model_name\":\"kling-v2-1\",\"n\":4,\"prompt\":\"a fox\"}""#;
    let json = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--error",
        image,
    ])
    .run()
    .json();
    for (key, value) in [
        ("product", "image"),
        ("count", "4"),
        ("model", "kling-v2-1"),
        ("provider", "kling"),
    ] {
        assert_eq!(fact_text(&json["facts"][key]), value, "{key}: {json}");
    }
    Run::new(["diagnose", "--non-interactive", "--request", "nope.json"])
        .run()
        .refused("nope.json");
}

#[test]
fn request_facts_have_their_own_origin_in_reports() {
    let paste = "curl https://api-singapore.klingai.com/v1/videos/text2video -d '{\"model_name\":\"kling-v2-5-turbo\",\"mode\":\"std\",\"duration\":\"5\"}'\n{\"code\":1102,\"message\":\"Account balance not enough\"}";
    let (out, dir) = Run::new([
        "diagnose",
        "--non-interactive",
        "--error",
        paste,
        "--report",
        "r.json",
    ])
    .run_keeping_dir();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("r.json")).unwrap()).unwrap();
    assert_eq!(report["fact_origins"]["model"], "request", "{report}");
    assert_eq!(
        report["fact_origins"]["error_code"], "error_text",
        "{report}"
    );
}

#[test]
fn bad_pastes_stay_bounded_and_never_panic() {
    let big = format!(
        "curl https://api.cometapi.com/kling/v1/videos/text2video -d '{{\"model_name\":\"kling-v2-6\",\"prompt\":\"{}\"}}'\n{{\"error\":{{\"type\":\"comet_api_error\",\"code\":\"insufficient_user_quota\"}}}}",
        "a".repeat(100 * 1024)
    );
    let deep = format!("{}{}", "{\"a\":".repeat(5000), "}".repeat(5000));
    let braces = "{".repeat(100 * 1024);
    let strings = format!(
        "curl -d '{}' x",
        r#"{"message":"{\"message\":\"{\\\"code\\\":\\\"fail_to_fetch_task\\\",\\\"message\\\":\\\"{}\\\"}\"}"}"#
    );
    for paste in [
        big.as_str(),
        &deep,
        &braces,
        &strings,
        "\u{1}\u{7f}\u{fffd}{\u{1b}[31m}\u{2}",
    ] {
        for args in [
            vec![
                "diagnose",
                "--non-interactive",
                "--format",
                "json",
                "--error",
                paste,
            ],
            vec!["explain", paste],
        ] {
            let out = Run::new(args).run();
            assert!(
                matches!(out.code, 0..=2),
                "exit {} for {:.80}",
                out.code,
                paste
            );
            if out.code == 2 {
                assert!(!out.stderr.is_empty());
            }
        }
    }
    // Binary bytes as the request file: a clear refusal, nothing on stdout.
    let run = Run::new(["diagnose", "--non-interactive", "--request", "bin.json"]);
    std::fs::write(run.dir().join("bin.json"), [0xff, 0xfe, 0x00, b'{', 0x80]).unwrap();
    run.run().refused("bin.json");
    let big_out = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--error",
        &big,
    ])
    .run()
    .json();
    assert_eq!(
        big_out["findings"][0]["id"], "provider-balance",
        "{big_out:.300}"
    );
}

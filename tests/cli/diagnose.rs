//! `diagnose --non-interactive --format json`: every finding id, in both languages,
//! reached from the facts a user would give.

use crate::support::Run;

/// (name, --error, --set facts, expected finding ids in order, exit code)
type Row = (
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    &'static [&'static str],
    i32,
);

const SCENARIOS: &[Row] = &[
    (
        "no pack bought",
        Some("1102"),
        &["package_status=none"],
        &["package-none"],
        1,
    ),
    (
        "pack not active yet",
        Some("1102"),
        &["package_status=toBeOnline"],
        &["package-not-active"],
        1,
    ),
    (
        "pack expired by status",
        Some(r#"{"code":1102,"message":"Account balance not enough","request_id":"abc-1"}"#),
        &["package_status=expired"],
        &["package-expired"],
        1,
    ),
    (
        "pack expired by date",
        Some("Account balance not enough"),
        &["package_expires=2026-10-01"],
        &["package-expired"],
        1,
    ),
    (
        "pack expires soon",
        None,
        &[
            "package_status=online",
            "package_expires=2026-11-27",
            "units_left=500",
            "credits_from=api",
            "key_matches_account=yes",
            "purchased_hours_ago=100",
        ],
        &["package-expiring-soon"],
        1,
    ),
    (
        "pack used up",
        Some("1102"),
        &["package_status=runOut"],
        &["units-exhausted"],
        1,
    ),
    (
        "zero units left",
        Some("1102"),
        &["package_status=online", "units_left=0"],
        &["units-exhausted"],
        1,
    ),
    (
        "units below one video",
        Some("1102"),
        &[
            "package_status=online",
            "model=kling-v3",
            "mode=pro",
            "duration=10",
            "units_left=3",
        ],
        &["units-insufficient", "model-cost-high"],
        1,
    ),
    (
        "units below the batch",
        Some("1102"),
        &[
            "package_status=online",
            "model=kling-v2-6",
            "mode=std",
            "duration=5",
            "units_left=5",
            "count=10",
            "credits_from=api",
            "key_matches_account=yes",
            "purchased_hours_ago=48",
        ],
        &["units-insufficient"],
        1,
    ),
    (
        "1102 with nothing else known",
        Some("1102"),
        &[],
        &["balance-not-enough"],
        1,
    ),
    (
        "the ledger charged native audio",
        None,
        &[
            "model=kling-v2-6",
            "mode=pro",
            "duration=5",
            "ledger_tasks=12",
            "ledger_units_per_video=5",
            "ledger_extra_units=2.5",
            "ledger_cost_reason=native_audio",
        ],
        &["cost-higher-than-expected"],
        1,
    ),
    (
        "costly model, no error",
        None,
        &["model=kling-v3", "mode=pro", "duration=10"],
        &["model-cost-high", "no-problem-found"],
        0,
    ),
    (
        "slots full",
        None,
        &["running_tasks=5", "concurrency_limit=5"],
        &["concurrency-limit"],
        1,
    ),
    (
        "1303 pasted",
        Some("parallel task over resource pack limit"),
        &[],
        &["concurrency-limit"],
        1,
    ),
    (
        "1303 with free slots",
        Some("1303"),
        &["running_tasks=1", "concurrency_limit=5"],
        &["concurrency-limit"],
        1,
    ),
    ("rate limit", Some("1302"), &[], &["rate-limit"], 1),
    (
        "web credits",
        Some("1102"),
        &[
            "package_status=online",
            "units_left=100",
            "credits_from=web",
        ],
        &["web-credits-not-api"],
        1,
    ),
    (
        "key of another account",
        Some("1102"),
        &[
            "package_status=online",
            "units_left=100",
            "credits_from=api",
            "key_matches_account=no",
        ],
        &["wrong-account-or-key"],
        1,
    ),
    (
        "fresh pack lags",
        Some("1102"),
        &[
            "package_status=online",
            "units_left=100",
            "credits_from=api",
            "key_matches_account=yes",
            "purchased_hours_ago=3",
        ],
        &["balance-delay"],
        1,
    ),
    (
        "an image request against a video pack",
        Some("1102"),
        &[
            "product=image",
            "pack_product=video",
            "package_status=online",
        ],
        &["pack-family-mismatch"],
        1,
    ),
    (
        "1102 against a pack that covers the video",
        Some("1102"),
        &[
            "package_status=online",
            "units_left=50",
            "model=v3",
            "mode=4k",
            "duration=10",
            "purchased_hours_ago=48",
            "credits_from=api",
            "key_matches_account=yes",
        ],
        &["balance-unexplained"],
        1,
    ),
    (
        "kling-v1-5 on text2video",
        Some("1201"),
        &["model=v1.5", "endpoint=/v1/videos/text2video"],
        &["invalid-params", "model-not-supported"],
        1,
    ),
    ("auth failed 1000", Some("1000"), &[], &["auth-failed"], 1),
    (
        "auth header empty 1001",
        Some("1001"),
        &[],
        &["auth-failed"],
        1,
    ),
    ("auth invalid 1002", Some("1002"), &[], &["auth-failed"], 1),
    (
        "token not yet valid 1003",
        Some("1003"),
        &[],
        &["clock-skew"],
        1,
    ),
    (
        "token expired 1004",
        Some("1004"),
        &[],
        &["token-expired"],
        1,
    ),
    (
        "token expired, clock ahead",
        Some("1004"),
        &["clock_skew_s=-40"],
        &["token-expired", "clock-skew"],
        1,
    ),
    (
        "clock measured off in a check-up",
        None,
        &["clock_skew_s=12"],
        &["clock-skew"],
        1,
    ),
    (
        "account abnormal",
        Some("1100"),
        &[],
        &["account-abnormal"],
        1,
    ),
    ("arrears", Some("1101"), &[], &["account-arrears"], 1),
    (
        "no model access",
        Some("1103"),
        &[],
        &["no-model-access"],
        1,
    ),
    (
        "invalid params 1200",
        Some("1200"),
        &[],
        &["invalid-params"],
        1,
    ),
    (
        "invalid params 1201",
        Some("1201"),
        &[],
        &["invalid-params"],
        1,
    ),
    ("bad method 1202", Some("1202"), &[], &["invalid-params"], 1),
    (
        "no such model 1203",
        Some("1203"),
        &[],
        &["invalid-params"],
        1,
    ),
    (
        "platform policy 1300",
        Some("1300"),
        &[],
        &["content-policy"],
        1,
    ),
    (
        "content policy 1301",
        Some("1301"),
        &[],
        &["content-policy"],
        1,
    ),
    ("ip whitelist", Some("1304"), &[], &["ip-whitelist"], 1),
    ("server error 5000", Some("5000"), &[], &["server-error"], 1),
    ("maintenance 5001", Some("5001"), &[], &["server-error"], 1),
    ("backlog 5002", Some("5002"), &[], &["server-error"], 1),
    ("unknown code", Some("9999"), &[], &["unknown-error"], 1),
    (
        "unrecognised text",
        Some("the video never arrived"),
        &[],
        &["unknown-error"],
        1,
    ),
    (
        "reseller balance",
        Some("1102"),
        &["provider=useapi"],
        &["balance-not-enough", "provider-balance"],
        1,
    ),
    (
        "api unreachable",
        None,
        &["api_reachable=no"],
        &["provider-unreachable"],
        1,
    ),
    (
        "probed reseller balance empty",
        None,
        &["useapi_balance=0", "cometapi_balance_usd=12.5"],
        &["provider-balance"],
        1,
    ),
    (
        "reseller job slots full",
        None,
        &["useapi_jobs_running=3", "useapi_jobs_max=3"],
        &["provider-slots-full"],
        1,
    ),
    (
        "some live checks failed",
        Some("1102"),
        &["probes_failed=2", "package_status=expired"],
        &["package-expired", "provider-unreachable"],
        1,
    ),
    (
        "healthy check-up",
        None,
        &[
            "package_status=online",
            "units_left=100",
            "model=kling-v2-6",
            "mode=std",
            "duration=5",
            "credits_from=api",
            "key_matches_account=yes",
            "purchased_hours_ago=100",
            "running_tasks=0",
            "concurrency_limit=5",
        ],
        &["no-problem-found"],
        0,
    ),
    (
        "gateway key limit",
        Some(
            r#"{"error":{"message":"token quota is not enough","type":"new_api_error","code":"pre_consume_token_quota_failed"}}"#,
        ),
        &[],
        &["provider-key-quota"],
        1,
    ),
    (
        "useapi.net subscription",
        Some(r#"{"error":"Subscription required","code":402}"#),
        &[],
        &["provider-subscription"],
        1,
    ),
    (
        "useapi.net account in error state",
        Some(r#"{"error":"Account a@b.c in error state: refresh token rejected","code":596}"#),
        &[],
        &["provider-account-error"],
        1,
    ),
    (
        "gateway upstream 1102",
        Some(
            r#"{"code":"fail_to_fetch_task","message":"{\"code\":1102,\"message\":\"Account balance not enough\"}","data":null}"#,
        ),
        &[],
        &["upstream-balance"],
        1,
    ),
    (
        "failed task",
        Some(
            r#"{"code":0,"data":{"task_id":"1","task_status":"failed","task_status_msg":"Image pixel is invalid"}}"#,
        ),
        &[],
        &["task-failed"],
        1,
    ),
    (
        "fal.ai refuses the key",
        Some(r#"{"detail":"No user found for Key ID and Secret"}"#),
        &[],
        &["provider-auth"],
        1,
    ),
    (
        "Replicate throttles",
        Some(r#"{"detail":"Request was throttled. Your rate limit resets in ~30s."}"#),
        &[],
        &["provider-rate-limit"],
        1,
    ),
    (
        "429 from a traceback",
        Some(
            r#"requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api-singapore.klingai.com/v1/videos/text2video"#,
        ),
        &[],
        &["kling-429"],
        1,
    ),
    ("nothing known", None, &[], &["no-problem-found"], 0),
];

fn args(lang: &str, error: Option<&str>, sets: &[&str]) -> Vec<String> {
    let mut a: Vec<String> = [
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--lang",
        lang,
    ]
    .map(String::from)
    .to_vec();
    if let Some(e) = error {
        a.extend(["--error".to_string(), e.to_string()]);
    }
    for s in sets {
        a.extend(["--set".to_string(), s.to_string()]);
    }
    a
}

#[test]
fn every_scenario_reaches_its_findings_in_both_languages() {
    let mut failures = Vec::new();
    for (name, error, sets, expected, exit) in SCENARIOS {
        let mut titles = Vec::new();
        for lang in ["en", "id"] {
            let out = Run::new(args(lang, *error, sets)).run();
            let json = out.json();
            let ids: Vec<&str> = json["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["id"].as_str().unwrap())
                .collect();
            if ids != *expected || out.code != *exit {
                failures.push(format!(
                    "{name} [{lang}]: got {ids:?} exit {}, want {expected:?} exit {exit}",
                    out.code
                ));
            }
            for f in json["findings"].as_array().unwrap() {
                for field in ["title", "explanation"] {
                    let text = f[field].as_str().unwrap();
                    if text.is_empty() || text.contains('{') || text.starts_with("finding-") {
                        failures.push(format!(
                            "{name} [{lang}]: bad {field} of {}: {text:?}",
                            f["id"]
                        ));
                    }
                }
                for fix in f["fixes"].as_array().unwrap() {
                    let fix = fix.as_str().unwrap();
                    if fix.contains('{') || fix.starts_with("fix-") {
                        failures.push(format!("{name} [{lang}]: unresolved fix {fix:?}"));
                    }
                }
            }
            titles.push(
                json["findings"][0]["title"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            );
            assert!(
                out.stderr.is_empty(),
                "{name} [{lang}] wrote to stderr: {}",
                out.stderr
            );
        }
        if titles[0] == titles[1] {
            failures.push(format!(
                "{name}: the Indonesian title is the English one: {:?}",
                titles[0]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn scenarios_cover_every_finding_of_the_rules() {
    let rules =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/findings.yaml"))
            .unwrap();
    let declared: Vec<&str> = rules
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- id: "))
        .collect();
    assert!(declared.len() >= 24, "{declared:?}");
    for id in declared {
        assert!(
            SCENARIOS
                .iter()
                .any(|(_, _, _, found, _)| found.contains(&id)),
            "no scenario reaches `{id}`"
        );
    }
}

#[test]
fn json_output_has_the_contract_shape() {
    let out = Run::new(args(
        "en",
        Some(r#"{"code":1102,"message":"Account balance not enough","request_id":"abc-1"}"#),
        &["package_status=expired", "units_left=2.5"],
    ))
    .run();
    let json = out.json();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "schema_version",
        "tool_version",
        "lang",
        "findings",
        "facts",
        "unknown",
        "trace",
        "probes",
    ] {
        assert!(keys.contains(&key), "missing `{key}` in {keys:?}");
    }
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["tool_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json["lang"], "en");
    let f = &json["findings"][0];
    assert_eq!(f["id"], "package-expired");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["rule"], "rules/checks/30-pack.yaml:pack-status");
    assert!(f["fixes"].as_array().unwrap().len() >= 2);
    assert_eq!(json["facts"]["error_code"], 1102);
    assert_eq!(json["facts"]["request_id"], "abc-1");
    assert_eq!(json["facts"]["package_status"], "expired");
    assert_eq!(json["facts"]["units_left"], 2.5);
    assert!(
        json["unknown"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u.is_string())
    );
    let step = &json["trace"][0];
    for key in ["node", "fact", "value", "next"] {
        assert!(step.get(key).is_some(), "trace step lacks `{key}`: {step}");
    }
    assert!(json["probes"].as_array().unwrap().is_empty());
}

#[test]
fn unknown_lists_the_facts_that_would_settle_1102() {
    let json = Run::new(args("en", Some("1102"), &[])).run().json();
    let unknown: Vec<&str> = json["unknown"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u.as_str().unwrap())
        .collect();
    for fact in ["package_status", "units_left", "credits_from"] {
        assert!(unknown.contains(&fact), "`{fact}` not in {unknown:?}");
    }
    assert!(
        !unknown.contains(&"provider"),
        "gates are not asked: {unknown:?}"
    );
}

#[test]
fn aliases_are_normalised() {
    let cases = [
        ("model=V2.6", "model", "kling-v2-6"),
        ("model=2.5 Turbo", "model", "kling-v2-5-turbo"),
        ("model=Kling_V2_1_Master", "model", "kling-v2-1-master"),
        ("model=V2.0", "model", "kling-v2-master"),
        ("mode=1080p", "mode", "pro"),
        ("mode=720P", "mode", "std"),
        ("package_status=Aktif", "package_status", "online"),
        ("package_status=kedaluwarsa", "package_status", "expired"),
        (
            "package_status=to-be-online",
            "package_status",
            "toBeOnline",
        ),
        ("credits_from=website", "credits_from", "web"),
        ("key_matches_account=tidak", "key_matches_account", "no"),
        ("provider=useapi.net", "provider", "useapi"),
    ];
    for (set, key, canonical) in cases {
        let json = Run::new(args("en", None, &[set])).run().json();
        assert_eq!(json["facts"][key], canonical, "{set}");
    }
}

#[test]
fn the_issue_example_reads_in_both_languages() {
    let error = r#"{"code":1102,"message":"Account balance not enough","request_id":"abc-1"}"#;
    let en = Run::new([
        "diagnose",
        "--non-interactive",
        "--lang",
        "en",
        "--error",
        error,
        "--set",
        "package_status=expired",
    ])
    .run();
    assert_eq!(en.code, 1);
    for needle in [
        "1102",
        "Account balance not enough",
        "expired",
        "developer console",
        "package-expired",
        "do not come back",
    ] {
        assert!(
            en.stdout.contains(needle),
            "en output lacks {needle:?}:\n{}",
            en.stdout
        );
    }
    let id = Run::new([
        "diagnose",
        "--non-interactive",
        "--lang",
        "id",
        "--error",
        error,
        "--set",
        "package_status=expired",
    ])
    .run();
    assert_eq!(id.code, 1);
    for needle in ["1102", "kedaluwarsa", "package-expired"] {
        assert!(
            id.stdout.contains(needle),
            "id output lacks {needle:?}:\n{}",
            id.stdout
        );
    }
}

#[test]
fn text_output_has_the_doctor_layout() {
    let out = Run::new([
        "diagnose",
        "--non-interactive",
        "--lang",
        "en",
        "--error",
        "1102",
        "--set",
        "model=v2.6",
        "--set",
        "mode=pro",
        "--set",
        "duration=10",
        "--set",
        "units_left=3",
        "--set",
        "package_status=online",
    ])
    .run();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Kling error 1102 · Account exception: the resource pack is used up or has expired (prepaid)."
    );
    let problem = lines
        .iter()
        .find(|l| l.starts_with("[✗] Units for this video"))
        .expect("units line");
    assert!(
        problem.ends_with("units-insufficient") && problem.chars().count() == 80,
        "{problem:?}"
    );
    assert!(
        out.stdout
            .contains("    ✗ One kling-v2-6 video needs 5 units; only 3 left"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("      → "), "fixes are indented arrows");
    assert!(
        lines.iter().any(|l| l.starts_with("[?] ")),
        "a not-checked line"
    );
    assert!(
        lines.last().unwrap().starts_with("1 error, 0 warnings"),
        "{:?}",
        lines.last()
    );
    assert!(
        !out.stdout.contains('\u{1b}'),
        "no colour when NO_COLOR is set"
    );
}

#[test]
fn colour_follows_the_flag() {
    let always = Run::new(["--color", "always", "--error", "1102"]).run();
    assert!(
        always.stdout.contains('\u{1b}'),
        "--color always colours even a pipe"
    );
    let never = Run::new(["--color", "never", "--error", "1102"])
        .env("NO_COLOR", "")
        .run();
    assert!(!never.stdout.contains('\u{1b}'));
}

#[test]
fn answers_file_and_set_combine_with_set_winning() {
    let out = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--answers",
        "answers.yaml",
        "--set",
        "units_left=0",
    ])
    .file(
        "answers.yaml",
        "error: 1102\npackage_status: online\nunits_left: 40\nmodel: V2.6\n",
    )
    .run();
    let json = out.json();
    assert_eq!(json["facts"]["units_left"], 0);
    assert_eq!(json["facts"]["model"], "kling-v2-6");
    assert_eq!(json["findings"][0]["id"], "units-exhausted");
    let out = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--answers",
        "a.json",
    ])
    .file(
        "a.json",
        r#"{"package_status": "runOut", "error_code": 1102}"#,
    )
    .run();
    assert_eq!(out.json()["findings"][0]["id"], "units-exhausted");
}

#[test]
fn markdown_output_is_pasteable() {
    let out = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "markdown",
        "--lang",
        "en",
        "--error",
        "1102",
        "--set",
        "package_status=expired",
    ])
    .run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with("## kling-doctor diagnosis"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("| ✗ | Resource pack | `package-expired` |"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("<details><summary>"), "{}", out.stdout);
}

#[test]
fn without_a_terminal_the_bare_command_is_non_interactive() {
    let bare = Run::new(["--format", "json", "--error", "1102"])
        .stdin("")
        .run();
    let explicit = Run::new([
        "diagnose",
        "--non-interactive",
        "--format",
        "json",
        "--error",
        "1102",
    ])
    .run();
    assert_eq!(bare.code, explicit.code);
    assert_eq!(bare.stdout, explicit.stdout);
}

#[test]
fn pasted_secrets_are_redacted() {
    let pasted = "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJBSzEyMyJ9.c2lnbmF0dXJlLXBhcnQ' \
                  https://api.example/v1?key=sk-PastedKey123456789\n{\"code\":1102,\"message\":\"Account balance not enough\",\"request_id\":\"req-42\"}";
    for format in ["text", "json", "markdown"] {
        let out = Run::new([
            "diagnose",
            "--non-interactive",
            "--format",
            format,
            "--error",
            pasted,
        ])
        .run();
        for secret in [
            "eyJhbGciOiJIUzI1NiJ9",
            "c2lnbmF0dXJlLXBhcnQ",
            "sk-PastedKey123456789",
        ] {
            assert!(
                !out.stdout.contains(secret),
                "{secret} leaked in {format}:\n{}",
                out.stdout
            );
        }
        assert!(
            out.stdout.contains("req-42"),
            "request ids survive redaction ({format})"
        );
    }
}

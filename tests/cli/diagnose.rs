//! `diagnose` as a command line: the JSON contract, the text and Markdown layouts,
//! colour, how `--answers` and `--set` combine, and pasted secrets. Which findings the
//! facts lead to is data, not Rust: the scenarios of `rules/tests/*.yaml`, which
//! `rules test` runs (`rules_tools::shipped_scenarios_pass_…`) in both languages.

use crate::support::{Expect, Run};

const PASTED_1102: &str =
    r#"{"code":1102,"message":"Account balance not enough","request_id":"abc-1"}"#;

/// `diagnose --non-interactive --format json`, then `rest`.
fn json_run(rest: &[&str]) -> Run {
    let mut args = vec!["diagnose", "--non-interactive", "--format", "json"];
    args.extend(rest);
    Run::new(args)
}

#[test]
fn json_output_has_the_contract_shape() {
    let out = json_run(&[
        "--error",
        PASTED_1102,
        "--set",
        "package_status=expired",
        "--set",
        "units_left=2.5",
    ])
    .run();
    out.status(1).stderr_empty();
    let json = out.json();
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
        assert!(json.get(key).is_some(), "missing `{key}` in {json:#}");
    }
    let version = serde_json::json!(env!("CARGO_PKG_VERSION"));
    out.json_at("/schema_version", 1.into())
        .json_at("/tool_version", version)
        .json_at("/lang", "en".into())
        .findings(&["package-expired"])
        .json_at("/findings/0/severity", "error".into())
        .json_at(
            "/findings/0/rule",
            "rules/checks/30-pack.yaml:pack-status".into(),
        )
        .json_at("/facts/error_code", 1102.into())
        .json_at("/facts/request_id", "abc-1".into())
        .json_at("/facts/package_status", "expired".into())
        .json_at("/facts/units_left", 2.5.into())
        .json_at("/probes", serde_json::json!([]));
    assert!(json["findings"][0]["fixes"].as_array().unwrap().len() >= 2);
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
}

/// (what follows `diagnose --non-interactive --format json`, what the run must show)
const JSON_ROWS: &[(&[&str], Expect)] = &[
    // The order of the checks, which no scenario states.
    (
        &["--error", "1102", "--set", "provider=useapi"],
        Expect {
            status: 1,
            json: &[
                ("/findings/0/id", r#""balance-not-enough""#),
                ("/findings/1/id", r#""provider-balance""#),
            ],
            ..Expect::OK
        },
    ),
    // Texts come in the language asked for; ids and rule places do not change.
    (
        &[
            "--lang",
            "id",
            "--error",
            "1102",
            "--set",
            "package_status=expired",
        ],
        Expect {
            status: 1,
            json: &[
                ("/lang", r#""id""#),
                ("/findings/0/id", r#""package-expired""#),
                (
                    "/findings/0/title",
                    r#""Paket resource Anda sudah kedaluwarsa""#,
                ),
                (
                    "/findings/0/rule",
                    r#""rules/checks/30-pack.yaml:pack-status""#,
                ),
            ],
            ..Expect::OK
        },
    ),
    // A check-up without findings exits 0 and still says so.
    (
        &[],
        Expect {
            json: &[("/findings/0/id", r#""no-problem-found""#)],
            ..Expect::OK
        },
    ),
];

#[test]
fn json_rows() {
    for (rest, expect) in JSON_ROWS {
        json_run(rest).run().expect(expect).stderr_empty();
    }
}

#[test]
fn aliases_are_normalised_in_the_json_facts() {
    for (set, pointer, canonical) in [
        ("model=V2.6", "/facts/model", "kling-v2-6"),
        ("model=2.5 Turbo", "/facts/model", "kling-v2-5-turbo"),
        (
            "model=Kling_V2_1_Master",
            "/facts/model",
            "kling-v2-1-master",
        ),
        ("model=V2.0", "/facts/model", "kling-v2-master"),
        ("mode=1080p", "/facts/mode", "pro"),
        ("mode=720P", "/facts/mode", "std"),
        ("package_status=Aktif", "/facts/package_status", "online"),
        (
            "package_status=kedaluwarsa",
            "/facts/package_status",
            "expired",
        ),
        (
            "package_status=to-be-online",
            "/facts/package_status",
            "toBeOnline",
        ),
        ("credits_from=website", "/facts/credits_from", "web"),
        (
            "key_matches_account=tidak",
            "/facts/key_matches_account",
            "no",
        ),
        ("provider=useapi.net", "/facts/provider", "useapi"),
    ] {
        json_run(&["--set", set])
            .run()
            .json_at(pointer, canonical.into());
    }
}

/// (--lang, what the text output of the issue's example must show)
const ISSUE_EXAMPLE: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "1102",
            "Account balance not enough",
            "expired",
            "developer console",
            "package-expired",
            "do not come back",
        ],
    ),
    ("id", &["1102", "kedaluwarsa", "package-expired"]),
];

#[test]
fn the_issue_example_reads_in_both_languages() {
    for (lang, stdout) in ISSUE_EXAMPLE {
        Run::new([
            "diagnose",
            "--non-interactive",
            "--lang",
            lang,
            "--error",
            PASTED_1102,
            "--set",
            "package_status=expired",
        ])
        .run()
        .expect(&Expect {
            status: 1,
            stdout,
            ..Expect::OK
        });
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
    out.status(1)
        .stdout_contains("    ✗ One kling-v2-6 video needs 5 units; only 3 left")
        .stdout_contains("      → ")
        .stdout_contains("\n[?] ")
        .stdout_lacks("\u{1b}");
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
        lines.last().unwrap().starts_with("1 error, 0 warnings"),
        "{:?}",
        lines.last()
    );
}

#[test]
fn colour_follows_the_flag() {
    Run::new(["--color", "always", "--error", "1102"])
        .run()
        .stdout_contains("\u{1b}");
    Run::new(["--color", "never", "--error", "1102"])
        .env("NO_COLOR", "")
        .run()
        .stdout_lacks("\u{1b}");
}

/// (answers file name, its contents, further arguments, what the run must show)
const ANSWERS: &[(&str, &str, &[&str], Expect)] = &[
    (
        "answers.yaml",
        "error: 1102\npackage_status: online\nunits_left: 40\nmodel: V2.6\n",
        &["--set", "units_left=0"],
        Expect {
            status: 1,
            json: &[
                ("/facts/units_left", "0"),
                ("/facts/model", r#""kling-v2-6""#),
                ("/findings/0/id", r#""units-exhausted""#),
            ],
            ..Expect::OK
        },
    ),
    (
        "a.json",
        r#"{"package_status": "runOut", "error_code": 1102}"#,
        &[],
        Expect {
            status: 1,
            json: &[("/findings/0/id", r#""units-exhausted""#)],
            ..Expect::OK
        },
    ),
];

#[test]
fn answers_file_and_set_combine_with_set_winning() {
    for (name, contents, rest, expect) in ANSWERS {
        let mut args = vec!["--answers", name];
        args.extend(*rest);
        json_run(&args).file(name, contents).run().expect(expect);
    }
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
    out.status(1)
        .stdout_contains("| ✗ | Resource pack | `package-expired` |")
        .stdout_contains("<details><summary>");
    assert!(
        out.stdout.starts_with("## kling-doctor diagnosis"),
        "{}",
        out.stdout
    );
}

#[test]
fn without_a_terminal_the_bare_command_is_non_interactive() {
    let explicit = json_run(&["--error", "1102"]).run();
    Run::new(["--format", "json", "--error", "1102"])
        .stdin("")
        .run()
        .status(explicit.code)
        .stdout_is(&explicit.stdout);
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
        out.stdout_lacks("eyJhbGciOiJIUzI1NiJ9")
            .stdout_lacks("c2lnbmF0dXJlLXBhcnQ")
            .stdout_lacks("sk-PastedKey123456789")
            .stdout_contains("req-42");
    }
}

//! `kling-doctor explain`: one code or a pasted body, from the same rules as `diagnose`,
//! in text, JSON and Markdown, in both languages.

use crate::support::{Expect, Run};

const OFFICIAL_CODES: [u32; 21] = [
    1000, 1001, 1002, 1003, 1004, 1100, 1101, 1102, 1103, 1200, 1201, 1202, 1203, 1300, 1301, 1302,
    1303, 1304, 5000, 5001, 5002,
];

#[test]
fn explains_every_official_code() {
    for lang in ["en", "id"] {
        for code in OFFICIAL_CODES {
            let code_text = code.to_string();
            let out = Run::new(["explain", &code_text, "--lang", lang, "--format", "json"]).run();
            out.status(0)
                .json_at("/code", code.into())
                .json_at("/schema_version", 1.into())
                .json_at("/lang", lang.into());
            let json = out.json();
            assert!(
                json["meaning"]
                    .as_str()
                    .is_some_and(|m| !m.starts_with("code-")),
                "{code} [{lang}]: {json}"
            );
            assert!(
                !json["findings"].as_array().unwrap().is_empty(),
                "{code} [{lang}]: no finding"
            );
        }
    }
}

/// (arguments, what the run must show)
const ROWS: &[(&[&str], Expect)] = &[
    (
        &["explain", "1102", "--lang", "en"],
        Expect {
            stdout: &[
                "Kling error 1102 (HTTP 429)",
                "used up or has expired",
                "package_status",
                "units_left",
                "[K-ERR]",
                "What would tell more:",
            ],
            ..Expect::OK
        },
    ),
    (
        &["explain", "1102", "--lang", "id"],
        Expect {
            stdout: &[
                "Error Kling 1102 (HTTP 429)",
                "Arti:",
                "Info yang bisa memperjelas:",
            ],
            ..Expect::OK
        },
    ),
    (
        &[
            "explain",
            r#"{"code":1303,"message":"parallel task over resource pack limit","request_id":"x"}"#,
            "--format",
            "json",
        ],
        Expect {
            json: &[("/code", "1303"), ("/family", r#""concurrency""#)],
            ..Expect::OK
        },
    ),
    (
        &[
            "explain",
            "parallel task over resource pack limit",
            "--format",
            "json",
        ],
        Expect {
            json: &[
                ("/code", "1303"),
                ("/findings/0/id", r#""concurrency-limit""#),
            ],
            ..Expect::OK
        },
    ),
    // Markdown, for a support ticket: a heading, the official entry as a table, findings
    // with their fixes, the open questions.
    (
        &["explain", "1102", "--format", "markdown", "--lang", "en"],
        Expect {
            stdout: &[
                "## Kling error 1102 (HTTP 429)\n",
                "| Item | Value |\n|---|---|\n",
                "| Meaning | Account exception",
                "| Seen as | `Account balance not enough` |",
                "| Source | `K-ERR` |",
                "(`balance-not-enough`)",
                "**What to do**\n\n- ",
                "### What would tell more\n",
                "- What status does your resource pack show",
            ],
            ..Expect::OK
        },
    ),
    (
        &["explain", "1102", "--format", "markdown", "--lang", "id"],
        Expect {
            stdout: &[
                "## Error Kling 1102 (HTTP 429)\n",
                "| Butir | Nilai |",
                "| Arti | Masalah akun",
                "| Solusi resmi |",
                "kedaluwarsa",
                "**Yang perlu dilakukan**",
                "### Info yang bisa memperjelas\n",
                "— Jawab dengan --set package_status=",
            ],
            ..Expect::OK
        },
    ),
    (
        &[
            "explain",
            r#"{"error":"Subscription required","code":402}"#,
            "--format",
            "markdown",
        ],
        Expect {
            stdout: &["## Error from useapi.net\n", "(`provider-subscription`)"],
            ..Expect::OK
        },
    ),
    (
        &["explain", "1303", "--format", "json", "--lang", "id"],
        Expect {
            json: &[
                ("/schema_version", "1"),
                ("/lang", r#""id""#),
                ("/http", "429"),
            ],
            ..Expect::OK
        },
    ),
    (
        &["explain", "--list", "--format", "json", "--lang", "id"],
        Expect {
            json: &[
                ("/schema_version", "1"),
                ("/lang", r#""id""#),
                ("/codes/0/code", "1000"),
                ("/codes/0/family", r#""auth""#),
                ("/codes/20/code", "5002"),
            ],
            ..Expect::OK
        },
    ),
    (
        &["explain", "--list"],
        Expect {
            stdout: &["1102  HTTP 429  ", "5002  HTTP "],
            ..Expect::OK
        },
    ),
    (
        &["explain", "--list", "--format", "markdown", "--lang", "id"],
        Expect {
            stdout: &[
                "| Kode | HTTP | Jenis | Arti |\n|---:|---:|---|---|\n",
                "| 1102 | 429 | `balance` |",
            ],
            ..Expect::OK
        },
    ),
    (
        &["explain", "9999"],
        Expect {
            status: 2,
            stderr: &["`9999` is not an official Kling error code"],
            ..Expect::OK
        },
    ),
    (
        &["explain", "1104", "--lang", "id"],
        Expect {
            status: 2,
            stderr: &["`1104` bukan kode error resmi Kling"],
            ..Expect::OK
        },
    ),
    (
        &["explain", "nothing to see", "--format", "markdown"],
        Expect {
            status: 2,
            stderr: &["nothing to see"],
            ..Expect::OK
        },
    ),
];

#[test]
fn explain_rows() {
    for (args, expect) in ROWS {
        Run::new(*args).run().expect(expect);
    }
}

#[test]
fn the_list_has_every_official_code() {
    let json = Run::new(["explain", "--list", "--format", "json"])
        .run()
        .json();
    let codes: Vec<u64> = json["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, OFFICIAL_CODES.map(u64::from));
}

//! `kling-doctor explain`: one code or a pasted body, from the same rules as `diagnose`.

use crate::support::Run;

#[test]
fn explains_every_official_code() {
    let codes = [
        1000, 1001, 1002, 1003, 1004, 1100, 1101, 1102, 1103, 1200, 1201, 1202, 1203, 1300, 1301,
        1302, 1303, 1304, 5000, 5001, 5002,
    ];
    for lang in ["en", "id"] {
        for code in codes {
            let out = Run::new([
                "explain",
                &code.to_string(),
                "--lang",
                lang,
                "--format",
                "json",
            ])
            .run();
            assert_eq!(out.code, 0, "{code} [{lang}]: {}", out.stderr);
            let json = out.json();
            assert_eq!(json["code"], code);
            assert!(
                json["meaning"]
                    .as_str()
                    .is_some_and(|m| !m.starts_with("code-")),
                "{code}: {json}"
            );
            assert!(
                !json["findings"].as_array().unwrap().is_empty(),
                "{code}: no finding"
            );
        }
    }
}

#[test]
fn explain_1102_says_what_would_tell_more() {
    let out = Run::new(["explain", "1102", "--lang", "en"]).run();
    assert_eq!(out.code, 0);
    for needle in [
        "Kling error 1102 (HTTP 429)",
        "used up or has expired",
        "package_status",
        "units_left",
        "[K-ERR]",
    ] {
        assert!(
            out.stdout.contains(needle),
            "lacks {needle:?}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn explain_reads_pasted_bodies_and_messages() {
    for input in [
        r#"{"code":1303,"message":"parallel task over resource pack limit","request_id":"x"}"#,
        "parallel task over resource pack limit",
    ] {
        Run::new(["explain", input, "--format", "json"])
            .run()
            .status(0)
            .json_at("/code", serde_json::json!(1303));
    }
}

#[test]
fn unknown_codes_exit_2() {
    for input in ["9999", "1104", "nothing to see"] {
        Run::new(["explain", input]).run().refused(input);
    }
}

#[test]
fn list_shows_the_whole_table() {
    let out = Run::new(["explain", "--list", "--format", "json"]).run();
    assert_eq!(out.json().as_array().unwrap().len(), 21);
}

//! `cost`: units and USD per video and per batch, videos covered, the cheaper model, and
//! clear refusals — checked against the official per-second prices (K-PRICE-V).

use serde_json::{Value, json};

use crate::support::Run;

/// (arguments, fields the JSON must have with these values)
const PRICED: &[(&[&str], &str)] = &[
    (
        &["--model", "kling-v2-6", "--mode", "pro", "--duration", "10"],
        r#"{"model":"kling-v2-6","mode":"pro","duration":10,"units_per_video":5,"usd_per_video":0.7,"count":1,"units_total":5,"usd_total":0.7,"source":"K-PRICE-V","third_party":false}"#,
    ),
    (
        &["--model", "kling-v3", "--mode", "4k", "--duration", "5"],
        r#"{"model":"kling-v3","mode":"4k","units_per_video":15,"usd_per_video":2.1}"#,
    ),
    (
        &[
            "--model",
            "kling-v2-5-turbo",
            "--mode",
            "std",
            "--duration",
            "5",
        ],
        r#"{"model":"kling-v2-5-turbo","units_per_video":1.5,"usd_per_video":0.21}"#,
    ),
    (
        &[
            "--model",
            "v2.6",
            "--mode",
            "1080p",
            "--duration",
            "10",
            "--count",
            "10",
            "--units-left",
            "120",
        ],
        r#"{"model":"kling-v2-6","mode":"pro","units_total":50,"usd_total":7,"units_left":120,"videos_covered":24}"#,
    ),
    (
        &[
            "--model",
            "kling-v2-6",
            "--mode",
            "pro",
            "--duration",
            "10",
            "--audio",
        ],
        r#"{"audio":true,"units_per_video":10,"usd_per_video":1.4}"#,
    ),
    (
        &[
            "--model",
            "kling-v3",
            "--mode",
            "pro",
            "--duration",
            "10",
            "--count",
            "4",
            "--units-left",
            "50",
        ],
        r#"{"units_per_video":8,"videos_covered":6,"cheapest":{"model":"kling-v2-5-turbo","units_per_video":5,"saving_per_video":3,"saving_total":12,"videos_covered":10}}"#,
    ),
    (
        &["--model", "kling-v1", "--duration", "10"],
        r#"{"model":"kling-v1","mode":"std","units_per_video":2,"source":"IS","third_party":true}"#,
    ),
    (
        &[
            "--model",
            "kling-v2-master",
            "--mode",
            "pro",
            "--duration",
            "5",
        ],
        r#"{"units_per_video":10,"third_party":true,"mode":null}"#,
    ),
    (
        &["--model", "v2.1 master", "--duration", "10"],
        r#"{"model":"kling-v2-1-master","mode":null,"units_per_video":20,"third_party":true}"#,
    ),
    (
        &[
            "--model",
            "kling-v2-6",
            "--mode",
            "pro",
            "--duration",
            "10",
            "--voice",
        ],
        r#"{"voice":true,"units_per_video":12,"source":"K-PRICE-V"}"#,
    ),
];

/// Every field of `expected` is in `got` with the same value (nested objects likewise).
fn assert_subset(expected: &Value, got: &Value, what: &str) {
    match expected.as_object() {
        Some(fields) => {
            for (key, value) in fields {
                assert_subset(value, &got[key], &format!("{what}.{key}"));
            }
        }
        None => assert_eq!(got, expected, "{what}"),
    }
}

#[test]
fn prices_follow_the_official_table() {
    for (args, expected) in PRICED {
        let out = Run::new(["cost", "--format", "json"].iter().chain(args.iter())).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let got = out.json();
        let expected: Value = serde_json::from_str(expected).unwrap();
        assert_subset(&expected, &got, &format!("{args:?}"));
        let has_left = args.contains(&"--units-left");
        assert_eq!(
            got.get("videos_covered").is_some(),
            has_left,
            "{args:?}: videos_covered only with --units-left"
        );
    }
}

/// (arguments, language, text stdout must contain)
const TEXT: &[(&[&str], &str, &[&str])] = &[
    (
        &["--model", "kling-v2-6", "--mode", "pro", "--duration", "10"],
        "en",
        &[
            "kling-v2-6 · pro · 10 s",
            "One video: 5 units ($0.70)",
            "already has the lowest official price",
        ],
    ),
    (
        &[
            "--model",
            "v3",
            "--mode",
            "pro",
            "--duration",
            "10",
            "--count",
            "4",
            "--units-left",
            "50",
        ],
        "en",
        &[
            "4 videos: 32 units ($4.48)",
            "50 units left cover 6 videos",
            "Cheaper: kling-v2-5-turbo costs 5 units ($0.70)",
            "3 units ($0.42) less per video",
            "saves 12 units ($1.68)",
            "cover 10 videos",
        ],
    ),
    (
        &["--model", "kling-v1", "--duration", "5"],
        "en",
        &["One video: 1 unit ($0.14)   [IS]", "third-party"],
    ),
    (
        &[
            "--model",
            "v3",
            "--mode",
            "pro",
            "--duration",
            "10",
            "--count",
            "4",
            "--units-left",
            "50",
        ],
        "id",
        &[
            "10 detik",
            "Satu video: 8 unit ($1.12)",
            "Sisa 50 unit cukup untuk 6 video",
            "Lebih murah: kling-v2-5-turbo",
        ],
    ),
    (
        &["--model", "kling-v1", "--duration", "5"],
        "id",
        &["pihak ketiga"],
    ),
];

#[test]
fn text_reads_in_both_languages() {
    for (args, lang, needles) in TEXT {
        let out = Run::new(["cost", "--lang", lang].iter().chain(args.iter())).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        for n in *needles {
            assert!(
                out.stdout.contains(n),
                "{args:?} {lang}: no {n:?} in\n{}",
                out.stdout
            );
        }
    }
}

/// (arguments, text stderr must contain): all exit 2 with nothing on stdout.
const REFUSED: &[(&[&str], &[&str])] = &[
    (
        &["--model", "kling-v9"],
        &[
            "unknown model `kling-v9`",
            "did you mean",
            "known models: kling-v1, kling-v1-5",
        ],
    ),
    (
        &["--model", "kling-v1", "--duration", "7"],
        &["priced per clip", "only 5 s, 10 s", "not 7 s"],
    ),
    (
        &["--model", "kling-v2-6", "--mode", "4k"],
        &[
            "kling-v2-6 has no price for 4k without audio",
            "std, pro, pro --audio",
        ],
    ),
    (
        &["--model", "kling-v2-5-turbo", "--mode", "pro", "--audio"],
        &["no price for pro with native audio"],
    ),
    (
        &["--model", "kling-v2-6", "--mode", "8k"],
        &["`mode` must be one of std, pro, 4k"],
    ),
    (
        &["--model", "kling-v2-6", "--duration", "0"],
        &["`duration` must be at least 1"],
    ),
    (
        &["--model", "kling-v2-6", "--units-left", "lots"],
        &["`units_left` must be a number"],
    ),
    (&["--mode", "pro"], &["--model"]),
    (
        &["--model", "kling-v2-6", "--mode", "std", "--audio"],
        &[
            "kling-v2-6 has no price for std with native audio",
            "pro --audio",
        ],
    ),
    (
        &["--product", "image", "--model", "kling-v2-6"],
        &["unknown model `kling-v2-6`", "kling-v3, kling-v3-omni"],
    ),
    (
        &["--product", "try-on", "--model", "kling-v1"],
        &["no prices for try-on"],
    ),
    (
        &["--product", "audio", "--model", "kling-v1"],
        &["`product`"],
    ),
];

#[test]
fn bad_requests_are_refused_clearly() {
    for (args, needles) in REFUSED {
        let out = Run::new(["cost"].iter().chain(args.iter())).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(out.stdout.is_empty(), "{args:?}");
        for n in *needles {
            assert!(
                out.stderr.contains(n),
                "{args:?}: no {n:?} in\n{}",
                out.stderr
            );
        }
    }
    let id = Run::new(["cost", "--model", "kling-v9", "--lang", "id"]).run();
    assert!(id.stderr.contains("tidak dikenal"), "{}", id.stderr);
}

#[test]
fn json_has_the_contract_fields() {
    let out = Run::new([
        "cost",
        "--model",
        "v2.6",
        "--units-left",
        "3",
        "--format",
        "json",
    ])
    .run();
    let got = out.json();
    for key in [
        "model",
        "mode",
        "duration",
        "units_per_video",
        "count",
        "units_total",
        "usd_total",
        "videos_covered",
    ] {
        assert!(got.get(key).is_some(), "missing `{key}` in {got:#}");
    }
    assert_eq!(got["videos_covered"], json!(2));
}

#[test]
fn images_are_priced_in_image_units() {
    // (arguments, JSON fields, English text, Indonesian text)
    let rows: &[(&[&str], &str, &str, &str)] = &[
        (
            &[
                "--model",
                "kling-v3",
                "--count",
                "10",
                "--units-left",
                "1000",
            ],
            r#"{"product":"image","model":"kling-v3","units_per_image":8,"count":10,"units_total":80,"usd_total":0.28,"unit_usd":0.0035,"images_covered":125,"third_party":false}"#,
            "One image: 8 image units ($0.028)   [K-PRICE-I]",
            "Satu gambar: 8 unit gambar ($0.028)",
        ),
        (
            &["--model", "v2.1"],
            r#"{"model":"kling-v2-1","units_per_image":4,"other_kinds":{"image-to-image":8,"multi-image":16}}"#,
            "One image: 4 image units ($0.014)",
            "image-to-image 8, multi-image 16",
        ),
        (
            &["--model", "kling-v1"],
            r#"{"units_per_image":1,"third_party":true,"source":"IS"}"#,
            "treat it as an estimate",
            "anggap sebagai perkiraan",
        ),
    ];
    for (args, fields, en, id) in rows {
        let base = ["cost", "--product", "image"];
        let out = Run::new(
            base.iter()
                .chain(["--format", "json"].iter())
                .chain(args.iter()),
        )
        .run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let got = out.json();
        assert_subset(
            &serde_json::from_str(fields).unwrap(),
            &got,
            &format!("{args:?}"),
        );
        assert!(got.get("units_per_video").is_none() && got.get("videos_covered").is_none());
        for (lang, want) in [("en", en), ("id", id)] {
            let text = Run::new(
                ["--lang", lang]
                    .iter()
                    .chain(base.iter())
                    .chain(args.iter()),
            )
            .run();
            assert!(
                text.stdout.contains(want),
                "{lang} {args:?}: {}",
                text.stdout
            );
        }
    }
    let text = Run::new(["cost", "--model", "kling-v2-master", "--duration", "10"]).run();
    assert!(
        text.stdout
            .starts_with("kling-v2-master · 10 s · without audio"),
        "{}",
        text.stdout
    );
    assert!(!text.stdout.contains("std"), "{}", text.stdout);
}

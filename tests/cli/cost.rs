//! `cost`: units and USD per video and per batch, videos covered, the cheaper model, and
//! clear refusals — checked against the official per-second prices (K-PRICE-V).

use serde_json::{Value, json};

use crate::support::{Expect, Run};

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

/// Expects text in `lang` (on stdout, or on stderr for a refusal with exit 2).
const fn says(
    status: i32,
    stdout: &'static [&'static str],
    stderr: &'static [&'static str],
) -> Expect {
    Expect {
        status,
        stdout,
        stderr,
        json: &[],
    }
}

/// (arguments after `cost`, language, expectations): text and Markdown, both languages.
const TEXT: &[(&[&str], &str, Expect)] = &[
    (
        &["--model", "kling-v2-6", "--mode", "pro", "--duration", "10"],
        "en",
        says(
            0,
            &[
                "kling-v2-6 · pro · 10 s",
                "One video: 5 units ($0.70)",
                "already has the lowest official price",
            ],
            &[],
        ),
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
        says(
            0,
            &[
                "4 videos: 32 units ($4.48)",
                "50 units left cover 6 videos",
                "Cheaper: kling-v2-5-turbo costs 5 units ($0.70)",
                "3 units ($0.42) less per video",
                "saves 12 units ($1.68)",
                "cover 10 videos",
            ],
            &[],
        ),
    ),
    (
        &["--model", "kling-v1", "--duration", "5"],
        "en",
        says(0, &["One video: 1 unit ($0.14)   [IS]", "third-party"], &[]),
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
        says(
            0,
            &[
                "10 detik",
                "Satu video: 8 unit ($1.12)",
                "Sisa 50 unit cukup untuk 6 video",
                "Lebih murah: kling-v2-5-turbo",
            ],
            &[],
        ),
    ),
    (
        &["--model", "kling-v1", "--duration", "5"],
        "id",
        says(0, &["pihak ketiga"], &[]),
    ),
    // Markdown for a ticket: the setup as a heading, one item per figure; two dollar
    // amounts in one item are escaped so GitHub does not read them as TeX.
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
            "--format",
            "markdown",
        ],
        "en",
        says(
            0,
            &[
                "## kling-v3 · pro · 10 s · without audio\n\n",
                "- One video: 8 units ($1.12)   [K-PRICE-V]\n",
                "- 4 videos: 32 units ($4.48)\n",
                "- 50 units left cover 6 videos.\n",
                "costs 5 units (\\$0.70)",
            ],
            &[],
        ),
    ),
    (
        &[
            "--model",
            "v2.1-master",
            "--duration",
            "10",
            "--format",
            "markdown",
        ],
        "id",
        says(
            0,
            &[
                "## kling-v2-1-master · 10 detik · tanpa audio\n\n",
                "- Satu video: 20 unit ($2.80)   [IS]\n",
                "- ! Harga ini berasal dari ringkasan pihak ketiga",
            ],
            &[],
        ),
    ),
    (
        &[
            "--product",
            "image",
            "--model",
            "v3",
            "--count",
            "100",
            "--format",
            "markdown",
        ],
        "id",
        says(
            0,
            &["## kling-v3 · ", "- Satu gambar: 8 unit gambar ($0.028)"],
            &[],
        ),
    ),
    // Refusals: exit 2, nothing on stdout, the reason on stderr.
    (
        &["--model", "kling-v9"],
        "en",
        says(
            2,
            &[],
            &[
                "unknown model `kling-v9`",
                "did you mean",
                "known models: kling-v1, kling-v1-5",
            ],
        ),
    ),
    (
        &["--model", "kling-v9"],
        "id",
        says(2, &[], &["tidak dikenal"]),
    ),
    (
        &["--model", "kling-v1", "--duration", "7"],
        "en",
        says(2, &[], &["priced per clip", "only 5 s, 10 s", "not 7 s"]),
    ),
    (
        &["--model", "kling-v2-6", "--mode", "4k"],
        "en",
        says(
            2,
            &[],
            &[
                "kling-v2-6 has no price for 4k without audio",
                "std, pro, pro --audio",
            ],
        ),
    ),
    (
        &["--model", "kling-v2-5-turbo", "--mode", "pro", "--audio"],
        "en",
        says(2, &[], &["no price for pro with native audio"]),
    ),
    (
        &["--model", "kling-v2-6", "--mode", "8k"],
        "en",
        says(2, &[], &["`mode` must be one of std, pro, 4k"]),
    ),
    (
        &["--model", "kling-v2-6", "--duration", "0"],
        "en",
        says(2, &[], &["`duration` must be at least 1"]),
    ),
    (
        &["--model", "kling-v2-6", "--units-left", "lots"],
        "en",
        says(2, &[], &["`units_left` must be a number"]),
    ),
    (&["--mode", "pro"], "en", says(2, &[], &["--model"])),
    (
        &["--model", "kling-v2-6", "--mode", "std", "--audio"],
        "en",
        says(
            2,
            &[],
            &[
                "kling-v2-6 has no price for std with native audio",
                "pro --audio",
            ],
        ),
    ),
    (
        &["--product", "image", "--model", "kling-v2-6"],
        "en",
        says(
            2,
            &[],
            &["unknown model `kling-v2-6`", "kling-v3, kling-v3-omni"],
        ),
    ),
    (
        &["--product", "try-on", "--model", "kling-v1"],
        "en",
        says(2, &[], &["no prices for try-on"]),
    ),
    (
        &["--product", "audio", "--model", "kling-v1"],
        "en",
        says(2, &[], &["`product`"]),
    ),
];

#[test]
fn text_markdown_and_refusals_in_both_languages() {
    for (args, lang, expect) in TEXT {
        Run::new(["cost", "--lang", lang].iter().chain(args.iter()))
            .run()
            .expect(expect);
    }
}

#[test]
fn json_carries_the_schema_version_in_both_languages() {
    for lang in ["en", "id"] {
        for product in ["video", "image"] {
            Run::new([
                "cost",
                "--product",
                product,
                "--model",
                "v3",
                "--lang",
                lang,
                "--format",
                "json",
            ])
            .run()
            .status(0)
            .json_at("/schema_version", json!(1))
            .json_at("/lang", json!(lang));
        }
    }
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

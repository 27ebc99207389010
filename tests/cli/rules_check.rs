//! `rules check` and `--rules DIR`: the shipped rules validate; broken copies give one
//! located error each and exit 2, never a panic or a hang.

use std::path::Path;

use crate::support::{Run, copy_dir};

/// Copies the shipped rules into `dest`, then applies `edit` to `file`.
fn broken_copy(dest: &Path, file: &str, edit: impl Fn(&str) -> String) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    copy_dir(&src, &dest.join("rules"));
    let target = dest.join("rules").join(file);
    let text = std::fs::read_to_string(&target).unwrap_or_default();
    std::fs::write(&target, edit(&text)).unwrap();
}

#[test]
fn shipped_rules_are_valid() {
    let out = Run::new(["rules", "check"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("checks"), "{}", out.stdout);
    let dir = Run::new([
        "rules",
        "check",
        concat!(env!("CARGO_MANIFEST_DIR"), "/rules"),
    ])
    .run();
    assert_eq!(dir.code, 0, "{}", dir.stderr);
}

/// How a breakage changes one shipped file.
enum Edit {
    /// Replace the first occurrence of this text with that.
    Replace(&'static str, &'static str),
    /// Replace the whole file with these bytes.
    Whole(fn() -> Vec<u8>),
}

/// One way to break the shipped rules, and what `rules check` must say about it: exactly
/// one located error containing every needle, exit 2, nothing on stdout.
struct Breakage {
    name: &'static str,
    file: &'static str,
    edit: Edit,
    needles: &'static [&'static str],
}

const fn replace(
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    needles: &'static [&'static str],
) -> Breakage {
    Breakage {
        name,
        file,
        edit: Edit::Replace(from, to),
        needles,
    }
}

/// An alias bomb: nine levels of ten references, 10⁹ values once expanded.
fn nested_alias_bomb() -> Vec<u8> {
    let mut text = String::from("checks:\n  - id: bomb\n    title: check-clock\n    nodes:\n");
    text.push_str("      - id: bomb-node\n        fact: error_code\n        cases:\n");
    text.push_str("          - if: { one_of: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }\n            outcome: pass\n");
    for (name, prev) in "bcdefghi".chars().zip("abcdefgh".chars()) {
        let refs = vec![format!("*{prev}"); 10].join(", ");
        text.push_str(&format!(
            "          - if: {{ one_of: &{name} [{refs}] }}\n            outcome: pass\n"
        ));
    }
    text.into_bytes()
}

/// One anchor repeated into a flood of aliases.
fn wide_alias_fan() -> Vec<u8> {
    let refs = vec!["*c"; 300].join(", ");
    format!(
        "checks:\n  - id: fan\n    title: check-clock\n    nodes:\n      - id: fan-node\n        fact: error_code\n        cases:\n          - if: {{ one_of: [&c 1000, {refs}] }}\n            outcome: pass\n"
    )
    .into_bytes()
}

fn deep_nesting() -> Vec<u8> {
    format!("checks: {}{}\n", "[".repeat(5_000), "]".repeat(5_000)).into_bytes()
}

fn huge_file() -> Vec<u8> {
    let mut text = String::from("checks: []\n");
    while text.len() <= 2 * 1024 * 1024 {
        text.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    text.into_bytes()
}

const BREAKAGES: &[Breakage] = &[
    replace(
        "typo in a key",
        "checks/30-pack.yaml",
        "        cases:\n          - if: { equals: none }",
        "        casse:\n          - if: { equals: none }",
        &[
            "rules/checks/30-pack.yaml:29:9",
            "R025",
            "unknown key `casse`",
            "did you mean `cases`?",
        ],
    ),
    replace(
        "unknown fact",
        "checks/40-units.yaml",
        "fact: units_left",
        "fact: unit_left",
        &[
            "rules/checks/40-units.yaml:30:15",
            "unknown fact `unit_left`",
            "did you mean `units_left`",
        ],
    ),
    replace(
        "unknown finding",
        "checks/80-concurrency.yaml",
        "finding: concurrency-limit",
        "finding: concurency-limit",
        &[
            "rules/checks/80-concurrency.yaml:",
            "concurency-limit",
            "did you mean `concurrency-limit`",
        ],
    ),
    replace(
        "dangling next",
        "checks/30-pack.yaml",
        "next: pack-expiry-online",
        "next: pack-expiry-onlin",
        &[
            "R006",
            "pack-expiry-onlin",
            "did you mean `pack-expiry-online`",
        ],
    ),
    replace(
        "cycle",
        "checks/30-pack.yaml",
        "        if_unknown: { outcome: pass }",
        "        if_unknown: { next: pack-status }",
        &["R008", "pack-status → pack-expiry-online → pack-status"],
    ),
    replace(
        "unreachable node",
        "checks/90-clock.yaml",
        "        if_unknown: { next: skew-if-measured }",
        "        if_unknown: { outcome: skip }",
        &["R009", "`skew-if-measured` cannot be reached"],
    ),
    replace(
        "bad severity",
        "checks/90-clock.yaml",
        "severity: warning",
        "severity: fatal",
        &["R014", "fatal", "error, warning, info"],
    ),
    replace(
        "two operators",
        "checks/90-clock.yaml",
        "if: { less_than: -5 }",
        "if: { less_than: -5, greater_than: 1 }",
        &["R010", "found 2"],
    ),
    replace(
        "enum literal that does not exist",
        "checks/30-pack.yaml",
        "equals: toBeOnline",
        "equals: tobeonlin",
        &["R016", "tobeonlin", "expected online, toBeOnline"],
    ),
    replace(
        "wrong literal type",
        "checks/20-provider.yaml",
        "ask: false",
        "ask: maybe",
        &[
            "rules/checks/20-provider.yaml:11:14",
            "R028",
            "`maybe` is not `true` or `false`",
        ],
    ),
    replace(
        "a list where a value belongs",
        "checks/30-pack.yaml",
        "equals: none",
        "equals: [none]",
        &["R028", "is not a number or a text value"],
    ),
    replace(
        "duplicate node",
        "checks/90-clock.yaml",
        "      - id: clock-applies",
        "      - id: concurrency-applies",
        &[
            "rules/checks/90-clock.yaml:",
            "R018",
            "node `concurrency-applies` is defined twice",
        ],
    ),
    replace(
        "duplicate key",
        "checks/90-clock.yaml",
        "        fact: clock_skew_s\n",
        "        fact: clock_skew_s\n        fact: error_code\n",
        &["R027", "the key `fact` appears twice"],
    ),
    replace(
        "tab in the indentation",
        "checks/90-clock.yaml",
        "        fact: clock_skew_s\n",
        "\tfact: clock_skew_s\n",
        &["rules/checks/90-clock.yaml:19:1", "R030", "spaces only"],
    ),
    replace(
        "bad indentation",
        "facts.yaml",
        "  - key: units_left\n    type: number",
        "  - key: units_left\n   type: number",
        &["rules/facts.yaml:", "R026", "`type`"],
    ),
    replace(
        "unknown fact type",
        "facts.yaml",
        "  - key: units_left\n    type: number",
        "  - key: units_left\n    type: nmber",
        &["rules/facts.yaml:87:11", "R019", "nmber"],
    ),
    replace(
        "finding without fix",
        "findings.yaml",
        "  - id: rate-limit\n    fixes: [fix-slow-down, fix-contact-raise-limit]",
        "  - id: rate-limit\n    fixes: []",
        &["R021", "rate-limit"],
    ),
    replace(
        "price without source",
        "pricing.yaml",
        "{ mode: pro, audio: false, per_second: 0.5, source: K-PRICE-V }",
        "{ mode: pro, audio: false, per_second: 0.5 }",
        &["rules/pricing.yaml:", "R026", "the key `source` is missing"],
    ),
    replace(
        "no balance lag figure",
        "pricing.yaml",
        "balance_lag_hours:\n  value: 12\n  source: K-USAGE",
        "",
        &[
            "rules/pricing.yaml:",
            "R026",
            "the key `balance_lag_hours` is missing",
        ],
    ),
    replace(
        "costs asked never",
        "pricing.yaml",
        "costs_max_qps:\n  value: 1\n",
        "costs_max_qps:\n  value: 0\n",
        &[
            "rules/pricing.yaml:30:10",
            "R040",
            "`costs_max_qps` must be a number above 0",
        ],
    ),
    replace(
        "unknown mode in a price",
        "pricing.yaml",
        "mode: 4k, per_second: 3.0",
        "mode: 8k, per_second: 3.0",
        &["R023", "unknown mode `8k`"],
    ),
    replace(
        "unknown code offered by the wizard",
        "error-codes.yaml",
        "wizard_codes: [1102, 1303,",
        "wizard_codes: [1102, 1305,",
        &[
            "rules/error-codes.yaml:43:22",
            "R038",
            "no error code 1305 in `codes:`",
        ],
    ),
    replace(
        "code offered twice by the wizard",
        "error-codes.yaml",
        "1004, 1000]",
        "1004, 1102]",
        &[
            "rules/error-codes.yaml:43:40",
            "R039",
            "`1102` is listed twice in `wizard_codes`",
        ],
    ),
    replace(
        "two YAML documents",
        "checks/90-clock.yaml",
        "checks:\n",
        "checks: []\n---\nchecks:\n",
        &["R032", "more than one YAML document"],
    ),
    Breakage {
        name: "empty file",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(Vec::new),
        needles: &["R031", "the file is empty", "starts with `checks:`"],
    },
    Breakage {
        name: "nested alias bomb",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(nested_alias_bomb),
        needles: &["rules/checks/90-clock.yaml:"],
    },
    Breakage {
        name: "alias flood",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(wide_alias_fan),
        needles: &["R029", "outnumber anchors"],
    },
    Breakage {
        name: "deep nesting",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(deep_nesting),
        needles: &["rules/checks/90-clock.yaml:1:"],
    },
    Breakage {
        name: "huge file",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(huge_file),
        needles: &["R029", "larger than 1048576 bytes"],
    },
    Breakage {
        name: "not UTF-8",
        file: "checks/90-clock.yaml",
        edit: Edit::Whole(|| b"checks:\xff\xfe\n".to_vec()),
        needles: &["R034", "not UTF-8"],
    },
];

#[test]
fn broken_rules_give_one_located_error_each() {
    let mut failures = Vec::new();
    for b in BREAKAGES {
        let run = Run::new(["rules", "check", "rules"]);
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        copy_dir(&src, &run.dir().join("rules"));
        let target = run.dir().join("rules").join(b.file);
        let bytes = match &b.edit {
            Edit::Replace(from, to) => {
                let text = std::fs::read_to_string(&target).unwrap_or_default();
                assert!(text.contains(from), "{}: fixture text not found", b.name);
                text.replacen(from, to, 1).into_bytes()
            }
            Edit::Whole(make) => make(),
        };
        std::fs::write(&target, bytes).unwrap();
        let out = run.run();
        let errors = out.stderr.matches("error[R").count();
        let missing: Vec<_> = b
            .needles
            .iter()
            .filter(|n| !out.stderr.contains(**n))
            .collect();
        if out.code != 2 || !out.stdout.is_empty() || errors != 1 || !missing.is_empty() {
            failures.push(format!(
                "{}: exit {}, {errors} errors, missing {missing:?}\n{}",
                b.name, out.code, out.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn diagnose_refuses_broken_rules() {
    let run = Run::new([
        "diagnose",
        "--non-interactive",
        "--rules",
        "rules",
        "--error",
        "1102",
    ]);
    broken_copy(run.dir(), "checks/40-units.yaml", |t| {
        t.replace("fact: units_left", "fact: unit_left")
    });
    run.run().refused("unit_left");
}

#[test]
fn missing_indonesian_text_is_caught() {
    let run = Run::new(["rules", "check", "rules"]);
    broken_copy(run.dir(), "findings.yaml", |t| {
        t.replace(
            "  - id: rate-limit\n    fixes: [fix-slow-down",
            "  - id: rate-limit\n    fixes: [fix-new-thing, fix-slow-down",
        )
    });
    std::fs::create_dir_all(run.dir().join("rules/locales/en")).unwrap();
    std::fs::write(
        run.dir().join("rules/locales/en/extra.ftl"),
        "fix-new-thing = Do the new thing.\n",
    )
    .unwrap();
    let out = run.run();
    out.refused("`fix-new-thing` is missing in locales/id/")
        .stderr_lacks("missing in locales/en/");
    assert_eq!(out.stderr.matches("error[R").count(), 1, "{}", out.stderr);
}

#[test]
fn wizard_code_errors_read_in_both_languages() {
    let rows: &[(&str, &[&str])] = &[
        (
            "en",
            &[
                "`1102` is listed twice in `wizard_codes`",
                "no error code 1305 in `codes:`",
            ],
        ),
        (
            "id",
            &[
                "`1102` tercantum dua kali di `wizard_codes`",
                "tidak ada kode error 1305 di `codes:`",
            ],
        ),
    ];
    for (lang, needles) in rows {
        let run = Run::new(["rules", "check", "rules", "--lang", lang]);
        broken_copy(run.dir(), "error-codes.yaml", |t| {
            t.replace("1004, 1000]", "1004, 1102, 1305]")
        });
        let out = run.run();
        assert_eq!(out.code, 2, "{lang}: {}", out.stderr);
        assert_eq!(out.stderr.matches("error[R").count(), 2, "{}", out.stderr);
        for needle in *needles {
            assert!(
                out.stderr.contains(needle),
                "{lang}: {needle}\n{}",
                out.stderr
            );
        }
    }
}

/// An Indonesian `rules check` words the parts Rust fills in (kinds of things, expected
/// types) in Indonesian too.
#[test]
fn indonesian_rules_check_reads_indonesian() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "checks/90-clock.yaml",
            "      - id: clock-applies",
            "      - id: concurrency-applies",
            "node `concurrency-applies` didefinisikan dua kali",
        ),
        (
            "checks/30-pack.yaml",
            "equals: toBeOnline",
            "equals: tobeonlin",
            "seharusnya salah satu dari online, toBeOnline",
        ),
        (
            "checks/90-clock.yaml",
            "if: { less_than: -5 }",
            "if: { less_than: twelve }",
            "`twelve` bukan angka atau `{ fact: NAMA }`",
        ),
        (
            "facts.yaml",
            "  - key: units_left\n",
            "  - { key: units_left, type: number, question: question-units-left }\n  - key: units_left\n",
            "fakta `units_left` didefinisikan dua kali",
        ),
        // The parser's own words for a syntax mistake stay out.
        (
            "checks/90-clock.yaml",
            "      - id: clock-applies",
            "      - id: \"clock-applies",
            "tanda kutip yang tidak pernah ditutup",
        ),
        (
            "checks/90-clock.yaml",
            "      - id: clock-applies",
            "      - id: clock: applies",
            "ada `: ` di dalam nilai: beri tanda kutip pada nilainya",
        ),
    ];
    for (file, from, to, needle) in rows {
        let run = Run::new(["rules", "check", "rules", "--lang", "id"]);
        broken_copy(run.dir(), file, |t| {
            assert!(t.contains(from), "{file}: fixture text not found");
            t.replacen(from, to, 1)
        });
        let out = run.run();
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains(needle), "{needle}\n{}", out.stderr);
        for english in [
            "defined twice",
            "expected",
            " or ",
            "parsing",
            "mapping values",
        ] {
            assert!(!out.stderr.contains(english), "{english}\n{}", out.stderr);
        }
    }
}

#[test]
fn unreadable_rules_directories_are_worded_in_each_language() {
    for (lang, needle) in [
        ("en", "there is no such file or directory"),
        ("id", "file atau direktori itu tidak ada"),
    ] {
        let run = Run::new(["rules", "check", "no-such-rules", "--lang", lang]);
        let out = run.run();
        out.refused(needle);
        assert!(!out.stderr.contains("os error"), "{}", out.stderr);
    }
}

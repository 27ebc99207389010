//! `rules check` and `--rules DIR`: the shipped rules validate; broken copies give one
//! located error each and exit 2, never a panic.

use std::path::Path;

use crate::support::Run;

/// Copies the shipped rules into `dest`, then applies `edit` to `file`.
fn broken_copy(dest: &Path, file: &str, edit: impl Fn(&str) -> String) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    copy_dir(&src, &dest.join("rules"));
    let target = dest.join("rules").join(file);
    let text = std::fs::read_to_string(&target).unwrap_or_default();
    std::fs::write(&target, edit(&text)).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
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

/// (name, file, replace this, with that, expected location and text in stderr)
type Breakage = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const BREAKAGES: &[Breakage] = &[
    (
        "typo in a key",
        "checks/30-pack.yaml",
        "        cases:\n          - if: { equals: none }",
        "        casse:\n          - if: { equals: none }",
        &["rules/checks/30-pack.yaml:", "R001"],
    ),
    (
        "unknown fact",
        "checks/40-units.yaml",
        "fact: units_left",
        "fact: unit_left",
        &[
            "rules/checks/40-units.yaml:29:15",
            "unknown fact `unit_left`",
            "did you mean `units_left`",
        ],
    ),
    (
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
    (
        "dangling next",
        "checks/30-pack.yaml",
        "next: pack-expiry-online",
        "next: pack-expiry-onlin",
        &["R006", "pack-expiry-onlin"],
    ),
    (
        "cycle",
        "checks/30-pack.yaml",
        "        if_unknown: { outcome: pass }",
        "        if_unknown: { next: pack-status }",
        &["R008", "pack-status"],
    ),
    (
        "bad severity",
        "checks/90-clock.yaml",
        "severity: warning",
        "severity: fatal",
        &["R014", "fatal"],
    ),
    (
        "two operators",
        "checks/60-balance-freshness.yaml",
        "if: { less_than: 12 }",
        "if: { less_than: 12, greater_than: 1 }",
        &["R010"],
    ),
    (
        "enum literal that does not exist",
        "checks/30-pack.yaml",
        "equals: toBeOnline",
        "equals: tobeonlin",
        &["R016", "tobeonlin"],
    ),
    (
        "bad indentation",
        "facts.yaml",
        "  - key: units_left\n    type: number",
        "  - key: units_left\n   type: number",
        &["rules/facts.yaml:", "R001"],
    ),
    (
        "finding without fix",
        "findings.yaml",
        "  - id: rate-limit\n    fixes: [fix-slow-down, fix-contact-raise-limit]",
        "  - id: rate-limit\n    fixes: []",
        &["R021", "rate-limit"],
    ),
    (
        "price without source",
        "pricing.yaml",
        "{ mode: pro, audio: false, per_second: 0.5, source: K-PRICE-V }",
        "{ mode: pro, audio: false, per_second: 0.5 }",
        &["rules/pricing.yaml:", "source"],
    ),
    (
        "alias bomb",
        "facts.yaml",
        "facts:\n",
        "bomb: &a [x, x, x, x, x, x, x, x, x, x]\nb1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nb2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nb3: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nb4: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nb5: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\nfacts:\n",
        &["rules/facts.yaml:", "R001"],
    ),
];

#[test]
fn broken_rules_give_located_errors() {
    for (name, file, from, to, needles) in BREAKAGES {
        let run = Run::new(["rules", "check", "rules"]);
        broken_copy(run.dir(), file, |t| {
            assert!(t.contains(from), "{name}: fixture text not found in {file}");
            t.replacen(from, to, 1)
        });
        let out = run.run();
        assert_eq!(out.code, 2, "{name}: exit {}\n{}", out.code, out.stderr);
        assert!(out.stdout.is_empty(), "{name}");
        for needle in *needles {
            assert!(
                out.stderr.contains(needle),
                "{name}: stderr lacks {needle:?}:\n{}",
                out.stderr
            );
        }
    }
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
    let out = run.run();
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("unit_left"), "{}", out.stderr);
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
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("`fix-new-thing` is missing in locales/id/"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("missing in locales/en/"),
        "{}",
        out.stderr
    );
}

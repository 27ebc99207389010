//! Rule engine at scale: generated decision trees of 1k, 10k and 100k nodes, loaded from a
//! rules directory (`--rules DIR`: read, parse, validate), then evaluated.
//! Targets (issues 8, 15): 10k nodes in ≤ 50 ms in total; 100k within 10× of 10k (linear).
//! `cold` compiles the YAML as a first run does; `cached` is every later run, which decodes
//! what the first one kept (`kling_doctor::cache`) after reading and digesting the files.
//! A run never frees its rule set (`commands::load_rules` leaks it and exits), so the
//! loading routines hand theirs to criterion, which drops them outside the timing.
//!
//! `cargo bench --bench engine`; `-- --quick` for a fast pass.

use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kling_doctor::cache::{self, RuleCache};
use kling_doctor::engine::evaluate;
use kling_doctor::facts::{Facts, Origin, Value};
use kling_doctor::rules::{self, RuleSet, RuleSource};

/// Nodes per generated check: a complete binary tree, so a walk visits ~7 of them.
const CHECK_NODES: usize = 100;
/// Checks per generated file; the loader caps one file at 1 MiB.
const CHECKS_PER_FILE: usize = 20;
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// Findings the leaves emit (all in the shipped `findings.yaml`).
const FINDINGS: [&str; 6] = [
    "units-exhausted",
    "package-expired",
    "concurrency-limit",
    "balance-delay",
    "clock-skew",
    "model-cost-high",
];

/// One node in the shipped rules' block style; `i` picks the fact and operator so every
/// kind of condition (number, enum, fact operand, date, computed enum, gate) is validated.
fn node(out: &mut String, check: usize, i: usize) {
    let child = |k: usize| -> String {
        let c = 2 * i + k;
        if c < CHECK_NODES {
            format!("next: g{check}-n{c}")
        } else if k == 1 {
            format!(
                "finding: {}\n            severity: error",
                FINDINGS[(check + i) % FINDINGS.len()]
            )
        } else {
            "outcome: pass".into()
        }
    };
    let (left, right) = (child(1), child(2));
    let (fact, condition, gate) = match i % 6 {
        0 => ("units_left", "{ less_than: 5 }", false),
        1 => ("package_status", "{ one_of: [expired, runOut] }", false),
        2 => (
            "running_tasks",
            "{ at_least: { fact: concurrency_limit } }",
            false,
        ),
        3 => ("package_expires", "{ in_past: true }", false),
        4 => ("error_family", "{ equals: balance }", true),
        _ => ("units_left", "{ less_than: { fact: video_cost } }", false),
    };
    let _ = writeln!(out, "      - id: g{check}-n{i}\n        fact: {fact}");
    if gate {
        let _ = writeln!(out, "        ask: false");
    }
    let _ = writeln!(
        out,
        "        cases:\n          - if: {condition}\n            {left}"
    );
    let _ = writeln!(
        out,
        "        otherwise:\n          {{ {} }}",
        right.replace('\n', ",")
    );
    if gate {
        let _ = writeln!(
            out,
            "        if_unknown: {{ {} }}",
            child(2).replace('\n', ",")
        );
    }
    out.push('\n');
}

/// A rules directory with the shipped catalogues and `nodes` generated check nodes.
fn rules_dir(root: &Path, nodes: usize) -> std::io::Result<()> {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    fs::create_dir_all(root.join("checks"))?;
    for file in [
        "facts.yaml",
        "findings.yaml",
        "pricing.yaml",
        "error-codes.yaml",
    ] {
        fs::copy(shipped.join(file), root.join(file))?;
    }
    let checks = nodes / CHECK_NODES;
    for first in (0..checks).step_by(CHECKS_PER_FILE) {
        let mut yaml = String::from("checks:\n");
        for check in first..(first + CHECKS_PER_FILE).min(checks) {
            let _ = writeln!(
                yaml,
                "  - id: generated-{check}\n    title: check-units\n    nodes:"
            );
            for i in 0..CHECK_NODES {
                node(&mut yaml, check, i);
            }
        }
        fs::write(root.join(format!("checks/g{first:06}.yaml")), yaml)?;
    }
    Ok(())
}

/// Facts that send walks deep into the trees.
fn facts(rules: &RuleSet) -> Facts {
    let mut facts = Facts::default();
    for (key, raw) in [
        ("error_code", "1102"),
        ("units_left", "3"),
        ("package_status", "online"),
        ("running_tasks", "2"),
        ("concurrency_limit", "5"),
        ("package_expires", "2027-01-31"),
        ("model", "kling-v2-6"),
        ("mode", "pro"),
        ("duration", "10"),
    ] {
        let def = rules.facts.get(key).unwrap_or_else(|| panic!("{key}"));
        let value = rules
            .facts
            .parse(def, raw, &rules.pricing)
            .unwrap_or_else(|e| panic!("{key}: {e:?}"));
        facts.insert(key, value, Origin::Flag);
    }
    facts.insert("provider", Value::Text("kling".into()), Origin::Flag);
    facts
}

fn load(dir: &Path) -> RuleSet {
    match rules::load(&RuleSource::Dir(dir.to_path_buf())) {
        Ok((rules, _)) => rules,
        Err(errors) => panic!("generated rules are invalid: {:?}", &errors[..1]),
    }
}

/// `load` through a cache, as every run after the first.
fn load_cached(cache: &RuleCache, dir: &Path) -> RuleSet {
    match cache::load_dir(Some(cache), dir) {
        Ok((rules, _, _)) => rules,
        Err(errors) => panic!("generated rules are invalid: {:?}", &errors[..1]),
    }
}

fn engine(c: &mut Criterion) {
    let now = "2026-11-25T12:00:00Z"
        .parse()
        .unwrap_or_else(|_| panic!("now"));
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    for nodes in SIZES {
        // Kept after the run: scripts/bench.sh times whole processes on the same trees.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("engine-{nodes}"));
        let _ = fs::remove_dir_all(&dir);
        rules_dir(&dir, nodes).unwrap_or_else(|e| panic!("generate rules: {e}"));
        let rules = load(&dir);
        assert_eq!(
            rules.checks.iter().map(|c| c.nodes.len()).sum::<usize>(),
            nodes
        );
        let facts = facts(&rules);
        let cache_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let cache = RuleCache::new(cache_dir.path().to_path_buf());
        load_cached(&cache, &dir);
        group.bench_with_input(BenchmarkId::new("load+validate", nodes), &nodes, |b, _| {
            b.iter_with_large_drop(|| load(black_box(&dir)))
        });
        group.bench_with_input(BenchmarkId::new("load-cached", nodes), &nodes, |b, _| {
            b.iter_with_large_drop(|| load_cached(&cache, black_box(&dir)))
        });
        group.bench_with_input(BenchmarkId::new("evaluate", nodes), &nodes, |b, _| {
            b.iter(|| evaluate(black_box(&rules), black_box(&facts), now))
        });
        group.bench_with_input(BenchmarkId::new("total-cold", nodes), &nodes, |b, _| {
            b.iter_with_large_drop(|| {
                let rules = load(black_box(&dir));
                let diagnosis = evaluate(&rules, &facts, now);
                (rules, diagnosis)
            })
        });
        group.bench_with_input(BenchmarkId::new("total-cached", nodes), &nodes, |b, _| {
            b.iter_with_large_drop(|| {
                let rules = load_cached(&cache, black_box(&dir));
                let diagnosis = evaluate(&rules, &facts, now);
                (rules, diagnosis)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);

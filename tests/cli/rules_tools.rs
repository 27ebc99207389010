//! Tools for rule authors: `rules test` and its scenarios, `rules graph` (and the copy in
//! the README), the JSON Schemas of the rule files, the README's "write your first rule"
//! walkthrough, shell completions and the man page.

use std::path::{Path, PathBuf};

use crate::support::{Run, copy_dir};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the shipped rules at `dir/name`, with `file` edited.
fn edited_copy(dir: &Path, name: &str, file: &str, from: &str, to: &str) {
    copy_dir(&root().join("rules"), &dir.join(name));
    let target = dir.join(name).join(file);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains(from), "{from:?} not in {file}");
    std::fs::write(&target, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn shipped_scenarios_pass_and_cover_every_finding_and_node() {
    let out = Run::new(["rules", "test", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let report = out.json();
    assert!(
        report["scenarios"].as_u64().unwrap_or(0) >= 40,
        "{report:#}"
    );
    assert_eq!(report["passed"], report["scenarios"], "{report:#}");
    assert_eq!(
        report["coverage"]["uncovered_findings"],
        serde_json::json!([])
    );
    assert_eq!(report["coverage"]["uncovered_nodes"], serde_json::json!([]));
    let text = Run::new(["rules", "test"]).run();
    assert_eq!(text.code, 0);
    assert!(text.stdout.contains(" passed, 0 failed"), "{}", text.stdout);
    let id = Run::new(["rules", "test", "--lang", "id"]).run();
    assert!(id.stdout.contains(" lolos, 0 gagal"), "{}", id.stdout);
}

/// (what changes in rules/tests/30-pack.yaml, exit code, what the report must say)
const SCENARIO_EDITS: &[(&str, &str, i32, &[&str])] = &[
    (
        "    findings: { package-none: error }",
        "    findings: { package-none: warning }",
        1,
        &[
            "FAIL rules/tests/30-pack.yaml:7  no pack bought explains 1102",
            "~ package-none: expected warning, found error",
            "1 failed",
        ],
    ),
    (
        "    findings: { package-none: error }",
        "    findings: { package-expired: error }",
        1,
        &[
            "- package-expired (error): expected, not found",
            "+ package-none (error): found, not expected",
        ],
    ),
    (
        "      id: [\"2 hari\"]",
        "      id: [\"dua hari\"]",
        1,
        &["[id] the findings never say \"dua hari\""],
    ),
    (
        "    facts: { package_status: paused }\n    exit: 2",
        "    facts: { package_status: paused }\n    findings: { no-problem-found: info }",
        1,
        &["exit: expected 0, got 2", "`package_status` must be one of"],
    ),
    (
        "    findings: { package-none: error }",
        "    findings: { package-nne: error }",
        2,
        &["R005", "did you mean `package-none`?"],
    ),
    (
        "    findings: { package-none: error }",
        "    finding: { package-none: error }",
        2,
        &["R025", "did you mean `findings`?"],
    ),
    (
        "    exit: 2",
        "    exit: 3",
        2,
        &["R033", "cannot exit with 3"],
    ),
];

#[test]
fn failing_scenarios_show_what_differs_and_where() {
    for (from, to, code, needles) in SCENARIO_EDITS {
        let run = Run::new(["rules", "test", "rules"]);
        edited_copy(run.dir(), "rules", "tests/30-pack.yaml", from, to);
        let out = run.run();
        assert_eq!(out.code, *code, "{to:?}:\n{}{}", out.stdout, out.stderr);
        let shown = format!("{}{}", out.stdout, out.stderr);
        for n in *needles {
            assert!(shown.contains(n), "{to:?}: no {n:?} in\n{shown}");
        }
    }
}

#[test]
fn graphs_in_both_formats_and_languages() {
    let mermaid = Run::new(["rules", "graph"]).run();
    assert_eq!(mermaid.code, 0, "{}", mermaid.stderr);
    assert!(mermaid.stdout.starts_with("flowchart TD\n"));
    for needle in [
        "subgraph c_pack[\"Resource pack\"]",
        "-->|\"= expired\"|",
        "✗ package-expired",
    ] {
        assert!(
            mermaid.stdout.contains(needle),
            "{needle}\n{}",
            mermaid.stdout
        );
    }
    let dot = Run::new(["rules", "graph", "--format", "dot", "--lang", "id"]).run();
    assert_eq!(dot.code, 0, "{}", dot.stderr);
    assert!(dot.stdout.starts_with("digraph rules {"));
    assert!(
        dot.stdout.contains("label=\"selain itu\""),
        "{}",
        dot.stdout
    );
    for refused in [
        &["rules", "graph", "--format", "svg"][..],
        &["diagnose", "--format", "dot"][..],
    ] {
        Run::new(refused).run().status(2).stdout_empty();
    }
}

const GRAPH_START: &str = "<!-- rules-graph:start -->\n";
const GRAPH_END: &str = "<!-- rules-graph:end -->";

#[test]
fn readme_embeds_the_current_graph() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(GRAPH_START).expect("graph start marker") + GRAPH_START.len();
    let end = readme.find(GRAPH_END).expect("graph end marker");
    let graph = Run::new(["rules", "graph", "--lang", "en"]).run().stdout;
    let fresh = format!("```mermaid\n{graph}```\n");
    if readme[start..end] != fresh {
        if std::env::var_os("KLING_DOCTOR_BLESS").is_some() {
            let updated = format!("{}{fresh}{}", &readme[..start], &readme[end..]);
            std::fs::write(&path, updated).unwrap();
        } else {
            panic!(
                "README.md's decision tree is stale: run `KLING_DOCTOR_BLESS=1 cargo test readme` \
                 (or paste `kling-doctor rules graph --lang en` between the rules-graph markers)"
            );
        }
    }
}

/// Every YAML file under rules/ with its schema (from its first line) and its text.
fn rule_files() -> Vec<(PathBuf, String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("rules")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                let first = text.lines().next().unwrap_or_default();
                let schema = first
                    .strip_prefix("# yaml-language-server: $schema=")
                    .unwrap_or_else(|| panic!("{} lacks the schema line", path.display()));
                out.push((path, schema.to_string(), text));
            }
        }
    }
    out.sort();
    out
}

fn validator(rule_file: &Path, schema: &str) -> jsonschema::Validator {
    let schema_path = rule_file.parent().unwrap().join(schema);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn as_json(text: &str) -> serde_json::Value {
    serde_saphyr::from_str(text).expect("YAML")
}

#[test]
fn shipped_rules_validate_against_their_schemas() {
    let files = rule_files();
    assert!(files.len() >= 20, "{files:?}");
    let mut problems = Vec::new();
    for (path, schema, text) in &files {
        let v = validator(path, schema);
        for error in v.iter_errors(&as_json(text)) {
            problems.push(format!(
                "{}: {error} at {}",
                path.display(),
                error.instance_path()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Mistakes the schemas must flag in an editor: (file, replace this, with that).
const SCHEMA_CATCHES: &[(&str, &str, &str)] = &[
    (
        "checks/30-pack.yaml",
        "        cases:\n",
        "        casse:\n",
    ),
    (
        "checks/90-clock.yaml",
        "severity: warning",
        "severity: fatal",
    ),
    (
        "checks/90-clock.yaml",
        "if: { less_than: -5 }",
        "if: { less_than: -5, greater_than: 1 }",
    ),
    (
        "checks/30-pack.yaml",
        "            finding: package-none\n",
        "            finding: package-none\n            next: pack-expiry\n",
    ),
    (
        "findings.yaml",
        "fixes: [fix-slow-down, fix-contact-raise-limit]",
        "fixes: []",
    ),
    (
        "pricing.yaml",
        "{ mode: pro, audio: false, per_second: 0.5, source: K-PRICE-V }",
        "{ mode: pro, audio: false, per_second: 0.5 }",
    ),
    ("facts.yaml", "    type: number", "    type: nmber"),
    ("tests/30-pack.yaml", "    exit: 2", "    exit: 3"),
];

#[test]
fn schemas_flag_the_usual_mistakes() {
    let files = rule_files();
    for (file, from, to) in SCHEMA_CATCHES {
        let (path, schema, text) = files
            .iter()
            .find(|(p, _, _)| p.ends_with(file))
            .unwrap_or_else(|| panic!("{file}"));
        assert!(text.contains(from), "{file}: {from:?}");
        let broken = as_json(&text.replacen(from, to, 1));
        assert!(
            !validator(path, schema).is_valid(&broken),
            "{file}: the schema accepts {to:?}"
        );
    }
}

/// The README's walkthrough blocks: `<!-- first-rule:create PATH -->` or `:append PATH`
/// followed by a fenced block (indented as a list item).
fn walkthrough() -> Vec<(String, String, String)> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        let Some(spec) = line.trim().strip_prefix("<!-- first-rule:") else {
            continue;
        };
        let spec = spec.trim_end_matches("-->").trim();
        let (action, path) = spec.split_once(' ').unwrap_or((spec, ""));
        let fence = lines.next().expect("a fenced block after the marker");
        let indent = fence.len() - fence.trim_start().len();
        let mut body = String::new();
        for l in lines.by_ref() {
            if l.trim() == "```" {
                break;
            }
            body.push_str(l.get(indent..).unwrap_or(""));
            body.push('\n');
        }
        blocks.push((action.to_string(), path.to_string(), body));
    }
    blocks
}

/// The shipped rules plus the README's example rule, at `dir/my-rules`.
fn my_rules(dir: &Path) {
    let rules = dir.join("my-rules");
    copy_dir(&root().join("rules"), &rules);
    for (action, path, body) in walkthrough() {
        let target = rules.join(&path);
        match action.as_str() {
            "create" => {
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::write(&target, body).unwrap();
            }
            "append" => {
                let mut text = std::fs::read_to_string(&target).unwrap();
                text.push_str(&body);
                std::fs::write(&target, text).unwrap();
            }
            _ => {}
        }
    }
}

#[test]
fn readme_first_rule_walkthrough_works() {
    let blocks = walkthrough();
    assert!(blocks.len() >= 6, "{blocks:?}");
    let check = Run::new(["rules", "check", "my-rules"]);
    my_rules(check.dir());
    let out = check.run();
    assert_eq!(out.code, 0, "{}", out.stderr);

    let test = Run::new(["rules", "test", "my-rules"]);
    my_rules(test.dir());
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains("95-audio.yaml: 2 passed, 0 failed"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("not covered"), "{}", out.stdout);

    let diagnose = Run::new([
        "diagnose",
        "--rules",
        "my-rules",
        "--non-interactive",
        "--set",
        "model=2.5 turbo",
        "--set",
        "audio=yes",
    ]);
    my_rules(diagnose.dir());
    let out = diagnose.run();
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("kling-v2-5-turbo makes videos without sound"),
        "{}",
        out.stdout
    );

    let (_, _, typo) = blocks
        .iter()
        .find(|(action, _, _)| action == "typo")
        .expect("the typo example");
    let broken = Run::new(["rules", "check", "my-rules"]);
    my_rules(broken.dir());
    let file = broken.dir().join("my-rules/checks/95-audio.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("cases:", "casse:", 1)).unwrap();
    broken.run().refused(typo);
}

#[test]
fn completions_and_man_page() {
    for (shell, needle) in [
        ("bash", "COMPREPLY"),
        ("zsh", "#compdef kling-doctor"),
        ("fish", "complete -c kling-doctor"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = Run::new(["completions", shell]).run();
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        assert!(out.stdout.contains(needle), "{shell}");
        assert!(
            out.stdout.contains("cost"),
            "{shell}: subcommands completed"
        );
    }
    Run::new(["completions", "tcsh"])
        .run()
        .status(2)
        .stdout_empty();
    let man = Run::new(["man"]).run();
    assert_eq!(man.code, 0, "{}", man.stderr);
    assert!(
        man.stdout.contains(".TH kling-doctor 1"),
        "{}",
        &man.stdout[..200.min(man.stdout.len())]
    );
    assert!(man.stdout.contains("completions"), "subcommands listed");
}

#[test]
fn help_and_man_speak_the_users_language() {
    let cases: &[(&[&str], &[(&str, &str)], &str)] = &[
        (&["--help", "--lang", "id"], &[], "Penggunaan:"),
        (
            &["--help"],
            &[("LANG", "id_ID.UTF-8")],
            "Cetak halaman manual",
        ),
        (
            &["cost", "--help"],
            &[("KLING_DOCTOR_LANG", "id")],
            "Detik per video [bawaan: 5]",
        ),
        (&["cost", "--help"], &[], "Seconds per video [default: 5]"),
        (&["cost", "--help", "--lang", "id"], &[], "[bawaan: std]"),
        (
            &["rules", "graph", "--help"],
            &[("LC_ALL", "id_ID")],
            "[bawaan: mermaid]",
        ),
        (&["man", "--lang", "id"], &[], "Cetak halaman manual"),
        (&["--help"], &[], "Print the manual page"),
        (
            &["man"],
            &[("LANG", "en_US.UTF-8")],
            "Print the manual page",
        ),
    ];
    for (args, env, needle) in cases {
        let mut run = Run::new(*args);
        for (k, v) in *env {
            run = run.env(k, v);
        }
        run.run().status(0).stdout_contains(needle);
    }
}

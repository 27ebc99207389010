//! The README is documentation users rely on: it must name every fact key, finding id
//! and flag, and its two commands must be the ones CI runs.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

#[test]
fn readme_names_every_fact_finding_and_flag() {
    let readme = read("README.md");
    let facts = read("rules/facts.yaml");
    let findings = read("rules/findings.yaml");
    let mut missing = Vec::new();
    for key in facts
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- key: "))
    {
        if !readme.contains(&format!("`{key}`")) {
            missing.push(format!("fact `{key}`"));
        }
    }
    for id in findings
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- id: "))
    {
        if !readme.contains(&format!("`{id}`")) {
            missing.push(format!("finding `{id}`"));
        }
    }
    let help = crate::support::Run::new(["diagnose", "--help"])
        .run()
        .stdout;
    for flag in help.split_whitespace().filter(|w| w.starts_with("--")) {
        let flag: String = flag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if flag != "--help" && !readme.contains(&flag) {
            missing.push(format!("flag {flag}"));
        }
    }
    assert!(
        missing.is_empty(),
        "README.md does not mention: {}",
        missing.join(", ")
    );
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    assert!(
        readme.contains("```sh\ncargo test --locked\n```"),
        "README gives the test command"
    );
    assert!(
        ci.lines().any(|l| l.trim() == "cargo test --locked"),
        ".ci/run runs it as is"
    );
    for check in [
        "cargo fmt --check",
        "cargo clippy --locked --all-targets -- -D warnings",
    ] {
        assert!(ci.contains(check), ".ci/run lacks {check}");
    }
}

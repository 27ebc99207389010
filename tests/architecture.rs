//! The module graph of ARCHITECTURE.md, checked: every `crate::…` path in `src/` must lead
//! from a top-level module to one in a lower layer, so no two modules depend on each
//! other. A new module needs a layer here (and in ARCHITECTURE.md); a new edge upwards
//! fails with the files that make it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Bottom to top; a module may use the modules of the layers below its own.
const LAYERS: &[&[&str]] = &[
    // Leaves: no `crate::` at all.
    &["embedded", "env", "i18n", "prefilter", "suggest"],
    // The command-line syntax and the price list.
    &["cli", "pricing"],
    // The fact catalogue and the set of known facts.
    &["facts"],
    // The validated rule set and its loader.
    &["rules"],
    // Around the rules: computed facts, worded help, live checks, redaction.
    &["derived", "help", "probe", "redact"],
    // The run's settings and its exit-2 errors.
    &["config", "error"],
    // Evaluation, the report file, the unit ledger's summary, usage errors.
    &["cli_error", "engine", "report", "usage"],
    &["scenarios"],
    // Turning results into text, JSON and Markdown.
    &["render"],
    // The edges: the guided terminal check and the subcommands.
    &["wizard"],
    &["commands"],
];

/// Edges that still point upwards, each with what removes it (ARCHITECTURE.md, "Known
/// back edges"). Delete a line when its edge is gone.
const KNOWN_BACK_EDGES: &[(&str, &str)] = &[
    // The validator reads the table of computed facts, which `derived` computes from the
    // rule set: the table belongs to `rules`.
    ("rules", "derived"),
    // The readers of `--set`, answers and pasted errors live in `facts` but need the rule
    // set and return `AppError`: they belong above `rules`.
    ("facts", "rules"),
    ("facts", "error"),
    // The scenario runner checks texts through `render::View`.
    ("scenarios", "render"),
];

/// The top-level modules (`src/x.rs`, `src/x/`) and the files of each.
fn modules(src: &Path) -> BTreeMap<String, Vec<String>> {
    let mut modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let rel = path.strip_prefix(src).expect("below src/");
            let first = rel
                .components()
                .next()
                .and_then(|c| c.as_os_str().to_str())
                .expect("a file name");
            let top = first.trim_end_matches(".rs").to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            modules
                .entry(top)
                .or_default()
                .push(rel.display().to_string());
        }
    }
    modules
}

/// The top-level names after each `crate::` in `code`, outside line comments:
/// `crate::a::B`, `crate::{a, b::{C, d}}` → `a`, `b`.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or_default();
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 1;
                let mut segment_start = true;
                let mut name = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 1 => segment_start = true,
                        _ => {}
                    }
                    if depth == 0 {
                        if !name.is_empty() {
                            names.insert(std::mem::take(&mut name));
                        }
                        break;
                    }
                    if depth == 1 && segment_start {
                        if c.is_ascii_alphanumeric() || c == '_' {
                            name.push(c);
                            continue;
                        }
                        if !name.is_empty() {
                            names.insert(std::mem::take(&mut name));
                            segment_start = false;
                        }
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                names.insert(name);
            }
        }
    }
    names
}

#[test]
fn crate_paths_are_read_like_the_compiler_reads_them() {
    let cases: &[(&str, &[&str])] = &[
        ("use crate::rules::RuleSet;", &["rules"]),
        (
            "use crate::{facts::{Value, value}, rules};",
            &["facts", "rules"],
        ),
        ("crate::exit::USAGE", &["exit"]),
        ("// see crate::render", &[]),
        ("let x = 1; // crate::probe", &[]),
    ];
    for (code, expected) in cases {
        let got: Vec<String> = crate_paths(code).into_iter().collect();
        assert_eq!(got, *expected, "{code}");
    }
}

#[test]
fn modules_only_use_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut problems = Vec::new();
    for (module, files) in &modules {
        let Some(own) = layer(module) else {
            problems.push(format!(
                "`{module}` has no layer: add it to LAYERS here and to ARCHITECTURE.md"
            ));
            continue;
        };
        let mut uses: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for file in files {
            let code = fs::read_to_string(src.join(file)).expect("readable source");
            for used in crate_paths(&code) {
                if used != *module && modules.contains_key(&used) {
                    uses.entry(used).or_default().push(file);
                }
            }
        }
        for (used, from) in uses {
            let below = layer(&used).is_some_and(|l| l < own);
            if !below && !KNOWN_BACK_EDGES.contains(&(module.as_str(), used.as_str())) {
                problems.push(format!(
                    "`{module}` uses `{used}`, which is not in a lower layer ({})",
                    from.join(", ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

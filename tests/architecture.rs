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
    &[
        "embedded",
        "env",
        "i18n",
        "locale_index",
        "prefilter",
        "suggest",
    ],
    // The price list and the test video.
    &["pricing"],
    // The command-line syntax (its defaults are the test video's); the fact catalogue
    // and the set of known facts.
    &["cli", "facts"],
    // The validated rule set and its loader.
    &["rules"],
    // Around the rules: computed facts, worded help, live checks, redaction.
    &["cache", "derived", "help", "probe", "redact"],
    // The run's settings and its exit-2 errors.
    &["config", "error"],
    // Reading what the user gives, evaluation, the report file, the ledger's summary,
    // command-line errors.
    &["cli_error", "engine", "input", "report", "usage"],
    // Turning results into text, JSON and Markdown.
    &["render"],
    // Running `rules/tests/*.yaml`, whose texts are checked as rendered.
    &["scenarios"],
    // The edges: the guided terminal check and the subcommands.
    &["wizard"],
    &["commands"],
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
                        ',' if depth == 1 => {
                            if !name.is_empty() {
                                names.insert(std::mem::take(&mut name));
                            }
                            segment_start = true;
                            continue;
                        }
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
        (
            "use crate::{exit, help, rules, write_all};",
            &["exit", "help", "rules", "write_all"],
        ),
        ("// see crate::render", &[]),
        ("let x = 1; // crate::probe", &[]),
    ];
    for (code, expected) in cases {
        let got: Vec<String> = crate_paths(code).into_iter().collect();
        assert_eq!(got, *expected, "{code}");
    }
}

/// Each module and, for every other module it uses, the files that use it.
fn graph(src: &Path) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let modules = modules(src);
    modules
        .iter()
        .map(|(module, files)| {
            let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for file in files {
                let code = fs::read_to_string(src.join(file)).expect("readable source");
                for used in crate_paths(&code) {
                    if used != *module && modules.contains_key(&used) {
                        uses.entry(used).or_default().push(file.clone());
                    }
                }
            }
            (module.clone(), uses)
        })
        .collect()
}

#[test]
fn modules_only_use_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer = |m: &str| LAYERS.iter().position(|l| l.contains(&m));
    let mut problems = Vec::new();
    for (module, uses) in graph(&src) {
        let Some(own) = layer(&module) else {
            problems.push(format!(
                "`{module}` has no layer: add it to LAYERS here and to ARCHITECTURE.md"
            ));
            continue;
        };
        for (used, from) in uses {
            if layer(&used).is_none_or(|l| l >= own) {
                problems.push(format!(
                    "`{module}` uses `{used}`, which is not in a lower layer ({})",
                    from.join(", ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The module graph in ARCHITECTURE.md is the one the sources have: top layers first,
/// each module with what it uses. `KLING_DOCTOR_BLESS=1` rewrites it.
#[test]
fn architecture_notes_show_the_real_graph() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let graph = graph(&root.join("src"));
    let mut lines = vec!["```mermaid".to_string(), "graph TD".to_string()];
    for module in LAYERS.iter().rev().flat_map(|layer| layer.iter()) {
        if let Some(uses) = graph.get(*module).filter(|u| !u.is_empty()) {
            let used: Vec<&str> = uses.keys().map(String::as_str).collect();
            lines.push(format!("    {module} --> {}", used.join(" & ")));
        }
    }
    lines.push("```".to_string());
    let block = lines.join("\n");
    let path = root.join("ARCHITECTURE.md");
    let notes = fs::read_to_string(&path).expect("ARCHITECTURE.md is readable");
    let start = notes.find("```mermaid").expect("a mermaid block");
    let end = start + 3 + notes[start + 3..].find("```").expect("the block ends") + 3;
    if notes[start..end] == block {
        return;
    }
    assert!(
        std::env::var_os("KLING_DOCTOR_BLESS").is_some(),
        "ARCHITECTURE.md's module graph is stale: run \
         `KLING_DOCTOR_BLESS=1 cargo test --test architecture`\n{block}"
    );
    let updated = format!("{}{block}{}", &notes[..start], &notes[end..]);
    fs::write(&path, updated).expect("ARCHITECTURE.md is writable");
}

//! Compiles the built-in `rules/` and `locales/` into the binary: validates them with the
//! binary's own rule compiler (a broken rule fails the build with the diagnostics
//! `kling-doctor rules check` prints), then embeds the checked `RuleSet` in a binary form
//! that loads without parsing YAML, plus the source files themselves (for `rules test`,
//! `rules graph` and error snippets).
//!
//! The rule compiler is shared by path: these modules depend only on each other, never on
//! I/O, the CLI or the renderers of the binary (ARCHITECTURE.md). The binary uses more of
//! each module than this script does, hence the allowances.
#![allow(dead_code, unused_imports)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "src/facts/catalog.rs"]
mod facts_catalog;
#[path = "src/facts/value.rs"]
mod facts_value;
#[path = "src/i18n.rs"]
mod i18n;
#[path = "src/pricing.rs"]
mod pricing;
#[path = "src/render/rule_errors.rs"]
mod rule_errors;
#[path = "src/rules/mod.rs"]
mod rules;
#[path = "src/suggest.rs"]
mod suggest;

/// `crate::facts` as the shared modules name it, without the binary's input readers.
mod facts {
    pub use crate::facts_catalog::*;
    pub use crate::facts_value::Value;
    pub use crate::pricing::round2;
}

/// What this script produces; while it runs there is nothing embedded yet.
mod embedded {
    pub static FILES: &[(&str, &str)] = &[];
    pub static RULES: &[u8] = &[];
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files = Vec::new();
    for dir in ["rules", "locales"] {
        println!("cargo::rerun-if-changed={dir}");
        collect(&root, &root.join(dir), &mut files);
    }
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|(rel, abs)| {
            let text = fs::read_to_string(abs).unwrap_or_else(|e| fail(&format!("{abs}: {e}")));
            (rel.clone(), text)
        })
        .collect();
    let rule_files = rules::RuleFiles::new(texts.iter().map(|(p, t)| (p.as_str(), t.as_str())));
    // The provider signatures compile lazily at run time (only a paste needs them), so
    // the build checks them here too.
    let compiled =
        rules::compile(&rule_files).and_then(|(rule_set, messages)| match rule_set.providers() {
            Ok(_) => Ok((rule_set, messages)),
            Err(errors) => Err(errors.to_vec()),
        });
    let rule_set = match compiled {
        Ok((rule_set, _)) => rule_set,
        Err(errors) => {
            let messages = i18n::Messages::load(
                texts
                    .iter()
                    .filter(|(p, _)| p.starts_with("locales/"))
                    .map(|(p, t)| (p.as_str(), t.as_str())),
            )
            .unwrap_or_else(|_| fail("locales/ do not parse; see the errors above"));
            let text = rule_errors::render(&errors, &messages.tr(i18n::Lang::En), |p| {
                fs::read_to_string(root.join(p)).ok()
            });
            fail(&format!("the built-in rules do not validate:\n\n{text}"));
        }
    };
    let bytes = postcard::to_allocvec(&rule_set)
        .unwrap_or_else(|e| fail(&format!("encoding the rule set: {e}")));
    let rules_bin = out.join("rules.bin");
    fs::write(&rules_bin, bytes).expect("OUT_DIR is writable");

    let mut code = String::from(
        "/// Built-in rule and locale files: (path relative to the crate, contents).\n",
    );
    code.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        writeln!(code, "    ({rel:?}, include_str!({abs:?})),").expect("writing to a String");
    }
    code.push_str("];\n\n/// The validated built-in `RuleSet`, postcard-encoded by `build.rs`.\n");
    writeln!(
        code,
        "pub static RULES: &[u8] = include_bytes!({:?});",
        rules_bin.display().to_string()
    )
    .expect("writing to a String");
    fs::write(out.join("embedded.rs"), code).expect("OUT_DIR is writable");
}

/// Stops the build with `message` on stderr, which cargo shows.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "ftl")
        ) {
            let rel = path.strip_prefix(root).expect("walked below root");
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((rel, path.display().to_string()));
        }
    }
}

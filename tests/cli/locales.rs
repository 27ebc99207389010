//! Both languages are first-class: the same keys in `en` and `id`, real translations,
//! and the locale environment variables pick the language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support::Run;

fn keys(path: &Path) -> BTreeSet<String> {
    entries(path).into_keys().collect()
}

/// Each message of a Fluent file: its key and its source text, continuation lines included.
fn entries(path: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut last: Option<String> = None;
    for line in std::fs::read_to_string(path).unwrap().lines() {
        if line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            last = line.split_once('=').map(|(k, v)| {
                out.insert(k.trim().to_string(), v.trim().to_string());
                k.trim().to_string()
            });
        } else if line.starts_with(' ')
            && let Some(text) = last.as_ref().and_then(|k| out.get_mut(k))
        {
            text.push('\n');
            text.push_str(line.trim());
        } else {
            last = None;
        }
    }
    out
}

#[test]
fn every_finding_title_is_translated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut titles = 0;
    let mut same = Vec::new();
    for file in std::fs::read_dir(root.join("en")).unwrap() {
        let name = file.unwrap().file_name();
        let en = entries(&root.join("en").join(&name));
        let id = entries(&root.join("id").join(&name));
        for (key, text) in &en {
            if key.starts_with("finding-") && key.ends_with("-title") {
                titles += 1;
                if id.get(key) == Some(text) {
                    same.push(key.clone());
                }
            }
        }
    }
    assert!(titles >= 40, "only {titles} finding titles");
    assert!(
        same.is_empty(),
        "the Indonesian title is the English one: {same:?}"
    );
}

#[test]
fn every_key_exists_in_both_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let files = |lang: &str| -> BTreeSet<String> {
        std::fs::read_dir(root.join(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(
        files("en"),
        files("id"),
        "the same .ftl files in both languages"
    );
    let mut problems = Vec::new();
    for file in files("en") {
        let en = keys(&root.join("en").join(&file));
        let id = keys(&root.join("id").join(&file));
        for k in en.symmetric_difference(&id) {
            problems.push(format!("{file}: `{k}` is in only one language"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn locale_variables_choose_indonesian() {
    let english = Run::new(["explain", "1102"]).run().stdout;
    for (var, value) in [
        ("LANG", "id_ID.UTF-8"),
        ("LC_ALL", "id_ID"),
        ("LC_MESSAGES", "id"),
        ("KLING_DOCTOR_LANG", "id"),
    ] {
        let out = Run::new(["explain", "1102"]).env(var, value).run();
        assert_ne!(
            out.stdout, english,
            "{var}={value} did not switch to Indonesian"
        );
    }
    let forced = Run::new(["explain", "1102", "--lang", "en"])
        .env("LANG", "id_ID.UTF-8")
        .run();
    assert_eq!(forced.stdout, english, "--lang wins over the environment");
}

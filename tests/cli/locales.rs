//! Both languages are first-class: the same keys in `en` and `id`, real translations,
//! and the locale environment variables pick the language.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::Run;

fn keys(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
        .collect()
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

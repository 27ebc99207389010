//! `--rules DIR` kept compiled between runs: a later run answers exactly as a first run
//! would, an edit to any rule or message file is seen at once, and a broken entry or a
//! cache that is turned off changes nothing but the time taken.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::support::{Output, Run, copy_dir};

/// A rules directory copied from the shipped one, and a cache folder beside it, shared
/// by every run of a test.
struct Desk {
    root: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let root = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"),
            &root.path().join("rules"),
        );
        Desk { root }
    }

    fn rules(&self) -> PathBuf {
        self.root.path().join("rules")
    }

    fn cache(&self) -> PathBuf {
        self.root.path().join("cache")
    }

    /// The cache folder's files.
    fn entries(&self) -> Vec<PathBuf> {
        fs::read_dir(self.cache())
            .map(|listing| listing.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    }

    /// Replaces `from` by `to` in the rules file `rel` (which must hold it), or creates it.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.rules().join(rel);
        let text = fs::read_to_string(&path).unwrap_or_default();
        assert!(text.contains(from), "{rel} lacks {from:?}");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    /// A diagnosis of a used-up pack with these rules, through the cache unless told.
    fn diagnose(&self, env: &[(&str, &str)]) -> Output {
        let rules = self.rules().display().to_string();
        let cache = self.cache().display().to_string();
        let mut run = Run::new([
            "diagnose",
            "--non-interactive",
            "--format",
            "json",
            "--rules",
            &rules,
            "--error",
            r#"{"code":1102,"message":"Account balance not enough"}"#,
            "--set",
            "units_left=0",
        ])
        .env("KLING_DOCTOR_CACHE_DIR", &cache);
        for (key, value) in env {
            run = run.env(key, value);
        }
        let out = run.run();
        out.status(1);
        out
    }
}

#[test]
fn a_later_run_answers_as_the_first_and_sees_every_edit() {
    let desk = Desk::new();
    let first = desk.diagnose(&[]);
    first
        .findings(&["units-exhausted"])
        .json_at("/findings/0/severity", json!("error"));
    assert_eq!(
        desk.entries().len(),
        1,
        "the first run keeps its compilation"
    );
    let later = desk.diagnose(&[]);
    assert_eq!(
        later.stdout, first.stdout,
        "a later run answers as the first"
    );
    assert_eq!(desk.entries().len(), 1, "one entry per rules directory");

    desk.edit(
        "checks/40-units.yaml",
        "finding: units-exhausted\n            severity: error",
        "finding: units-exhausted\n            severity: warning",
    );
    desk.diagnose(&[])
        .json_at("/findings/0/severity", json!("warning"));
    desk.edit(
        "locales/en/zz-desk.ftl",
        "",
        "finding-units-exhausted-title = Top up at the desk\n",
    );
    desk.diagnose(&[])
        .json_at("/findings/0/severity", json!("warning"))
        .json_at("/findings/0/title", json!("Top up at the desk"));
    assert_eq!(desk.entries().len(), 1, "an edit replaces the entry");
}

#[test]
fn a_broken_entry_or_a_cache_turned_off_changes_nothing_but_time() {
    let desk = Desk::new();
    let expected = desk.diagnose(&[]).stdout.clone();
    let [entry] = desk.entries().try_into().unwrap();
    let rows: [(&str, &[u8], &[(&str, &str)], bool); 4] = [
        ("garbage", b"not an entry", &[], true),
        ("empty", b"", &[], true),
        ("cut short", b"\x0bkling-doctor", &[], true),
        (
            "turned off",
            b"left alone",
            &[("KLING_DOCTOR_NO_CACHE", "1")],
            false,
        ),
    ];
    for (name, planted, env, rewritten) in rows {
        fs::write(&entry, planted).unwrap();
        let out = desk.diagnose(env);
        assert_eq!(out.stdout, expected, "{name}");
        let now = fs::read(&entry).unwrap();
        assert_eq!(now != planted, rewritten, "{name}: entry rewritten");
    }
}

#[test]
fn a_dotenv_file_cannot_move_the_cache() {
    let desk = Desk::new();
    let elsewhere = desk.root.path().join("elsewhere");
    let rules = desk.rules().display().to_string();
    let (out, home) = Run::new(["rules", "check", &rules])
        .file(
            ".env",
            &format!("KLING_DOCTOR_CACHE_DIR={}\n", elsewhere.display()),
        )
        .run_keeping_dir();
    out.status(0);
    assert!(!elsewhere.exists(), "a .env chose where files go");
    // Where `dirs` puts a user's cache below `HOME` (tests run with `HOME` = their folder).
    let below_home = if cfg!(target_os = "macos") {
        "Library/Caches/kling-doctor"
    } else {
        ".cache/kling-doctor"
    };
    let kept = fs::read_dir(home.path().join(below_home)).map(|l| l.count());
    assert_eq!(kept.ok(), Some(1), "the platform cache folder is used");
}

//! `--report FILE`: what the support report says (snapshots of three cases, both languages,
//! Markdown and JSON), that no secret reaches it or any other output, and how it is
//! written: never over an existing file without --force, mode 0600, atomically, and with a
//! clear exit 2 and nothing left behind when the path is unusable.

use std::path::Path;

use crate::support::{CANARIES, Output, Run};

/// A 1303 as users paste it: the `curl -i` command (its key wrapped over two lines by the
/// terminal) followed by the reply.
const CURL_1303: &str = "curl -i https://api-singapore.klingai.com/v1/videos/text2video \\\n  \
     -H 'Authorization: Bearer kd-canary-APIKEY-7Qx2\\\n  Lm9Zp4' \\\n  -d @request.json\n\
     HTTP/2 429\ncontent-type: application/json\n\n\
     {\"code\":1303,\"message\":\"parallel task over resource pack limit\",\
     \"request_id\":\"3d67a2e2-cec7-4571-ba0d-556668ff7e82\"}";

/// (name, arguments, environment, files, exit code)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
    i32,
);

/// Three representative reports: a balance error with facts from an answers file, a
/// pasted `curl -i` dump, and a check-up without an error under AK/SK authentication.
const CASES: &[Case] = &[
    (
        "balance",
        &[
            "--error",
            r#"{"code":1102,"message":"Account balance not enough","request_id":"9984d27b-a408-4073-ae28-17ca6a13622d"}"#,
            "--answers",
            "answers.yaml",
            "--set",
            "units_left=3",
        ],
        &[],
        &[(
            "answers.yaml",
            "package_status: online\nmodel: V2.6\nmode: pro\nduration: 10\n",
        )],
        1,
    ),
    (
        "curl-dump",
        &[
            "--error",
            CURL_1303,
            "--set",
            "running_tasks=5",
            "--set",
            "concurrency_limit=5",
        ],
        &[],
        &[],
        1,
    ),
    (
        "checkup",
        &["--set", "clock_skew_s=12", "--set", "provider=kling"],
        &[("KLING_API_KEY", ""), ("KLING_API_BASE", "")],
        &[],
        1,
    ),
];

/// Rewrites what differs between machines and releases: version, rules digest, OS, arch.
fn normalise(text: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let (os, arch) = (std::env::consts::OS, std::env::consts::ARCH);
    let digest = regex::Regex::new(r#"(digest[": ]+)[0-9a-f]{16}"#).expect("regex");
    let text = digest.replace_all(text, "${1}[DIGEST]");
    text.replace(
        &format!("| kling-doctor | {version} |"),
        "| kling-doctor | [VERSION] |",
    )
    .replace(
        &format!("\"tool_version\": \"{version}\""),
        "\"tool_version\": \"[VERSION]\"",
    )
    .replace(&format!("| {os} / {arch} |"), "| [OS] / [ARCH] |")
    .replace(&format!("\"os\": \"{os}\""), "\"os\": \"[OS]\"")
    .replace(&format!("\"arch\": \"{arch}\""), "\"arch\": \"[ARCH]\"")
}

/// Runs `diagnose` with `--report report.<ext>` and returns the output and the report.
fn report(case: &Case, lang: &str, format: &str, ext: &str) -> (Output, String) {
    let (_, args, env, files, _) = case;
    let name = format!("report.{ext}");
    let mut all = vec![
        "diagnose",
        "--non-interactive",
        "--lang",
        lang,
        "--format",
        format,
    ];
    all.extend_from_slice(args);
    all.extend(["--report", &name]);
    let mut run = Run::new(all);
    for (k, v) in *env {
        run = run.env(k, v);
    }
    for (f, text) in *files {
        run = run.file(f, text);
    }
    let (out, dir) = run.run_keeping_dir();
    let text = std::fs::read_to_string(dir.path().join(&name))
        .unwrap_or_else(|e| panic!("no report for {args:?}: {e}\n{}", out.stderr));
    (out, text)
}

#[test]
fn reports_of_three_cases_in_both_languages() {
    for case in CASES {
        let (name, _, _, _, exit) = case;
        for lang in ["en", "id"] {
            let (out, md) = report(case, lang, "markdown", "md");
            assert_eq!(out.code, *exit, "{name} {lang}");
            assert_eq!(
                out.stdout, md,
                "--format markdown prints the report ({name})"
            );
            insta::assert_snapshot!(format!("{name}-{lang}-md"), normalise(&md));

            let (out, json) = report(case, lang, "json", "json");
            assert_eq!(out.code, *exit, "{name} {lang}");
            let full: serde_json::Value = serde_json::from_str(&json).expect("report is JSON");
            for (key, value) in out.json().as_object().expect("object") {
                assert_eq!(&full[key], value, "`{key}` as in --format json ({name})");
            }
            insta::assert_snapshot!(format!("{name}-{lang}-json"), normalise(&json));
        }
    }
}

/// Distinctive fake keys nobody configured, pasted by the user.
const PASTED: [&str; 3] = [
    "sk-PastedUnknown9Xy7Wv5Ut3",
    "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJBSzEyMyJ9.c2lnbmF0dXJlLXBhcnQ",
    "Ak7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0",
];

/// Pasted errors carrying the configured secrets in every shape: a header, a JSON field,
/// JSON-escaped, URL-encoded, a JWT, and wrapped across the lines of a curl dump.
fn leaky_errors() -> Vec<String> {
    let [api, access, secret, useapi, comet] = CANARIES.map(|(_, v)| v);
    let (a, b) = secret.split_at(13);
    vec![
        format!("Authorization: Bearer {api}"),
        format!(
            r#"{{"code":1004,"message":"token expired","access_key":"{access}","secret_key":"{secret}","request_id":"req-77"}}"#
        ),
        format!(
            "curl -i 'https://query.cometapi.com/user/quota?key={}' \\\n  -H \"Authorization: Bearer {useapi}\" \\\n  -H 'X-Secret: {a}\\\n    {b}'\nHTTP/2 429\n\n{{\"code\":1102,\"message\":\"Account balance not enough\",\"request_id\":\"req-77\"}}",
            comet.replace('-', "%2D"),
        ),
        format!("it says balance not enough, my key is {a}\n    {b}"),
        format!(
            "log: {} request_id=req-77 {} {} {}",
            serde_json::to_string(&format!("bearer {api}\n{access}")).expect("json"),
            PASTED[0],
            PASTED[1],
            PASTED[2]
        ),
    ]
}

/// No secret, no distinctive tail of one and no piece of a wrapped one in `text`.
fn assert_clean(text: &str, channel: &str) {
    for (name, value) in CANARIES {
        for part in [value, &value[4..], &value[4..13], &value[13..]] {
            assert!(
                !text.contains(part),
                "{name} ({part}) leaked in {channel}:\n{text}"
            );
        }
    }
    for pasted in PASTED {
        for part in pasted.split(['.', '-']).filter(|p| p.len() >= 8) {
            assert!(!text.contains(part), "{part} leaked in {channel}:\n{text}");
        }
    }
}

#[test]
fn secrets_reach_no_output_and_no_report() {
    for error in leaky_errors() {
        for format in ["text", "json", "markdown"] {
            for ext in ["md", "json"] {
                let name = format!("r.{ext}");
                let (out, dir) = Run::new([
                    "diagnose",
                    "--non-interactive",
                    "--format",
                    format,
                    "--error",
                    &error,
                    "--report",
                    &name,
                ])
                .run_keeping_dir();
                let report = std::fs::read_to_string(dir.path().join(&name)).expect("report");
                for (channel, text) in [
                    ("stdout", &out.stdout),
                    ("stderr", &out.stderr),
                    ("report", &report),
                ] {
                    assert_clean(text, &format!("{channel} ({format}, .{ext})"));
                }
                if error.contains("req-77") {
                    assert!(report.contains("req-77"), "request ids survive:\n{report}");
                }
                if ext == "json" {
                    serde_json::from_str::<serde_json::Value>(&report).expect("valid JSON");
                }
            }
        }
    }
}

#[test]
fn secrets_in_bad_input_stay_out_of_error_messages() {
    let [api, _, secret, useapi, _] = CANARIES.map(|(_, v)| v);
    let runs = [
        Run::new(["diagnose", "--set", &format!("units_left={api}")]),
        Run::new([
            "--report",
            &format!("missing/{secret}.md"),
            "--error",
            "1102",
        ]),
        Run::new(["diagnose", "--answers", "a.yaml"])
            .file("a.yaml", &format!("running_tasks: {useapi}\n")),
    ];
    for run in runs {
        let out = run.run();
        out.refused("[REDACTED]");
        assert_clean(&out.stderr, "stderr");
    }
}

/// The names in `dir`, sorted: nothing but what the test expects may be there.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_existing_report_is_kept_unless_forced() {
    for (lang, message) in [
        ("en", "error: report.md already exists; add --force"),
        ("id", "error: report.md sudah ada; tambahkan --force"),
    ] {
        let run = Run::new(["--lang", lang, "--error", "1102", "--report", "report.md"])
            .file("report.md", "my notes\n");
        let (out, dir) = run.run_keeping_dir();
        out.refused(message);
        assert!(out.stderr.starts_with(message), "{}", out.stderr);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("report.md")).expect("read"),
            "my notes\n"
        );
        assert_eq!(names(dir.path()), ["report.md"]);
    }
    let (out, dir) = Run::new(["--error", "1102", "--report", "report.md", "--force"])
        .file("report.md", "my notes\n")
        .run_keeping_dir();
    assert_eq!(out.code, 1);
    let report = std::fs::read_to_string(dir.path().join("report.md")).expect("read");
    assert!(report.starts_with("## kling-doctor diagnosis"), "{report}");
    assert_eq!(names(dir.path()), ["report.md"]);
}

#[cfg(unix)]
#[test]
fn reports_are_private() {
    use std::os::unix::fs::PermissionsExt;
    for force in [false, true] {
        let mut args = vec!["--error", "1102", "--report", "sub/r.json"];
        if force {
            args.push("--force");
        }
        let run = Run::new(args);
        std::fs::create_dir(run.dir().join("sub")).expect("mkdir");
        if force {
            let old = run.dir().join("sub/r.json");
            std::fs::write(&old, "{}").expect("old report");
            std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        let (out, dir) = run.run_keeping_dir();
        assert_eq!(out.code, 1, "{}", out.stderr);
        let mode = std::fs::metadata(dir.path().join("sub/r.json"))
            .expect("report")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "force={force}");
        assert_eq!(names(&dir.path().join("sub")), ["r.json"]);
    }
}

#[test]
fn unusable_paths_fail_cleanly_and_leave_nothing() {
    // (report path, a line of the English message, also with --force)
    let rows: &[(&str, &str)] = &[
        (".", "is a folder; give a file name"),
        ("sub", "is a folder; give a file name"),
        (
            "missing/r.md",
            "cannot write the report to missing/r.md: the folder does not exist",
        ),
        (
            "file.txt/r.md",
            "cannot write the report to file.txt/r.md: part of the path is a file",
        ),
    ];
    for (path, message) in rows {
        for force in [false, true] {
            let mut args = vec!["--lang", "en", "--error", "1102", "--report", path];
            if force {
                args.push("--force");
            }
            let run = Run::new(args).file("file.txt", "x");
            std::fs::create_dir(run.dir().join("sub")).expect("mkdir");
            let (out, dir) = run.run_keeping_dir();
            out.refused(message);
            assert_eq!(names(dir.path()), ["file.txt", "sub"], "{path}");
            assert!(names(&dir.path().join("sub")).is_empty(), "{path}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_refused_without_leftovers() {
    use std::os::unix::fs::PermissionsExt;
    let run = Run::new(["--error", "1102", "--report", "ro/r.md"]);
    let ro = run.dir().join("ro");
    std::fs::create_dir(&ro).expect("mkdir");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if std::fs::write(ro.join("probe"), "").is_ok() {
        // Running as root: permissions do not stop us; /proc below still does.
        std::fs::remove_file(ro.join("probe")).expect("cleanup");
    } else {
        let (out, dir) = run.run_keeping_dir();
        out.refused("cannot write the report to ro/r.md: permission denied");
        assert!(names(&dir.path().join("ro")).is_empty());
        std::fs::set_permissions(
            dir.path().join("ro"),
            std::fs::Permissions::from_mode(0o755),
        )
        .expect("chmod back");
    }
    if cfg!(target_os = "linux") {
        let out = Run::new([
            "--lang",
            "id",
            "--error",
            "1102",
            "--report",
            "/proc/kling-doctor-report.md",
        ])
        .run();
        let message = "error: tidak bisa menyimpan laporan ke /proc/kling-doctor-report.md";
        out.refused(message);
        assert!(out.stderr.starts_with(message), "{}", out.stderr);
        assert!(!Path::new("/proc/kling-doctor-report.md").exists());
    }
}

#[test]
fn the_summary_line_points_at_the_report() {
    let rows: &[(&[&str], &str, i32)] = &[
        (
            &["--error", "1102"],
            "(exit 1). Add --report FILE to share it.",
            1,
        ),
        (
            &["--lang", "id", "--error", "1102"],
            "(exit 1). Tambahkan --report FILE untuk membagikannya.",
            1,
        ),
        (
            &["--error", "1102", "--report", "r.md"],
            "(exit 1). Report written to r.md.",
            1,
        ),
        (
            &[
                "--set",
                "model=kling-v3",
                "--set",
                "mode=pro",
                "--set",
                "duration=10",
            ],
            "(exit 0).",
            0,
        ),
    ];
    for (args, ending, exit) in rows {
        let out = Run::new(*args).run();
        assert_eq!(out.code, *exit, "{args:?}");
        // The summary wraps like all text output: compare it as one line.
        let flat = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.ends_with(ending), "{args:?}:\n{}", out.stdout);
    }
}

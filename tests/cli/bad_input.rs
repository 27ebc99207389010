//! Bad input: a clear message on stderr in the chosen language, exit 2, nothing on stdout.

use crate::support::Run;

/// (name, arguments after `diagnose --non-interactive`, a file to create, what stderr names)
type Row = (
    &'static str,
    &'static [&'static str],
    Option<(&'static str, &'static str)>,
    &'static [&'static str],
);

const CASES: &[Row] = &[
    (
        "unknown fact key",
        &["--set", "unit_left=3"],
        None,
        &["unit_left", "units_left"],
    ),
    (
        "non-numeric units_left",
        &["--set", "units_left=lots"],
        None,
        &["units_left", "lots"],
    ),
    (
        "negative units_left",
        &["--set", "units_left=-1"],
        None,
        &["units_left", "-1"],
    ),
    (
        "fractional running_tasks",
        &["--set", "running_tasks=1.5"],
        None,
        &["running_tasks"],
    ),
    (
        "unknown package_status",
        &["--set", "package_status=paused"],
        None,
        &["package_status", "paused", "online"],
    ),
    (
        "unknown model",
        &["--set", "model=kling-v9"],
        None,
        &["kling-v9"],
    ),
    (
        "model typo gets a suggestion",
        &["--set", "model=kling-v2-66"],
        None,
        &["kling-v2-66", "kling-v2-6"],
    ),
    (
        "bad date",
        &["--set", "package_expires=31/12/2026"],
        None,
        &["package_expires", "31/12/2026"],
    ),
    (
        "set without equals",
        &["--set", "units_left"],
        None,
        &["units_left", "KEY=VALUE"],
    ),
    (
        "empty value",
        &["--set", "units_left="],
        None,
        &["units_left"],
    ),
    (
        "missing answers file",
        &["--answers", "nope.yaml"],
        None,
        &["nope.yaml"],
    ),
    (
        "malformed answers file",
        &["--answers", "bad.yaml"],
        Some(("bad.yaml", "units_left: [1, 2\npackage_status: online\n")),
        &["bad.yaml"],
    ),
    (
        "answers file with unknown key",
        &["--answers", "a.yaml"],
        Some(("a.yaml", "unit_left: 3\n")),
        &["unit_left"],
    ),
    (
        "answers file with a bad value",
        &["--answers", "a.json"],
        Some(("a.json", r#"{"units_left": "many"}"#)),
        &["units_left", "many"],
    ),
    (
        "answers file with a nested value",
        &["--answers", "a.yaml"],
        Some(("a.yaml", "units_left:\n  a: 1\n")),
        &["units_left"],
    ),
    (
        "rules dir that does not exist",
        &["--rules", "no-such-dir"],
        None,
        &["no-such-dir"],
    ),
];

#[test]
fn bad_input_exits_2_with_a_message_and_no_stdout() {
    for (name, extra, file, needles) in CASES {
        let mut messages = Vec::new();
        for lang in ["en", "id"] {
            let mut args = vec!["diagnose", "--non-interactive", "--lang", lang];
            args.extend_from_slice(extra);
            let mut run = Run::new(&args);
            if let Some((path, contents)) = file {
                run = run.file(path, contents);
            }
            let out = run.run();
            for needle in *needles {
                out.refused(needle);
            }
            out.stderr_lacks("RUST_BACKTRACE");
            messages.push(out.stderr);
        }
        assert_ne!(
            messages[0], messages[1],
            "{name}: the Indonesian message is the English one"
        );
    }
}

#[test]
fn flag_mistakes_are_explained_in_the_users_language() {
    let cases: &[(&[&str], &[(&str, &str)], &str)] = &[
        (
            &["--lang", "fr"],
            &[],
            "`fr` is not a valid value for --lang",
        ),
        (
            &["--format", "yaml"],
            &[("LANG", "id_ID.UTF-8")],
            "`yaml` bukan nilai yang valid untuk --format",
        ),
        (
            &["--lang", "id", "--colr", "never"],
            &[],
            "opsi `--colr` tidak dikenal; mungkin maksud Anda `--color`?",
        ),
        (
            &["diagnse"],
            &[],
            "unknown command `diagnse`; did you mean `diagnose`?",
        ),
        // clap stops at a refused value: a `--lang` after it still counts, and a range
        // lists no values to pick from.
        (
            &["usage", "--timeout", "0", "--lang", "id"],
            &[],
            "`0` bukan nilai yang valid untuk --timeout <SECS> (lihat --help)",
        ),
        (
            &["usage", "--timeout=601", "--lang=id"],
            &[],
            "`601` bukan nilai yang valid untuk --timeout <SECS> (lihat --help)",
        ),
        (
            &["--lang", "id", "watch", "balance", "--format", "xml"],
            &[],
            "`xml` bukan nilai yang valid untuk --format",
        ),
        (
            &["probe", "--timeout", "x"],
            &[],
            "`x` is not a valid value for --timeout <SECS> (see --help)",
        ),
    ];
    for (args, env, needle) in cases {
        let mut run = Run::new(*args);
        for (k, v) in *env {
            run = run.env(k, v);
        }
        run.run().refused(needle);
    }
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        &["--lang", "fr"][..],
        &["--format", "yaml"],
        &["--color", "sometimes"],
        &["diagnose", "--no-such-flag"],
        &["explain"],
        &["--error", "1102", "explain", "1102"],
    ] {
        Run::new(args).run().refused("error:");
    }
}

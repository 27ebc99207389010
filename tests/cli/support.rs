//! A just-style builder: each test is one row — arguments, environment, stdin — and
//! assertions on exit code, stdout and stderr. Every run is isolated (own working
//! directory, no inherited locale, a pinned clock) and carries leak canaries: fake
//! secrets in the environment that must never appear in any output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Fake secrets planted in every run's environment.
pub const CANARIES: [(&str, &str); 5] = [
    ("KLING_API_KEY", "kd-canary-APIKEY-7Qx2Lm9Zp4"),
    ("KLING_ACCESS_KEY", "kd-canary-ACCESS-3Vb8Nc1Rt6"),
    ("KLING_SECRET_KEY", "kd-canary-SECRET-5Hj0Wk2Ys7"),
    ("USEAPI_TOKEN", "kd-canary-USEAPI-9Fg4Dq6Pe1"),
    ("COMETAPI_KEY", "sk-kdcanaryCOMET8Tu3Xo5Ia2"),
];

/// The fixed "now" of every run, so dates in scenarios do not age.
pub const NOW: &str = "2026-11-25T12:00:00Z";

pub struct Run {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<String>,
    dir: tempfile::TempDir,
}

/// What a run produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The command line, for failure messages.
    pub args: Vec<String>,
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kling-doctor"))
}

impl Run {
    pub fn new<I, S>(args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        Run {
            args: args.into_iter().map(|a| a.as_ref().to_string()).collect(),
            env: Vec::new(),
            stdin: None,
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn stdin(mut self, text: &str) -> Run {
        self.stdin = Some(text.to_string());
        self
    }

    /// Writes a file into the run's working directory.
    pub fn file(self, name: &str, contents: &str) -> Run {
        std::fs::write(self.dir.path().join(name), contents).expect("write fixture");
        self
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn run(self) -> Output {
        self.run_keeping_dir().0
    }

    /// Like `run`, and hands back the working directory, to read the files the run wrote.
    pub fn run_keeping_dir(self) -> (Output, tempfile::TempDir) {
        let mut cmd = isolated(&self.args, self.dir.path());
        cmd.env("LANG", "C");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn kling-doctor");
        if let Some(input) = &self.stdin {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            pipe.write_all(input.as_bytes()).expect("write stdin");
        }
        let out = child.wait_with_output().expect("wait for kling-doctor");
        let output = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            args: self.args.clone(),
        };
        output.assert_no_leak(&self.args);
        (output, self.dir)
    }
}

impl Output {
    /// No canary, and no part of one, in any output channel.
    pub fn assert_no_leak(&self, args: &[String]) {
        for (name, secret) in CANARIES {
            for (channel, text) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
                assert!(
                    !text.contains(secret),
                    "{name} leaked on {channel} for {args:?}:\n{text}"
                );
                assert!(
                    !text.contains(&secret[4..]),
                    "part of {name} leaked on {channel} for {args:?}:\n{text}"
                );
            }
        }
        assert!(
            !self.stderr.contains("panicked"),
            "panic for {args:?}:\n{}",
            self.stderr
        );
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// `self`, when `holds`; otherwise a failure that says what was `expected`.
    fn check(&self, holds: bool, expected: impl FnOnce() -> String) -> &Self {
        if !holds {
            self.fail(&expected());
        }
        self
    }

    /// Fails with the command line, what was expected, and everything the run printed.
    fn fail(&self, expected: &str) -> ! {
        panic!(
            "kling-doctor {}\n  expected: {expected}\n  exit code: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.args.join(" "),
            self.code,
            self.stdout,
            self.stderr
        )
    }

    /// The finding ids of the JSON on stdout, in order.
    pub fn finding_ids(&self) -> Vec<String> {
        finding_ids(&self.json())
    }

    /// The JSON on stdout lists exactly `expected` findings, in this order.
    pub fn findings(&self, expected: &[&str]) -> &Self {
        let found = self.finding_ids();
        self.check(found == expected, || {
            format!("findings {expected:?}, found {found:?}")
        })
    }

    /// Among the findings of the JSON on stdout is `id`.
    pub fn has_finding(&self, id: &str) -> &Self {
        let found = self.finding_ids();
        self.check(found.iter().any(|f| f == id), || {
            format!("a finding {id:?}, found {found:?}")
        })
    }

    /// No finding of the JSON on stdout is `id`.
    pub fn lacks_finding(&self, id: &str) -> &Self {
        let found = self.finding_ids();
        self.check(!found.iter().any(|f| f == id), || {
            format!("no finding {id:?}, found {found:?}")
        })
    }

    /// The exit code is `code`.
    pub fn status(&self, code: i32) -> &Self {
        self.check(self.code == code, || format!("exit code {code}"))
    }

    pub fn stdout_empty(&self) -> &Self {
        self.check(self.stdout.is_empty(), || "nothing on stdout".to_string())
    }

    pub fn stdout_contains(&self, needle: &str) -> &Self {
        self.check(self.stdout.contains(needle), || {
            format!("stdout containing {needle:?}")
        })
    }

    /// Stdout is exactly `expected`; a failure shows the lines that differ.
    pub fn stdout_is(&self, expected: &str) -> &Self {
        self.check(self.stdout == expected, || {
            format!("this stdout\n{}", diff(expected, &self.stdout))
        })
    }

    pub fn stdout_lacks(&self, needle: &str) -> &Self {
        self.check(!self.stdout.contains(needle), || {
            format!("stdout without {needle:?}")
        })
    }

    pub fn stderr_empty(&self) -> &Self {
        self.check(self.stderr.is_empty(), || "nothing on stderr".to_string())
    }

    pub fn stderr_contains(&self, needle: &str) -> &Self {
        self.check(self.stderr.contains(needle), || {
            format!("stderr containing {needle:?}")
        })
    }

    pub fn stderr_lacks(&self, needle: &str) -> &Self {
        self.check(!self.stderr.contains(needle), || {
            format!("stderr without {needle:?}")
        })
    }

    /// Stderr contains `needle` wherever the message wrapped (white space folded).
    pub fn stderr_says(&self, needle: &str) -> &Self {
        self.check(flat(&self.stderr).contains(&flat(needle)), || {
            format!("stderr saying {needle:?}")
        })
    }

    /// The JSON on stdout has `expected` at `pointer` (RFC 6901, `/findings/0/id`).
    pub fn json_at(&self, pointer: &str, expected: serde_json::Value) -> &Self {
        let json = self.json();
        let found = json.pointer(pointer);
        if found != Some(&expected) {
            let pretty = |v: Option<&serde_json::Value>| {
                v.map_or_else(|| "(nothing)\n".into(), |v| format!("{v:#}\n"))
            };
            let shown = diff(&pretty(Some(&expected)), &pretty(found));
            self.fail(&format!("{pointer} = {expected}\n{shown}"));
        }
        self
    }

    /// Every expectation of `row`, as one table row of a test states them.
    pub fn expect(&self, row: &Expect) -> &Self {
        self.status(row.status);
        for needle in row.stdout {
            self.stdout_contains(needle);
        }
        for needle in row.stderr {
            self.stderr_contains(needle);
        }
        for (pointer, value) in row.json {
            let value = serde_json::from_str(value)
                .unwrap_or_else(|e| panic!("bad JSON {value:?} in a test row: {e}"));
            self.json_at(pointer, value);
        }
        if row.status == 2 {
            self.stdout_empty();
        }
        self
    }

    /// How every refusal looks: exit 2, nothing on stdout, `needle` on stderr.
    pub fn refused(&self, needle: &str) -> &Self {
        self.status(2).stdout_empty().stderr_contains(needle)
    }
}

/// The finding ids of a diagnosis (stdout or a report file), in order.
pub fn finding_ids(json: &serde_json::Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str().map(str::to_string))
        .collect()
}

/// `text` with runs of white space folded into one space, so a check does not depend on
/// where a renderer wrapped a line.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `expected` against `found`, line by line: `-` expected only, `+` found only.
fn diff(expected: &str, found: &str) -> String {
    similar::TextDiff::from_lines(expected, found)
        .unified_diff()
        .header("expected", "found")
        .to_string()
}

/// What one table row expects of a run: the exit code (2 also means nothing on stdout),
/// texts on stdout and stderr, and JSON values at RFC 6901 pointers (values as JSON text).
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    pub status: i32,
    pub stdout: &'static [&'static str],
    pub stderr: &'static [&'static str],
    pub json: &'static [(&'static str, &'static str)],
}

impl Expect {
    pub const OK: Expect = Expect {
        status: 0,
        stdout: &[],
        stderr: &[],
        json: &[],
    };
}

/// Copies a directory tree (a rules directory to break or extend in a test).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// `kling-doctor` with `args` in `dir`, isolated: no inherited environment, a pinned clock,
/// no colour, every API base on a closed loopback port (a probe a test forgets to point
/// elsewhere goes nowhere), and the leak canaries planted.
pub fn isolated<S: AsRef<std::ffi::OsStr>>(args: &[S], dir: &Path) -> Command {
    let mut cmd = Command::new(bin());
    cmd.args(args).current_dir(dir).env_clear();
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env("KLING_DOCTOR_NOW", NOW)
        .env("KLING_API_BASE", "http://127.0.0.1:9")
        .env("USEAPI_API_BASE", "http://127.0.0.1:9")
        .env("COMETAPI_QUOTA_BASE", "http://127.0.0.1:9");
    for (k, v) in CANARIES {
        cmd.env(k, v);
    }
    cmd
}

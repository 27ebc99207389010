//! The guided wizard in a real pseudo-terminal (rexpect), in both languages: it asks only
//! what the decision tree needs, reads pasted errors, accepts "I don't know", stops
//! cleanly on Ctrl-C, Esc and Ctrl-D, and leaves piped runs non-interactive.
//! Every wait is bounded by `TIMEOUT_MS`.

use std::os::unix::process::CommandExt;

use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};

use crate::support::{CANARIES, Run, isolated};

/// The longest wait for any expected output: generous on a loaded machine, never endless.
const TIMEOUT_MS: u64 = 30_000;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";
const CTRL_D: &str = "\x04";

/// A terminal of a given size and type.
struct Term {
    lang: &'static str,
    cols: u16,
    term: &'static str,
}

const EN: Term = Term {
    lang: "en_US.UTF-8",
    cols: 100,
    term: "xterm-256color",
};
const ID: Term = Term {
    lang: "id_ID.UTF-8",
    cols: 100,
    term: "xterm-256color",
};

/// The wizard's offer to run the live checks (credentials are planted), in both languages.
const PROBE_OFFER: &str = "(?:An API key was found|Kunci API ditemukan)";

/// `kling-doctor` running on a pseudo-terminal, isolated like `support::Run`.
struct Pty {
    session: PtySession,
    dir: tempfile::TempDir,
    transcript: String,
    declined_probe: bool,
}

/// How a wizard run ended.
struct Ended {
    code: i32,
    transcript: String,
    dir: tempfile::TempDir,
}

impl Pty {
    fn spawn(args: &[&str], term: &Term) -> Pty {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut cmd = isolated(args, dir.path());
        cmd.env("LANG", term.lang).env("TERM", term.term);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: term.cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: runs in the forked child just before exec, with the pseudo-terminal as
        // stdin; it only calls ioctl, which is async-signal-safe.
        unsafe {
            cmd.pre_exec(move || {
                if libc::ioctl(0, libc::TIOCSWINSZ, &size) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let options = Options::new()
            .timeout_ms(Some(TIMEOUT_MS))
            .strip_ansi_escape_codes(true);
        let session = spawn_with_options(cmd, options).expect("spawn kling-doctor on a pty");
        Pty {
            session,
            dir,
            transcript: String::new(),
            declined_probe: false,
        }
    }

    /// Waits (bounded) until `text` appears.
    fn expect(&mut self, text: &str) -> &mut Self {
        let pattern = regex::escape(&wire(text));
        self.wait(text, &pattern)
    }

    /// Waits (bounded) until `text` appears, wherever a narrow terminal breaks its lines.
    fn expect_wrapped(&mut self, text: &str) -> &mut Self {
        let pattern = wire(text)
            .chars()
            .map(|c| regex::escape(c.encode_utf8(&mut [0; 4])))
            .collect::<Vec<_>>()
            .join("(?:\r\n)?");
        self.wait(text, &pattern)
    }

    /// Waits for `pattern`. The planted credentials make the wizard offer a live check
    /// first; declining it is what every scenario here does. The prompt is redrawn once
    /// answered, so later sightings of the offer are only skipped (bounded).
    fn wait(&mut self, text: &str, pattern: &str) -> &mut Self {
        let either = format!("(?:{PROBE_OFFER})|(?:{pattern})");
        let offer = regex::Regex::new(PROBE_OFFER).expect("valid pattern");
        for _ in 0..4 {
            match self.session.exp_regex(&either) {
                Ok((before, matched)) => {
                    self.transcript.push_str(&readable(&before));
                    self.transcript.push_str(&readable(&matched));
                    if !offer.is_match(&matched) {
                        return self;
                    }
                    if !self.declined_probe {
                        self.declined_probe = true;
                        self.send("n\r");
                    }
                }
                Err(e) => panic!(
                    "waiting for {text:?}: {e}\n--- transcript so far ---\n{}",
                    self.transcript
                ),
            }
        }
        panic!(
            "{text:?} never came after the probe offer\n{}",
            self.transcript
        )
    }

    fn send(&mut self, keys: &str) -> &mut Self {
        self.session.send(keys).expect("write to the pty");
        self.session.flush().expect("flush the pty");
        self
    }

    /// Waits (bounded) for the program to end; checks nothing secret was shown.
    fn end(mut self) -> Ended {
        match self.session.exp_eof() {
            Ok(rest) => self.transcript.push_str(&readable(&rest)),
            Err(e) => panic!(
                "waiting for the end: {e}\n--- transcript ---\n{}",
                self.transcript
            ),
        }
        let code = match self.session.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("not a normal exit: {other:?}\n{}", self.transcript),
        };
        for (name, secret) in CANARIES {
            assert!(
                !self.transcript.contains(&secret[4..]),
                "{name} leaked on the terminal:\n{}",
                self.transcript
            );
        }
        assert!(!self.transcript.contains("panicked"), "{}", self.transcript);
        Ended {
            code,
            transcript: self.transcript,
            dir: self.dir,
        }
    }
}

impl Ended {
    fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "exit code\n{}", self.transcript);
        self
    }

    fn assert_has(&self, texts: &[&str]) -> &Self {
        for text in texts {
            assert!(
                self.transcript.contains(text),
                "missing {text:?} in\n{}",
                self.transcript
            );
        }
        self
    }

    fn assert_lacks(&self, texts: &[&str]) -> &Self {
        for text in texts {
            assert!(
                !self.transcript.contains(text),
                "unexpected {text:?} in\n{}",
                self.transcript
            );
        }
        self
    }

    fn assert_nothing_written(&self) -> &Self {
        let left: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("read the run's directory")
            .map(|e| e.map(|e| e.file_name()))
            .collect();
        assert!(left.is_empty(), "files written: {left:?}");
        self
    }
}

/// `text` as the pty reader hands it over: one char per byte.
fn wire(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// What the pty reader handed over, decoded back to UTF-8.
fn readable(wire: &str) -> String {
    let bytes: Vec<u8> = wire.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A bracketed paste, as terminals send it when the program asks for one.
fn bracketed(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

#[test]
fn english_1102_picked_from_the_list_ends_in_package_expired() {
    let mut pty = Pty::spawn(&[], &EN);
    pty.expect("What did Kling answer?")
        .expect("No error: just check my setup")
        .send(DOWN)
        .send(ENTER)
        .expect("What status does your resource pack show in the developer console?")
        .expect("Expired (expired)")
        .send("expired")
        .send(ENTER);
    pty.end()
        .assert_code(1)
        .assert_has(&[
            "Your resource pack has expired",
            "package-expired",
            "To run this again without questions, or to share it:",
            "kling-doctor diagnose --non-interactive --error 1102 --set package_status=expired",
        ])
        .assert_lacks(&["How many units are left"]);
}

#[test]
fn indonesian_pasted_json_body_over_several_lines_ends_in_package_expired() {
    let body = "{\n  \"code\": 1102,\n  \"message\": \"Account balance not enough\",\n  \"request_id\": \"9f8e-77aa\"\n}";
    let mut pty = Pty::spawn(&[], &ID);
    pty.expect("Apa jawaban Kling?")
        .expect("Tidak ada error: cukup periksa pengaturan saya")
        .send(ENTER)
        .expect("Tempel jawaban Kling, lalu tekan Enter:")
        .send(&bracketed(body))
        .expect("\"request_id\": \"9f8e-77aa\"")
        .send(ENTER)
        .expect("Terbaca: error Kling 1102")
        .expect("request_id 9f8e-77aa")
        .expect("Apa status paket resource Anda di konsol developer?")
        .expect("Kedaluwarsa (expired)")
        .send("kedaluwarsa")
        .send(ENTER);
    pty.end()
        .assert_code(1)
        .assert_has(&[
            "Paket resource Anda sudah kedaluwarsa",
            "package-expired",
            "request_id: 9f8e-77aa",
            "Untuk menjalankan ini lagi tanpa pertanyaan",
            r#"--error '{"code":1102,"message":"Account balance not enough","request_id":"9f8e-77aa"}' --set package_status=expired"#,
        ]);
}

#[test]
fn a_paste_that_arrives_as_typed_lines_is_read_whole() {
    // Without bracketed paste the terminal sends each line with its own Enter.
    let dump = "HTTP/2 429\rcontent-type: application/json\r\r{\r  \"code\": 1303,\r  \"message\": \"parallel task over resource pack limit\"\r}\r";
    let mut pty = Pty::spawn(&["diagnose"], &EN);
    pty.expect("What did Kling answer?")
        .expect("No error: just check my setup")
        .send(ENTER)
        .expect("Paste what Kling answered, then press Enter:")
        .send(dump)
        .expect("Read: Kling error 1303")
        .expect("How many of your tasks are submitted or processing right now?")
        .send(ESC);
    pty.end().assert_code(130);
}

#[test]
fn concurrency_path_asks_two_numbers_and_checks_them_as_typed() {
    let mut pty = Pty::spawn(&["diagnose", "--error", "1303"], &ID);
    pty.expect("Berapa tugas Anda yang saat ini berstatus submitted atau processing?")
        .send("lima")
        .send(ENTER)
        .expect("Ketik bilangan bulat, misalnya 5.")
        .send("\x7f\x7f\x7f\x7f5")
        .send(ENTER)
        .expect("Berapa batas konkurensi dari paket resource Anda")
        .send("0")
        .send(ENTER)
        .expect("Nilai terkecil yang mungkin adalah 1.")
        .send("\x7f5")
        .send(ENTER);
    pty.end()
        .assert_code(1)
        .assert_has(&[
            "concurrency-limit",
            "--error 1303 --set running_tasks=5 --set concurrency_limit=5",
        ])
        .assert_lacks(&["Apa jawaban Kling?", "Apa status paket resource"]);
}

#[test]
fn i_dont_know_leaves_facts_unknown_and_says_how_to_find_them() {
    let mut pty = Pty::spawn(&["--error", "1102", "--set", "units_left=0"], &EN);
    pty.expect("What status does your resource pack show in the developer console?")
        .expect("I don't know")
        .send(UP)
        .send(ENTER)
        .expect("When does your resource pack expire (YYYY-MM-DD)?")
        .send(ENTER)
        .expect("How many hours ago did you buy the resource pack?")
        .send(ENTER);
    pty.end()
        .assert_code(1)
        .assert_has(&[
            "units-exhausted",
            "How to find out what you did not know:",
            "Developer console (app.klingai.com/global/dev) → Resource packs",
            "Answer with --set package_status=online|toBeOnline|expired|runOut|none",
            "Answer with --set package_expires=YYYY-MM-DD",
            "Answer with --set purchased_hours_ago=N",
            "kling-doctor diagnose --non-interactive --error 1102 --set units_left=0",
        ])
        .assert_lacks(&["How many units are left"]);
}

#[test]
fn ctrl_c_esc_and_ctrl_d_stop_with_130_and_write_nothing() {
    // (terminal, arguments, first prompt, keys, next prompt, stop key, the cancelled line)
    type Case = (
        &'static Term,
        &'static [&'static str],
        &'static str,
        &'static [&'static str],
        &'static str,
        &'static str,
        &'static str,
    );
    let cases: &[Case] = &[
        (
            &EN,
            &[],
            "What did Kling answer?",
            &[],
            "",
            CTRL_C,
            "Cancelled. Nothing was written.",
        ),
        (
            &ID,
            &[],
            "Apa jawaban Kling?",
            &[],
            "",
            ESC,
            "Dibatalkan. Tidak ada yang ditulis.",
        ),
        (
            &EN,
            &[],
            "What did Kling answer?",
            &[DOWN, ENTER],
            "What status does your resource pack show",
            CTRL_C,
            "Cancelled. Nothing was written.",
        ),
        (
            &ID,
            &["--error", "1303"],
            "Berapa tugas Anda",
            &["3"],
            "",
            CTRL_D,
            "Dibatalkan. Tidak ada yang ditulis.",
        ),
        (
            &EN,
            &["--report", "kling-report.md"],
            "What did Kling answer?",
            &[DOWN, ENTER],
            "What status does your resource pack show",
            CTRL_C,
            "Cancelled. Nothing was written.",
        ),
    ];
    for (term, args, first, keys, next, stop, cancelled) in cases {
        let mut pty = Pty::spawn(args, term);
        pty.expect(first);
        for key in *keys {
            pty.send(key);
        }
        if !next.is_empty() {
            pty.expect(next);
        }
        pty.send(stop);
        pty.end()
            .assert_code(130)
            .assert_has(&[cancelled])
            .assert_lacks(&[
                "(exit 1)",
                "(exit 0)",
                "kling-doctor diagnose --non-interactive",
            ])
            .assert_nothing_written();
    }
}

#[test]
fn a_narrow_dumb_terminal_still_works() {
    let narrow = Term {
        lang: "en_US.UTF-8",
        cols: 30,
        term: "dumb",
    };
    let mut pty = Pty::spawn(&["--error", "1303"], &narrow);
    pty.expect_wrapped("How many of your tasks are submitted or processing right now?")
        .send("5")
        .send(ENTER)
        .expect_wrapped("What concurrency limit does your resource pack give")
        .send("5")
        .send(ENTER);
    pty.end().assert_code(1).assert_has(&["concurrency-limit"]);
}

#[test]
fn without_a_terminal_it_is_diagnose_non_interactive() {
    let cases: &[&[&str]] = &[
        &[],
        &["--error", "1102"],
        &["--error", "1303", "--format", "json"],
    ];
    for args in cases {
        let reference: Vec<&str> = ["diagnose", "--non-interactive"]
            .iter()
            .chain(args.iter())
            .copied()
            .collect();
        let expected = Run::new(&reference).run();
        for runner in [Run::new(*args).stdin(""), Run::new(*args)] {
            let out = runner.run();
            assert_eq!(out.code, expected.code, "{args:?}");
            assert_eq!(out.stdout, expected.stdout, "{args:?}");
            assert_eq!(out.stderr, "", "{args:?}");
        }
    }
    let piped_diagnose = Run::new(["diagnose", "--error", "1102"])
        .stdin("1102\n")
        .run();
    let reference = Run::new(["diagnose", "--non-interactive", "--error", "1102"]).run();
    assert_eq!(piped_diagnose.stdout, reference.stdout);
}

//! `kling-doctor watch slots|balance` against a fake Kling API on 127.0.0.1: tasks that
//! finish after a second or two, tasks that never do (bounded by --max-wait), a pack that
//! shows up after a few seconds, faults on the way, Ctrl-C — and the request rate, from
//! the server's own log.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value as Json, json};

use crate::fake_api::{FakeApi, Reply, Request};
use crate::support::{NOW, Output, Run};

fn ms(rfc3339: &str) -> i64 {
    rfc3339
        .parse::<jiff::Timestamp>()
        .expect("a timestamp")
        .as_millisecond()
}

fn kling(data: Json) -> Reply {
    Reply::json(
        200,
        json!({"code": 0, "message": "SUCCEED", "request_id": "req-watch", "data": data})
            .to_string(),
    )
}

fn costs(packs: Vec<Json>) -> Reply {
    kling(json!({"code": 0, "msg": "", "resource_pack_subscribe_infos": packs}))
}

fn pack(name: &str, remaining: f64) -> Json {
    json!({"resource_pack_name": name, "resource_pack_type": "decreasing_total", "total_quantity": 100.0,
           "remaining_quantity": remaining, "purchase_time": ms("2026-11-25T11:00:00Z"),
           "effective_time": ms("2026-11-25T11:00:00Z"), "invalid_time": ms("2026-12-25T00:00:00Z"),
           "status": "online"})
}

/// `n` running tasks, the first created 250 s before the pinned now.
fn running(n: usize) -> Reply {
    let tasks: Vec<Json> = (0..n)
        .map(|i| json!({"task_id": format!("task-{i}"), "task_status": if i % 2 == 0 { "processing" } else { "submitted" },
                        "created_at": ms(NOW) - 250_000 + i as i64 * 1000}))
        .chain(std::iter::once(json!({"task_id": "old", "task_status": "succeed", "created_at": 1})))
        .collect();
    kling(Json::Array(tasks))
}

/// An account whose text2video tasks go from `before` to `after` running at `switch`
/// after the first request (never, when `None`); image2video has none.
fn account(
    pack_name: &'static str,
    before: usize,
    after: usize,
    switch: Option<Duration>,
) -> impl Fn(&Request) -> Reply + Send + Sync + 'static {
    let started: Arc<std::sync::Mutex<Option<Instant>>> = Arc::default();
    move |r: &Request| {
        let first = *started.lock().expect("lock").get_or_insert(r.at);
        let switched = switch.is_some_and(|s| r.at.duration_since(first) >= s);
        match r.path.as_str() {
            "/account/costs" => costs(vec![pack(pack_name, 50.0)]),
            "/v1/videos/text2video" => running(if switched { after } else { before }),
            "/v1/videos/image2video" => kling(json!([])),
            _ => Reply::json(404, "{}"),
        }
    }
}

fn watch(api: &FakeApi, args: &[&str]) -> Output {
    Run::new(args)
        .env("KLING_API_BASE", &api.base())
        .env("USEAPI_TOKEN", "")
        .env("COMETAPI_KEY", "")
        .run()
}

/// No two requests to `path` closer than `gap` (less a little for scheduling).
fn assert_spaced(api: &FakeApi, path: &str, gap: Duration) {
    let times: Vec<Instant> = api.to(path).iter().map(|r| r.at).collect();
    for pair in times.windows(2) {
        let apart = pair[1].duration_since(pair[0]);
        assert!(
            apart + Duration::from_millis(60) >= gap,
            "{path}: two requests {apart:?} apart, less than {gap:?}"
        );
    }
}

#[test]
fn watch_slots_waits_for_the_limit() {
    // (name, pack, before, after, switch, flags, exit, ok, limit_from)
    let cases: Vec<(
        &str,
        &'static str,
        usize,
        usize,
        Option<Duration>,
        Vec<&str>,
        i32,
        bool,
        &str,
    )> = vec![
        (
            "flag limit, tasks finish",
            "Video Generation",
            3,
            1,
            Some(Duration::from_millis(1500)),
            vec!["--limit", "3"],
            0,
            true,
            "flag",
        ),
        (
            "pack name limit",
            "Trial-Video-100Units-5Con-1Months",
            5,
            4,
            Some(Duration::from_millis(1500)),
            vec![],
            0,
            true,
            "pack_name",
        ),
        (
            "below the count at the start",
            "Video Generation",
            2,
            1,
            Some(Duration::from_secs(2)),
            vec![],
            0,
            true,
            "start",
        ),
        (
            "a free slot at once",
            "Video Generation",
            1,
            1,
            None,
            vec!["--limit", "3"],
            0,
            true,
            "flag",
        ),
        (
            "never free, bounded",
            "Video Generation",
            3,
            3,
            None,
            vec!["--limit", "2", "--max-wait", "3"],
            1,
            false,
            "flag",
        ),
    ];
    for (name, pack_name, before, after, switch, flags, exit, ok, from) in cases {
        let api = FakeApi::start(account(pack_name, before, after, switch));
        let mut args = vec!["watch", "slots", "--format", "json"];
        if !flags.contains(&"--max-wait") {
            args.extend(["--max-wait", "20"]);
        }
        args.extend(flags);
        let started = Instant::now();
        let out = watch(&api, &args);
        let took = started.elapsed();
        assert_eq!(out.code, exit, "{name}: {out:?}");
        let j = out.json();
        assert_eq!(
            (j["watch"].as_str(), j["ok"].as_bool()),
            (Some("slots"), Some(ok)),
            "{name}: {j:#}"
        );
        assert_eq!(j["facts"]["concurrency_limit_from"], from, "{name}: {j:#}");
        assert!(j["polls"].as_u64().unwrap_or(0) >= 1, "{name}");
        assert!(j["waited_s"].as_f64().is_some(), "{name}");
        // Returned within a second or two of the change (or of --max-wait).
        let bound = switch.unwrap_or(Duration::from_secs(if ok { 0 } else { 3 }));
        assert!(
            took < bound + Duration::from_secs(4),
            "{name}: took {took:?}"
        );
        if exit == 1 {
            assert_eq!(j["facts"]["oldest_task_id"], "task-0", "{name}");
            assert_eq!(
                j["facts"]["oldest_task_held_s"].as_i64().map(|h| h >= 250),
                Some(true)
            );
        }
        for path in ["/v1/videos/text2video", "/v1/videos/image2video"] {
            assert_spaced(&api, path, Duration::from_millis(500));
        }
        assert!(
            api.to("/account/costs").len() <= 1,
            "{name}: the pack is read once"
        );
    }
}

#[test]
fn watch_balance_sees_a_pack_that_appears() {
    let first: Arc<std::sync::Mutex<Option<Instant>>> = Arc::default();
    let api = FakeApi::start(move |r: &Request| {
        let start = *first.lock().expect("lock").get_or_insert(r.at);
        if r.at.duration_since(start) < Duration::from_millis(2500) {
            costs(vec![])
        } else {
            costs(vec![pack("Video Generation - 10,000 entries", 100.0)])
        }
    });
    let started = Instant::now();
    let out = watch(
        &api,
        &["watch", "balance", "--format", "json", "--max-wait", "20"],
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        started.elapsed() < Duration::from_secs(7),
        "{:?}",
        started.elapsed()
    );
    let j = out.json();
    assert_eq!(
        (j["watch"].as_str(), j["ok"].as_bool()),
        (Some("balance"), Some(true))
    );
    assert_eq!(j["facts"]["units_left"], 100.0);
    let polls = api.to("/account/costs");
    assert_eq!(j["polls"].as_u64(), Some(polls.len() as u64));
    assert!(polls.len() >= 2, "{polls:?}");
    assert_spaced(&api, "/account/costs", Duration::from_secs(1));
    // Without a terminal: one progress line per change on stderr, the result on stdout.
    let text = watch(&api, &["watch", "balance", "--max-wait", "5"]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(text.stdout.contains("100 usable units"), "{}", text.stdout);
    assert!(
        text.stderr.contains("Usable video units seen: 100"),
        "{}",
        text.stderr
    );
}

#[test]
fn watch_balance_gives_up_at_max_wait() {
    let api = FakeApi::start(|_: &Request| costs(vec![pack("Video Generation", 20.0)]));
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--min-units", "500", "--max-wait", "2"],
            1,
            "not more than 500",
        ),
        (
            &["--min-units", "500", "--max-wait", "2", "--lang", "id"],
            1,
            "tidak lebih dari 500",
        ),
        (&["--min-units", "10"], 0, "more than 10"),
    ];
    for (flags, exit, says) in cases {
        let mut args = vec!["watch", "balance"];
        args.extend_from_slice(flags);
        let out = watch(&api, &args);
        assert_eq!(out.code, *exit, "{flags:?}: {out:?}");
        assert!(out.stdout.contains(says), "{flags:?}: {}", out.stdout);
    }
    // At most once a second, over every run.
    let polls = api.to("/account/costs").len();
    assert!(polls <= 2 * 3 + 3, "{polls} polls");
}

#[test]
fn faults_while_watching_are_reported_and_retried() {
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    let api = FakeApi::start(move |r: &Request| {
        let n = seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        match (n, r.path.as_str()) {
            (0, _) => Reply::html(503),
            (1, _) => Reply::Drop,
            (2, _) => Reply::RetryAfter(
                4,
                Box::new(Reply::json(
                    429,
                    r#"{"code":1302,"message":"Too many requests"}"#,
                )),
            ),
            _ => costs(vec![pack("Video Generation", 30.0)]),
        }
    });
    let out = watch(
        &api,
        &["watch", "balance", "--format", "json", "--max-wait", "30"],
    );
    assert_eq!(out.code, 0, "{out:?}");
    let j = out.json();
    assert_eq!(j["faults"], 3, "{j:#}");
    assert!(out.stderr.contains("Trying again in"), "{}", out.stderr);
    let times: Vec<Instant> = api.requests().iter().map(|r| r.at).collect();
    assert!(
        times[3].duration_since(times[2]) >= Duration::from_millis(3950),
        "Retry-After: 4 honoured"
    );
}

#[test]
fn bad_watch_options_exit_2() {
    let api = FakeApi::start(|_: &Request| costs(vec![]));
    let no_keys: &[(&str, &str)] = &[
        ("KLING_API_KEY", ""),
        ("KLING_ACCESS_KEY", ""),
        ("KLING_SECRET_KEY", ""),
    ];
    let cases: &[(&[&str], &[(&str, &str)], &str)] = &[
        (&["watch", "slots", "--max-wait", "-1"], &[], "--max-wait"),
        (&["watch", "balance", "--max-wait", "-1"], &[], "--max-wait"),
        (&["watch", "slots", "--max-wait", "soon"], &[], "--max-wait"),
        (&["watch", "slots", "--limit", "0"], &[], "--limit"),
        (
            &["watch", "balance", "--min-units", "-5"],
            &[],
            "--min-units",
        ),
        (
            &["watch", "slots", "--max-wait", "-1", "--lang", "id"],
            &[],
            "tidak valid",
        ),
        (
            &["watch", "balance", "--format", "markdown"],
            &[],
            "`kling-doctor watch` has no markdown output: use --format text|json",
        ),
        (
            &["watch", "slots", "--format", "markdown", "--lang", "id"],
            &[],
            "`kling-doctor watch` tidak punya output markdown",
        ),
        (&["watch", "slots"], no_keys, "KLING_API_KEY"),
        (&["watch", "balance"], no_keys, "KLING_API_KEY"),
        (&["watch"], &[], "Usage"),
    ];
    for (args, env, says) in cases {
        let mut run = Run::new(*args).env("KLING_API_BASE", &api.base());
        for (k, v) in *env {
            run = run.env(k, v);
        }
        run.run().refused(says);
    }
    assert!(api.requests().is_empty(), "bad input sends nothing");
}

#[test]
fn ctrl_c_ends_a_watch_with_130_and_no_output() {
    let api = FakeApi::start(account("Video Generation", 3, 3, None));
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = crate::support::isolated(
        &["watch", "slots", "--limit", "1", "--format", "json"],
        dir.path(),
    );
    cmd.env("KLING_API_BASE", api.base())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().expect("spawn");
    // Wait until it polls, then interrupt it.
    let deadline = Instant::now() + Duration::from_secs(10);
    while api.requests().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = i32::try_from(child.id()).expect("a pid");
    // SAFETY: signalling our own child process.
    unsafe { libc::kill(pid, libc::SIGINT) };
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(130));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

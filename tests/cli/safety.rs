//! Credentials go only to hosts the user chose: a `.env` base URL off the official hosts,
//! plain http off this machine and redirects are refused, every probe names its host.
//! Every listener is on loopback; the plain-http refusal of a remote host runs only
//! inside a private network namespace (`unshare -n`), where nothing can leave.

use std::process::{Command, Stdio};

use serde_json::{Value as Json, json};

use crate::fake_api::{FakeApi, Reply, Request};
use crate::support::{Output, bin, flat, isolated};

const BASE_VARS: [&str; 3] = ["KLING_API_BASE", "USEAPI_API_BASE", "COMETAPI_QUOTA_BASE"];

/// A healthy Kling account and reseller balances.
fn healthy(request: &Request) -> Reply {
    let kling = |data: Json| {
        Reply::json(
            200,
            json!({"code": 0, "message": "SUCCEED", "request_id": "req-safe-1", "data": data})
                .to_string(),
        )
    };
    match request.path.as_str() {
        "/account/costs" => kling(
            json!({"code": 0, "msg": "", "resource_pack_subscribe_infos": [
            {"resource_pack_name": "Video Generation", "remaining_quantity": 118.0, "total_quantity": 200.0,
             "status": "online", "effective_time": 1_700_000_000_000_i64, "invalid_time": 1_900_000_000_000_i64}]}),
        ),
        "/v1/videos/text2video" | "/v1/videos/image2video" => kling(json!([])),
        "/v1/kling/scheduler/available" => Reply::json(
            200,
            json!({"available": [{"email": "me@example.com", "maxJobs": 5, "executing": 1}]})
                .to_string(),
        ),
        "/user/quota" => Reply::json(200, json!({"total_quota": 4.5}).to_string()),
        _ => Reply::json(404, r#"{"code":1203,"message":"not found"}"#),
    }
}

/// Runs `cmd` (built by `isolated`) with `env` set and `remove` unset, checking for leaks.
fn finish(mut cmd: Command, args: &[&str], env: &[(&str, &str)], remove: &[&str]) -> Output {
    cmd.env("LANG", "C");
    for (k, v) in env {
        cmd.env(k, v);
    }
    for k in remove {
        cmd.env_remove(k);
    }
    let out = cmd.stdin(Stdio::null()).output().expect("run kling-doctor");
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let output = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        args: args.clone(),
    };
    output.assert_no_leak(&args);
    output
}

/// `kling-doctor args` in a folder holding `dotenv` as `.env`.
fn run_with_dotenv(dotenv: &str, args: &[&str], env: &[(&str, &str)], remove: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(".env"), dotenv).expect("write .env");
    finish(isolated(args, dir.path()), args, env, remove)
}

#[test]
fn a_dotenv_base_off_the_official_hosts_is_refused_before_any_request() {
    let api = FakeApi::start(healthy);
    let jwt_only: &[(&str, &str)] = &[("KLING_API_KEY", "")];
    // (variable, command, extra environment, language, words of the message)
    let rows: Vec<(&str, &[&str], &[(&str, &str)], &str, &str)> = vec![
        (
            "KLING_API_BASE",
            &["probe"],
            &[],
            "en",
            "is not an official host",
        ),
        (
            "KLING_API_BASE",
            &["probe"],
            jwt_only,
            "en",
            "is not an official host",
        ),
        (
            "KLING_API_BASE",
            &[
                "diagnose",
                "--probe",
                "--non-interactive",
                "--format",
                "json",
            ],
            jwt_only,
            "en",
            "is not an official host",
        ),
        (
            "USEAPI_API_BASE",
            &["probe", "--format", "json"],
            &[],
            "en",
            "is not an official host",
        ),
        (
            "COMETAPI_QUOTA_BASE",
            &["probe"],
            &[],
            "id",
            "bukan host resminya",
        ),
    ];
    for (var, args, env, lang, words) in rows {
        let dotenv = format!("# a cloned project\n{var}={}/\n", api.base());
        let mut env = env.to_vec();
        env.push(("KLING_DOCTOR_LANG", lang));
        let out = run_with_dotenv(&dotenv, args, &env, &[var]);
        out.status(2).stdout_empty();
        for needle in [var, ".env", words, &format!("export {var}={}", api.base())] {
            out.stderr_says(needle);
        }
        assert!(api.requests().is_empty(), "{var}: {:?}", api.requests());
    }
}

#[test]
fn official_hosts_in_dotenv_and_loopback_from_the_shell_are_accepted() {
    let api = FakeApi::start(healthy);
    let base = api.base();
    let host = base.trim_start_matches("http://").to_string();
    // The shell's choice wins over a hostile `.env`; official hosts in `.env` are fine.
    let dotenv = "KLING_API_BASE=http://127.0.0.1:1\nUSEAPI_API_BASE=https://api.useapi.net\n";
    let env = [
        ("KLING_API_BASE", base.as_str()),
        ("COMETAPI_QUOTA_BASE", base.as_str()),
        ("USEAPI_TOKEN", ""),
    ];
    let keep_dotenv = ["USEAPI_API_BASE"];
    let out = run_with_dotenv(dotenv, &["probe", "--format", "json"], &env, &keep_dotenv);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let json = out.json();
    let probes = json["probes"].as_array().expect("probes");
    assert_eq!(probes.len(), 4, "{json:#}");
    for probe in probes {
        assert_eq!(probe["host"], host.as_str(), "{probe:#}");
        assert_eq!(probe["official_host"], false, "{probe:#}");
    }
    assert_eq!(api.requests().len(), 4);

    for (format, notes) in [
        ("text", vec![format!("host: {host}")]),
        ("markdown", vec![format!("`{host}`")]),
    ] {
        let out = run_with_dotenv(dotenv, &["probe", "--format", format], &env, &keep_dotenv);
        let text = flat(&out.stdout);
        let mut expected = notes;
        expected.push(format!(
            "Answers from {host} come from that host, not from Kling itself (KLING_API_BASE points there)."
        ));
        expected.push(format!(
            "Answers from {host} come from that host, not from CometAPI itself"
        ));
        for needle in expected {
            assert!(text.contains(&needle), "{format}: {needle:?} in {text}");
        }
    }
}

#[test]
fn plain_http_to_another_host_is_refused_inside_a_private_network() {
    let private = Command::new("unshare")
        .args(["-n", "true"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !private {
        eprintln!("skipped: `unshare -n` is not available here (CI runs it as root)");
        return;
    }
    // TEST-NET addresses, and only ever inside the empty namespace.
    let rows = [
        ("KLING_API_BASE", "http://203.0.113.7", "203.0.113.7"),
        (
            "USEAPI_API_BASE",
            "http://192.0.2.1:8080/",
            "192.0.2.1:8080",
        ),
        (
            "COMETAPI_QUOTA_BASE",
            "http://query.cometapi.com",
            "query.cometapi.com",
        ),
    ];
    for (var, value, host) in rows {
        let dir = tempfile::tempdir().expect("temp dir");
        let args = ["probe"];
        let template = isolated(&args, dir.path());
        let mut cmd = Command::new("unshare");
        cmd.arg("-n")
            .arg(bin())
            .args(args)
            .current_dir(dir.path())
            .env_clear();
        for (k, v) in template.get_envs() {
            if let Some(v) = v {
                cmd.env(k, v);
            }
        }
        let out = finish(cmd, &args, &[(var, value)], &[]);
        out.status(2).stdout_empty();
        for needle in [var, host, "plain http://", "nothing was sent"] {
            out.stderr_says(needle);
        }
    }
}

#[test]
fn a_redirect_is_a_fault_and_nothing_goes_to_its_target() {
    let target = FakeApi::start_at("127.0.0.2", healthy);
    let target_host = target.base().trim_start_matches("http://").to_string();
    let rows = [
        (
            format!("{}/account/costs", target.base()),
            format!("redirect (HTTP 302) to {target_host}; not followed"),
        ),
        (
            "http://127.0.0.3:1/steal?key=kd-canary-APIKEY-7Qx2Lm9Zp4".to_string(),
            "redirect (HTTP 302) to 127.0.0.3:1; not followed".to_string(),
        ),
    ];
    for (location, words) in rows {
        let to = location.clone();
        let api = FakeApi::start(move |_| Reply::Redirect {
            status: 302,
            location: to.clone(),
        });
        let env = [
            ("KLING_API_BASE", api.base()),
            ("USEAPI_TOKEN", String::new()),
            ("COMETAPI_KEY", String::new()),
        ];
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let dir = tempfile::tempdir().expect("temp dir");
        let args = ["probe", "--format", "json"];
        let out = finish(isolated(&args, dir.path()), &args, &env, &[]);
        assert_eq!(out.code, 1, "{location}: {}", out.stderr);
        let json = out.json();
        for probe in json["probes"].as_array().expect("probes") {
            assert_eq!(probe["ok"], false, "{probe:#}");
            assert_eq!(probe["error"], "redirect", "{probe:#}");
            assert_eq!(probe["http_status"], 302, "{probe:#}");
            let message = probe["message"].as_str().unwrap_or_default();
            assert!(message.contains(&words), "{message}");
            assert!(!message.contains("steal"), "{message}");
        }
        assert_eq!(api.requests().len(), 3, "each probe asked once");
        assert!(target.requests().is_empty(), "{:?}", target.requests());
        out.lacks_finding("no-problem-found");
    }
}

#[test]
fn a_refusal_still_measures_the_clock_from_its_date_header() {
    let rows = [
        (401, 1004, "Token expired"),
        (401, 1003, "Authorization is not active"),
        (401, 1002, "Authorization is invalid"),
    ];
    for (status, code, message) in rows {
        let api = FakeApi::start(move |_| {
            Reply::json(
                status,
                json!({"code": code, "message": message, "request_id": "req-skew"}).to_string(),
            )
            .dated(-300)
        });
        let env = [
            ("KLING_API_BASE", api.base()),
            ("KLING_API_KEY", String::new()),
            ("USEAPI_TOKEN", String::new()),
            ("COMETAPI_KEY", String::new()),
        ];
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let dir = tempfile::tempdir().expect("temp dir");
        let args = ["probe", "--format", "json"];
        let out = finish(isolated(&args, dir.path()), &args, &env, &[]);
        let json = out.json();
        let skew = json["facts"]["clock_skew_s"]
            .as_f64()
            .expect("clock_skew_s");
        assert!((295.0..=305.0).contains(&skew), "{code}: {skew}");
        for probe in json["probes"].as_array().expect("probes") {
            assert_eq!(probe["code"], code, "{probe:#}");
            let skew = probe["clock_skew_s"].as_i64().expect("per probe");
            assert!((295..=305).contains(&skew), "{code}: {probe:#}");
        }
    }
}

#[test]
fn a_broken_dotenv_is_a_clear_error_in_the_users_language() {
    let rows: &[(&str, &[&str], &str, &str)] = &[
        (
            "A=1\nthis is not an assignment\n",
            &["explain", "1102"],
            "en",
            "line 2 is not a NAME=value line",
        ),
        (
            "KLING_API_KEY=\"unterminated\n",
            &["probe"],
            "en",
            "line 1 is not a NAME=value line",
        ),
        (
            "A=1\nB=2\nnope\n",
            &["diagnose", "--non-interactive"],
            "id",
            "baris 3 bukan baris NAMA=nilai",
        ),
    ];
    for (dotenv, args, lang, words) in rows {
        run_with_dotenv(dotenv, args, &[("KLING_DOCTOR_LANG", lang)], &[])
            .status(2)
            .stdout_empty()
            .stderr_says(words)
            // No line text is echoed.
            .stderr_lacks("unterminated");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join(".env")).expect("a folder named .env");
    finish(isolated(&["probe"], dir.path()), &["probe"], &[], &[])
        .refused(".env in this folder exists but cannot be read");
}

#[test]
fn reports_say_which_variables_came_from_dotenv_and_which_base_probes_use() {
    // (the .env, whether its Kling base is refused, the variables it supplied)
    let rows: &[(&str, Option<&str>, &[&str])] = &[
        (
            "USEAPI_EMAIL=me@example.com\nKLING_DOCTOR_LANG=en\n",
            Some("http://127.0.0.1:9"),
            &["KLING_DOCTOR_LANG", "USEAPI_EMAIL"],
        ),
        (
            "KLING_API_BASE=http://127.0.0.1:1\n",
            None,
            &["KLING_API_BASE"],
        ),
        ("", Some("http://127.0.0.1:9"), &[]),
    ];
    for (dotenv, api_base, from_dotenv) in rows {
        let remove: &[&str] = if dotenv.contains("KLING_API_BASE") {
            &BASE_VARS[..1]
        } else {
            &[]
        };
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(".env"), dotenv).expect("write .env");
        for file in ["r.json", "r.md"] {
            let args = [
                "diagnose",
                "--non-interactive",
                "--error",
                "1102",
                "--report",
                file,
            ];
            let out = finish(isolated(&args, dir.path()), &args, &[], remove);
            assert_eq!(
                out.code, 1,
                "{dotenv:?} without --probe sends nothing: {}",
                out.stderr
            );
            let report = std::fs::read_to_string(dir.path().join(file)).expect("report");
            std::fs::remove_file(dir.path().join(file)).expect("remove report");
            if file == "r.json" {
                let env: Json = serde_json::from_str(&report).expect("JSON report");
                let env = &env["environment"];
                assert_eq!(env["dotenv_vars"], json!(from_dotenv), "{dotenv:?}");
                assert_eq!(env["api_base"], json!(api_base), "{dotenv:?}");
            } else {
                assert!(report.contains("| Variables read from .env |"), "{report}");
                for var in *from_dotenv {
                    assert!(report.contains(&format!("`{var}`")), "{var}: {report}");
                }
            }
        }
    }
}

//! The probe phase against a loopback fake whose every endpoint answers after 700 ms:
//! run concurrently, it should take about as long as the slowest endpoint, not the sum.
//!
//! `cargo bench --bench probe` — prints one plain line per setup, then criterion's figures.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use kling_doctor::env::Environment;
use kling_doctor::probe::{self, ProbeConfig};
use kling_doctor::rules::{self, RuleSet};

#[allow(dead_code)]
#[path = "../tests/cli/fake_api.rs"]
mod fake_api;

use fake_api::{FakeApi, Reply};

const DELAY: Duration = Duration::from_millis(700);

/// Every endpoint's answer, after `DELAY`.
fn delayed(request: &fake_api::Request) -> Reply {
    let body = match request.path.as_str() {
        "/account/costs" => {
            r#"{"code":0,"message":"SUCCEED","request_id":"r","data":{"code":0,"msg":"","resource_pack_subscribe_infos":[]}}"#
        }
        "/v1/videos/text2video" | "/v1/videos/image2video" => {
            r#"{"code":0,"message":"SUCCEED","request_id":"r","data":[]}"#
        }
        "/v1/kling/scheduler/available" => r#"{"executing":[],"available":[]}"#,
        "/v1/kling/accounts/me@example.com" => r#"{"balance":{"points":[],"total":10}}"#,
        "/user/quota" => r#"{"total_quota":1.5}"#,
        _ => r#"{"code":1203,"message":"not found"}"#,
    };
    Reply::Delayed(DELAY, Box::new(Reply::json(200, body)))
}

fn config(api: &FakeApi, with_email: bool) -> ProbeConfig {
    let base = api.base();
    let mut vars = vec![
        ("KLING_API_KEY", "bench-key"),
        ("USEAPI_TOKEN", "bench-token"),
        ("COMETAPI_KEY", "bench-comet"),
        ("KLING_API_BASE", base.as_str()),
        ("USEAPI_API_BASE", base.as_str()),
        ("COMETAPI_QUOTA_BASE", base.as_str()),
    ];
    if with_email {
        vars.push(("USEAPI_EMAIL", "me@example.com"));
    }
    ProbeConfig::from_env(&Environment::from_pairs(vars), jiff::Timestamp::now())
        .expect("a loopback base")
        .with_timeout(5)
}

fn once(config: &ProbeConfig, rules: &RuleSet) -> Duration {
    let started = Instant::now();
    let report = probe::run(config, rules);
    let took = started.elapsed();
    assert!(report.all_ok(), "every delayed endpoint answers in time");
    took
}

fn bench(c: &mut Criterion) {
    let Ok((rules, _)) = rules::load(&rules::RuleSource::Embedded) else {
        panic!("the built-in rules load");
    };
    let api = FakeApi::start(delayed);
    let mut group = c.benchmark_group("probe_phase");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for (label, with_email) in [
        ("five_endpoints_700ms", false),
        ("six_endpoints_700ms", true),
    ] {
        let config = config(&api, with_email);
        let endpoints = config.planned().len();
        let took = once(&config, &rules);
        println!(
            "{label}: {endpoints} endpoints each delayed {} ms: probe phase {} ms (sequential sum {} ms)",
            DELAY.as_millis(),
            took.as_millis(),
            DELAY.as_millis() * endpoints as u128
        );
        group.bench_function(label, |b| b.iter(|| once(&config, &rules)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

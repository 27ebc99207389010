//! The paste reader on a 100 KB `curl -v` dump (issue 16): request line, headers, a big
//! request body, and a gateway answer whose message holds Kling's JSON as a string; then
//! the provider signatures of `rules/providers.yaml` over what was read.
//!
//! `cargo bench --bench paste`; `-- --quick` for a fast pass.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use kling_doctor::facts::{Facts, Origin};
use kling_doctor::input::apply_error;
use kling_doctor::input::error_text;
use kling_doctor::rules::{self, RuleSource};

/// A curl dump of about 100 KB: most of it a long prompt, as real dumps are.
fn dump() -> String {
    let prompt = "a slow dolly shot over a rainy neon street, reflections, ".repeat(1_800);
    format!(
        "> POST /kling/v1/videos/text2video HTTP/2\r\n> Host: api.example-gateway.cn\r\n\
         > authorization: Bearer sk-[REDACTED]\r\n> content-type: application/json\r\n>\r\n\
         {{\"model_name\":\"kling-v2-6\",\"mode\":\"pro\",\"duration\":\"10\",\"sound\":\"on\",\"prompt\":\"{prompt}\"}}\r\n\
         < HTTP/2 500\r\n< content-type: application/json\r\n<\r\n\
         {{\"code\":\"fail_to_fetch_task\",\"message\":\"{{\\\"code\\\":1102,\\\"message\\\":\\\"Account balance not enough\\\",\\\"request_id\\\":\\\"9a1c-55\\\"}}\",\"data\":null}}\r\n"
    )
}

fn bench(c: &mut Criterion) {
    let (rules, _) = rules::load(&RuleSource::Embedded).expect("built-in rules");
    let text = dump();
    assert!(text.len() >= 100 * 1024, "{} bytes", text.len());
    rules.providers().expect("built-in provider signatures");
    let mut group = c.benchmark_group("paste");
    group.bench_function("read 100 KB curl dump", |b| {
        b.iter(|| black_box(error_text::read(black_box(&text), &rules.codes)))
    });
    group.bench_function("read + provider signatures → facts", |b| {
        b.iter(|| {
            let mut facts = Facts::default();
            black_box(apply_error(
                &mut facts,
                black_box(&text),
                &rules,
                Origin::Flag,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

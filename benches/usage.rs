//! `usage` at scale: summarising 10k and 100k ledger rows (per setup, per key, per day, the
//! outlook against two packs). Target (issue 14): linear — 100k within 10× of 10k.
//!
//! `cargo bench --bench usage`; `-- --quick` for a fast pass.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use kling_doctor::probe::ledger::LedgerRow;
use kling_doctor::probe::{Pack, PackKind};
use kling_doctor::usage::summarise;

const SIZES: [usize; 2] = [10_000, 100_000];
const MODELS: [&str; 6] = [
    "kling-v2-6",
    "kling-v2-5-turbo",
    "kling-v3",
    "kling-v3-omni",
    "kling-v1-6",
    "kling-video-o1",
];
const RESOLUTIONS: [&str; 3] = ["720p", "1080p", "4k"];

/// Rows spread over 6 models × 3 resolutions × 2 lengths × 2 sounds × 4 keys.
fn rows(n: usize) -> Vec<LedgerRow> {
    (0..n)
        .map(|i| LedgerRow {
            task_id: format!("task-{i}"),
            product: "video".into(),
            api_key_name: Some(format!("key-{}", i % 4)),
            model: MODELS[i % MODELS.len()].into(),
            resolution: RESOLUTIONS[i % RESOLUTIONS.len()].into(),
            duration_s: Some(if i % 2 == 0 { 5.04 } else { 10.0 }),
            video_input: i % 7 == 0,
            sound: if i % 5 == 0 { "native" } else { "off" }.into(),
            voice_control: false,
            at: Timestamp::from_millisecond(1_790_000_000_000 + i as i64).ok(),
            units: 1.5 + (i % 10) as f64,
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let now: Timestamp = "2026-11-25T12:00:00Z".parse().expect("a timestamp");
    let pack = |name: &str, remaining: f64, until: &str| Pack {
        name: name.into(),
        kind: PackKind::from_name(name),
        status: "online".into(),
        total: None,
        remaining,
        purchased: None,
        effective: None,
        invalid: until.parse().ok(),
    };
    let packs = vec![
        pack(
            "Video Generation - 10,000 entries",
            5000.0,
            "2026-12-01T00:00:00Z",
        ),
        pack(
            "Trial-Video-1000Units-5Con-1Months",
            900.0,
            "2027-03-01T00:00:00Z",
        ),
    ];
    let mut group = c.benchmark_group("usage_summarise");
    for n in SIZES {
        let rows = rows(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &rows, |b, rows| {
            b.iter(|| summarise(black_box(rows), Some(&packs), "video", 30, now));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Probe results → facts of `rules/facts.yaml` (as raw text, typed by the catalogue).
//! Only reading happens here: what a fact means is decided by the rules.

use jiff::Timestamp;

use super::kling::{Pack, PackKind};
use super::{Details, ProbeConfig, ProbeKind, ProbeResult};

/// The facts `results` establish, in a fixed order.
pub fn facts(results: &[ProbeResult], config: &ProbeConfig) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    kling(results, config.now, &mut out);
    resellers(results, &mut out);
    if !results.is_empty() {
        let failed = results.iter().filter(|r| !r.ok()).count();
        out.push(("probes_failed", failed.to_string()));
    }
    out
}

fn kling(results: &[ProbeResult], now: Timestamp, out: &mut Vec<(&'static str, String)>) {
    let kling: Vec<&ProbeResult> = results.iter().filter(|r| r.kind.is_kling()).collect();
    if kling.is_empty() {
        return;
    }
    // Reachable: any HTTP answer at all. Unreachable: every request failed in transport.
    if kling.iter().any(|r| r.http_status.is_some()) {
        out.push(("api_reachable", "yes".into()));
    } else if kling
        .iter()
        .all(|r| r.fault.as_ref().is_some_and(|f| f.is_unreachable()))
    {
        out.push(("api_reachable", "no".into()));
    }
    if let Some(super::Fault::Api { code, .. }) = kling
        .iter()
        .filter_map(|r| r.fault.as_ref())
        .find(|f| f.is_auth_refusal())
    {
        out.push(("error_code", code.to_string()));
    }
    let skew = kling
        .iter()
        .find(|r| r.kind == ProbeKind::KlingCosts && r.clock_skew_s.is_some())
        .or_else(|| kling.iter().find(|r| r.clock_skew_s.is_some()))
        .and_then(|r| r.clock_skew_s);
    if let Some(skew) = skew {
        // The Date header counts whole seconds.
        out.push(("clock_skew_s", format!("{}", skew.round())));
    }
    for r in &kling {
        if let Details::Packs(packs) = &r.details {
            packs_facts(packs, now, out);
        }
    }
    let tasks: Vec<&ProbeResult> = kling
        .iter()
        .copied()
        .filter(|r| matches!(r.kind, ProbeKind::KlingTasks(_)))
        .collect();
    if !tasks.is_empty() && tasks.iter().all(|r| r.ok()) {
        let running: u64 = tasks
            .iter()
            .filter_map(|r| match &r.details {
                Details::Tasks(count) => Some(count.running),
                _ => None,
            })
            .sum();
        out.push(("running_tasks", running.to_string()));
    }
}

/// Pack facts from the video packs only: units of video, image and try-on packs are
/// different currencies and are never added together.
fn packs_facts(packs: &[Pack], now: Timestamp, out: &mut Vec<(&'static str, String)>) {
    let video: Vec<&Pack> = packs.iter().filter(|p| p.kind == PackKind::Video).collect();
    if video.is_empty() {
        // Packs whose kind the name does not tell could be video packs: say nothing.
        if !packs.iter().any(|p| p.kind == PackKind::Unknown) {
            out.push(("package_status", "none".into()));
        }
        return;
    }
    let usable: Vec<&Pack> = video.iter().copied().filter(|p| p.usable(now)).collect();
    let pending = video.iter().any(|p| {
        p.status == "toBeOnline" || (p.status == "online" && p.effective.is_some_and(|t| t > now))
    });
    let status = if !usable.is_empty() {
        Some("online")
    } else if pending {
        Some("toBeOnline")
    } else {
        // The most recent pack tells how the account ended up without units.
        video
            .iter()
            .max_by_key(|p| p.invalid.or(p.purchased))
            .and_then(|p| match p.status.as_str() {
                "runOut" => Some("runOut"),
                "expired" | "online" => Some("expired"),
                _ => None,
            })
    };
    if let Some(status) = status {
        out.push(("package_status", status.into()));
    }
    let units: f64 = usable.iter().map(|p| p.remaining.max(0.0)).sum();
    out.push(("units_left", format!("{}", (units * 100.0).round() / 100.0)));
    if let Some(expires) = usable.iter().filter_map(|p| p.invalid).min() {
        // Whole seconds: the milliseconds of the API would only clutter the messages.
        let expires = Timestamp::from_second(expires.as_second()).unwrap_or(expires);
        out.push(("package_expires", expires.to_string()));
    }
    if let Some(bought) = video.iter().filter_map(|p| p.purchased).max() {
        let hours = (now.duration_since(bought).as_secs_f64() / 3600.0).max(0.0);
        let hours = (hours * 10.0).round() / 10.0;
        out.push(("purchased_hours_ago", format!("{hours}")));
    }
    // The limit is the highest among active packs (K-CONC); it is known only when every
    // active pack's name states one.
    let limits: Vec<(u32, &Pack)> = usable
        .iter()
        .filter_map(|p| p.concurrency_in_name().map(|n| (n, *p)))
        .collect();
    if !limits.is_empty()
        && limits.len() == usable.len()
        && let Some((limit, pack)) = limits.iter().max_by_key(|(n, _)| *n)
    {
        out.push(("concurrency_limit", limit.to_string()));
        out.push(("concurrency_limit_from", "pack_name".into()));
        out.push(("package_name", pack.name.clone()));
    }
}

fn resellers(results: &[ProbeResult], out: &mut Vec<(&'static str, String)>) {
    for r in results {
        match &r.details {
            Details::UseapiAccount(account) => {
                out.push(("useapi_balance", format!("{}", account.balance)))
            }
            Details::UseapiSlots(slots) => {
                out.push((
                    "useapi_jobs_running",
                    format!("{}", slots.executing.round()),
                ));
                out.push(("useapi_jobs_max", format!("{}", slots.max_jobs.round())));
            }
            Details::CometapiQuota(quota) => {
                out.push(("cometapi_balance_usd", format!("{}", quota.balance_usd)))
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::Fault;
    use crate::probe::kling::TaskCount;

    const NOW: &str = "2026-11-25T12:00:00Z";

    fn at(s: &str) -> Option<Timestamp> {
        s.parse().ok()
    }

    fn pack(name: &str, status: &str, remaining: f64, from: &str, until: &str) -> Pack {
        Pack {
            name: name.into(),
            kind: PackKind::from_name(name),
            status: status.into(),
            total: None,
            remaining,
            purchased: at(from),
            effective: at(from),
            invalid: at(until),
        }
    }

    fn learned(packs: &[Pack]) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        packs_facts(packs, NOW.parse().expect("now"), &mut out);
        out
    }

    fn get<'a>(facts: &'a [(&'static str, String)], key: &str) -> Option<&'a str> {
        facts
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn pack_status_follows_the_video_packs() {
        let cases: &[(&str, &[Pack], Option<&str>)] = &[
            ("empty list", &[], Some("none")),
            (
                "only an image pack",
                &[pack(
                    "Image Generation",
                    "online",
                    100.0,
                    "2026-11-01T00:00:00Z",
                    "2026-12-01T00:00:00Z",
                )],
                Some("none"),
            ),
            (
                "a pack of unknown kind",
                &[pack(
                    "Package 1",
                    "online",
                    100.0,
                    "2026-11-01T00:00:00Z",
                    "2026-12-01T00:00:00Z",
                )],
                None,
            ),
            (
                "online",
                &[pack(
                    "Video Generation",
                    "online",
                    10.0,
                    "2026-11-01T00:00:00Z",
                    "2026-12-01T00:00:00Z",
                )],
                Some("online"),
            ),
            (
                "online by status but past its end",
                &[pack(
                    "Video Generation",
                    "online",
                    10.0,
                    "2026-10-01T00:00:00Z",
                    "2026-11-01T00:00:00Z",
                )],
                Some("expired"),
            ),
            (
                "pending beats expired",
                &[
                    pack(
                        "Video A",
                        "expired",
                        5.0,
                        "2026-09-01T00:00:00Z",
                        "2026-10-01T00:00:00Z",
                    ),
                    pack(
                        "Video B",
                        "toBeOnline",
                        100.0,
                        "2026-12-01T00:00:00Z",
                        "2027-01-01T00:00:00Z",
                    ),
                ],
                Some("toBeOnline"),
            ),
            (
                "the latest dead pack decides",
                &[
                    pack(
                        "Video A",
                        "expired",
                        5.0,
                        "2026-08-01T00:00:00Z",
                        "2026-09-01T00:00:00Z",
                    ),
                    pack(
                        "Video B",
                        "runOut",
                        0.0,
                        "2026-10-01T00:00:00Z",
                        "2026-12-01T00:00:00Z",
                    ),
                ],
                Some("runOut"),
            ),
        ];
        for (name, packs, expected) in cases {
            assert_eq!(get(&learned(packs), "package_status"), *expected, "{name}");
        }
    }

    #[test]
    fn units_add_up_within_the_video_kind_only() {
        let facts = learned(&[
            pack(
                "Video Generation - 1",
                "online",
                100.0,
                "2026-11-20T00:00:00Z",
                "2026-12-20T00:00:00Z",
            ),
            pack(
                "Trial-Video-100Units-5Con-1Months",
                "online",
                50.5,
                "2026-11-25T06:00:00Z",
                "2026-12-05T00:00:00.250Z",
            ),
            pack(
                "Image Generation",
                "online",
                1000.0,
                "2026-11-01T00:00:00Z",
                "2026-12-30T00:00:00Z",
            ),
            pack(
                "Video Generation - 2",
                "expired",
                70.0,
                "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z",
            ),
        ]);
        assert_eq!(get(&facts, "units_left"), Some("150.5"));
        assert_eq!(get(&facts, "package_expires"), Some("2026-12-05T00:00:00Z"));
        assert_eq!(get(&facts, "purchased_hours_ago"), Some("6"));
        // One active pack's name gives no limit, so the limit stays unknown.
        assert_eq!(get(&facts, "concurrency_limit"), None);
    }

    #[test]
    fn the_limit_is_read_from_names_when_every_active_pack_has_one() {
        let facts = learned(&[
            pack(
                "Trial-Video-100Units-5Con-1Months",
                "online",
                10.0,
                "2026-11-01T00:00:00Z",
                "2026-12-01T00:00:00Z",
            ),
            pack(
                "Video-1000Units-10Con-3Months",
                "online",
                900.0,
                "2026-11-01T00:00:00Z",
                "2027-02-01T00:00:00Z",
            ),
            pack(
                "Video-20Con-expired",
                "expired",
                0.0,
                "2026-01-01T00:00:00Z",
                "2026-02-01T00:00:00Z",
            ),
        ]);
        assert_eq!(get(&facts, "concurrency_limit"), Some("10"));
        assert_eq!(get(&facts, "concurrency_limit_from"), Some("pack_name"));
        assert_eq!(
            get(&facts, "package_name"),
            Some("Video-1000Units-10Con-3Months")
        );
    }

    fn result(
        kind: ProbeKind,
        status: Option<u16>,
        fault: Option<Fault>,
        details: Details,
    ) -> ProbeResult {
        ProbeResult {
            kind,
            host: "h".into(),
            official_host: true,
            ms: 1,
            request_id: None,
            http_status: status,
            clock_skew_s: None,
            fault,
            details,
        }
    }

    #[test]
    fn reachability_auth_and_tasks_are_read_across_probes() {
        let config = ProbeConfig::from_env(
            &crate::env::Environment::default(),
            NOW.parse().expect("now"),
        )
        .expect("default bases");
        let tasks = |running| {
            Details::Tasks(TaskCount {
                running,
                ..TaskCount::default()
            })
        };
        let refused = || Some(Fault::Refused { host: "h".into() });
        let all_refused = [
            result(ProbeKind::KlingCosts, None, refused(), Details::None),
            result(
                ProbeKind::KlingTasks("t".into()),
                None,
                refused(),
                Details::None,
            ),
        ];
        let learned = facts(&all_refused, &config);
        assert_eq!(get(&learned, "api_reachable"), Some("no"));
        assert_eq!(get(&learned, "probes_failed"), Some("2"));
        assert_eq!(get(&learned, "running_tasks"), None);

        let refusal = Some(Fault::Api {
            code: 1002,
            message: "invalid".into(),
        });
        let answered = [
            result(ProbeKind::KlingCosts, Some(401), refusal, Details::None),
            result(ProbeKind::KlingTasks("a".into()), Some(200), None, tasks(3)),
            result(ProbeKind::KlingTasks("b".into()), Some(200), None, tasks(4)),
        ];
        let learned = facts(&answered, &config);
        assert_eq!(get(&learned, "api_reachable"), Some("yes"));
        assert_eq!(get(&learned, "error_code"), Some("1002"));
        assert_eq!(get(&learned, "running_tasks"), Some("7"));
        assert_eq!(get(&learned, "probes_failed"), Some("1"));
    }
}

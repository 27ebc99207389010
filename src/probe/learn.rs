//! Probe results → facts of `rules/facts.yaml` (as raw text, typed by the catalogue).
//! Only reading happens here: what a fact means is decided by the rules.

use jiff::Timestamp;

use super::kling::{Pack, PackKind};
use super::{Details, ProbeConfig, ProbeKind, ProbeResult};
use crate::facts::key;
use crate::facts::{Facts, Value, round2};

/// Families in the order a pack of another family is named when several have units.
const FAMILIES: [PackKind; 3] = [PackKind::Video, PackKind::Image, PackKind::TryOn];

impl ProbeConfig {
    /// The same, counting the packs of the family the `product` fact names (video when
    /// unknown): units of video, image and try-on packs are different currencies.
    pub fn for_product(mut self, facts: &Facts) -> ProbeConfig {
        self.product = match facts.get(key::PRODUCT) {
            Some(Value::Text(p)) if p == "image" => PackKind::Image,
            Some(Value::Text(p)) if p == "try-on" => PackKind::TryOn,
            _ => PackKind::Video,
        };
        self
    }
}

/// The facts `results` establish, in a fixed order.
pub fn facts(results: &[ProbeResult], config: &ProbeConfig) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    kling(results, config, &mut out);
    resellers(results, &mut out);
    if !results.is_empty() {
        // The ledger only adds detail: an account or host without it is no failed check.
        let failed = results
            .iter()
            .filter(|r| !r.ok() && r.kind != ProbeKind::KlingLedger)
            .count();
        out.push((key::PROBES_FAILED, failed.to_string()));
    }
    out
}

fn kling(results: &[ProbeResult], config: &ProbeConfig, out: &mut Vec<(&'static str, String)>) {
    let kling: Vec<&ProbeResult> = results.iter().filter(|r| r.kind.is_kling()).collect();
    if kling.is_empty() {
        return;
    }
    // Reachable: any HTTP answer at all. Unreachable: every request failed in transport.
    if kling.iter().any(|r| r.http_status.is_some()) {
        out.push((key::API_REACHABLE, "yes".into()));
    } else if kling
        .iter()
        .all(|r| r.fault.as_ref().is_some_and(|f| f.is_unreachable()))
    {
        out.push((key::API_REACHABLE, "no".into()));
    }
    if let Some(super::Fault::Api { code, .. }) = kling
        .iter()
        .filter_map(|r| r.fault.as_ref())
        .find(|f| f.is_auth_refusal())
    {
        out.push((key::ERROR_CODE, code.to_string()));
    }
    let skew = kling
        .iter()
        .find(|r| r.kind == ProbeKind::KlingCosts && r.clock_skew_s.is_some())
        .or_else(|| kling.iter().find(|r| r.clock_skew_s.is_some()))
        .and_then(|r| r.clock_skew_s);
    if let Some(skew) = skew {
        // The Date header counts whole seconds.
        out.push((key::CLOCK_SKEW_S, format!("{}", skew.round())));
    }
    for r in &kling {
        if let Details::Packs(packs) = &r.details {
            packs_facts(packs, config.now, config.product, out);
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
        out.push((key::RUNNING_TASKS, running.to_string()));
    }
}

/// Pack facts from the packs of the request's `family` only: units of video, image and
/// try-on packs are different currencies, never added together (kling-api.md §8.2).
/// `pack_product` is the family with usable units: the request's own when it has some,
/// else another family's — the case Kling answers 1102 for although units are left.
fn packs_facts(
    packs: &[Pack],
    now: Timestamp,
    family: PackKind,
    out: &mut Vec<(&'static str, String)>,
) {
    let has_usable = |kind: PackKind| packs.iter().any(|p| p.kind == kind && p.usable(now));
    let pack_product = if has_usable(family) {
        Some(family)
    } else {
        FAMILIES.into_iter().find(|kind| has_usable(*kind))
    };
    if let Some(kind) = pack_product {
        out.push((key::PACK_PRODUCT, kind.as_str().into()));
    }
    let own: Vec<&Pack> = packs.iter().filter(|p| p.kind == family).collect();
    if own.is_empty() {
        // Packs whose kind the name does not tell could be of this family: say nothing.
        if !packs.iter().any(|p| p.kind == PackKind::Unknown) {
            out.push((key::PACKAGE_STATUS, "none".into()));
        }
        return;
    }
    let usable: Vec<&Pack> = own.iter().copied().filter(|p| p.usable(now)).collect();
    let status = if !usable.is_empty() {
        Some("online")
    } else if own.iter().any(|p| p.pending(now)) {
        Some("toBeOnline")
    } else {
        // The most recent pack tells how the account ended up without units.
        own.iter()
            .max_by_key(|p| p.invalid.or(p.purchased))
            .and_then(|p| match p.status.as_str() {
                "runOut" => Some("runOut"),
                "expired" | "online" => Some("expired"),
                _ => None,
            })
    };
    if let Some(status) = status {
        out.push((key::PACKAGE_STATUS, status.into()));
    }
    // A fold from +0: an empty f64 sum is -0, which would print as "-0".
    let units = usable.iter().fold(0.0, |sum, p| sum + p.remaining.max(0.0));
    out.push((key::UNITS_LEFT, format!("{}", round2(units))));
    if let Some(expires) = usable.iter().filter_map(|p| p.invalid).min() {
        // Whole seconds: the milliseconds of the API would only clutter the messages.
        let expires = Timestamp::from_second(expires.as_second()).unwrap_or(expires);
        out.push((key::PACKAGE_EXPIRES, expires.to_string()));
    }
    if let Some(bought) = own.iter().filter_map(|p| p.purchased).max() {
        let hours = (now.duration_since(bought).as_secs_f64() / 3600.0).max(0.0);
        let hours = (hours * 10.0).round() / 10.0;
        out.push((key::PURCHASED_HOURS_AGO, format!("{hours}")));
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
        out.push((key::CONCURRENCY_LIMIT, limit.to_string()));
        out.push((key::CONCURRENCY_LIMIT_FROM, "pack_name".into()));
        out.push((key::PACKAGE_NAME, pack.name.clone()));
    }
}

fn resellers(results: &[ProbeResult], out: &mut Vec<(&'static str, String)>) {
    for r in results {
        match &r.details {
            Details::UseapiAccount(account) => {
                out.push((key::USEAPI_BALANCE, format!("{}", account.balance)))
            }
            Details::UseapiSlots(slots) => {
                out.push((
                    key::USEAPI_JOBS_RUNNING,
                    format!("{}", slots.executing.round()),
                ));
                out.push((key::USEAPI_JOBS_MAX, format!("{}", slots.max_jobs.round())));
            }
            Details::CometapiQuota(quota) => {
                out.push((key::COMETAPI_BALANCE_USD, format!("{}", quota.balance_usd)))
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
        learned_for(PackKind::Video, packs)
    }

    fn learned_for(family: PackKind, packs: &[Pack]) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        packs_facts(packs, NOW.parse().expect("now"), family, &mut out);
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
    fn only_the_request_family_counts_and_pack_product_names_who_has_units() {
        let live = ("2026-11-01T00:00:00Z", "2026-12-20T00:00:00Z");
        let image = pack(
            "Trial-Image-1000Units-9Con-1Months",
            "online",
            1000.0,
            live.0,
            live.1,
        );
        let video = pack(
            "Trial-Video-100Units-5Con-1Months",
            "online",
            50.0,
            live.0,
            live.1,
        );
        let dead_video = pack(
            "Video Generation",
            "expired",
            80.0,
            "2026-01-01T00:00:00Z",
            "2026-02-01T00:00:00Z",
        );
        // (request family, packs, pack_product, package_status, units_left, concurrency_limit)
        type Row<'a> = (
            PackKind,
            Vec<Pack>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let rows: Vec<Row<'_>> = vec![
            (
                PackKind::Video,
                vec![image.clone()],
                Some("image"),
                Some("none"),
                None,
                None,
            ),
            (
                PackKind::Image,
                vec![image.clone(), video.clone()],
                Some("image"),
                Some("online"),
                Some("1000"),
                Some("9"),
            ),
            (
                PackKind::Video,
                vec![image.clone(), video.clone()],
                Some("video"),
                Some("online"),
                Some("50"),
                Some("5"),
            ),
            (
                PackKind::Image,
                vec![video.clone()],
                Some("video"),
                Some("none"),
                None,
                None,
            ),
            (
                PackKind::Video,
                vec![image.clone(), dead_video],
                Some("image"),
                Some("expired"),
                Some("0"),
                None,
            ),
            (PackKind::TryOn, vec![], None, Some("none"), None, None),
        ];
        for (family, packs, product, status, units, limit) in rows {
            let facts = learned_for(family, &packs);
            let name = format!("{family:?} request, {} packs", packs.len());
            assert_eq!(get(&facts, "pack_product"), product, "{name}");
            assert_eq!(get(&facts, "package_status"), status, "{name}");
            assert_eq!(get(&facts, "units_left"), units, "{name}");
            assert_eq!(get(&facts, "concurrency_limit"), limit, "{name}");
        }
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

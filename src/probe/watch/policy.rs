//! What `watch` decides, without I/O: how long to wait before the next poll, which
//! concurrency limit applies, and whether the condition holds. The polling itself is
//! `probe::watch` around it; the printing `commands::watch`.

use std::time::Duration;

use jiff::Timestamp;

use crate::probe::{Fault, Pack, PackKind};

/// The first poll interval: an answer within a second or two of the change.
pub const FIRST_INTERVAL: Duration = Duration::from_millis(1000);

/// Polls of an unchanged account slow down to this.
pub const MAX_INTERVAL: Duration = Duration::from_secs(3);

/// After faults (5xx, timeouts, 1302) polls slow down to this at most.
pub const MAX_FAULT_INTERVAL: Duration = Duration::from_secs(30);

/// Least time between two requests to one task list: at most 2 a second.
pub const TASKS_SPACING: Duration = Duration::from_millis(500);

/// The longest wait between two `/account/costs` requests, whatever the rules say.
const MAX_COSTS_SPACING: Duration = Duration::from_secs(3600);

/// Least time between two `/account/costs` requests, from the most it takes a second
/// (`costs_max_qps` in `rules/pricing.yaml`, validated above 0).
pub fn costs_spacing(max_qps: f64) -> Duration {
    Duration::try_from_secs_f64(1.0 / max_qps)
        .map_or(MAX_COSTS_SPACING, |gap| gap.min(MAX_COSTS_SPACING))
}

/// The wait between polls: it grows while nothing changes, resets on a change, doubles on
/// faults, and never undercuts a `Retry-After`.
#[derive(Debug, Clone)]
pub struct Pacer {
    interval: Duration,
}

impl Default for Pacer {
    fn default() -> Pacer {
        Pacer {
            interval: FIRST_INTERVAL,
        }
    }
}

impl Pacer {
    /// After a successful poll: back to the first interval when something changed,
    /// else a quarter longer (up to `MAX_INTERVAL`).
    pub fn after_poll(&mut self, changed: bool) -> Duration {
        self.interval = if changed {
            FIRST_INTERVAL
        } else {
            self.interval.mul_f64(1.25).min(MAX_INTERVAL)
        };
        self.interval
    }

    /// After a fault: half as long again (at least 3 s for a rate limit — 1302 or HTTP
    /// 429), and at least what `Retry-After` asked for.
    pub fn after_fault(&mut self, fault: &Fault, retry_after_s: Option<u64>) -> Duration {
        let floor = if fault.is_rate_limit() {
            Duration::from_secs(3)
        } else {
            FIRST_INTERVAL
        };
        self.interval = self
            .interval
            .mul_f64(1.5)
            .max(floor)
            .min(MAX_FAULT_INTERVAL);
        let asked = Duration::from_secs(retry_after_s.unwrap_or(0).min(3600));
        self.interval.max(asked)
    }
}

/// Where the concurrency limit came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitFrom {
    /// `--limit`.
    Flag,
    /// A pack name such as `Trial-Video-100Units-5Con-1Months` (an inference: said so).
    PackName,
    /// Neither: wait until fewer run than at the start.
    Start,
}

impl LimitFrom {
    pub fn id(self) -> &'static str {
        match self {
            LimitFrom::Flag => "flag",
            LimitFrom::PackName => "pack_name",
            LimitFrom::Start => "start",
        }
    }
}

/// The highest limit the names of the usable video packs state, when every one states one
/// (the limit is the highest among active packs — K-CONC).
pub fn limit_from_packs(packs: &[Pack], now: Timestamp) -> Option<u32> {
    let usable: Vec<&Pack> = packs
        .iter()
        .filter(|p| p.kind == PackKind::Video && p.usable(now))
        .collect();
    let limits: Vec<u32> = usable
        .iter()
        .filter_map(|p| p.concurrency_in_name())
        .collect();
    (!limits.is_empty() && limits.len() == usable.len())
        .then(|| limits.into_iter().max())
        .flatten()
}

/// A slot is free when fewer tasks run than the limit (nothing running is always free).
pub fn slot_free(running: u64, limit: u64) -> bool {
    running == 0 || running < limit
}

/// Usable units of one family (`video`, `image`, `try-on`), never added across families.
pub fn usable_units(packs: &[Pack], product: &str, now: Timestamp) -> f64 {
    packs
        .iter()
        .filter(|p| p.kind.as_str() == product && p.usable(now))
        .map(|p| p.remaining.max(0.0))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pacer_backs_off_and_resets() {
        let mut pacer = Pacer::default();
        let waits: Vec<u128> = [false, false, false, false, false, false, true]
            .iter()
            .map(|c| pacer.after_poll(*c).as_millis())
            .collect();
        assert_eq!(waits, [1250, 1562, 1953, 2441, 3000, 3000, 1000]);
        let limited = Fault::Api {
            code: 1302,
            message: "too many".into(),
        };
        assert_eq!(pacer.after_fault(&limited, None), Duration::from_secs(3));
        assert_eq!(
            pacer.after_fault(&Fault::Dropped, None),
            Duration::from_millis(4500)
        );
        assert_eq!(
            pacer.after_fault(&Fault::Dropped, Some(45)),
            Duration::from_secs(45)
        );
        let last = (0..4)
            .map(|_| pacer.after_fault(&Fault::Dropped, None))
            .last();
        assert_eq!(last, Some(MAX_FAULT_INTERVAL));
    }

    #[test]
    fn costs_are_asked_as_often_as_the_rules_allow() {
        for (max_qps, gap) in [
            (1.0, Duration::from_secs(1)),
            (2.0, Duration::from_millis(500)),
            (0.5, Duration::from_secs(2)),
            (1e-300, MAX_COSTS_SPACING),
        ] {
            assert_eq!(costs_spacing(max_qps), gap, "{max_qps}");
        }
    }

    #[test]
    fn slots_and_limits() {
        let pack = |name: &str, status: &str| Pack {
            name: name.into(),
            kind: PackKind::from_name(name),
            status: status.into(),
            total: None,
            remaining: 10.0,
            purchased: None,
            effective: None,
            invalid: None,
        };
        let now = Timestamp::UNIX_EPOCH;
        let cases: &[(Vec<Pack>, Option<u32>)] = &[
            (
                vec![pack("Trial-Video-100Units-5Con-1Months", "online")],
                Some(5),
            ),
            (
                vec![
                    pack("Trial-Video-100Units-5Con-1Months", "online"),
                    pack("Video-10Con", "online"),
                ],
                Some(10),
            ),
            (
                vec![
                    pack("Trial-Video-100Units-5Con-1Months", "online"),
                    pack("Video Generation - 10,000 entries", "online"),
                ],
                None,
            ),
            (vec![pack("Video-3Con", "expired")], None),
        ];
        for (packs, limit) in cases {
            assert_eq!(limit_from_packs(packs, now), *limit, "{packs:?}");
        }
        assert_eq!(usable_units(&cases[1].0, "video", now), 20.0);
        assert_eq!(usable_units(&cases[1].0, "image", now), 0.0);
        assert!(slot_free(0, 0) && slot_free(2, 3) && !slot_free(3, 3));
    }
}

//! `watch`'s polling: the task lists or `/account/costs`, again and again, until the
//! condition holds or the time is up — on one runtime and one client, each endpoint at most
//! 2 requests a second (`/account/costs` once), slowing down when nothing changes and on
//! faults, honouring `Retry-After` and 1302. Faults are events to report, never the end.
//! Ctrl-C ends the wait (the caller exits 130).

pub mod policy;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use reqwest::Client;

use super::fault::Fault;
use super::http::{self, Failed};
use super::kling::{self, PAGE_SIZE, TaskCount};
use super::{Pack, ProbeConfig, ProbeKind, Secret};
use policy::{LimitFrom, Pacer, TASKS_SPACING, limit_from_packs, slot_free, usable_units};

/// Task list pages read per endpoint and poll at most (500 tasks each).
const MAX_PAGES_PER_POLL: u32 = 20;

/// A poll that failed, and what the server asked for.
#[derive(Debug, Clone)]
pub struct PollFault {
    pub what: ProbeKind,
    pub fault: Fault,
    pub retry_after_s: Option<u64>,
}

/// What a watch saw, as it happens.
#[derive(Debug, Clone)]
pub enum Event {
    /// Running tasks changed (or the first count came in).
    Slots {
        running: u64,
        limit: u64,
        from: LimitFrom,
        /// The task holding a slot longest, and for how many seconds.
        oldest: Option<(String, i64)>,
    },
    /// The usable units changed (or the first balance came in).
    Balance { units: f64 },
    /// A poll failed; the next one comes after `retry_in`.
    Fault {
        fault: PollFault,
        retry_in: Duration,
    },
}

/// How a watch ended.
#[derive(Debug, Clone)]
pub struct Ended {
    pub ok: bool,
    pub polls: u64,
    pub faults: u64,
    pub waited: Duration,
    /// The last state seen (for `facts` of the JSON answer).
    pub last: Option<Event>,
}

/// Why a watch could not run at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchError {
    /// No Kling credentials, or they could not be signed.
    NoCredentials,
    /// The runtime or the client could not be set up.
    Setup,
    /// Ctrl-C.
    Interrupted,
}

/// What is waited for.
#[derive(Debug, Clone)]
pub enum Goal {
    /// Running tasks below `limit` (`None`: read the pack names, else the count at the start).
    Slot { limit: Option<u32> },
    /// More than `min_units` usable units of `product`'s family.
    Balance { min_units: f64, product: String },
}

/// Runs the watch to its end, calling `on_event` for every change and fault.
/// `costs_spacing` is the least time between two `/account/costs` requests.
pub fn run(
    config: &ProbeConfig,
    goal: &Goal,
    max_wait: Duration,
    costs_spacing: Duration,
    on_event: &mut dyn FnMut(&Event),
) -> Result<Ended, WatchError> {
    let auth = config.kling.as_ref().ok_or(WatchError::NoCredentials)?;
    let bearer = kling::bearer(auth, Timestamp::now().as_second()).ok_or(WatchError::Setup)?;
    let client = super::http::client(config.timeout).map_err(|_| WatchError::Setup)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|_| WatchError::Setup)?;
    let mut poller = Poller {
        client,
        config: config.clone(),
        bearer,
        costs_spacing,
        last: HashMap::new(),
    };
    runtime.block_on(async {
        tokio::select! {
            ended = watch(&mut poller, goal, max_wait, on_event) => Ok(ended),
            _ = tokio::signal::ctrl_c() => Err(WatchError::Interrupted),
        }
    })
}

async fn watch(
    poller: &mut Poller,
    goal: &Goal,
    max_wait: Duration,
    on_event: &mut dyn FnMut(&Event),
) -> Ended {
    let started = Instant::now();
    let deadline = started + max_wait;
    let mut ended = Ended {
        ok: false,
        polls: 0,
        faults: 0,
        waited: Duration::ZERO,
        last: None,
    };
    let mut pacer = Pacer::default();
    // The limit: the flag, else the pack names (one request), else the count at the start.
    let mut limit = match goal {
        Goal::Slot { limit: Some(n) } => Some((u64::from(*n), LimitFrom::Flag)),
        _ => None,
    };
    if matches!(goal, Goal::Slot { limit: None }) {
        ended.polls += 1;
        match poller.packs().await {
            Ok(packs) => {
                limit = limit_from_packs(&packs, poller.config.now)
                    .map(|n| (u64::from(n), LimitFrom::PackName));
            }
            Err(f) => {
                fault(&mut ended, &mut pacer, f, on_event);
            }
        }
    }
    loop {
        ended.polls += 1;
        let (done, wait) = match goal {
            Goal::Slot { .. } => match poller.running().await {
                Ok(count) => {
                    let (limit, from) = *limit.get_or_insert((count.running, LimitFrom::Start));
                    let elapsed = SignedDuration::try_from(started.elapsed()).unwrap_or_default();
                    let now_ms = (poller.config.now + elapsed).as_millisecond();
                    let oldest = count
                        .oldest
                        .first()
                        .map(|(created, id)| (id.clone(), ((now_ms - created) / 1000).max(0)));
                    let event = Event::Slots {
                        running: count.running,
                        limit,
                        from,
                        oldest,
                    };
                    let changed = !matches!(&ended.last, Some(Event::Slots { running, .. }) if *running == count.running);
                    if changed {
                        on_event(&event);
                    }
                    ended.last = Some(event);
                    (slot_free(count.running, limit), pacer.after_poll(changed))
                }
                Err(f) => (false, fault(&mut ended, &mut pacer, f, on_event)),
            },
            Goal::Balance { min_units, product } => match poller.packs().await {
                Ok(packs) => {
                    let units = usable_units(&packs, product, poller.config.now);
                    let changed =
                        !matches!(&ended.last, Some(Event::Balance { units: u }) if *u == units);
                    let event = Event::Balance { units };
                    if changed {
                        on_event(&event);
                    }
                    ended.last = Some(event);
                    (units > *min_units, pacer.after_poll(changed))
                }
                Err(f) => (false, fault(&mut ended, &mut pacer, f, on_event)),
            },
        };
        let now = Instant::now();
        if done || now >= deadline {
            ended.ok = done;
            ended.waited = started.elapsed();
            return ended;
        }
        tokio::time::sleep(wait.min(deadline - now)).await;
    }
}

/// Counts and reports a failed poll; returns the wait before the next one.
fn fault(
    ended: &mut Ended,
    pacer: &mut Pacer,
    f: PollFault,
    on_event: &mut dyn FnMut(&Event),
) -> Duration {
    ended.faults += 1;
    let retry_in = pacer.after_fault(&f.fault, f.retry_after_s);
    on_event(&Event::Fault { fault: f, retry_in });
    retry_in
}

/// The polling client: spaces requests per endpoint.
struct Poller {
    client: Client,
    config: ProbeConfig,
    bearer: Secret,
    costs_spacing: Duration,
    /// When each endpoint was last asked.
    last: HashMap<String, Instant>,
}

impl Poller {
    /// Waits until `gap` has passed since the last request to `key`.
    async fn space(&mut self, key: &str, gap: Duration) {
        if let Some(last) = self.last.get(key) {
            let since = last.elapsed();
            if since < gap {
                tokio::time::sleep(gap - since).await;
            }
        }
        self.last.insert(key.to_string(), Instant::now());
    }

    async fn packs(&mut self) -> Result<Vec<Pack>, PollFault> {
        let what = ProbeKind::KlingCosts;
        let failed = |f: Failed, retry_after_s| PollFault {
            what: what.clone(),
            fault: f.fault,
            retry_after_s,
        };
        let url = kling::costs_url(&self.config.kling_base, self.config.now)
            .ok_or_else(|| failed(Failed::new(Fault::BadUrl), None))?;
        self.space("account/costs", self.costs_spacing).await;
        let (answer, retry) = http::get_json_polled(
            &self.client,
            url,
            Some(self.bearer.expose()),
            self.config.timeout,
        )
        .await;
        let answer = answer.map_err(|f| failed(f, retry))?;
        kling::data(&answer.json)
            .and_then(kling::parse_packs)
            .map_err(|fault| failed(Failed::new(fault), retry))
    }

    /// Running tasks over every task list, paged.
    async fn running(&mut self) -> Result<TaskCount, PollFault> {
        let mut total = TaskCount::default();
        for name in self.config.task_endpoints.clone() {
            let what = ProbeKind::KlingTasks(name.clone());
            let failed = |fault, retry_after_s| PollFault {
                what: what.clone(),
                fault,
                retry_after_s,
            };
            for page in 1..=MAX_PAGES_PER_POLL {
                let url = kling::endpoint(&self.config.kling_base, &format!("v1/videos/{name}"))
                    .map(|mut url| {
                        url.query_pairs_mut()
                            .append_pair("pageNum", &page.to_string())
                            .append_pair("pageSize", &PAGE_SIZE.to_string());
                        url
                    })
                    .ok_or_else(|| failed(Fault::BadUrl, None))?;
                self.space(&name, TASKS_SPACING).await;
                let (answer, retry) = http::get_json_polled(
                    &self.client,
                    url,
                    Some(self.bearer.expose()),
                    self.config.timeout,
                )
                .await;
                let answer = answer.map_err(|f| failed(f.fault, retry))?;
                let items = kling::data(&answer.json)
                    .and_then(kling::parse_tasks)
                    .map_err(|f| failed(f, retry))?;
                total.add(&items);
                total.pages += 1;
                if items.len() < PAGE_SIZE {
                    break;
                }
            }
        }
        total.complete = true;
        Ok(total)
    }
}

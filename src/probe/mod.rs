//! Live probes (`--probe`, `kling-doctor probe`): learn packs, units, running tasks, clock
//! skew and reseller balances from the APIs instead of asking. Every request of a run goes
//! out at once on one tokio runtime through one shared reqwest client (rustls), each bounded
//! by the timeout, so the phase lasts about as long as the slowest endpoint. Every fault
//! becomes a `ProbeResult`; nothing here panics on input, retries, or prints.

pub mod base;
pub mod cometapi;
pub mod fault;
mod http;
pub mod jwt;
pub mod kling;
mod learn;
pub mod ledger;
pub mod useapi;
pub mod watch;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use reqwest::Client;
use tokio::task::JoinSet;

pub use base::{Base, Refusal, RefusalKind};
pub use fault::Fault;
pub use kling::{KlingAuth, Pack, PackKind, TaskCount};

use crate::env::Environment;
use crate::facts::key;
use crate::facts::{Facts, Origin, Value};
use crate::rules::RuleSet;

/// A credential. It has no `Debug` or `Display`: its value is only read where a
/// request is built, so it cannot slip into a message, a log or a panic.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Secret {
        Secret(value)
    }
}

/// useapi.net credentials: the API token, and the email of the linked Kling account.
#[derive(Clone)]
pub struct UseapiAuth {
    pub token: Secret,
    pub email: Option<String>,
}

/// What to probe, where, and how long to wait. Built from the environment by `config`.
#[derive(Clone)]
pub struct ProbeConfig {
    pub kling: Option<KlingAuth>,
    /// `KLING_API_BASE`, default `https://api-singapore.klingai.com`.
    pub kling_base: Base,
    /// The legacy list endpoints whose running tasks are counted.
    pub task_endpoints: Vec<String>,
    pub useapi: Option<UseapiAuth>,
    /// `USEAPI_API_BASE`, default `https://api.useapi.net`.
    pub useapi_base: Base,
    pub cometapi: Option<Secret>,
    /// `COMETAPI_QUOTA_BASE`, default `https://query.cometapi.com`.
    pub cometapi_base: Base,
    /// Bound of each request (`--timeout`).
    pub timeout: Duration,
    /// The time packs are judged against (`Config::now`, pinned in tests).
    pub now: Timestamp,
    /// The family of the failing request: only its packs' units count (`learn`).
    pub product: PackKind,
    /// The unit ledger to read too (`usage`, `diagnose --probe`); `None` for `probe`.
    pub ledger: Option<ledger::LedgerQuery>,
}

/// Shows where probes would go and which credentials exist, never their values.
impl fmt::Debug for ProbeConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kling = match &self.kling {
            Some(KlingAuth::ApiKey(_)) => "api key",
            Some(KlingAuth::AccessKeys { .. }) => "access key + secret key",
            None => "none",
        };
        f.debug_struct("ProbeConfig")
            .field("kling", &kling)
            .field("kling_base", &self.kling_base)
            .field("task_endpoints", &self.task_endpoints)
            .field("useapi", &self.useapi.is_some())
            .field("useapi_base", &self.useapi_base)
            .field("cometapi", &self.cometapi.is_some())
            .field("cometapi_base", &self.cometapi_base)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl ProbeConfig {
    /// Credentials and base URLs from the environment (and `.env`), as the contract names them.
    /// `KLING_API_KEY` wins over `KLING_ACCESS_KEY` + `KLING_SECRET_KEY`. A base URL the
    /// safety rules refuse (`base`) refuses the whole configuration: nothing is probed.
    pub fn from_env(env: &Environment, now: Timestamp) -> Result<ProbeConfig, Refusal> {
        let secret = |key: &str| env.get(key).map(|v| Secret(v.trim().to_string()));
        let kling = secret("KLING_API_KEY").map(KlingAuth::ApiKey).or_else(|| {
            Some(KlingAuth::AccessKeys {
                access_key: secret("KLING_ACCESS_KEY")?,
                secret_key: secret("KLING_SECRET_KEY")?,
            })
        });
        Ok(ProbeConfig {
            kling,
            kling_base: base::resolve(base::KLING, env)?,
            task_endpoints: kling::TASK_ENDPOINTS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            useapi: secret("USEAPI_TOKEN").map(|token| UseapiAuth {
                token,
                email: env.get("USEAPI_EMAIL").map(|e| e.trim().to_string()),
            }),
            useapi_base: base::resolve(base::USEAPI, env)?,
            cometapi: secret("COMETAPI_KEY"),
            cometapi_base: base::resolve(base::COMETAPI, env)?,
            timeout: Duration::from_secs(crate::cli::DEFAULT_TIMEOUT_SECS),
            now,
            product: PackKind::Video,
            ledger: None,
        })
    }

    /// The base URL the probe of `kind` goes to.
    pub fn base(&self, kind: &ProbeKind) -> &Base {
        match kind {
            ProbeKind::KlingCosts | ProbeKind::KlingTasks(_) | ProbeKind::KlingLedger => {
                &self.kling_base
            }
            ProbeKind::UseapiAccount | ProbeKind::UseapiScheduler => &self.useapi_base,
            ProbeKind::CometapiQuota => &self.cometapi_base,
        }
    }

    /// The same, with `--timeout SECS` applied.
    pub fn with_timeout(mut self, secs: u64) -> ProbeConfig {
        self.timeout = Duration::from_secs(secs);
        self
    }

    /// True when at least one API can be probed.
    pub fn has_credentials(&self) -> bool {
        self.kling.is_some() || self.useapi.is_some() || self.cometapi.is_some()
    }

    /// The probes this configuration runs, in the order they are reported.
    pub fn planned(&self) -> Vec<ProbeKind> {
        let mut jobs = Vec::new();
        if self.kling.is_some() {
            jobs.push(ProbeKind::KlingCosts);
            jobs.extend(
                self.task_endpoints
                    .iter()
                    .cloned()
                    .map(ProbeKind::KlingTasks),
            );
            if self.ledger.is_some() {
                jobs.push(ProbeKind::KlingLedger);
            }
        }
        if let Some(useapi) = &self.useapi {
            if useapi.email.is_some() {
                jobs.push(ProbeKind::UseapiAccount);
            }
            jobs.push(ProbeKind::UseapiScheduler);
        }
        if self.cometapi.is_some() {
            jobs.push(ProbeKind::CometapiQuota);
        }
        jobs
    }
}

/// True when the environment holds credentials for any probe and its base URLs are
/// acceptable — the wizard offers `--probe` then.
pub fn credentials_present(env: &Environment) -> bool {
    ProbeConfig::from_env(env, Timestamp::UNIX_EPOCH).is_ok_and(|c| c.has_credentials())
}

/// Which request a result belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbeKind {
    KlingCosts,
    /// A legacy list endpoint, e.g. `text2video`.
    KlingTasks(String),
    /// The unit ledger, `POST /account/billing/package`.
    KlingLedger,
    UseapiAccount,
    UseapiScheduler,
    CometapiQuota,
}

impl ProbeKind {
    /// The stable name in `probes[].name`, e.g. `kling.account_costs`.
    pub fn name(&self) -> String {
        match self {
            ProbeKind::KlingCosts => "kling.account_costs".into(),
            ProbeKind::KlingTasks(endpoint) => format!("kling.tasks.{endpoint}"),
            ProbeKind::KlingLedger => "kling.billing_package".into(),
            ProbeKind::UseapiAccount => "useapi.account".into(),
            ProbeKind::UseapiScheduler => "useapi.scheduler".into(),
            ProbeKind::CometapiQuota => "cometapi.quota".into(),
        }
    }

    /// The API this probe asks, whose base URL it uses.
    pub fn service(&self) -> base::Service {
        match self {
            ProbeKind::KlingCosts | ProbeKind::KlingTasks(_) | ProbeKind::KlingLedger => {
                base::KLING
            }
            ProbeKind::UseapiAccount | ProbeKind::UseapiScheduler => base::USEAPI,
            ProbeKind::CometapiQuota => base::COMETAPI,
        }
    }

    pub fn is_kling(&self) -> bool {
        matches!(
            self,
            ProbeKind::KlingCosts | ProbeKind::KlingTasks(_) | ProbeKind::KlingLedger
        )
    }
}

/// What a successful probe read.
#[derive(Debug, Clone, PartialEq)]
pub enum Details {
    None,
    Packs(Vec<Pack>),
    Tasks(TaskCount),
    Ledger(ledger::Ledger),
    UseapiAccount(useapi::Account),
    UseapiSlots(useapi::Slots),
    CometapiQuota(cometapi::Quota),
}

/// One probe: what was asked, whether it worked, how long it took, what Kling called it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeResult {
    pub kind: ProbeKind,
    /// The host asked (`host[:port]`), as `Base::host` shows it.
    pub host: String,
    /// False when the host is not one of the service's own: its answers are that host's.
    pub official_host: bool,
    pub ms: u64,
    pub request_id: Option<String>,
    pub http_status: Option<u16>,
    /// Local clock minus the server's `Date` header, in seconds.
    pub clock_skew_s: Option<f64>,
    /// Why it failed; `None` when it worked.
    pub fault: Option<Fault>,
    pub details: Details,
}

impl ProbeResult {
    pub fn ok(&self) -> bool {
        self.fault.is_none()
    }

    /// The same result, naming the host of `base` as the one asked.
    fn at(self, base: &Base) -> ProbeResult {
        ProbeResult {
            host: base.host().to_string(),
            official_host: base.official(),
            ..self
        }
    }

    /// A probe that got an answer but could not use it.
    fn answered_with_fault(
        kind: ProbeKind,
        answer: &http::Answer,
        request_id: Option<String>,
        fault: Fault,
        ms: u64,
    ) -> ProbeResult {
        ProbeResult {
            fault: Some(fault),
            ..Self::answered(kind, answer, request_id, Details::None, ms)
        }
    }

    fn answered(
        kind: ProbeKind,
        answer: &http::Answer,
        request_id: Option<String>,
        details: Details,
        ms: u64,
    ) -> ProbeResult {
        ProbeResult {
            kind,
            host: String::new(),
            official_host: true,
            ms,
            request_id,
            http_status: Some(answer.status),
            clock_skew_s: answer.clock_skew_s,
            fault: None,
            details,
        }
    }

    fn failed(kind: ProbeKind, failed: http::Failed, ms: u64) -> ProbeResult {
        ProbeResult {
            kind,
            host: String::new(),
            official_host: true,
            ms,
            request_id: failed.request_id,
            http_status: failed.status,
            clock_skew_s: failed.clock_skew_s,
            fault: Some(failed.fault),
            details: Details::None,
        }
    }
}

/// Everything one probe run learned.
#[derive(Debug, Clone, Default)]
pub struct ProbeReport {
    /// Facts for the rules, typed by the fact catalogue, in a fixed order.
    pub facts: Vec<(String, Value)>,
    /// One result per request, in `ProbeConfig::planned` order.
    pub results: Vec<ProbeResult>,
    /// How long the whole probe phase took.
    pub ms: u64,
}

impl ProbeReport {
    pub fn all_ok(&self) -> bool {
        self.results.iter().all(ProbeResult::ok)
    }

    /// Adds the learned facts with `Origin::Probe`: they fill what is unknown and never
    /// replace what the user said. The error the user saw stays theirs even when the
    /// probe's own request was refused, and a limit read from a pack name is only
    /// credited to the name when the probe's limit is the one in force.
    pub fn apply(&self, facts: &mut Facts) {
        let outranked =
            |facts: &Facts, key: &str| facts.origin(key).is_some_and(|o| o > Origin::Probe);
        for (key, value) in &self.facts {
            let skip = match key.as_str() {
                key::ERROR_CODE => facts.get(key).is_some(),
                key::CONCURRENCY_LIMIT_FROM => outranked(facts, key::CONCURRENCY_LIMIT),
                _ => false,
            };
            if !skip {
                facts.insert(key, value.clone(), Origin::Probe);
            }
        }
    }
}

/// Runs every planned probe concurrently and maps the answers to facts of `rules`.
/// Blocks until the slowest request ends (each bounded by `config.timeout`).
pub fn run(config: &ProbeConfig, rules: &RuleSet) -> ProbeReport {
    let started = Instant::now();
    let planned = config.planned();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    let client = http::client(config.timeout);
    let results = match (runtime, client) {
        (Ok(runtime), Ok(client)) => runtime.block_on(run_all(config, client, planned)),
        _ => planned
            .into_iter()
            .map(|kind| {
                let base = config.base(&kind);
                ProbeResult::failed(kind, http::Failed::new(Fault::Setup), 0).at(base)
            })
            .collect(),
    };
    let facts = learn::facts(&results, config)
        .into_iter()
        .filter_map(|(key, raw)| {
            let def = rules.facts.get(key)?;
            let value = rules.facts.parse(def, &raw, &rules.pricing).ok()?;
            Some((key.to_string(), value))
        })
        .collect();
    ProbeReport {
        facts,
        results,
        ms: elapsed_ms(started),
    }
}

/// What every job needs, shared by the spawned tasks.
struct Shared {
    client: Client,
    config: ProbeConfig,
    /// The Kling Bearer value, signed once per run.
    kling_bearer: Option<Secret>,
}

async fn run_all(
    config: &ProbeConfig,
    client: Client,
    planned: Vec<ProbeKind>,
) -> Vec<ProbeResult> {
    let kling_bearer = config
        .kling
        .as_ref()
        .and_then(|auth| kling::bearer(auth, Timestamp::now().as_second()));
    let shared = Arc::new(Shared {
        client,
        config: config.clone(),
        kling_bearer,
    });
    let mut set = JoinSet::new();
    for (index, kind) in planned.iter().cloned().enumerate() {
        let shared = Arc::clone(&shared);
        set.spawn(async move { (index, run_one(&shared, kind).await) });
    }
    let mut slots: Vec<Option<ProbeResult>> = vec![None; planned.len()];
    while let Some(joined) = set.join_next().await {
        if let Ok((index, result)) = joined
            && let Some(slot) = slots.get_mut(index)
        {
            *slot = Some(result);
        }
    }
    slots
        .into_iter()
        .zip(planned)
        .map(|(result, kind)| {
            result.unwrap_or_else(|| {
                let base = config.base(&kind);
                ProbeResult::failed(kind, http::Failed::new(Fault::Setup), 0).at(base)
            })
        })
        .collect()
}

/// Runs one probe and names the host it asked.
async fn run_one(shared: &Shared, kind: ProbeKind) -> ProbeResult {
    let base = shared.config.base(&kind);
    request(shared, kind).await.at(base)
}

async fn request(shared: &Shared, kind: ProbeKind) -> ProbeResult {
    let c = &shared.config;
    let client = &shared.client;
    let setup = |kind| ProbeResult::failed(kind, http::Failed::new(Fault::Setup), 0);
    match &kind {
        ProbeKind::KlingCosts | ProbeKind::KlingTasks(_) | ProbeKind::KlingLedger => {
            let Some(bearer) = &shared.kling_bearer else {
                return setup(kind);
            };
            match (&kind, &c.ledger) {
                (ProbeKind::KlingTasks(endpoint), _) => {
                    kling::tasks(client, &c.kling_base, endpoint, bearer, c.timeout).await
                }
                (ProbeKind::KlingLedger, Some(query)) => {
                    ledger::fetch(client, &c.kling_base, bearer, c.timeout, query).await
                }
                (ProbeKind::KlingLedger, None) => setup(kind),
                _ => kling::costs(client, &c.kling_base, bearer, c.timeout, c.now).await,
            }
        }
        ProbeKind::UseapiAccount | ProbeKind::UseapiScheduler => {
            let Some(auth) = &c.useapi else {
                return setup(kind);
            };
            match (&kind, auth.email.as_deref()) {
                (ProbeKind::UseapiAccount, Some(email)) => {
                    useapi::account(client, &c.useapi_base, &auth.token, email, c.timeout).await
                }
                (ProbeKind::UseapiAccount, None) => setup(kind.clone()),
                (_, email) => {
                    useapi::scheduler(client, &c.useapi_base, &auth.token, email, c.timeout).await
                }
            }
        }
        ProbeKind::CometapiQuota => match &c.cometapi {
            Some(key) => cometapi::quota(client, &c.cometapi_base, key, c.timeout).await,
            None => setup(kind),
        },
    }
}

/// Milliseconds since `started`, for `probes[].ms`.
fn elapsed_ms(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_come_from_the_environment() {
        let cases: &[(&[(&str, &str)], bool, &str)] = &[
            (&[], false, "none"),
            (&[("KLING_ACCESS_KEY", "ak")], false, "none"),
            (
                &[("KLING_ACCESS_KEY", "ak"), ("KLING_SECRET_KEY", "sk")],
                true,
                "access key + secret key",
            ),
            (
                &[
                    ("KLING_API_KEY", "k"),
                    ("KLING_ACCESS_KEY", "ak"),
                    ("KLING_SECRET_KEY", "sk"),
                ],
                true,
                "api key",
            ),
            (&[("KLING_API_KEY", "  ")], false, "none"),
            (&[("USEAPI_TOKEN", "t")], true, "none"),
            (&[("COMETAPI_KEY", "sk-x")], true, "none"),
        ];
        for (vars, present, kling) in cases {
            let env = Environment::from_pairs(vars.iter().copied());
            assert_eq!(credentials_present(&env), *present, "{vars:?}");
            let config = ProbeConfig::from_env(&env, Timestamp::UNIX_EPOCH).expect("default bases");
            let shown = format!("{config:?}");
            assert!(shown.contains(kling), "{shown}");
            for (_, value) in *vars {
                if value.trim().len() > 2 {
                    assert!(!shown.contains(value), "{value} in {shown}");
                }
            }
        }
    }

    #[test]
    fn bases_default_to_the_official_hosts_and_trailing_slashes_go() {
        let env = Environment::from_pairs([("KLING_API_BASE", "http://127.0.0.1:1/ ")]);
        let config = ProbeConfig::from_env(&env, Timestamp::UNIX_EPOCH).expect("loopback base");
        assert_eq!(&*config.kling_base, "http://127.0.0.1:1");
        assert_eq!(&*config.useapi_base, "https://api.useapi.net");
        assert_eq!(&*config.cometapi_base, "https://query.cometapi.com");
        assert_eq!(config.timeout, Duration::from_secs(10));
        assert_eq!(config.with_timeout(3).timeout, Duration::from_secs(3));
    }

    #[test]
    fn planned_probes_follow_the_credentials() {
        let env = Environment::from_pairs([
            ("KLING_API_KEY", "k"),
            ("USEAPI_TOKEN", "t"),
            ("COMETAPI_KEY", "c"),
        ]);
        let names: Vec<String> = ProbeConfig::from_env(&env, Timestamp::UNIX_EPOCH)
            .expect("default bases")
            .planned()
            .iter()
            .map(ProbeKind::name)
            .collect();
        assert_eq!(
            names,
            [
                "kling.account_costs",
                "kling.tasks.text2video",
                "kling.tasks.image2video",
                "useapi.scheduler",
                "cometapi.quota"
            ]
        );
    }
}

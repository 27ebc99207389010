//! The sentences about live probes — what each one checked, why one failed, what it read —
//! shared by the text, Markdown and JSON renderers. The wording is `locales/*/probe.ftl`.

use fluent::FluentArgs;

use crate::facts::round2;
use crate::i18n::Tr;
use crate::probe::{Details, Fault, PackKind, ProbeKind, ProbeReport, ProbeResult};

/// What a probe checks: "your Kling resource packs (GET /account/costs)".
pub fn what(kind: &ProbeKind, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    let key = match kind {
        ProbeKind::KlingCosts => "probe-what-kling-account-costs",
        ProbeKind::KlingTasks(endpoint) => {
            args.set("endpoint", endpoint.clone());
            "probe-what-kling-tasks"
        }
        ProbeKind::UseapiAccount => "probe-what-useapi-account",
        ProbeKind::UseapiScheduler => "probe-what-useapi-scheduler",
        ProbeKind::CometapiQuota => "probe-what-cometapi-quota",
    };
    tr.tr_args(key, Some(&args))
}

/// Why it failed: "no answer came within 10 s".
pub fn why(fault: &Fault, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    let key = match fault {
        Fault::Refused { host } => {
            args.set("host", host.clone());
            "probe-why-refused"
        }
        Fault::Dns { host } => {
            args.set("host", host.clone());
            "probe-why-dns"
        }
        Fault::Connect { host } => {
            args.set("host", host.clone());
            "probe-why-connect"
        }
        Fault::Timeout { secs } => {
            args.set("secs", *secs);
            "probe-why-timeout"
        }
        Fault::Dropped => "probe-why-dropped",
        Fault::Truncated => "probe-why-truncated",
        Fault::Http { status, message } => {
            args.set("status", *status);
            match message {
                Some(m) => {
                    args.set("message", m.clone());
                    "probe-why-http-message"
                }
                None => "probe-why-http",
            }
        }
        Fault::Html { status } => {
            args.set("status", *status);
            "probe-why-html"
        }
        Fault::Redirect { status, to } => {
            args.set("status", *status);
            match to {
                Some(host) => {
                    args.set("host", host.clone());
                    "safety-why-redirect"
                }
                None => "safety-why-redirect-nowhere",
            }
        }
        Fault::Malformed => "probe-why-malformed",
        Fault::Api { code, message } => {
            args.set("code", *code);
            args.set("message", message.clone());
            if fault.is_auth_refusal() {
                "probe-why-auth"
            } else {
                "probe-why-api"
            }
        }
        Fault::BadUrl => "probe-why-bad-url",
        Fault::Setup => "probe-why-setup",
    };
    tr.tr_args(key, Some(&args))
}

/// "could not check X because Y", or `None` when the probe worked.
pub fn could_not(result: &ProbeResult, tr: &Tr<'_>) -> Option<String> {
    let fault = result.fault.as_ref()?;
    let mut args = FluentArgs::new();
    args.set("what", what(&result.kind, tr));
    args.set("why", why(fault, tr));
    Some(tr.tr_args("probe-could-not", Some(&args)))
}

/// What a successful probe read, one line each.
pub fn details(result: &ProbeResult, tr: &Tr<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = |key: &str, args: &FluentArgs<'_>| lines.push(tr.tr_args(key, Some(args)));
    match &result.details {
        Details::Packs(packs) if packs.is_empty() => {
            line("probe-detail-no-packs", &FluentArgs::new())
        }
        Details::Packs(packs) => {
            for pack in packs {
                let mut args = FluentArgs::new();
                args.set("name", pack.name.clone());
                let kind = match pack.kind {
                    PackKind::Video => "probe-kind-video",
                    PackKind::Image => "probe-kind-image",
                    PackKind::TryOn => "probe-kind-try-on",
                    PackKind::Unknown => "probe-kind-unknown",
                };
                args.set("kind", tr.tr(kind));
                args.set("status", pack.status.clone());
                args.set("remaining", round2(pack.remaining));
                args.set(
                    "total",
                    pack.total
                        .map_or_else(|| "?".to_string(), |t| round2(t).to_string()),
                );
                args.set(
                    "until",
                    pack.invalid
                        .map_or_else(|| "?".to_string(), |t| t.strftime("%Y-%m-%d").to_string()),
                );
                let key = if pack.kind == PackKind::Video {
                    "probe-detail-pack"
                } else {
                    "probe-detail-pack-other-kind"
                };
                line(key, &args);
            }
        }
        Details::Tasks(count) => {
            let mut args = FluentArgs::new();
            args.set("running", count.running);
            args.set("seen", count.seen);
            args.set("pages", count.pages);
            line("probe-detail-tasks", &args);
            if !count.oldest.is_empty() {
                let ids: Vec<&str> = count.oldest.iter().map(|(_, id)| id.as_str()).collect();
                let mut args = FluentArgs::new();
                args.set("ids", ids.join(", "));
                line("probe-detail-oldest", &args);
            }
            if !count.complete {
                line("probe-detail-incomplete", &args);
            }
        }
        Details::UseapiAccount(account) => {
            let mut args = FluentArgs::new();
            args.set("balance", round2(account.balance));
            line("probe-detail-useapi-balance", &args);
        }
        Details::UseapiSlots(slots) => {
            let mut args = FluentArgs::new();
            args.set("executing", round2(slots.executing));
            args.set("max", round2(slots.max_jobs));
            line("probe-detail-useapi-slots", &args);
        }
        Details::CometapiQuota(quota) => {
            let mut args = FluentArgs::new();
            args.set("balance", round2(quota.balance_usd));
            line("probe-detail-cometapi-balance", &args);
        }
        Details::None => {}
    }
    if let Some(skew) = result
        .clock_skew_s
        .filter(|_| result.kind == ProbeKind::KlingCosts)
    {
        let mut args = FluentArgs::new();
        args.set("skew", skew.round());
        line("probe-detail-clock", &args);
    }
    lines
}

/// "host: api-singapore.klingai.com" — which host a probe asked.
pub fn host(result: &ProbeResult, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("host", result.host.clone());
    tr.tr_args("safety-probe-host", Some(&args))
}

/// One line per host asked that is not the service's own: its answers are that host's,
/// not the service's (a proxy, a test server, or someone who wants the key).
pub fn unofficial_hosts(report: &ProbeReport, tr: &Tr<'_>) -> Vec<String> {
    let mut seen = Vec::new();
    for r in report.results.iter().filter(|r| !r.official_host) {
        let key = (r.host.as_str(), r.kind.service());
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
    seen.into_iter()
        .map(|(host, service)| {
            let mut args = FluentArgs::new();
            args.set("host", host.to_string());
            args.set("service", service.name);
            args.set("var", service.var);
            tr.tr_args("safety-unofficial-host", Some(&args))
        })
        .collect()
}

/// "Live checks: 5 requests in 0.8 s".
pub fn heading(report: &ProbeReport, tr: &Tr<'_>) -> String {
    let mut args = FluentArgs::new();
    args.set("count", report.results.len());
    args.set("failed", report.results.iter().filter(|r| !r.ok()).count());
    args.set("seconds", round2(report.ms as f64 / 1000.0));
    tr.tr_args("probe-heading", Some(&args))
}

/// The note shown when `--probe` found nothing to probe with.
pub fn no_credentials(tr: &Tr<'_>) -> String {
    tr.tr("probe-no-credentials")
}

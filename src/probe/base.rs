//! Where probes may send credentials: the one place that reads and checks the base-URL
//! variables. A `.env` file may only name an official host (a folder's `.env` must not be
//! a way to walk off with the user's key); the real environment may name any `https://`
//! host, and plain `http://` only on this machine, where nothing crosses the network.

use std::fmt;
use std::net::IpAddr;
use std::ops::Deref;

use reqwest::Url;

use crate::env::{DOTENV_FILE, Environment};

/// One API whose base URL a variable may override.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    /// The variable, e.g. `KLING_API_BASE`.
    pub var: &'static str,
    pub default: &'static str,
    /// Hosts that `.env` may name (kling-api.md §1, §5, §6).
    pub official: &'static [&'static str],
    /// How answers are attributed when they come from another host.
    pub name: &'static str,
}

pub const KLING: Service = Service {
    var: "KLING_API_BASE",
    default: super::kling::DEFAULT_BASE,
    official: &[
        "api-singapore.klingai.com",
        "api-beijing.klingai.com",
        "api.klingai.com",
    ],
    name: "Kling",
};

pub const USEAPI: Service = Service {
    var: "USEAPI_API_BASE",
    default: super::useapi::DEFAULT_BASE,
    official: &["api.useapi.net"],
    name: "useapi.net",
};

pub const COMETAPI: Service = Service {
    var: "COMETAPI_QUOTA_BASE",
    default: super::cometapi::DEFAULT_BASE,
    official: &["query.cometapi.com"],
    name: "CometAPI",
};

/// Where a base URL's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Default,
    Environment,
    Dotenv,
}

/// A checked base URL: only this type reaches the code that sends requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// Without a trailing slash.
    text: String,
    host: String,
    official: bool,
    service: Service,
}

impl Base {
    /// `host`, with `:port` when the port is not the scheme's default.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// Whether the host is one of the service's own.
    pub fn official(&self) -> bool {
        self.official
    }

    pub fn service(&self) -> Service {
        self.service
    }
}

/// A base reads as the URL text it checked, so request code keeps taking `&str`.
impl Deref for Base {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Base {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Why a base URL is refused (exit 2 before any request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub var: &'static str,
    pub source: Source,
    pub kind: RefusalKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusalKind {
    /// Not an `http(s)://host` URL.
    NotUrl,
    /// `.env` names a host that is not the service's own (or not over https).
    NotOfficial {
        scheme: String,
        host: String,
        official: &'static [&'static str],
    },
    /// Plain http to a host that is not this machine.
    PlainHttp { host: String },
}

impl Refusal {
    /// The file the value was read from, when not the real environment.
    pub fn file(&self) -> Option<&'static str> {
        (self.source == Source::Dotenv).then_some(DOTENV_FILE)
    }
}

/// The base of `service` from `env` (`.env` included), or why it is refused.
pub fn resolve(service: Service, env: &Environment) -> Result<Base, Refusal> {
    match env.get(service.var) {
        None => check(service, service.default, Source::Default),
        Some(value) if env.from_dotenv(service.var) => check(service, value, Source::Dotenv),
        Some(value) => check(service, value, Source::Environment),
    }
}

/// Checks one value of `service.var` read from `source`.
pub fn check(service: Service, value: &str, source: Source) -> Result<Base, Refusal> {
    let refuse = |kind| Refusal {
        var: service.var,
        source,
        kind,
    };
    let text = value.trim().trim_end_matches('/');
    let url = Url::parse(text).map_err(|_| refuse(RefusalKind::NotUrl))?;
    let https = match url.scheme() {
        "https" => true,
        "http" => false,
        _ => return Err(refuse(RefusalKind::NotUrl)),
    };
    let (Some(name), Some(host)) = (url.host_str().filter(|h| !h.is_empty()), host_port(&url))
    else {
        return Err(refuse(RefusalKind::NotUrl));
    };
    let official = https && service.official.contains(&name);
    if source == Source::Dotenv && !official {
        return Err(refuse(RefusalKind::NotOfficial {
            scheme: url.scheme().to_string(),
            host,
            official: service.official,
        }));
    }
    if !https && !is_loopback(&url) {
        return Err(refuse(RefusalKind::PlainHttp { host }));
    }
    Ok(Base {
        text: text.to_string(),
        host,
        official,
        service,
    })
}

/// `host`, with `:port` when the port is not the scheme's default (as `probes[].host`).
pub fn host_port(url: &Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

/// 127.0.0.0/8, `::1` (also as a mapped IPv4 loopback) and `localhost`.
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
    {
        Ok(IpAddr::V4(ip)) => ip.is_loopback(),
        Ok(IpAddr::V6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_follow_the_safety_rules() {
        use RefusalKind::*;
        use Source::*;
        let not_official = |scheme: &str, host: &str, service: Service| NotOfficial {
            scheme: scheme.into(),
            host: host.into(),
            official: service.official,
        };
        let plain = |host: &str| PlainHttp { host: host.into() };
        // (service, value, source, Ok(host, official) or Err(kind))
        let rows: Vec<(Service, &str, Source, Result<(&str, bool), RefusalKind>)> = vec![
            (
                KLING,
                KLING.default,
                Default,
                Ok(("api-singapore.klingai.com", true)),
            ),
            (
                KLING,
                "https://api-beijing.klingai.com/",
                Dotenv,
                Ok(("api-beijing.klingai.com", true)),
            ),
            (
                KLING,
                "https://API.KlingAI.com",
                Dotenv,
                Ok(("api.klingai.com", true)),
            ),
            (
                USEAPI,
                "https://api.useapi.net",
                Dotenv,
                Ok(("api.useapi.net", true)),
            ),
            (
                COMETAPI,
                "https://query.cometapi.com",
                Dotenv,
                Ok(("query.cometapi.com", true)),
            ),
            (
                KLING,
                "https://evil.example",
                Dotenv,
                Err(not_official("https", "evil.example", KLING)),
            ),
            (
                KLING,
                "https://api.useapi.net",
                Dotenv,
                Err(not_official("https", "api.useapi.net", KLING)),
            ),
            (
                KLING,
                "http://api.klingai.com",
                Dotenv,
                Err(not_official("http", "api.klingai.com", KLING)),
            ),
            (
                KLING,
                "http://127.0.0.1:8080",
                Dotenv,
                Err(not_official("http", "127.0.0.1:8080", KLING)),
            ),
            (
                COMETAPI,
                "https://api-singapore.klingai.com.evil.example",
                Dotenv,
                Err(not_official(
                    "https",
                    "api-singapore.klingai.com.evil.example",
                    COMETAPI,
                )),
            ),
            (
                KLING,
                "https://proxy.example:8443/kling",
                Environment,
                Ok(("proxy.example:8443", false)),
            ),
            (
                KLING,
                "https://api-singapore.klingai.com:443",
                Environment,
                Ok(("api-singapore.klingai.com", true)),
            ),
            (
                KLING,
                "http://127.0.0.1:4000",
                Environment,
                Ok(("127.0.0.1:4000", false)),
            ),
            (
                KLING,
                "http://127.8.9.10",
                Environment,
                Ok(("127.8.9.10", false)),
            ),
            (KLING, "http://[::1]:9", Environment, Ok(("[::1]:9", false))),
            (
                KLING,
                "http://LOCALHOST:9",
                Environment,
                Ok(("localhost:9", false)),
            ),
            (
                KLING,
                "http://10.0.0.5:8080",
                Environment,
                Err(plain("10.0.0.5:8080")),
            ),
            (
                USEAPI,
                "http://api.useapi.net",
                Environment,
                Err(plain("api.useapi.net")),
            ),
            (
                KLING,
                "http://localhost.evil.example",
                Environment,
                Err(plain("localhost.evil.example")),
            ),
            (
                KLING,
                "http://128.0.0.1",
                Environment,
                Err(plain("128.0.0.1")),
            ),
            (KLING, "http://[::2]", Environment, Err(plain("[::2]"))),
            (KLING, "ftp://127.0.0.1", Environment, Err(NotUrl)),
            (KLING, "api.klingai.com", Environment, Err(NotUrl)),
            (KLING, "not a url", Dotenv, Err(NotUrl)),
        ];
        for (service, value, source, expected) in rows {
            let got = check(service, value, source);
            match (got, expected) {
                (Ok(base), Ok((host, official))) => {
                    assert_eq!((base.host(), base.official()), (host, official), "{value}");
                    assert!(!base.ends_with('/'), "{value}");
                }
                (Err(refusal), Err(kind)) => {
                    assert_eq!(refusal.kind, kind, "{value}");
                    assert_eq!(refusal.var, service.var, "{value}");
                    assert_eq!(refusal.source, source, "{value}");
                }
                (got, expected) => {
                    panic!("{value} from {source:?}: {got:?}, expected {expected:?}")
                }
            }
        }
    }

    #[test]
    fn the_real_environment_outranks_dotenv_and_unset_means_the_default() {
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        let hostile = [pair("KLING_API_BASE", "http://127.0.0.1:1")];
        let refused = resolve(KLING, &Environment::layered([], hostile.clone()));
        assert_eq!(refused.map_err(|r| r.file()), Err(Some(".env")));
        let chosen = Environment::layered([pair("KLING_API_BASE", "http://127.0.0.1:2")], hostile);
        assert_eq!(
            resolve(KLING, &chosen).map(|b| b.to_string()).as_deref(),
            Ok("http://127.0.0.1:2")
        );
        let unset = resolve(USEAPI, &Environment::default()).expect("default");
        assert_eq!(&*unset, "https://api.useapi.net");
    }
}

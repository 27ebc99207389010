//! Why a probe could not learn anything: every way a request can fail, as data.
//! A fault never carries a raw error text, a URL or a header (they can hold keys);
//! renderers turn it into "could not check X because Y".

use std::error::Error as StdError;
use std::io;

// `AUTH_CODES` and `RATE_CODES`: which codes refuse the credential and which say "too
// many requests", from the built-in rules.
include!(concat!(env!("OUT_DIR"), "/family_codes.rs"));

/// The reason one probe failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// Nothing listens at the host and port (connection refused).
    Refused { host: String },
    /// The host name does not resolve.
    Dns { host: String },
    /// Another failure while connecting (TLS handshake, network unreachable, …).
    Connect { host: String },
    /// No complete answer within `--timeout`.
    Timeout { secs: u64 },
    /// The connection closed before an answer came.
    Dropped,
    /// The answer stopped before its end (short body, or JSON that ends early).
    Truncated,
    /// An HTTP error status without a usable JSON envelope; `message` is the body's
    /// `error`/`message` field when there is one.
    Http {
        status: u16,
        message: Option<String>,
    },
    /// An HTML page (a proxy's or CDN's error page) instead of JSON.
    Html { status: u16 },
    /// A 3xx answer, not followed: `to` is the host (`host[:port]`) of its `Location`.
    Redirect { status: u16, to: Option<String> },
    /// JSON, but not of the shape this endpoint answers with, or not JSON at all.
    Malformed,
    /// Kling answered with a non-zero `code` in its envelope.
    Api { code: i64, message: String },
    /// The base URL from the environment is not a URL.
    BadUrl,
    /// The HTTP client, the runtime or the token could not be set up.
    Setup,
}

impl Fault {
    /// A stable machine-readable kind for JSON output (`probes[].error`).
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Refused { .. } => "connection_refused",
            Fault::Dns { .. } => "dns",
            Fault::Connect { .. } => "connect",
            Fault::Timeout { .. } => "timeout",
            Fault::Dropped => "connection_dropped",
            Fault::Truncated => "truncated",
            Fault::Http { .. } => "http_status",
            Fault::Html { .. } => "html",
            Fault::Redirect { .. } => "redirect",
            Fault::Malformed => "malformed",
            Fault::Api { .. } => "api_error",
            Fault::BadUrl => "bad_url",
            Fault::Setup => "setup",
        }
    }

    /// True when Kling refused the credentials: a code of `family: auth` in the built-in
    /// rules (which codes mean that is Kling's word, not a `--rules DIR` author's).
    pub fn is_auth_refusal(&self) -> bool {
        matches!(self, Fault::Api { code, .. } if AUTH_CODES.contains(code))
    }

    /// True when Kling or the HTTP layer asked for fewer requests: a code of
    /// `family: rate` in the built-in rules (1302), or HTTP 429.
    pub fn is_rate_limit(&self) -> bool {
        match self {
            Fault::Api { code, .. } => RATE_CODES.contains(code),
            Fault::Http { status, .. } => *status == 429,
            _ => false,
        }
    }

    /// True when no HTTP answer arrived at all (the host could not be reached).
    pub fn is_unreachable(&self) -> bool {
        matches!(
            self,
            Fault::Refused { .. }
                | Fault::Dns { .. }
                | Fault::Connect { .. }
                | Fault::Timeout { .. }
                | Fault::Dropped
        )
    }
}

/// Where a transport error happened, which decides between "dropped" and "cut off".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Connecting, sending, or waiting for the status line and headers.
    Send,
    /// Reading the body.
    Body,
}

/// Classifies a transport error by its kind and cause chain. Only the causes are
/// inspected (the top-level error's text names the URL, which may hold a key), and
/// nothing of them is kept.
pub fn classify(
    error: &(dyn StdError + 'static),
    timed_out: bool,
    connect: bool,
    phase: Phase,
    host: &str,
    secs: u64,
) -> Fault {
    if timed_out || chain_has_io(error, &[io::ErrorKind::TimedOut]) {
        return Fault::Timeout { secs };
    }
    let host = host.to_string();
    if chain_has_io(error, &[io::ErrorKind::ConnectionRefused]) {
        return Fault::Refused { host };
    }
    if connect {
        return if causes_mention(
            error,
            &[
                "dns error",
                "failed to lookup address",
                "name or service not known",
            ],
        ) {
            Fault::Dns { host }
        } else {
            Fault::Connect { host }
        };
    }
    match phase {
        Phase::Send => Fault::Dropped,
        Phase::Body => Fault::Truncated,
    }
}

fn chain_has_io(error: &(dyn StdError + 'static), kinds: &[io::ErrorKind]) -> bool {
    let mut next: Option<&(dyn StdError + 'static)> = Some(error);
    // Cause chains are short; the bound guards against a cycle.
    for _ in 0..32 {
        let Some(e) = next else { return false };
        if let Some(io) = e.downcast_ref::<io::Error>()
            && kinds.contains(&io.kind())
        {
            return true;
        }
        next = e.source();
    }
    false
}

fn causes_mention(error: &(dyn StdError + 'static), needles: &[&str]) -> bool {
    let mut next = error.source();
    for _ in 0..32 {
        let Some(e) = next else { return false };
        let text = e.to_string().to_lowercase();
        if needles.iter().any(|n| text.contains(n)) {
            return true;
        }
        next = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt;

    /// An error with a cause, like reqwest's wrapping of hyper's.
    #[derive(Debug)]
    struct Wrapped {
        text: &'static str,
        cause: Option<Box<dyn StdError + Send + Sync>>,
    }

    impl fmt::Display for Wrapped {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.text)
        }
    }

    impl StdError for Wrapped {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            self.cause
                .as_deref()
                .map(|c| c as &(dyn StdError + 'static))
        }
    }

    fn wrap(text: &'static str, cause: impl StdError + Send + Sync + 'static) -> Wrapped {
        Wrapped {
            text,
            cause: Some(Box::new(cause)),
        }
    }

    #[test]
    fn transport_errors_are_classified_by_cause() {
        let refused = wrap(
            "error sending request for url (https://x/?key=sk-SECRET)",
            io::Error::from(io::ErrorKind::ConnectionRefused),
        );
        let dns = wrap(
            "error sending request for url (https://x/?key=sk-SECRET)",
            wrap(
                "dns error",
                io::Error::other("failed to lookup address information"),
            ),
        );
        let tls = wrap(
            "error sending request",
            wrap(
                "client error (Connect)",
                io::Error::other("invalid peer certificate"),
            ),
        );
        let reset = wrap(
            "error sending request",
            io::Error::from(io::ErrorKind::ConnectionReset),
        );
        let timeout = wrap(
            "operation timed out",
            io::Error::from(io::ErrorKind::TimedOut),
        );
        let cases: &[(&Wrapped, bool, bool, Phase, Fault)] = &[
            (
                &refused,
                false,
                true,
                Phase::Send,
                Fault::Refused { host: "h".into() },
            ),
            (
                &dns,
                false,
                true,
                Phase::Send,
                Fault::Dns { host: "h".into() },
            ),
            (
                &tls,
                false,
                true,
                Phase::Send,
                Fault::Connect { host: "h".into() },
            ),
            (&reset, false, false, Phase::Send, Fault::Dropped),
            (&reset, false, false, Phase::Body, Fault::Truncated),
            (
                &timeout,
                false,
                false,
                Phase::Body,
                Fault::Timeout { secs: 3 },
            ),
            (&reset, true, false, Phase::Send, Fault::Timeout { secs: 3 }),
        ];
        for (error, timed_out, connect, phase, expected) in cases {
            assert_eq!(
                &classify(*error, *timed_out, *connect, *phase, "h", 3),
                expected,
                "{error}"
            );
        }
    }

    #[test]
    fn only_auth_codes_are_refusals_and_only_transport_is_unreachable() {
        let api = |code| Fault::Api {
            code,
            message: String::new(),
        };
        let refusals = [
            (1000, true),
            (1004, true),
            (1102, false),
            (1303, false),
            (5000, false),
        ];
        for (code, refusal) in refusals {
            assert_eq!(api(code).is_auth_refusal(), refusal, "{code}");
        }
        assert!(Fault::Dropped.is_unreachable());
        assert!(
            !Fault::Http {
                status: 500,
                message: None
            }
            .is_unreachable()
        );
        assert!(!api(1000).is_unreachable());
    }

    #[test]
    fn rate_limits_are_the_rate_family_and_http_429() {
        let http = |status| Fault::Http {
            status,
            message: None,
        };
        let api = |code| Fault::Api {
            code,
            message: String::new(),
        };
        for (fault, limited) in [
            (api(1302), true),
            (api(1303), false),
            (api(1102), false),
            (http(429), true),
            (http(503), false),
            (Fault::Dropped, false),
        ] {
            assert_eq!(fault.is_rate_limit(), limited, "{fault:?}");
        }
    }
}

//! The one redaction pass every output goes through (stdout, stderr, reports): known
//! secrets from the environment and anything in pasted text that looks like a key.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// What replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// Patterns of key-like text; group `keep` (when present) survives, `secret` is replaced.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // Authorization headers and Bearer tokens, whatever the scheme word.
        r"(?i)(?P<keep>\bauthorization\x22?\s*[:=]\s*(?:bearer|basic|key|token)?\s*)(?P<secret>[A-Za-z0-9._~+/=-]{6,})",
        r"(?i)(?P<keep>\bbearer\s+)(?P<secret>[A-Za-z0-9._~+/=-]{8,})",
        // x-api-key style headers and JSON/YAML fields named like secrets.
        r#"(?i)(?P<keep>\b(?:x-api-key|api[_-]?key|access[_-]?key|secret[_-]?key|secret|token|api[_-]?token|password|useapi_token|cometapi_key|kling_api_key|kling_access_key|kling_secret_key)\b["']?\s*[:=]\s*["']?)(?P<secret>[A-Za-z0-9._~+/=-]{6,})"#,
        // key=… query parameters.
        r"(?i)(?P<keep>[?&](?:key|token|api_key|apikey|access_token)=)(?P<secret>[A-Za-z0-9._~+/=%-]+)",
        // JWTs: three base64url parts, the first starting like a JSON header.
        r"(?P<secret>\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)",
        // sk-… style keys.
        r"(?P<secret>\b(?:sk|pk|rk)-[A-Za-z0-9_-]{8,})",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("valid redaction pattern"))
    .collect()
});

/// Long tokens: candidates for the high-entropy test below.
static LONG_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9_+/=-]{24,}").expect("valid regex"));

/// Redacts configured secrets and key-like strings.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    /// `secrets` are exact values never to print (shorter than 6 characters are ignored:
    /// they would blank out ordinary words).
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Self {
        let mut secrets: Vec<String> = secrets
            .into_iter()
            .filter(|s| s.trim().len() >= 6)
            .collect();
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Redactor { secrets }
    }

    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_string();
        for secret in &self.secrets {
            for form in encodings(secret) {
                if out.contains(&form) {
                    out = out.replace(&form, REDACTED);
                }
            }
        }
        for re in PATTERNS.iter() {
            out = re
                .replace_all(&out, |c: &Captures<'_>| {
                    let keep = c.name("keep").map_or("", |m| m.as_str());
                    let secret = &c["secret"];
                    let scheme = ["bearer", "basic", "token", "key"]
                        .iter()
                        .any(|w| secret.eq_ignore_ascii_case(w));
                    if scheme || secret.starts_with(REDACTED) {
                        c[0].to_string()
                    } else {
                        format!("{keep}{REDACTED}")
                    }
                })
                .into_owned();
        }
        LONG_TOKEN
            .replace_all(&out, |c: &Captures<'_>| {
                if looks_random(&c[0]) {
                    REDACTED.to_string()
                } else {
                    c[0].to_string()
                }
            })
            .into_owned()
    }
}

/// The forms a secret takes in pasted text: as is, JSON-escaped, URL-encoded.
fn encodings(secret: &str) -> Vec<String> {
    let mut forms = vec![secret.to_string()];
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"').to_string();
    let url: String = secret
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    for f in [json, url] {
        if !forms.contains(&f) {
            forms.push(f);
        }
    }
    forms
}

/// Mixed upper case, lower case and digits over a long run: a key, not a word or an id.
/// UUIDs and hex ids (request and task ids) are lower case only and survive, and so do
/// names built of short words such as the pack name `Trial-Video-100Units-5Con-1Months`:
/// only a `-`/`_`-separated part of 8 or more characters can look random.
fn looks_random(token: &str) -> bool {
    token.split(['-', '_']).any(|part| {
        let upper = part.chars().filter(char::is_ascii_uppercase).count();
        let lower = part.chars().filter(char::is_ascii_lowercase).count();
        let digit = part.chars().filter(char::is_ascii_digit).count();
        part.len() >= 8 && upper >= 2 && lower >= 2 && digit >= 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_survive_and_ids_do() {
        let r = Redactor::new(["AKzz-Distinct-Secret-9000".to_string(), "abc".to_string()]);
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "key AKzz-Distinct-Secret-9000 end",
                &["AKzz-Distinct-Secret-9000"],
                &["end"],
            ),
            (
                "Authorization: Bearer abc.def.ghi",
                &["abc.def.ghi"],
                &["Authorization"],
            ),
            (
                "-H 'Authorization: Bearer sk-live123456789'",
                &["sk-live123456789"],
                &[],
            ),
            (
                "token eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4In0.sig_part-1 here",
                &["eyJhbGciOiJIUzI1NiJ9"],
                &["here"],
            ),
            (
                "https://query.cometapi.com/user/quota?key=sk-ABCDEF123456&x=1",
                &["sk-ABCDEF123456"],
                &["x=1"],
            ),
            (
                "{\"api_key\": \"Zq9xK2mP7vL4\"}",
                &["Zq9xK2mP7vL4"],
                &["api_key"],
            ),
            (
                "AccessKey Ak7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0 here",
                &["Ak7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0"],
                &["here"],
            ),
            (
                "pack Trial-Video-100Units-5Con-1Months, key Xy-Ab7Gh2Kd9Lm3Np5Qr8St1",
                &["Ab7Gh2Kd9Lm3Np5Qr8St1"],
                &["Trial-Video-100Units-5Con-1Months"],
            ),
            (
                "request_id 9984d27b-a408-4073-ae28-17ca6a13622d task 866889456698785798",
                &[],
                &["9984d27b-a408-4073-ae28-17ca6a13622d", "866889456698785798"],
            ),
            (
                "Account balance not enough",
                &[],
                &["Account balance not enough"],
            ),
            ("abc is short", &[], &["abc is short"]),
        ];
        for (input, gone, kept) in cases {
            let out = r.redact(input);
            for g in *gone {
                assert!(!out.contains(g), "{g:?} survived in {out:?}");
            }
            for k in *kept {
                assert!(out.contains(k), "{k:?} lost in {out:?}");
            }
        }
    }

    #[test]
    fn encoded_forms_of_known_secrets_are_caught() {
        let secret = "p@ss/w\"rd+key-42";
        let r = Redactor::new([secret.to_string()]);
        for input in ["p@ss/w\\\"rd+key-42", "p%40ss%2Fw%22rd%2Bkey-42"] {
            assert_eq!(r.redact(input), REDACTED, "{input}");
        }
    }
}

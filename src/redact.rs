//! The one redaction pass every output goes through (stdout, stderr, report files): the
//! configured secrets in any encoding, and anything in pasted text that looks like a key.
//!
//! Redaction never breaks what it works on: in a JSON document only string values change
//! (each is decoded, redacted and re-encoded, so the document stays valid), and in plain
//! text a masked span keeps its quotes, backslash escapes and line breaks.

use std::sync::LazyLock;

use regex::{Captures, Regex, RegexBuilder};

/// What replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// Shortest configured secret that is redacted: shorter values would blank out words.
const MIN_SECRET_LEN: usize = 6;

/// What may sit between two characters of a known secret when a paste wraps it: blanks,
/// line breaks, a shell line continuation, or those as JSON escapes.
const SPLIT: &str = r"(?:\s|\\[nrt]|\\)*";

/// The text before a key-like pattern: a word boundary, or a JSON-escaped line break
/// (`…\nBearer x` in a pasted log line), which `\b` alone would miss.
const START: &str = r"(?:\\[nrt]|\b)";

/// Characters of a header or token value (RFC 6750 token68, plus `%` for URL-encoding).
const TOKEN: &str = r"[A-Za-z0-9._~+/=%-]";

/// Key-like patterns: group `keep` survives, `secret` is masked, `tail` survives. The flag
/// says whether a wordy value (`Bearer authentication`, `ak-sk-incomplete`) is prose to
/// keep; values of fields named like secrets are masked whatever they look like.
static PATTERNS: LazyLock<Vec<(Regex, bool)>> = LazyLock::new(|| {
    let secret_vars = crate::env::SECRET_VARS
        .map(str::to_ascii_lowercase)
        .join("|");
    [
        // Authorization headers, whatever the scheme word.
        (true, format!(
            r#"(?i)(?P<keep>{START}(?:proxy-)?authorization\\?["']?\s*[:=]\s*\\?["']?\s*(?:(?:bearer|basic|token|key|apikey|digest)\s+)?)(?P<secret>{TOKEN}{{6,}})"#
        )),
        // Bearer tokens anywhere.
        (true, format!(r"(?i)(?P<keep>{START}bearer\s+)(?P<secret>{TOKEN}{{8,}})")),
        // Headers, variables and JSON/YAML fields named like secrets.
        (false, format!(
            r#"(?i)(?P<keep>{START}(?:x-api-key|api[_-]?key|access[_-]?key|secret[_-]?key|client[_-]?secret|secret|access[_-]?token|api[_-]?token|auth[_-]?token|token|password|passwd|{secret_vars})\\?["']?\s*[:=]\s*\\?["']?)(?P<secret>{TOKEN}{{6,}})"#
        )),
        // key=… style query parameters.
        (false, r#"(?i)(?P<keep>[?&;](?:key|api_key|apikey|api-key|token|access_token|auth|secret|signature|sig)=)(?P<secret>[^&\s"'\\#<>]+)"#.to_string()),
        // Passwords in URLs: scheme://user:password@host.
        (false, r#"(?P<keep>\b[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@"'\\]+:)(?P<secret>[^/\s@"'\\]+)(?P<tail>@)"#.to_string()),
        // JWTs: three base64url parts, the first a JSON header (`eyJ` = `{"`).
        (false, format!(r"(?P<keep>{START})(?P<secret>eyJ[A-Za-z0-9_-]{{5,}}\.[A-Za-z0-9_-]{{5,}}\.[A-Za-z0-9_-]*)")),
        // sk-… style keys (OpenAI-style resellers, CometAPI, Stripe-like sk_live_…).
        (true, format!(r"(?P<keep>{START})(?P<secret>(?:sk|pk|rk)[-_][A-Za-z0-9_-]{{8,}})")),
    ]
    .into_iter()
    .map(|(prose, p)| (Regex::new(&p).expect("valid redaction pattern"), prose))
    .collect()
});

/// Long tokens: candidates for the high-entropy test (`looks_random`).
static LONG_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9_+/=-]{20,}").expect("valid regex"));

/// Words run together (`ArgumentCompleter`, `toBeOnline`): no digits, each capital
/// starts a word.
static CAMEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z]*(?:[A-Z][a-z]+)*$").expect("valid regex"));

/// Redacts configured secrets and key-like strings. Deliberately not `Debug`: it holds
/// the secrets it looks for.
#[derive(Clone, Default)]
pub struct Redactor {
    known: Vec<Matcher>,
}

/// One configured secret in all its forms.
#[derive(Clone)]
struct Matcher {
    forms: Vec<String>,
    /// Every form whole, tolerant of line breaks between any two characters (`None`
    /// when too long for a regex; the forms are then matched exactly).
    whole: Option<Regex>,
    /// Any `PIECE` characters of a form: what a line break cut off, or what the error
    /// parser kept of it (the message of a paste is its first line).
    pieces: Option<Regex>,
    /// A form's first 5 to 7 characters standing alone (group `p`), as such a cut leaves.
    prefix: Option<Regex>,
}

/// Length of a piece of a secret that counts as the secret.
const PIECE: usize = 8;

/// At most this many leading characters of a secret may show (to tell keys apart).
const SHOWN_PREFIX: usize = 4;

impl Redactor {
    /// `secrets` are values never to print, in any encoding (values shorter than 6
    /// characters are ignored: they would blank out ordinary words).
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Self {
        let mut secrets: Vec<String> = secrets
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| s.chars().count() >= MIN_SECRET_LEN)
            .collect();
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Redactor {
            known: secrets.iter().map(|s| Matcher::new(s)).collect(),
        }
    }

    /// The text with every secret masked. A JSON document stays valid JSON.
    pub fn redact(&self, text: &str) -> String {
        if is_json_document(text) {
            self.redact_json(text)
        } else {
            self.redact_text(text)
        }
    }

    /// Redacts each string literal of a valid JSON document, leaving the rest untouched.
    fn redact_json(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let (mut i, mut copied) = (0, 0);
        // The last object key and where its value starts: `"api_key": "…"` is read together.
        let mut key: Option<(usize, String)> = None;
        while i < bytes.len() {
            if bytes[i] != b'"' {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            let end = (i + 1).min(bytes.len());
            let literal = &text[start..end];
            out.push_str(&text[copied..start]);
            let field = key.take().filter(|(at, _)| *at == start).map(|(_, k)| k);
            let decoded = serde_json::from_str::<String>(literal).ok();
            match &decoded {
                Some(decoded) => {
                    let clean = match &field {
                        Some(field) => self.redact_field(field, decoded),
                        None => self.redact_text(decoded),
                    };
                    if clean == *decoded {
                        out.push_str(literal);
                    } else {
                        out.push_str(
                            &serde_json::to_string(&clean)
                                .unwrap_or_else(|_| format!("\"{REDACTED}\"")),
                        );
                    }
                }
                None => out.push_str(&self.redact_text(literal)),
            }
            copied = end;
            i = end;
            let after = skip_blanks(bytes, end);
            if field.is_none() && bytes.get(after) == Some(&b':') {
                key = decoded.map(|k| (skip_blanks(bytes, after + 1), k));
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// A JSON value read with its key, so `"api_key": "…"` is caught like `api_key: …`.
    fn redact_field(&self, field: &str, value: &str) -> String {
        let prefix = format!("{field}: ");
        self.redact_text(&format!("{prefix}{value}"))
            .strip_prefix(&prefix)
            .map_or_else(|| self.redact_text(value), str::to_string)
    }

    /// Plain text: known secrets first (whole, before patterns cut them up), then patterns,
    /// then long random-looking tokens.
    fn redact_text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for matcher in &self.known {
            out = matcher.apply(&out);
        }
        for (re, prose) in PATTERNS.iter() {
            out = replace(re, &out, |c| {
                let secret = c.name("secret").map_or("", |m| m.as_str());
                !(*prose && (is_wordy(secret) || is_scheme_word(secret)))
            });
        }
        replace(&LONG_TOKEN, &out, |c| looks_random(&c[0]))
    }
}

impl Matcher {
    fn new(secret: &str) -> Matcher {
        let forms = encodings(secret);
        let chars = |form: &String| form.chars().collect::<Vec<char>>();
        let literal = |cs: &[char]| regex::escape(&cs.iter().collect::<String>());
        let whole: Vec<String> = forms
            .iter()
            .map(|form| {
                chars(form)
                    .iter()
                    .map(|c| regex::escape(&c.to_string()))
                    .collect::<Vec<_>>()
                    .join(SPLIT)
            })
            .collect();
        let mut pieces = Vec::new();
        let mut prefixes = Vec::new();
        for form in &forms {
            let cs = chars(form);
            pieces.extend(cs.windows(PIECE).map(literal));
            prefixes.extend((SHOWN_PREFIX + 1..PIECE.min(cs.len())).map(|n| literal(&cs[..n])));
        }
        Matcher {
            whole: alternation(whole, str::to_string),
            pieces: alternation(pieces, str::to_string),
            prefix: alternation(prefixes, |p| {
                format!(r"(?:^|[^A-Za-z0-9_-])(?P<p>{p})(?:$|[^A-Za-z0-9_-])")
            }),
            forms,
        }
    }

    fn apply(&self, text: &str) -> String {
        let mut out = match &self.whole {
            Some(re) => replace(re, text, |_| true),
            None => self.forms.iter().fold(text.to_string(), |out, form| {
                mask_each(out, |t, from| {
                    let at = from + t[from..].find(form.as_str())?;
                    Some((at, at + form.len()))
                })
            }),
        };
        if let Some(re) = &self.pieces {
            out = mask_each(out, |t, from| {
                let m = re.find_at(t, from)?;
                Some(self.extend(t, m.start(), m.end()))
            });
        }
        if let Some(re) = &self.prefix {
            out = mask_each(out, |t, from| {
                let p = re.captures_at(t, from)?.name("p")?;
                Some((p.start(), p.end()))
            });
        }
        out
    }

    /// Grows a piece to the longest run of `text` around it that belongs to one form.
    fn extend(&self, text: &str, start: usize, end: usize) -> (usize, usize) {
        let piece = &text[start..end];
        let mut best = (start, end);
        for form in &self.forms {
            for (at, _) in form.match_indices(piece) {
                let before = text[..start]
                    .bytes()
                    .rev()
                    .zip(form[..at].bytes().rev())
                    .take_while(|(a, b)| a == b)
                    .count();
                let after = text[end..]
                    .bytes()
                    .zip(form[at + piece.len()..].bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                let (mut s, mut e) = (start - before, end + after);
                while !text.is_char_boundary(s) {
                    s += 1;
                }
                while !text.is_char_boundary(e) {
                    e -= 1;
                }
                if e - s > best.1 - best.0 {
                    best = (s, e);
                }
            }
        }
        best
    }
}

/// One regex matching any of `parts` (longest first), shaped by `wrap`; `None` when
/// there are none or the regex would be too large.
fn alternation(mut parts: Vec<String>, wrap: impl Fn(&str) -> String) -> Option<Regex> {
    parts.sort();
    parts.dedup();
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    if parts.is_empty() {
        return None;
    }
    RegexBuilder::new(&wrap(&parts.join("|")))
        .size_limit(1 << 24)
        .build()
        .ok()
}

/// Masks each span `next(text, from)` finds, searching on after each replacement.
fn mask_each(mut text: String, next: impl Fn(&str, usize) -> Option<(usize, usize)>) -> String {
    let mut from = 0;
    while from <= text.len() {
        let Some((start, end)) = next(&text, from) else {
            break;
        };
        let masked = mask(&text, start, end);
        text.replace_range(start..end, &masked);
        from = start + masked.len().max(1);
    }
    text
}

/// Replaces every match of `re` that `wanted` accepts: groups `keep` and `tail` stay,
/// the `secret` group (or the whole match) is masked.
fn replace(re: &Regex, text: &str, wanted: impl Fn(&Captures<'_>) -> bool) -> String {
    re.replace_all(text, |c: &Captures<'_>| {
        let Some(whole) = c.get(0) else {
            return String::new();
        };
        if !wanted(c) {
            return whole.as_str().to_string();
        }
        let secret = c.name("secret").unwrap_or(whole);
        format!(
            "{}{}{}",
            &text[whole.start()..secret.start()],
            mask(text, secret.start(), secret.end()),
            &text[secret.end()..whole.end()],
        )
    })
    .into_owned()
}

/// `text[start..end]` as `[REDACTED]`, keeping what holds the surrounding text together:
/// quotes, backslash escapes (`\n`, `\"`, `\u00e9`, also one begun just before `start`)
/// and blanks. Each run of other characters becomes one `[REDACTED]`.
fn mask(text: &str, start: usize, end: usize) -> String {
    let backslashes_before = text[..start]
        .bytes()
        .rev()
        .take_while(|b| *b == b'\\')
        .count();
    let mut escape = backslashes_before % 2 == 1;
    let mut hex_left = 0;
    let mut in_run = false;
    let mut out = String::new();
    for c in text[start..end].chars() {
        if hex_left > 0 && c.is_ascii_hexdigit() {
            hex_left -= 1;
            out.push(c);
            continue;
        }
        hex_left = 0;
        if escape {
            escape = false;
            hex_left = if c == 'u' { 4 } else { 0 };
            in_run = false;
            out.push(c);
        } else if c == '\\' || c == '"' || c.is_whitespace() {
            escape = c == '\\';
            in_run = false;
            out.push(c);
        } else if !in_run {
            in_run = true;
            out.push_str(REDACTED);
        }
    }
    out
}

/// The index of the first non-blank byte at or after `i`.
fn skip_blanks(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// A whole JSON object or array (what `--format json` and `.json` reports print).
fn is_json_document(text: &str) -> bool {
    matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'['))
        && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// The forms a secret takes in pasted text: as is, JSON-escaped, URL-encoded.
fn encodings(secret: &str) -> Vec<String> {
    let mut forms = vec![secret.to_string()];
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json
        .strip_prefix('"')
        .and_then(|j| j.strip_suffix('"'))
        .unwrap_or_default()
        .to_string();
    let url: String = secret
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    for form in [json, url] {
        if !form.is_empty() && !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms
}

/// Lower-case words ("Bearer authentication", `sk-incomplete`): prose or ids, not a token.
fn is_wordy(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
}

/// An authentication scheme named without its value ("Authorization: Bearer <key>").
fn is_scheme_word(s: &str) -> bool {
    ["bearer", "basic", "token", "key", "apikey", "digest"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

/// A key, not a word, a path or an id: after splitting at `-`, `_`, `.` and `/`, at least
/// 16 characters sit in segments that mix character classes (`Ak7Gh2…`, `AKIA5X…`). Words
/// (`parallel-task-over-resource-pack-limit`), `CamelCase`, upper-case names, digit runs
/// (task ids) and hex (UUIDs, request ids, digests) never count.
fn looks_random(token: &str) -> bool {
    let mixed: usize = token
        .split(['-', '_', '.', '/'])
        .filter(|seg| !is_plain_segment(seg))
        .map(str::len)
        .sum();
    let mut distinct: Vec<char> = token.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    mixed >= 16 && distinct.len() >= 8
}

/// A word, `CamelCase` or `camelCase` words, an upper-case name, digits or hex.
fn is_plain_segment(seg: &str) -> bool {
    seg.len() <= 4
        || CAMEL.is_match(seg)
        || seg.chars().all(|c| c.is_ascii_uppercase())
        || seg.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    #[test]
    fn secrets_never_survive_and_ids_do() {
        let r = Redactor::new(["AKzz-Distinct-Secret-9000".to_string(), "abc".to_string()]);
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "key AKzz-Distinct-Secret-9000 end",
                &["AKzz-Distinct-Secret-9000", "Distinct-Secret"],
                &["end"],
            ),
            (
                "wrapped AKzz-Distinct-\n    Secret-9000 end",
                &["Distinct-", "Secret-9000"],
                &["wrapped", "end"],
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
                "-H 'authorization: Zq9xK2mP7vL4wq'",
                &["Zq9xK2mP7vL4wq"],
                &["authorization"],
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
                "https://bob:hunter2secret@api.example/v1",
                &["hunter2secret"],
                &["bob", "@api.example"],
            ),
            (
                "{\"api_key\": \"Zq9xK2mP7vL4\"}",
                &["Zq9xK2mP7vL4"],
                &["api_key"],
            ),
            (
                "export KLING_SECRET_KEY=\"plainword\"",
                &["plainword"],
                &["KLING_SECRET_KEY"],
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
                "aws AKIAIOSFODNN7EXAMPLE1 here",
                &["AKIAIOSFODNN7EXAMPLE1"],
                &["here"],
            ),
            (
                "log {\"m\":\"x\\nBearer Zq9xK2mP7vL4wq\"}",
                &["Zq9xK2mP7vL4wq"],
                &["\\nBearer"],
            ),
            (
                "request_id 9984d27b-a408-4073-ae28-17ca6a13622d task 866889456698785798",
                &[],
                &["9984d27b-a408-4073-ae28-17ca6a13622d", "866889456698785798"],
            ),
            (
                "ID 9984D27B-A408-4073-AE28-17CA6A13622D digest 3f2a9c0d1e4b5a6f7788990011aabbcc",
                &[],
                &[
                    "9984D27B-A408-4073-AE28-17CA6A13622D",
                    "3f2a9c0d1e4b5a6f7788990011aabbcc",
                ],
            ),
            (
                "parallel-task-over-resource-pack-limit kling-v2-1-master KLING_ACCESS_KEY toBeOnline Register-ArgumentCompleter JavaScriptObjectNotationParser",
                &[],
                &[
                    "parallel-task-over-resource-pack-limit",
                    "kling-v2-1-master",
                    "KLING_ACCESS_KEY",
                    "Register-ArgumentCompleter",
                    "JavaScriptObjectNotationParser",
                ],
            ),
            (
                "Send \"Authorization: Bearer <key>\" with one space after Bearer, and Bearer authentication",
                &[],
                &["Bearer <key>", "Bearer authentication"],
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
        for input in [
            "p@ss/w\\\"rd+key-42",
            "p%40ss%2Fw%22rd%2Bkey-42",
            "p@ss/w\"rd+key-42",
        ] {
            let out = r.redact(input);
            for part in ["p@ss", "rd+key", "%2F", "key-42"] {
                assert!(!out.contains(part), "{part} survived in {out:?}");
            }
        }
    }

    #[test]
    fn json_stays_valid_and_escapes_stay_whole() {
        let r = Redactor::new(["nAk7Gh2Kd9Lm3Np5".to_string()]);
        let doc = serde_json::json!({
            "error": "curl -H \"Authorization: Bearer Zq9xK2mP7vL4wqQ\"\n\"x\"\\\nAk7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0",
            "request_id": "9984d27b-a408-4073-ae28-17ca6a13622d",
            "count": 3,
        });
        let text = serde_json::to_string_pretty(&doc).expect("json");
        let out = r.redact(&text);
        let back: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
        let error = back["error"].as_str().expect("string");
        assert!(!error.contains("Zq9xK2mP7vL4wqQ"), "{error}");
        assert!(!error.contains("Ak7Gh2Kd9"), "{error}");
        assert!(error.starts_with("curl -H \"Authorization: Bearer [REDACTED]\"\n"));
        assert_eq!(back["request_id"], doc["request_id"]);
        assert_eq!(back["count"], 3);
        let plain = Redactor::default()
            .redact("x \\nAk7Gh2Kd9Lm3Np5Qr8St1Uv4Wx6Yz0 \\u00e9Ak7Gh2Kd9Lm3Np5Qr8St1Uv4");
        assert_eq!(plain, "x \\n[REDACTED] \\u00e9[REDACTED]");
    }

    #[test]
    fn our_own_messages_pass_unchanged() {
        let r = Redactor::default();
        for (path, text) in crate::rules::RuleSource::Embedded
            .files()
            .expect("embedded rules")
            .locales()
        {
            for line in text.lines() {
                assert_eq!(r.redact(line), line, "{path}");
            }
        }
    }

    /// A realistic key: letters, digits, `-` and `_`, with upper, lower and digits.
    fn key() -> impl Strategy<Value = String> {
        "[A-Z][a-z][0-9][A-Za-z0-9_-]{9,37}"
    }

    /// A key someone pasted without it being configured: one unbroken random run.
    fn pasted_key() -> impl Strategy<Value = String> {
        "[A-Z][a-z][0-9][A-Za-z0-9]{13,37}"
    }

    /// Any printable ASCII secret, quotes, backslashes, `%` and blanks included.
    fn odd_secret() -> impl Strategy<Value = String> {
        "[!-~][ -~]{8,30}[!-~]"
    }

    /// Random surrounding text: printable ASCII and line breaks.
    fn filler() -> impl Strategy<Value = String> {
        "[ -~\n]{0,40}"
    }

    fn json_escaped(s: &str) -> String {
        let json = serde_json::to_string(s).expect("json");
        json[1..json.len() - 1].to_string()
    }

    fn url_encoded(s: &str) -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    }

    /// The ways a secret ends up in what users paste.
    fn embed(secret: &str, how: usize, cut: usize) -> String {
        let cut = (1..secret.len()).nth(cut % (secret.len() - 1)).unwrap_or(1);
        let (a, b) = secret.split_at(cut);
        match how % 8 {
            0 => secret.to_string(),
            1 => json_escaped(secret),
            2 => url_encoded(secret),
            3 => format!("{a}\n{b}"),
            4 => {
                format!("curl https://api.example/v1 \\\n  -H 'x: {a}\\\n    {b}' \\\n  -d '{{}}'")
            }
            5 => format!("-H \"Authorization: Bearer {secret}\""),
            6 => json_escaped(&format!("{a}\r\n{b}")),
            _ => format!("Authorization: {}", json_escaped(secret)),
        }
    }

    /// No 5-character piece of the secret's tail survives, even with the line breaks and
    /// escapes taken out of the output (the first 4 characters may stay).
    fn assert_gone(out: &str, secret: &str) {
        let squeeze = |s: &str| -> String {
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != '\\')
                .collect()
        };
        let flat = squeeze(out);
        let tail = squeeze(&secret[4..]);
        if tail.len() >= 8 {
            assert!(
                !flat.contains(&tail),
                "secret {secret:?} survived in {out:?}"
            );
        }
        assert!(
            !out.contains(&secret[4..]),
            "{secret:?} survived in {out:?}"
        );
    }

    proptest! {
        #[test]
        fn configured_secrets_never_survive(
            secret in prop_oneof![key(), odd_secret()],
            before in filler(),
            after in filler(),
            how in 0usize..8,
            cut in 0usize..64,
        ) {
            let r = Redactor::new([secret.clone()]);
            let text = format!("{before}{}{after}", embed(&secret, how, cut));
            assert_gone(&r.redact(&text), &secret);
            let doc = serde_json::json!({"error": text, "n": 1}).to_string();
            let out = r.redact(&doc);
            let back: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
            assert_gone(back["error"].as_str().unwrap_or_default(), &secret);
        }

        #[test]
        fn pieces_of_secrets_never_survive(
            secret in key(),
            before in filler(),
            after in filler(),
            cut in 5usize..40,
        ) {
            let r = Redactor::new([secret.clone()]);
            let cut = cut.min(secret.len() - 1);
            let (head, tail) = secret.split_at(cut);
            let first_line = r.redact(&format!("{before}\n{head}\n{after}"));
            prop_assert!(!first_line.contains(head), "{:?} survived in {:?}", head, first_line);
            if tail.len() >= PIECE {
                let rest = r.redact(&format!("{before} {tail} {after}"));
                prop_assert!(!rest.contains(tail), "{:?} survived in {:?}", tail, rest);
            }
        }

        #[test]
        fn pasted_keys_never_survive(
            secret in pasted_key(),
            before in "[a-z ]{0,20}",
            after in "[a-z ]{0,20}",
            shape in 0usize..7,
        ) {
            let pasted = match shape {
                0 => format!("curl -s https://api.example/v1/videos \\\n  -H 'Authorization: Bearer {secret}' \\\n  -d '{{}}'"),
                1 => format!("Authorization: {secret}"),
                2 => format!("GET /user/quota?key={secret}&start_date=2026-01-01"),
                3 => format!("{{\"api_key\": \"{secret}\"}}"),
                4 => format!("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ{secret}.{secret}"),
                5 => format!("sk-{secret}"),
                _ => format!("{secret}Zz9{secret}"),
            };
            let text = format!("{before} {pasted} {after}");
            let r = Redactor::default();
            assert_gone(&r.redact(&text), &secret);
            let doc = serde_json::json!({"error": text}).to_string();
            let back: serde_json::Value = serde_json::from_str(&r.redact(&doc)).expect("valid JSON");
            assert_gone(back["error"].as_str().unwrap_or_default(), &secret);
        }

        #[test]
        fn words_and_ids_survive(
            words in proptest::collection::vec("[a-z]{1,12}|[A-Z][a-z]{1,10}|[0-9]{1,6}", 0..12),
            uuid in "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            task in "[1-9][0-9]{15,19}",
            seps in proptest::collection::vec(prop_oneof![Just(" "), Just(", "), Just("\n"), Just(". ")], 12),
        ) {
            let mut text = format!("request_id {uuid} task_id {task}");
            for (w, s) in words.iter().zip(&seps) {
                text.push_str(s);
                text.push_str(w);
            }
            text.push_str(" {\"code\":1102,\"message\":\"Account balance not enough\"}");
            let r = Redactor::new(["Zq9xK2mP7vL4wqQ".to_string()]);
            prop_assert_eq!(r.redact(&text), text.clone());
            let doc = serde_json::json!({"error": text, "request_id": uuid, "task_id": task}).to_string();
            prop_assert_eq!(r.redact(&doc), doc.clone());
        }
    }
}

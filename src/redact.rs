//! The one redaction pass every output goes through (stdout, stderr, report files): the
//! configured secrets in any encoding, and anything in pasted text that looks like a key.
//!
//! Redaction never breaks what it works on: in a JSON document only string values change
//! (each is decoded, redacted and re-encoded, so the document stays valid), and in plain
//! text a masked span keeps its quotes, backslash escapes and line breaks.
//!
//! Every run redacts what it prints, so nothing is built before it is needed. Text is read
//! through a decoded view (JSON escapes and `%XX` undone, each byte knowing where it came
//! from), so one pattern covers a header raw, JSON-escaped and URL-encoded. Cheap literal
//! triggers decide which key patterns could match at all; only those are compiled (once per
//! process). The configured secrets become one Aho-Corasick automaton on first use.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::AhoCorasick;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use regex::Regex;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, Serializer};

/// What replaces a secret.
pub const REDACTED: &str = "[REDACTED]";

/// Shortest configured secret that is redacted: shorter values would blank out words.
const MIN_SECRET_LEN: usize = 6;

/// Length of a piece of a secret that counts as the secret.
const PIECE: usize = 8;

/// At most this many leading characters of a secret may show (to tell keys apart).
const SHOWN_PREFIX: usize = 4;

/// Layers of encoding undone: a URL-encoded header in a JSON-escaped log line is two.
const DECODE_DEPTH: usize = 3;

/// How a secret reads URL-encoded: everything but RFC 3986's unreserved characters escaped.
const URL_ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A header or token value (RFC 6750 token68, `%` for what stayed encoded), with inner
/// colons for `<key_id>:<key_secret>` and `user:<n>-<token>`.
macro_rules! value {
    () => {
        r"(?P<secret>[A-Za-z0-9._~+/=%-]+(?::[A-Za-z0-9._~+/=%-]+)*)"
    };
}

/// Between a field name and its value: quotes and blanks around `:` or `=`.
macro_rules! assign {
    () => {
        r#"["']?[\t\n\r ]*[:=][\t\n\r ]*["']?[\t\n\r ]*"#
    };
}

/// A key-like pattern in decoded text: group `secret` is masked, the rest survives.
struct Pattern {
    /// Literals (ASCII, any case) one of which every match contains, each with what the
    /// text around it must show: where none is found the regex is neither compiled nor run.
    triggers: &'static [(&'static str, Near)],
    /// A wordy value (`Bearer authentication`, `sk-incomplete`) is prose to keep; values of
    /// fields named like secrets are masked whatever they look like.
    prose: bool,
    /// Shortest value that counts as a secret.
    min_len: usize,
    source: &'static str,
    regex: OnceLock<Regex>,
}

/// What must surround a trigger for its pattern to be worth running. Each is implied by
/// every match of the pattern, so skipping a pattern never lets a secret through.
#[derive(Clone, Copy)]
enum Near {
    /// Starts a word: `sk-…`, not `task-…`.
    WordStart,
    /// Followed by quotes or blanks, then `:` or `=`: `api_key": "…`.
    Assign,
    /// `key` after one of `KEY_NAMES` (and `_` or `-`), then `Assign`: `api_key = …`, not
    /// `--set KEY=VALUE`.
    NamedKey,
    /// Followed by blanks, then a value character: `Bearer x…`, not `Bearer <key>`.
    Value,
    /// Ends a parameter name that follows `?`, `&` or `;`: `?api_key=`, not `--set KEY=`.
    Query,
    /// `://` with `user:password@` after it.
    UserInfo,
    /// A `:` right after a UUID: fal.ai's `<key_id>:<key_secret>`.
    AfterUuid,
}

static PATTERNS: [Pattern; 10] = [
    // Authorization headers, whatever the scheme word (fal.ai: `Key <key_id>:<key_secret>`).
    Pattern {
        triggers: &[("authorization", Near::Assign)],
        prose: true,
        min_len: 6,
        source: concat!(
            r"(?i-u:\b(?:proxy-)?authorization)",
            assign!(),
            r"(?:(?i-u:bearer|basic|token|key|apikey|api-key|digest)[\t\n\r ]+)?",
            value!()
        ),
        regex: OnceLock::new(),
    },
    // Bearer tokens anywhere (useapi.net's `Bearer user:<n>-<token>` included).
    Pattern {
        triggers: &[("bearer", Near::Value)],
        prose: true,
        min_len: 8,
        source: concat!(r"(?i-u:\bbearer)[\t\n\r ]+", value!()),
        regex: OnceLock::new(),
    },
    // Headers, variables and JSON/YAML fields named like secrets: `X-API-Key`, `api-key`,
    // `FAL_KEY`, `REPLICATE_API_TOKEN`, `apiKey`, `client_secret`, `password`, …
    Pattern {
        triggers: &[
            ("key", Near::NamedKey),
            ("secret", Near::Assign),
            ("token", Near::Assign),
            ("password", Near::Assign),
            ("passwd", Near::Assign),
        ],
        prose: false,
        min_len: 6,
        source: concat!(
            r"(?i-u:\b[a-z0-9_-]*(?:secret|token|password|passwd|(?:api|access|secret|private|client|fal|auth|session)[_-]?key))",
            assign!(),
            value!()
        ),
        regex: OnceLock::new(),
    },
    // Query parameters: `?key=…`, `&access_token=…`, `X-Amz-Signature=…`.
    Pattern {
        triggers: &[
            ("key=", Near::Query),
            ("token=", Near::Query),
            ("secret=", Near::Query),
            ("password=", Near::Query),
            ("signature=", Near::Query),
            ("credential=", Near::Query),
            ("auth=", Near::Query),
            ("sig=", Near::Query),
        ],
        prose: false,
        min_len: 1,
        source: r#"[?&;](?i-u:[a-z0-9_-]*(?:key|token|secret|password|signature|credential)|auth|sig)=(?P<secret>[^&\t\n\r "'\\#<>]+)"#,
        regex: OnceLock::new(),
    },
    // Passwords in URLs: scheme://user:password@host.
    Pattern {
        triggers: &[("://", Near::UserInfo)],
        prose: false,
        min_len: 1,
        source: r#"(?-u:\b)[A-Za-z][A-Za-z0-9+.-]*://[^/\t\n\r :@"'\\]+:(?P<secret>[^/\t\n\r @"'\\]+)@"#,
        regex: OnceLock::new(),
    },
    // JWTs: three base64url parts, the first a JSON header (`eyJ` = `{"`).
    Pattern {
        triggers: &[("eyJ", Near::WordStart)],
        prose: false,
        min_len: 1,
        source: r"(?-u:\b)(?P<secret>eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)",
        regex: OnceLock::new(),
    },
    // sk-… style keys (OpenAI-style gateways, CometAPI, Stripe-like sk_live_…).
    Pattern {
        triggers: &[
            ("sk-", Near::WordStart),
            ("sk_", Near::WordStart),
            ("pk-", Near::WordStart),
            ("pk_", Near::WordStart),
            ("rk-", Near::WordStart),
            ("rk_", Near::WordStart),
        ],
        prose: true,
        min_len: 1,
        source: r"(?-u:\b)(?P<secret>(?:sk|pk|rk)[-_][A-Za-z0-9_-]{8,})",
        regex: OnceLock::new(),
    },
    // Replicate API tokens.
    Pattern {
        triggers: &[("r8_", Near::WordStart)],
        prose: false,
        min_len: 1,
        source: r"(?-u:\b)(?P<secret>r8_[A-Za-z0-9]{8,})",
        regex: OnceLock::new(),
    },
    // useapi.net tokens, `user:<n>-<token>`, wherever they stand.
    Pattern {
        triggers: &[("user:", Near::WordStart)],
        prose: false,
        min_len: 1,
        source: r"(?-u:\b)user:(?P<secret>[0-9]+-[A-Za-z0-9_-]{6,})",
        regex: OnceLock::new(),
    },
    // fal.ai keys, `<key_id>:<key_secret>`, both halves (a UUID alone stays: ids are UUIDs).
    Pattern {
        triggers: &[(":", Near::AfterUuid)],
        prose: false,
        min_len: 1,
        source: r"(?-u:\b)(?P<secret>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}:[A-Za-z0-9_-]{16,})",
        regex: OnceLock::new(),
    },
];

/// The words before `key` in the names of secret fields: the pattern's
/// `(?:api|access|…)[_-]?key`, which `Near::NamedKey` checks before the regex is built.
const KEY_NAMES: [&str; 8] = [
    "api", "access", "secret", "private", "client", "fal", "auth", "session",
];

/// One trigger word, the pattern it belongs to and what must surround it.
#[derive(Clone, Copy)]
struct Trigger {
    word: &'static [u8],
    pattern: usize,
    near: Near,
}

/// Every trigger of every pattern, filed under its first byte in both cases, so one pass
/// over a text finds them all. An Aho-Corasick automaton of these few dozen words cost
/// more to build (0.4 M instructions) than a whole run spends searching.
static TRIGGERS: LazyLock<[Vec<Trigger>; 256]> = LazyLock::new(|| {
    let mut by_first: [Vec<Trigger>; 256] = std::array::from_fn(|_| Vec::new());
    for (pattern, p) in PATTERNS.iter().enumerate() {
        for (word, near) in p.triggers {
            let word = word.as_bytes();
            let trigger = Trigger {
                word,
                pattern,
                near: *near,
            };
            let (lower, upper) = (word[0].to_ascii_lowercase(), word[0].to_ascii_uppercase());
            by_first[usize::from(lower)].push(trigger);
            if upper != lower {
                by_first[usize::from(upper)].push(trigger);
            }
        }
    }
    by_first
});

impl Trigger {
    /// Whether `text` holds the word at `at` (any ASCII case) with what must surround it.
    fn stands_at(&self, text: &[u8], at: usize) -> bool {
        let end = at + self.word.len();
        // The second byte first: it rules out most of the places a common first letter
        // stands.
        let second = |b: &u8| text.get(at + 1).is_some_and(|t| t.eq_ignore_ascii_case(b));
        self.word.get(1).is_none_or(second)
            && text
                .get(at..end)
                .is_some_and(|w| w.eq_ignore_ascii_case(self.word))
            && self.near.holds(text, at..end)
    }
}

impl Pattern {
    fn regex(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(self.source).expect("valid redaction pattern"))
    }

    /// Whether a value this pattern caught is a secret.
    fn is_secret(&self, value: &str) -> bool {
        value.len() >= self.min_len && !(self.prose && (is_wordy(value) || is_scheme_word(value)))
    }
}

impl Near {
    fn holds(self, text: &[u8], at: Range<usize>) -> bool {
        let is_word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
        let after = &text[at.end..];
        match self {
            Near::WordStart => at.start == 0 || !is_word(&text[at.start - 1]),
            Near::Assign => after
                .iter()
                .find(|b| !(b.is_ascii_whitespace() || **b == b'"' || **b == b'\''))
                .is_some_and(|b| *b == b':' || *b == b'='),
            Near::Value => {
                let blanks = after.iter().take_while(|b| b.is_ascii_whitespace()).count();
                blanks > 0 && after.get(blanks).is_some_and(|b| is_value_byte(*b))
            }
            Near::NamedKey => {
                let before = &text[..at.start];
                let before = before
                    .strip_suffix(b"_")
                    .or_else(|| before.strip_suffix(b"-"))
                    .unwrap_or(before);
                KEY_NAMES.iter().any(|name| {
                    before.len() >= name.len()
                        && before[before.len() - name.len()..].eq_ignore_ascii_case(name.as_bytes())
                }) && Near::Assign.holds(text, at)
            }
            Near::Query => {
                let name = text[..at.start]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
                    .count();
                at.start > name && b"?&;".contains(&text[at.start - name - 1])
            }
            Near::UserInfo => {
                let info = after
                    .iter()
                    .take_while(|b| !b"/@\"'\\".contains(b) && !b.is_ascii_whitespace());
                let colon = info.clone().any(|b| *b == b':');
                colon && after.get(info.count()) == Some(&b'@')
            }
            Near::AfterUuid => {
                let before = &text[..at.start];
                before.len() >= 13
                    && before[before.len() - 12..]
                        .iter()
                        .all(u8::is_ascii_hexdigit)
                    && before[before.len() - 13] == b'-'
            }
        }
    }
}

/// A character of a header or token value (what `value!()` matches, colons aside).
fn is_value_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._~+/=%-".contains(&b)
}

/// Redacts configured secrets and key-like strings. Deliberately not `Debug`: it holds
/// the secrets it looks for.
#[derive(Clone, Default)]
pub struct Redactor {
    secrets: Vec<String>,
    /// The secrets' automata, built the first time there is text to redact.
    known: OnceLock<Option<Known>>,
}

/// The configured secrets, every form of each, as literal automata.
#[derive(Clone)]
struct Known {
    /// Every `PIECE` characters of a form (the whole form when shorter), searched in text
    /// with blanks and backslashes taken out: line breaks, shell continuations and escapes
    /// may sit anywhere in a pasted secret.
    pieces: AhoCorasick,
    /// Each whole form, then (from `first_prefix` on) its first 5 to 7 characters, which
    /// count only standing alone: what a line break cut off, or what the error parser kept
    /// of it (the message of a paste is its first line).
    whole: AhoCorasick,
    first_prefix: usize,
}

impl Redactor {
    /// `secrets` are values never to print, in any encoding (values shorter than 6
    /// characters are ignored: they would blank out ordinary words).
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Self {
        let mut secrets: Vec<String> = secrets
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| s.chars().count() >= MIN_SECRET_LEN)
            .collect();
        secrets.sort();
        secrets.dedup();
        Redactor {
            secrets,
            known: OnceLock::new(),
        }
    }

    /// The text with every secret masked. A JSON document stays valid JSON.
    pub fn redact(&self, text: &str) -> String {
        match json_document(text) {
            Some(doc) => self.redact_json(text, doc),
            None => self.redact_text(text),
        }
    }

    /// Redacts each string of a JSON document and writes it back as it was laid out; a
    /// layout serde_json does not reproduce falls back to text redaction, which keeps
    /// quotes and escapes too.
    fn redact_json(&self, text: &str, mut doc: Node<'_>) -> String {
        if !self.redact_node(&mut doc, None) {
            return text.to_string();
        }
        // Read again rather than kept: most documents hold nothing to mask.
        let Some(original) = json_document(text) else {
            return self.redact_text(text);
        };
        let body = text.trim();
        let layout = if serde_json::to_string_pretty(&original).ok().as_deref() == Some(body) {
            serde_json::to_string_pretty(&doc)
        } else if serde_json::to_string(&original).ok().as_deref() == Some(body) {
            serde_json::to_string(&doc)
        } else {
            return self.redact_text(text);
        };
        let Ok(clean) = layout else {
            return self.redact_text(text);
        };
        let start = text.len() - text.trim_start().len();
        format!("{}{clean}{}", &text[..start], &text[start + body.len()..])
    }

    /// Redacts the strings in `node` (a string value read with its object key `field`);
    /// says whether anything changed.
    fn redact_node(&self, node: &mut Node<'_>, field: Option<&str>) -> bool {
        match node {
            Node::Scalar(_) => false,
            Node::Text(s) => {
                let clean = match field {
                    Some(field) => self.redact_field(field, s),
                    None => self.masked_text(s),
                };
                replace(s, clean)
            }
            Node::List(items) => items.iter_mut().fold(false, |changed, item| {
                self.redact_node(item, None) | changed
            }),
            Node::Object(pairs) => pairs.iter_mut().fold(false, |changed, (key, value)| {
                let value_changed = self.redact_node(value, Some(key));
                let clean = self.masked_text(key);
                replace(key, clean) | value_changed | changed
            }),
        }
    }

    /// A JSON value read with its key, so `"api_key": "…"` is caught like `api_key: …`.
    fn redact_field(&self, field: &str, value: &str) -> Option<String> {
        let mut line = String::with_capacity(field.len() + 2 + value.len());
        line.push_str(field);
        line.push_str(": ");
        let prefix = line.len();
        line.push_str(value);
        match self.masked_text(&line) {
            None => None,
            Some(clean) if clean.get(..prefix) == line.get(..prefix) => {
                Some(clean[prefix..].to_string())
            }
            Some(_) => self.masked_text(value),
        }
    }

    /// Plain text: the configured secrets, key-like patterns and long random-looking
    /// tokens, all found in the decoded view and masked in the text itself.
    fn redact_text(&self, text: &str) -> String {
        self.masked_text(text).unwrap_or_else(|| text.to_string())
    }

    /// `redact_text`, or `None` when there is nothing to mask: most strings of a JSON
    /// document are not copied.
    fn masked_text(&self, text: &str) -> Option<String> {
        if text.len() < MIN_SECRET_LEN {
            return None;
        }
        let view = View::decoded(text);
        let mut spans = Vec::new();
        if let Some(known) = self.known() {
            known.find(&view, &mut spans);
        }
        find_patterns(&view, &mut spans);
        find_random(&view, &mut spans);
        (!spans.is_empty()).then(|| masked(text, spans))
    }

    fn known(&self) -> Option<&Known> {
        self.known
            .get_or_init(|| Known::new(&self.secrets))
            .as_ref()
    }
}

impl Known {
    fn new(secrets: &[String]) -> Option<Known> {
        if secrets.is_empty() {
            return None;
        }
        let mut pieces = Vec::new();
        let mut whole = Vec::new();
        let mut prefixes = Vec::new();
        for secret in secrets {
            for form in encodings(secret) {
                let squeezed: Vec<char> = form.chars().filter(|c| !is_squeezed(*c)).collect();
                if squeezed.len() < PIECE {
                    pieces.push(squeezed.iter().collect::<String>());
                } else {
                    pieces.extend(
                        squeezed
                            .windows(PIECE)
                            .map(|w| w.iter().collect::<String>()),
                    );
                }
                let chars: Vec<char> = form.chars().collect();
                prefixes.extend(
                    (SHOWN_PREFIX + 1..PIECE.min(chars.len())).map(|n| chars[..n].iter().collect()),
                );
                whole.push(form);
            }
        }
        // A form of blanks and backslashes only would match everywhere once squeezed.
        pieces.retain(|p: &String| p.chars().count() >= MIN_SECRET_LEN.min(PIECE));
        for list in [&mut pieces, &mut whole, &mut prefixes] {
            list.sort();
            list.dedup();
        }
        let first_prefix = whole.len();
        whole.extend(prefixes);
        Some(Known {
            pieces: AhoCorasick::new(&pieces).ok()?,
            whole: AhoCorasick::new(&whole).ok()?,
            first_prefix,
        })
    }

    /// Adds the spans (in the original text) where a secret or a piece of one shows.
    fn find(&self, view: &View<'_>, spans: &mut Vec<Range<usize>>) {
        let squeezed = view.squeezed();
        spans.extend(
            self.pieces
                .find_overlapping_iter(squeezed.text.as_ref())
                .map(|m| squeezed.origin(m.range())),
        );
        let text = view.text.as_bytes();
        let alone =
            |b: Option<&u8>| b.is_none_or(|b| !(b.is_ascii_alphanumeric() || b"_-".contains(b)));
        for m in self.whole.find_overlapping_iter(view.text.as_ref()) {
            let prefix = m.pattern().as_usize() >= self.first_prefix;
            let before = m.start().checked_sub(1).and_then(|i| text.get(i));
            if !prefix || (alone(before) && alone(text.get(m.end()))) {
                spans.push(view.origin(m.range()));
            }
        }
    }
}

/// The forms a secret takes in pasted text, each decoded as the text will be: as is,
/// JSON-escaped, URL-encoded (these differ only where decoding depends on what is around).
fn encodings(secret: &str) -> Vec<String> {
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json
        .strip_prefix('"')
        .and_then(|j| j.strip_suffix('"'))
        .unwrap_or_default();
    let url = utf8_percent_encode(secret, URL_ENCODED).to_string();
    let mut forms = vec![secret.to_string()];
    for form in [json.to_string(), url] {
        forms.push(View::decoded(&form).text.into_owned());
        forms.push(form);
    }
    forms.retain(|f| !f.is_empty());
    forms.sort();
    forms.dedup();
    forms
}

/// Puts what redaction made of `s`, if anything, in its place; says whether it did.
fn replace(s: &mut Cow<'_, str>, clean: Option<String>) -> bool {
    let changed = clean.is_some();
    if let Some(clean) = clean {
        *s = Cow::Owned(clean);
    }
    changed
}

/// Adds the spans (in the original text) of every key-like pattern's secret.
fn find_patterns(view: &View<'_>, spans: &mut Vec<Range<usize>>) {
    let text = view.text.as_ref();
    let bytes = text.as_bytes();
    let triggers = &*TRIGGERS;
    let mut wanted = [false; PATTERNS.len()];
    for (at, first) in bytes.iter().enumerate() {
        for t in &triggers[usize::from(*first)] {
            wanted[t.pattern] = wanted[t.pattern] || t.stands_at(bytes, at);
        }
    }
    for (pattern, _) in PATTERNS.iter().zip(wanted).filter(|(_, w)| *w) {
        for caps in pattern.regex().captures_iter(text) {
            if let Some(secret) = caps.name("secret")
                && pattern.is_secret(secret.as_str())
            {
                spans.push(view.origin(secret.range()));
            }
        }
    }
}

/// The bytes of a token `find_random` weighs: letters, digits and `_+/=-`.
const TOKEN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'/' | b'=' | b'-');
        b += 1;
    }
    table
};

/// Adds the spans of long random-looking tokens (`looks_random`).
fn find_random(view: &View<'_>, spans: &mut Vec<Range<usize>>) {
    let text = view.text.as_bytes();
    let is_token = |b: u8| TOKEN_BYTES[usize::from(b)];
    let mut i = 0;
    while i < text.len() {
        let start = i;
        while i < text.len() && is_token(text[i]) {
            i += 1;
        }
        if i - start >= 20 && looks_random(&view.text[start..i]) {
            spans.push(view.origin(start..i));
        }
        i += 1;
    }
}

/// `text` with each of `spans` (merged where they touch) masked.
fn masked(text: &str, mut spans: Vec<Range<usize>>) -> String {
    if spans.is_empty() {
        return text.to_string();
    }
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut spans = spans.into_iter().peekable();
    while let Some(mut span) = spans.next() {
        while let Some(next) = spans.next_if(|n| n.start <= span.end) {
            span.end = span.end.max(next.end);
        }
        let start = span.start.max(copied);
        out.push_str(&text[copied..start]);
        out.push_str(&mask(text, start, span.end));
        copied = span.end.max(copied);
    }
    out.push_str(&text[copied..]);
    out
}

/// `text[start..end]` as `[REDACTED]`, keeping what holds the surrounding text together:
/// quotes, blanks, backslashes and the escapes that stand for those (`\n`, `\"`), and an
/// escape begun just before `start` (`\u00e9`). Each run of other characters, escapes of
/// ordinary characters included, becomes one `[REDACTED]`.
fn mask(text: &str, start: usize, end: usize) -> String {
    let backslashes_before = text[..start]
        .bytes()
        .rev()
        .take_while(|b| *b == b'\\')
        .count();
    let mut rest = &text[start..end];
    let mut out = String::new();
    let mut in_run = false;
    if backslashes_before % 2 == 1
        && let Some(c) = rest.chars().next()
    {
        let hex = if c == 'u' {
            rest[1..]
                .bytes()
                .take(4)
                .take_while(u8::is_ascii_hexdigit)
                .count()
        } else {
            0
        };
        out.push_str(&rest[..c.len_utf8() + hex]);
        rest = &rest[c.len_utf8() + hex..];
    }
    while let Some(c) = rest.chars().next() {
        let (len, keep) = match json_escape(rest) {
            Some((decoded, len)) => (len, is_structural(decoded)),
            None => (c.len_utf8(), is_structural(c)),
        };
        if keep {
            out.push_str(&rest[..len]);
            in_run = false;
        } else if !in_run {
            out.push_str(REDACTED);
            in_run = true;
        }
        rest = &rest[len..];
    }
    out
}

/// What a mask keeps: quotes, backslashes and blanks.
fn is_structural(c: char) -> bool {
    c == '"' || c == '\\' || c.is_whitespace()
}

/// What is taken out of text and secrets before pieces are compared.
fn is_squeezed(c: char) -> bool {
    c == '\\' || c.is_whitespace()
}

/// The JSON escape at the start of `s` (`\n`, `\"`, `\u0041`; a lone surrogate reads as
/// U+FFFD) and its length.
fn json_escape(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'\\') {
        return None;
    }
    let c = match b.get(1)? {
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'u' => {
            let hex = s
                .get(2..6)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            let code = u32::from_str_radix(hex, 16).ok()?;
            return Some((char::from_u32(code).unwrap_or('\u{fffd}'), 6));
        }
        _ => return None,
    };
    Some((c, 2))
}

/// The escape at the start of `s` that the decoded view undoes: a JSON escape, or `%XX`
/// standing for an ASCII character (other bytes stay encoded: they are never part of a
/// key, and decoding them alone could split a character).
fn escape(s: &str) -> Option<(char, usize)> {
    if s.starts_with('%') {
        let byte = u8::from_str_radix(s.get(1..3)?, 16).ok()?;
        return byte.is_ascii().then_some((char::from(byte), 3));
    }
    json_escape(s)
}

/// Text with its encodings undone, each byte knowing the bytes of the original it came
/// from. Hand-written rather than `percent_decode` and `serde_json`: those give the
/// decoded text, but not where each character was.
struct View<'a> {
    text: Cow<'a, str>,
    /// Original byte range of each byte of `text`; `None` while the view is the original.
    from: Option<Vec<(usize, usize)>>,
}

impl<'a> View<'a> {
    fn decoded(original: &'a str) -> View<'a> {
        let mut view = View {
            text: Cow::Borrowed(original),
            from: None,
        };
        for _ in 0..DECODE_DEPTH {
            if !view.text.bytes().any(|b| b == b'\\' || b == b'%') {
                break;
            }
            let next = view.map(|rest| escape(rest).map(|(c, len)| (Some(c), len)));
            if next.text == view.text {
                break;
            }
            view = next;
        }
        view
    }

    /// The view without blanks and backslashes.
    fn squeezed(&self) -> View<'a> {
        self.map(|rest| {
            rest.starts_with(is_squeezed)
                .then(|| (None, rest.chars().next().map_or(1, char::len_utf8)))
        })
    }

    /// A new view: `step` turns the bytes at the start of what is left into a character
    /// (or nothing) and says how many it took; where it declines, a character is copied.
    fn map(&self, step: impl Fn(&str) -> Option<(Option<char>, usize)>) -> View<'a> {
        let mut text = String::with_capacity(self.text.len());
        let mut from = Vec::with_capacity(self.text.len());
        let mut i = 0;
        while let Some(c) = self.text[i..].chars().next() {
            let (out, len) = step(&self.text[i..]).unwrap_or((Some(c), c.len_utf8()));
            if let Some(out) = out {
                text.push(out);
                let origin = self.origin(i..i + len);
                from.extend(std::iter::repeat_n(
                    (origin.start, origin.end),
                    out.len_utf8(),
                ));
            }
            i += len;
        }
        View {
            text: Cow::Owned(text),
            from: Some(from),
        }
    }

    /// Where `range` of the view came from in the original.
    fn origin(&self, range: Range<usize>) -> Range<usize> {
        match &self.from {
            None => range,
            Some(_) if range.is_empty() => range,
            Some(from) => from[range.start].0..from[range.end - 1].1,
        }
    }
}

/// A JSON document in its own key order (serde_json's `Value` sorts object keys), so a
/// redacted document is written back as it came.
#[derive(Clone)]
enum Node<'a> {
    /// `null`, a boolean or a number.
    Scalar(serde_json::Value),
    /// Borrowed from the document unless it held escapes or was redacted.
    Text(Cow<'a, str>),
    List(Vec<Node<'a>>),
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// A whole JSON object or array (what `--format json` and `.json` reports print).
fn json_document(text: &str) -> Option<Node<'_>> {
    matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'['))
        .then(|| serde_json::from_str(text).ok())
        .flatten()
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Scalar(v.into()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Scalar(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::Scalar(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Scalar(v.into()))
    }

    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Scalar(serde_json::Value::Null))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::Text(Cow::Owned(v.to_string())))
    }

    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::Text(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut pairs = Vec::new();
        // Keys read as nodes, so that they too are borrowed where they can be.
        while let Some((key, value)) = map.next_entry::<Node<'de>, Node<'de>>()? {
            let Node::Text(key) = key else {
                return Err(serde::de::Error::custom("a JSON object key is a string"));
            };
            pairs.push((key, value));
        }
        Ok(Node::Object(pairs))
    }
}

impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Scalar(v) => v.serialize(serializer),
            Node::Text(s) => serializer.serialize_str(s),
            Node::List(items) => serializer.collect_seq(items),
            Node::Object(pairs) => serializer.collect_map(pairs.iter().map(|(k, v)| (k, v))),
        }
    }
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
        || is_camel_words(seg)
        || seg.chars().all(|c| c.is_ascii_uppercase())
        || seg.chars().all(|c| c.is_ascii_hexdigit())
}

/// Words run together (`ArgumentCompleter`, `toBeOnline`): lower-case letters, each
/// capital starting a word of at least two letters; no digits.
fn is_camel_words(seg: &str) -> bool {
    let lower = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
    let mut words = seg.split(|c: char| c.is_ascii_uppercase());
    words.next().is_some_and(lower) && words.all(|w| !w.is_empty() && lower(w))
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

    /// Fake credentials nobody configured, one per header shape, and the pieces of each
    /// that must not survive (the first 4 characters may).
    const FAL_ID: &str = "3f6c2a1e-8b4d-4c7a-9e2f-1a2b3c4d5e6f";
    const FAL_SECRET: &str = "9b1e7c3d5f2a4e6b8d0c1f3a5e7b9d2c";
    const USEAPI: &str = "user:4821-UsQ7m2Lp9Rv4Tz8Wk3Hn";
    const R8: &str = "r8_Rp4Kq9Zt2Wx7Mv3Lb8Nc5Hd1Fg6Js0Ty4Ue";
    const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJGYWtlSXNzdWVyIn0.Zm9yZ2VkLXNpZ25hdHVyZQ";

    /// Each pasted shape with the distinctive pieces it carries.
    fn shapes() -> Vec<(String, Vec<&'static str>)> {
        let fal = format!("{FAL_ID}:{FAL_SECRET}");
        let named = KEY_NAMES.iter().flat_map(|name| {
            [
                format!("{}_KEY=plainvalue42 ./run", name.to_uppercase()),
                format!("{name}Key: \"plainvalue42\""),
                format!("{name}-key = plainvalue42"),
            ]
        });
        let named: Vec<_> = named.map(|shape| (shape, vec!["ainvalue42"])).collect();
        named.into_iter().chain(vec![
            (
                format!("Authorization: Key {fal}"),
                vec![&FAL_ID[4..], &FAL_SECRET[4..]],
            ),
            (
                format!(
                    "curl https://queue.fal.run/fal-ai/kling-video -H \"Authorization: Key {fal}\" -d '{{}}'"
                ),
                vec![&FAL_ID[9..], &FAL_SECRET[4..]],
            ),
            (
                format!("FAL_KEY={fal} python run.py"),
                vec![&FAL_ID[9..], &FAL_SECRET[4..]],
            ),
            (
                format!("key was {fal} yesterday"),
                vec![&FAL_ID[9..], &FAL_SECRET[4..]],
            ),
            (
                "X-API-Key: PiQ7m2Lp9Rv4Tz8Wk3Hn".into(),
                vec!["Q7m2Lp9Rv4Tz8Wk3Hn"],
            ),
            (
                "x-api-key: c0ffee00deadbeef11223344".into(),
                vec!["ee00deadbeef11223344"],
            ),
            (
                "api-key: azq7m2lp9rv4tz8wk3hn".into(),
                vec!["7m2lp9rv4tz8wk3hn"],
            ),
            ("-H 'X-API-Key:plainpassword'".into(), vec!["npassword"]),
            (
                "GET https://query.cometapi.com/user/quota?key=sk-CmQ7m2Lp9Rv4Tz8W&start=1".into(),
                vec!["CmQ7m2Lp9Rv4Tz8W"],
            ),
            (
                "GET https://api.example/v1/jobs?token=tkQ7m2Lp9Rv4Tz8W&page=2".into(),
                vec!["Q7m2Lp9Rv4Tz8W"],
            ),
            (
                format!("Authorization: Bearer {USEAPI}"),
                vec![&USEAPI[9..]],
            ),
            (format!("token {USEAPI} from the docs"), vec![&USEAPI[9..]]),
            (
                "Authorization: Bearer sk-proj-GwQ7m2Lp9Rv4Tz8Wk3Hn".into(),
                vec!["Q7m2Lp9Rv4Tz8Wk3Hn"],
            ),
            (
                "export OPENAI_API_KEY=sk-GwQ7m2Lp9Rv4Tz8Wk3Hn".into(),
                vec!["Q7m2Lp9Rv4Tz8Wk3Hn"],
            ),
            (format!("REPLICATE_API_TOKEN={R8}"), vec![&R8[4..]]),
            (
                format!("replicate.exceptions.ReplicateError: token {R8} invalid"),
                vec![&R8[4..]],
            ),
            (
                format!("Authorization: Bearer {JWT}"),
                vec!["eyJpc3MiOiJGYWtlSXNzdWVyIn0", "Zm9yZ2VkLXNpZ25hdHVyZQ"],
            ),
            (
                format!("jwt={JWT}"),
                vec!["eyJpc3MiOiJGYWtlSXNzdWVyIn0", "Zm9yZ2VkLXNpZ25hdHVyZQ"],
            ),
            (
                "{\"apiKey\": \"ak7Q2mLp9Rv4Tz8W\", \"model\": \"kling-v2-6\"}".into(),
                vec!["Q2mLp9Rv4Tz8W"],
            ),
            (
                "Proxy-Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==".into(),
                vec!["cjpwYXNzd29yZDEyMw"],
            ),
        ])
        .collect()
    }

    /// How a paste arrives: as typed, JSON-escaped (a log line), URL-encoded (a query
    /// value), URL-encoded inside a JSON string, and as a JSON document's value.
    fn arrivals(text: &str) -> Vec<(&'static str, String)> {
        vec![
            ("raw", text.to_string()),
            ("json-escaped", json_escaped(text)),
            ("url-encoded", url_encoded(text)),
            (
                "url-encoded, json-escaped",
                json_escaped(&url_encoded(text)),
            ),
            (
                "json document",
                serde_json::json!({"error": text, "n": 1}).to_string(),
            ),
        ]
    }

    #[test]
    fn pasted_credentials_never_survive_in_any_shape_or_encoding() {
        let id = "request_id 9984d27b-a408-4073-ae28-17ca6a13622d";
        let r = Redactor::new(["kd-unit-canary-Q7m2Lp9Rv4".to_string()]);
        for (shape, pieces) in shapes() {
            for (how, text) in arrivals(&format!("{shape} {id}")) {
                let out = r.redact(&text);
                let decoded = View::decoded(&out).text.into_owned();
                for piece in &pieces {
                    for seen in [&out, &decoded] {
                        assert!(
                            !seen.contains(piece),
                            "{piece} survived ({how}) in {seen:?}"
                        );
                    }
                }
                assert!(out.contains(REDACTED), "nothing masked ({how}) in {out:?}");
                assert!(
                    decoded.contains(&id[11..]),
                    "the request id was lost ({how}) in {out:?}"
                );
                if how == "json document" {
                    serde_json::from_str::<serde_json::Value>(&out).expect("still JSON");
                }
            }
        }
    }

    #[test]
    fn what_looks_like_a_key_but_is_not_survives() {
        let r = Redactor::default();
        for text in [
            "Invalid Key Authorization header format. Expected '<key_id>:<key_secret>'.",
            "Send `Authorization: Key <key_id>:<key_secret>` to fal.ai and `X-API-Key: <key>` to PiAPI",
            "finding provider-key-quota: raise this key's limit; task-failed tasks are not charged",
            "request 9984d27b-a408-4073-ae28-17ca6a13622d: failed at 12:30",
            "GET /user/quota?start_date=2026-01-01&end_date=2026-01-31",
            "rules/checks/30-pack.yaml:pack-status user: someone",
            "useapi.net says user:email is required; risk-assessment-documentation",
            "{\"code\":1102,\"message\":\"Account balance not enough\",\"request_id\":\"req-42\"}",
            "Give the tool more facts with --set KEY=VALUE; monkey = banana-bread-recipe",
        ] {
            assert_eq!(r.redact(text), text);
        }
    }

    #[test]
    fn masks_keep_escapes_that_hold_text_together() {
        let cases = [
            (
                "abc \\\"Zq9xK2mP7vL4wqQxAb3Cd5Ef\\\" end",
                "abc \\\"[REDACTED]\\\" end",
            ),
            ("Ak7Gh2Kd9Lm3\\u0041Np5Qr8St1Uv4Wx6Yz0", "[REDACTED]"),
            (
                "Authorization%3A%20Key%20abcdef12%3Aghijkl34",
                "Authorization%3A%20Key%20[REDACTED]",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(Redactor::default().redact(input), expected, "{input}");
        }
    }

    #[test]
    fn a_redacted_document_keeps_its_layout() {
        let r = Redactor::default();
        let doc =
            serde_json::json!({"z": "Bearer Zq9xK2mP7vL4wqQ", "a": [1.5, null, true], "m": "x"});
        for text in [
            format!("{}\n", serde_json::to_string_pretty(&doc).expect("json")),
            serde_json::to_string(&doc).expect("json"),
            "{ \"z\" : \"Bearer Zq9xK2mP7vL4wqQ\" }".to_string(),
        ] {
            let out = r.redact(&text);
            assert_eq!(out, text.replace("Zq9xK2mP7vL4wqQ", REDACTED));
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
        utf8_percent_encode(s, URL_ENCODED).to_string()
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
            shape in 0usize..14,
            uuid in "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            encoding in 0usize..3,
        ) {
            let pasted = match shape {
                0 => format!("curl -s https://api.example/v1/videos \\\n  -H 'Authorization: Bearer {secret}' \\\n  -d '{{}}'"),
                1 => format!("Authorization: {secret}"),
                2 => format!("GET /user/quota?key={secret}&start_date=2026-01-01"),
                3 => format!("{{\"api_key\": \"{secret}\"}}"),
                4 => format!("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ{secret}.{secret}"),
                5 => format!("sk-{secret}"),
                6 => format!("-H \"Authorization: Key {uuid}:{secret}\""),
                7 => format!("X-API-Key: {secret}"),
                8 => format!("api-key: {}", secret.to_lowercase()),
                9 => format!("Bearer user:{}-{secret}", secret.len() * 37),
                10 => format!("r8_{secret}"),
                11 => format!("https://api.example/v1?token={secret}&x=1"),
                12 => format!("Authorization: Key {uuid}:{}", secret.to_lowercase()),
                _ => format!("{secret}Zz9{secret}"),
            };
            let pasted = match encoding {
                0 => pasted,
                1 => json_escaped(&pasted),
                _ => url_encoded(&pasted),
            };
            let secret = if matches!(shape, 8 | 12) { secret.to_lowercase() } else { secret };
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

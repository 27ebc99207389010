//! Reads one rule file into its serde mirror, within resource limits, so a broken or
//! hostile file can neither hang nor exhaust memory. Parser problems become located
//! `RuleError`s of their own kind (unknown key, wrong type, …) with wording from
//! `locales/`, instead of the parser's developer-oriented text.

use std::sync::atomic::{AtomicUsize, Ordering};

use serde::de::DeserializeOwned;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::{Error, MessageFormatter, UserMessageFormatter};

use super::raw;
use super::source::{MAX_FILE_BYTES, RuleFile};
use super::{RuleError, RuleErrorKind};
use crate::suggest::closest;

/// Deepest nesting of lists and maps; rule files need about eight levels.
pub const MAX_DEPTH: usize = 32;

/// Most `*alias` uses in one file.
pub const MAX_ALIASES: usize = 1_000;

/// Most YAML events replayed by aliases in one file (what stops an alias bomb).
pub const MAX_ALIAS_EVENTS: usize = 100_000;

/// Most values (scalars, lists and maps) in one file.
pub const MAX_NODES: usize = 200_000;

/// Most aliases per anchor once a file uses 100 aliases (the parser's heuristic against
/// one anchor repeated into a flood).
pub const ALIAS_RATIO: usize = 10;

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ALIASES,
            max_nodes: MAX_NODES,
            max_events: 2 * MAX_NODES,
            max_documents: 1,
            alias_anchor_ratio_multiplier: ALIAS_RATIO,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_ALIAS_EVENTS,
            max_replay_stack_depth: MAX_DEPTH,
        },
    }
}

/// Parses `file`, whose top-level key is `top` (for the hint on an empty file).
pub fn parse<T: DeserializeOwned>(file: &RuleFile, top: &str) -> Result<T, Box<RuleError>> {
    let at = |line: u64, column: u64, kind: RuleErrorKind| {
        Box::new(RuleError::at(&file.display, line, column, kind))
    };
    if file.text.len() > MAX_FILE_BYTES {
        let kind = RuleErrorKind::ResourceLimit {
            limit: "size",
            max: MAX_FILE_BYTES,
        };
        return Err(at(1, 1, kind));
    }
    if file.text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---"
    }) {
        let kind = RuleErrorKind::EmptyFile {
            top: top.to_string(),
        };
        return Err(at(1, 1, kind));
    }
    serde_saphyr::from_str_with_options::<T>(&file.text, options())
        .map_err(|e| Box::new(located(&file.display, &file.text, &e)))
}

/// `parse` for each of `files`, in order, on as many threads as there are cores: a large
/// `--rules DIR` spends most of its load inside the YAML parser, which reads one file on
/// one core. Each thread takes the next file left, so one big file does not hold up the
/// rest.
pub fn parse_all<T: DeserializeOwned + Send>(
    files: &[&RuleFile],
    top: &str,
) -> Vec<Result<T, Box<RuleError>>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len());
    if threads <= 1 {
        return files.iter().map(|file| parse(file, top)).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(file) = files.get(i) else {
                return done;
            };
            done.push((i, parse(file, top)));
        }
    };
    let mut done: Vec<(usize, Result<T, Box<RuleError>>)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut done = work();
        for helper in helpers {
            done.extend(
                helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        done
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, parsed)| parsed).collect()
}

/// The error's own location, or the first tab in an indentation when the parser's
/// complaint is really about a tab.
fn located(display: &str, text: &str, error: &Error) -> RuleError {
    let error = innermost(error);
    let (line, column) = error
        .location()
        .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
    let token = token_at(text, line, column);
    let (kind, width) = classify(error, &token);
    if let RuleErrorKind::Yaml(_) = kind
        && let Some((tab_line, tab_column)) = first_indent_tab(text)
    {
        return RuleError::at(display, tab_line, tab_column, RuleErrorKind::TabIndent);
    }
    RuleError::at(display, line, column, kind).with_width(width)
}

/// Looks through the wrappers that only add a snippet or an alias's second location.
fn innermost(error: &Error) -> &Error {
    match error.without_snippet() {
        Error::AliasError { error, .. } => innermost(error),
        other => other,
    }
}

/// The parser's words for the mistakes people make in rule files, and the kind of
/// mistake each is (`rules-error-syntax` words them in each language). Anything else
/// keeps the parser's own English text, introduced as such.
const SYNTAX: [(&str, &str); 13] = [
    ("mapping values are not allowed", "colon"),
    ("did not find expected key", "indent"),
    ("did not find expected '-' indicator", "indent"),
    ("simple key expected ':'", "key"),
    ("unclosed quote", "quote"),
    ("unknown escape character", "escape"),
    ("unexpected character", "token"),
    ("expected ',' or ']'", "flow"),
    ("expected ',' or '}'", "flow"),
    ("bracket", "flow"),
    ("EOF while parsing a flow", "flow"),
    ("EOF while parsing an implicit flow", "flow"),
    ("block sequence entries are not allowed", "list"),
];

fn classify(error: &Error, token: &str) -> (RuleErrorKind, usize) {
    let width = token.chars().count();
    match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let suggestion = closest(field, expected.iter().copied()).map(str::to_string);
            let expected = expected
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let kind = RuleErrorKind::UnknownKey {
                key: field.clone(),
                suggestion,
                expected,
            };
            (kind, field.chars().count())
        }
        Error::SerdeMissingField { field, .. } => (
            RuleErrorKind::MissingKey {
                key: (*field).to_string(),
            },
            1,
        ),
        Error::DuplicateMappingKey { key, .. } => {
            let key = key.clone().unwrap_or_else(|| token.to_string());
            let width = key.chars().count();
            (RuleErrorKind::DuplicateKey { key }, width)
        }
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            (wrong_type(expected, token), width)
        }
        Error::InvalidScalar { ty, .. } => (wrong_type(ty, token), width),
        Error::Unexpected { expected, .. } => (wrong_type(expected, token), width),
        Error::InvalidBooleanStrict { .. } => (wrong_type("boolean", token), width),
        Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => (RuleErrorKind::MultipleDocuments, 3),
        Error::Budget { breach, .. } => (budget(breach), 1),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => (
            RuleErrorKind::ResourceLimit {
                limit: "alias-expansion",
                max: MAX_ALIAS_EVENTS,
            },
            1,
        ),
        Error::MultipleDocuments { .. } => (RuleErrorKind::MultipleDocuments, 3),
        other => {
            let message = UserMessageFormatter.format_message(other).into_owned();
            match SYNTAX.iter().find(|(text, _)| message.contains(text)) {
                Some((_, what)) => (RuleErrorKind::Syntax { what }, width.max(1)),
                None => (RuleErrorKind::Yaml(message), 1),
            }
        }
    }
}

/// A value of the wrong kind; `expected` is serde's or the parser's wording, reduced
/// to a word the messages can translate.
fn wrong_type(expected: &str, token: &str) -> RuleErrorKind {
    let e = expected.to_ascii_lowercase();
    // Our own visitors' words and the parser's "x or y" pass on as they are.
    let word = if [raw::EXPECTING_NUMBER_OR_TEXT, raw::EXPECTING_NUMBER_OR_FACT].contains(&expected)
        || e.contains(" or ")
    {
        expected
    } else if e.contains("bool") {
        "boolean"
    } else if e.contains("float") || e.contains("f64") || e.contains("number") {
        "number"
    } else if ["u8", "u16", "u32", "u64", "i32", "i64", "integer"]
        .iter()
        .any(|t| e.contains(t))
    {
        "integer"
    } else if e.contains("sequence") || e.contains("list") {
        "list"
    } else if e.contains("map") || e.contains("struct") {
        "map"
    } else if e.contains("string") {
        "text"
    } else {
        expected
    };
    RuleErrorKind::WrongType {
        found: token.to_string(),
        expected: word.to_string(),
    }
}

fn budget(breach: &BudgetBreach) -> RuleErrorKind {
    let (limit, max) = match breach {
        BudgetBreach::Depth { .. } => ("depth", MAX_DEPTH),
        BudgetBreach::Aliases { .. } => ("aliases", MAX_ALIASES),
        BudgetBreach::Anchors { .. } => ("anchors", MAX_ALIASES),
        BudgetBreach::Events { .. } => ("nodes", 2 * MAX_NODES),
        BudgetBreach::Nodes { .. } => ("nodes", MAX_NODES),
        BudgetBreach::AliasAnchorRatio { .. } => ("alias-ratio", ALIAS_RATIO),
        _ => ("alias-expansion", MAX_ALIAS_EVENTS),
    };
    RuleErrorKind::ResourceLimit { limit, max }
}

/// The value that starts at `line:column` (1-based), as the author wrote it: a scalar up
/// to the next separator, `[…]` or `{…}` for a collection. A position at a `key:` means
/// its value; an `&anchor` is skipped.
fn token_at(text: &str, line: u64, column: u64) -> String {
    let Some(l) = usize::try_from(line)
        .ok()
        .and_then(|n| text.lines().nth(n.saturating_sub(1)))
    else {
        return String::new();
    };
    let skip = usize::try_from(column).map_or(0, |c| c.saturating_sub(1));
    let mut rest: String = l.chars().skip(skip).collect();
    let is_key = rest
        .split_once(':')
        .is_some_and(|(k, v)| !k.contains([' ', '{', '[', '"', '\'']) && v.starts_with(' '));
    if is_key && let Some((_, value)) = rest.split_once(": ") {
        rest = value.trim_start().to_string();
    }
    if rest.starts_with('&') {
        rest = rest
            .split_once(' ')
            .map_or(String::new(), |(_, v)| v.trim_start().to_string());
    }
    let token = match rest.chars().next() {
        Some('[') => Some("[…]".to_string()),
        Some('{') => Some("{…}".to_string()),
        Some(q @ ('"' | '\'')) => rest[1..].split(q).next().map(|t| format!("{q}{t}{q}")),
        _ => rest
            .split([',', '}', ']', '#'])
            .next()
            .map(|t| t.trim_end().to_string()),
    };
    token.unwrap_or_default().chars().take(60).collect()
}

/// 1-based line and column of the first tab in a line's leading whitespace.
fn first_indent_tab(text: &str) -> Option<(u64, u64)> {
    text.lines().enumerate().find_map(|(i, l)| {
        let indent = &l[..l.len() - l.trim_start().len()];
        indent
            .chars()
            .position(|c| c == '\t')
            .map(|col| (i as u64 + 1, col as u64 + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
        #[serde(default)]
        anything: Option<serde::de::IgnoredAny>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        #[serde(default)]
        on: Option<bool>,
    }

    fn kind(text: &str) -> (RuleErrorKind, u64, u64) {
        let file = RuleFile {
            display: "t.yaml".into(),
            rel: "t.yaml".into(),
            text: text.into(),
        };
        let e = parse::<Doc>(&file, "items").expect_err("must fail");
        (e.kind, e.line, e.column)
    }

    #[test]
    fn parser_problems_get_their_own_kind_and_place() {
        let cases: &[(&str, &str, u64, u64)] = &[
            ("items:\n  - nmae: a\n", "UnknownKey", 2, 5),
            ("items:\n  - on: true\n", "MissingKey", 2, 5),
            ("items:\n  - name: a\n    name: b\n", "DuplicateKey", 3, 5),
            ("items:\n  - name: a\n    on: maybe\n", "WrongType", 3, 9),
            ("items:\n  - name: a\n\t  on: true\n", "TabIndent", 3, 1),
            ("# nothing\n\n", "EmptyFile", 1, 1),
            ("items: []\n---\nitems: []\n", "MultipleDocuments", 2, 1),
            // Syntax mistakes are named, not quoted.
            (
                "items:\n  - name: a: b\n",
                r#"Syntax { what: "colon" }"#,
                2,
                12,
            ),
            (
                "items:\n  - name: a\n   on: true\n",
                r#"Syntax { what: "indent" }"#,
                3,
                4,
            ),
            (
                "items:\n  - name: a\n - name: b\n",
                r#"Syntax { what: "indent" }"#,
                3,
                2,
            ),
            (
                "items:\n  - name: a\n  other\n",
                r#"Syntax { what: "key" }"#,
                3,
                3,
            ),
            (
                "items:\n  - name: \"a\n",
                r#"Syntax { what: "quote" }"#,
                2,
                11,
            ),
            (
                "items:\n  - name: 'a\n",
                r#"Syntax { what: "quote" }"#,
                2,
                11,
            ),
            (
                "items:\n  - name: \"a\\q\"\n",
                r#"Syntax { what: "escape" }"#,
                2,
                11,
            ),
            (
                "items:\n  - name: @a\n",
                r#"Syntax { what: "token" }"#,
                2,
                11,
            ),
            (
                "items: []\nanything: [a, b\n",
                r#"Syntax { what: "flow" }"#,
                2,
                11,
            ),
            (
                "items: []\nanything: { a: 1\n",
                r#"Syntax { what: "flow" }"#,
                2,
                11,
            ),
            (
                "items: []\nanything: [a, ,]\n",
                r#"Syntax { what: "flow" }"#,
                2,
                15,
            ),
            (
                "items: []\nanything: [a, }\n",
                r#"Syntax { what: "flow" }"#,
                2,
                11,
            ),
            ("items: - a\n", r#"Syntax { what: "list" }"#, 1, 8),
            // What `SYNTAX` does not know keeps the parser's words.
            ("items:\n  - name: &\n", "Yaml(", 2, 11),
        ];
        for (text, expected, line, column) in cases {
            let (kind, l, c) = kind(text);
            assert!(
                format!("{kind:?}").starts_with(expected),
                "{text:?}: {kind:?}"
            );
            assert_eq!((l, c), (*line, *column), "{text:?}: {kind:?}");
        }
    }

    #[test]
    fn hostile_files_stop_at_a_limit() {
        let deep = format!(
            "items: []\nanything: {}{}\n",
            "[".repeat(200),
            "]".repeat(200)
        );
        let mut bomb =
            String::from("items: []\nanything:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in "bcdefgh".chars().zip("abcdefg".chars()) {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            bomb.push_str(&format!("  {name}: &{name} [{refs}]\n"));
        }
        for text in [deep, bomb, "x".repeat(MAX_FILE_BYTES + 1)] {
            let (kind, _, _) = kind(&text);
            assert!(
                matches!(kind, RuleErrorKind::ResourceLimit { .. }),
                "{kind:?}"
            );
        }
    }
}

//! What the wizard adds after the diagnosis: where to find what the user did not know,
//! and the equivalent non-interactive command line, to re-run or to share.

use std::fmt::Write as _;

use super::{Session, help_key};
use crate::facts::key;
use crate::facts::{Facts, Origin};
use crate::input::apply_error;
use crate::input::error_text::first_json_object;
use crate::render::View;
use crate::rules::{RuleSet, RuleSource};

/// The closing hints as text (the caller redacts and writes them).
pub fn render(session: &Session, view: &View<'_>, source: &RuleSource) -> String {
    let tr = &view.tr;
    let mut out = String::new();
    // Only what could still change the diagnosis is worth finding out.
    let unknown: Vec<&String> = session
        .declined
        .iter()
        .filter(|fact| view.diagnosis.unknown.contains(fact))
        .collect();
    if !unknown.is_empty() {
        let _ = writeln!(out, "{}", tr.tr("wizard-find-out-heading"));
        for fact in unknown {
            if let Some(def) = view.rules.facts.get(fact) {
                let _ = writeln!(out, "  ? {}", tr.tr(&def.question));
            }
            let _ = writeln!(out, "    → {}", tr.tr(&help_key(fact)));
            let _ = writeln!(out, "    → {}", view.answer_hint(fact));
        }
        out.push('\n');
    }
    // After 1303 or a fresh purchase, `watch` waits so the user need not poll by hand.
    let found = |id: &str| view.diagnosis.findings.iter().any(|f| f.id == id);
    let watch = [
        ("concurrency-limit", "wizard-hint-watch-slots"),
        ("balance-delay", "wizard-hint-watch-balance"),
    ];
    let hints: Vec<&str> = watch
        .iter()
        .filter(|(id, _)| found(id))
        .map(|(_, key)| *key)
        .collect();
    for key in &hints {
        let _ = writeln!(out, "→ {}", tr.tr(key));
    }
    if !hints.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "{}", tr.tr("wizard-rerun-heading"));
    let _ = writeln!(out, "  {}", command_line(view.facts, view.rules, source));
    out
}

/// `kling-doctor diagnose --non-interactive …` with every fact the run knew, except those
/// that `--error` gives again. Shell-quoted.
pub fn command_line(facts: &Facts, rules: &RuleSet, source: &RuleSource) -> String {
    let mut words: Vec<String> = ["kling-doctor", "diagnose", "--non-interactive"]
        .map(String::from)
        .to_vec();
    if let RuleSource::Dir(dir) = source {
        words.push("--rules".into());
        words.push(quote(&dir.display().to_string()));
    }
    let known = |key: &str| {
        facts
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, known)| known)
    };
    // What the shortened `--error` still tells, so nothing read from the paste is lost.
    let mut from_error = Facts::default();
    if let Some(error) = known(key::ERROR) {
        let text = shorten(&error.value.to_string());
        apply_error(&mut from_error, &text, rules, Origin::Flag);
        words.push("--error".into());
        words.push(quote(&text));
    }
    let mut probed = false;
    for def in rules.facts.iter().filter(|def| def.key != key::ERROR) {
        let Some(fact) = known(&def.key) else {
            continue;
        };
        if fact.origin == Origin::ErrorText && from_error.get(&def.key) == Some(&fact.value) {
            continue;
        }
        // Live facts are read again by --probe rather than frozen into the command line.
        if fact.origin == Origin::Probe {
            probed = true;
            continue;
        }
        words.push("--set".into());
        words.push(quote(&format!("{}={}", def.key, fact.value)));
    }
    if probed {
        words.push("--probe".into());
    }
    words.join(" ")
}

/// The pasted error as one short argument: its JSON body on one line when it has one
/// (a `curl -i` dump loses its headers), any other text as it was.
fn shorten(text: &str) -> String {
    first_json_object(text).map_or_else(|| text.to_string(), |json| json.to_string())
}

/// Single-quotes a shell word unless it is made of characters no shell treats specially.
fn quote(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::apply_pair;
    use crate::rules;

    #[test]
    fn the_command_line_repeats_every_fact_but_those_read_from_the_error_or_probed() {
        let rules = rules::load(&RuleSource::Embedded)
            .map(|(rules, _)| rules)
            .unwrap_or_else(|e| panic!("built-in rules: {e:?}"));
        // (pasted error, facts as (key, value, origin), expected command line)
        let cases: &[(Option<&str>, &[(&str, &str, Origin)], &str)] = &[
            (
                Some("{\n  \"code\": 1102,\n  \"message\": \"Account balance not enough\"\n}"),
                &[("package_status", "expired", Origin::Wizard)],
                r#"kling-doctor diagnose --non-interactive --error '{"code":1102,"message":"Account balance not enough"}' --set package_status=expired"#,
            ),
            (
                Some("1303"),
                &[
                    ("running_tasks", "5", Origin::Wizard),
                    ("concurrency_limit", "5", Origin::Flag),
                ],
                "kling-doctor diagnose --non-interactive --error 1303 --set running_tasks=5 --set concurrency_limit=5",
            ),
            (
                Some("1102"),
                &[
                    ("package_status", "expired", Origin::Probe),
                    ("units_left", "0", Origin::Probe),
                    ("credits_from", "api", Origin::Wizard),
                ],
                "kling-doctor diagnose --non-interactive --error 1102 --set credits_from=api --probe",
            ),
            (
                None,
                &[
                    ("units_left", "12,5", Origin::AnswersFile),
                    ("model", "2.5 turbo", Origin::Wizard),
                    ("package_expires", "2026-12-31", Origin::Wizard),
                ],
                "kling-doctor diagnose --non-interactive --set model=kling-v2-5-turbo --set package_expires=2026-12-31 --set units_left=12.5",
            ),
            (
                Some(
                    "HTTP/2 429\ncontent-type: application/json\n\n{\"code\": 1303, \"request_id\": \"r-1\"}",
                ),
                &[("running_tasks", "5", Origin::Wizard)],
                r#"kling-doctor diagnose --non-interactive --error '{"code":1303,"request_id":"r-1"}' --set http_status=429 --set running_tasks=5"#,
            ),
            (
                Some("it's broken"),
                &[],
                r"kling-doctor diagnose --non-interactive --error 'it'\''s broken'",
            ),
        ];
        for (error, pairs, expected) in cases {
            let mut facts = Facts::default();
            if let Some(text) = error {
                apply_error(&mut facts, text, &rules, Origin::Wizard);
            }
            for (key, value, origin) in *pairs {
                apply_pair(&mut facts, key, value, *origin, &rules).expect("valid fact");
            }
            assert_eq!(
                command_line(&facts, &rules, &RuleSource::Embedded),
                *expected,
                "{error:?} {pairs:?}"
            );
        }
    }
}

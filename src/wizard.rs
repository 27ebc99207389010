//! The guided wizard: what `kling-doctor` does on a terminal. It asks only the questions
//! the engine still has open, in the engine's order, and decides nothing itself: each
//! answer becomes a fact and the engine is asked again. The terminal side lives in
//! `prompts`; the flow talks to it through `Asker`, so tests can script the user.

mod epilogue;
mod prompts;

use jiff::Timestamp;

use crate::cli::Format;
use crate::config::Config;
use crate::engine;
use crate::error::AppError;
use crate::facts::key;
use crate::facts::{FactDef, Facts, Origin, Value};
use crate::i18n::Tr;
use crate::input::apply_error;
use crate::input::error_text::ParsedError;
use crate::redact::Redactor;
use crate::render::View;
use crate::rules::RuleSet;

/// Learns facts from the API (what `--probe` does). The caller passes one only when
/// credentials are present and `--probe` did not already run; the wizard offers it once.
pub type Probe<'p> = &'p dyn Fn() -> Facts;

/// The user's answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Value(Value),
    /// "I don't know": the fact stays unknown and is never asked again.
    DontKnow,
}

/// Whoever answers the wizard's questions: the terminal, or a script in tests.
/// Every method returns `AppError::Interrupted` when the user stops.
pub trait Asker {
    /// Step 1, what Kling answered: the pasted or picked error text, `None` for a check-up.
    fn error(&mut self) -> Result<Option<String>, AppError>;
    /// Whether to run the probe now.
    fn offer_probe(&mut self) -> Result<bool, AppError>;
    /// One fact, asked with the question message `question`.
    fn fact(&mut self, def: &FactDef, question: &str) -> Result<Answer, AppError>;
}

/// What the conversation did, for the closing hints and for tests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Session {
    /// Whether step 1 (the error) was asked.
    pub asked_error: bool,
    /// Facts asked, in order.
    pub asked: Vec<String>,
    /// Facts answered with "I don't know", in order.
    pub declined: Vec<String>,
}

impl Session {
    pub fn asked_anything(&self) -> bool {
        self.asked_error || !self.asked.is_empty()
    }
}

/// Message key of the line saying where to find `fact`: `wizard-help-units-left`.
pub fn help_key(fact: &str) -> String {
    format!("wizard-help-{}", fact.replace('_', "-"))
}

/// The next question to ask: the first open question (in the engine's order) whose fact
/// nobody supplied and the user has not declined.
pub fn next_question<'q>(
    open: &'q [(String, String)],
    facts: &Facts,
    declined: &[String],
) -> Option<&'q (String, String)> {
    open.iter()
        .find(|(fact, _)| facts.get(fact).is_none() && !declined.contains(fact))
}

/// Runs the whole conversation over `facts` (already holding the flags, the answers file
/// and `--error`): step 1 unless an error is known, the probe offer, then one question
/// at a time until the engine has nothing left to ask.
pub fn converse(
    rules: &RuleSet,
    now: Timestamp,
    facts: &mut Facts,
    error: &mut Option<ParsedError>,
    asker: &mut dyn Asker,
    probe: Option<Probe<'_>>,
) -> Result<Session, AppError> {
    let mut session = Session::default();
    if facts.get(key::ERROR).is_none() && facts.get(key::ERROR_CODE).is_none() {
        session.asked_error = true;
        if let Some(text) = asker.error()? {
            *error = Some(apply_error(facts, &text, rules, Origin::Wizard));
        }
    }
    if let Some(probe) = probe
        && !engine::evaluate(rules, facts, now).questions().is_empty()
        && asker.offer_probe()?
    {
        for (key, known) in probe().iter() {
            facts.insert(key, known.value.clone(), Origin::Probe);
        }
    }
    // Each round settles one fact for good, so there are at most as many rounds as facts.
    for _ in 0..=rules.facts.iter().count() {
        let open = engine::evaluate(rules, facts, now).questions();
        let Some((fact, question)) = next_question(&open, facts, &session.declined) else {
            break;
        };
        let Some(def) = rules.facts.get(fact) else {
            session.declined.push(fact.clone());
            continue;
        };
        session.asked.push(fact.clone());
        match asker.fact(def, question)? {
            Answer::Value(value) => facts.insert(fact, value, Origin::Wizard),
            Answer::DontKnow => session.declined.push(fact.clone()),
        }
    }
    Ok(session)
}

/// The wizard on the terminal. `probe` is the optional hook described at `Probe`.
pub fn run(
    config: &Config,
    rules: &'static RuleSet,
    tr: Tr<'_>,
    facts: &mut Facts,
    error: &mut Option<ParsedError>,
    probe: Option<Probe<'_>>,
) -> Result<Session, AppError> {
    let mut prompts = prompts::Prompts::new(rules, tr, config);
    converse(rules, config.now, facts, error, &mut prompts, probe)
}

/// Adds the closing hints (how to find out what was declined, the equivalent command
/// line) after the diagnosis: to the text output, or on stderr beside JSON and Markdown
/// so that stdout stays one document. Nothing when the wizard asked nothing.
pub fn finish(session: &Session, view: &View<'_>, config: &Config, stdout: &mut String) {
    if !session.asked_anything() {
        return;
    }
    let text = epilogue::render(session, view, &config.rules);
    if config.format == Format::Text {
        stdout.push('\n');
        stdout.push_str(&text);
    } else {
        let redacted = Redactor::new(config.secrets.clone()).redact(&text);
        // Not `eprint!`, which panics when stderr is closed.
        let _ = crate::write_all(&mut std::io::stderr(), &redacted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::input::apply_pair;
    use crate::rules::{self, RuleSource};

    fn rules() -> RuleSet {
        rules::load(&RuleSource::Embedded)
            .map(|(rules, _)| rules)
            .unwrap_or_else(|e| panic!("built-in rules: {e:?}"))
    }

    fn now() -> Timestamp {
        "2026-11-25T12:00:00Z".parse().expect("timestamp")
    }

    fn facts(rules: &RuleSet, pairs: &[&str]) -> Facts {
        let mut facts = Facts::default();
        for pair in pairs {
            let (key, value) = pair.split_once('=').expect("key=value");
            apply_pair(&mut facts, key, value, Origin::Flag, rules).expect("valid fact");
        }
        facts
    }

    #[test]
    fn the_next_question_is_the_first_open_one_nobody_answered() {
        // (known facts, declined facts, next fact to ask)
        let cases: &[(&[&str], &[&str], Option<&str>)] = &[
            (&[], &[], Some("package_status")),
            (&["error=1102"], &[], Some("package_status")),
            (&["error=1102", "package_status=expired"], &[], None),
            (&["error=1102", "package_status=none"], &[], None),
            (
                &["error=1102"],
                &["package_status"],
                Some("package_expires"),
            ),
            (
                &["error=1102"],
                &["package_status", "package_expires"],
                Some("units_left"),
            ),
            (
                &["error=1102", "package_status=online"],
                &[],
                Some("units_left"),
            ),
            (
                &["error=1102", "package_status=online", "units_left=3"],
                &[],
                Some("model"),
            ),
            (
                &[
                    "error=1102",
                    "package_status=online",
                    "units_left=3",
                    "model=kling-v3",
                ],
                &[],
                Some("mode"),
            ),
            (
                &[
                    "error=1102",
                    "package_status=online",
                    "units_left=3",
                    "model=kling-v3",
                    "mode=pro",
                ],
                &[],
                Some("duration"),
            ),
            (&["error=1303"], &[], Some("running_tasks")),
            (
                &["error=1303", "running_tasks=5"],
                &[],
                Some("concurrency_limit"),
            ),
            (
                &["error=1303", "running_tasks=5", "concurrency_limit=5"],
                &[],
                None,
            ),
            (&["error=1303"], &["running_tasks"], None),
            (&["error=1004"], &[], Some("clock_skew_s")),
            (&["error=1302"], &[], None),
            (&["error=1201"], &[], None),
        ];
        let rules = rules();
        let mut failures = Vec::new();
        for (known, declined, expected) in cases {
            let facts = facts(&rules, known);
            let declined: Vec<String> = declined.iter().map(|d| d.to_string()).collect();
            let open = engine::evaluate(&rules, &facts, now()).questions();
            let got = next_question(&open, &facts, &declined).map(|(f, _)| f.as_str());
            if got != *expected {
                failures.push(format!(
                    "{known:?} declined {declined:?}: {got:?}, want {expected:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_fact_says_where_to_find_it_in_both_languages() {
        let (rules, messages) =
            rules::load(&RuleSource::Embedded).unwrap_or_else(|e| panic!("built-in rules: {e:?}"));
        let missing: Vec<String> = Lang::ALL
            .iter()
            .flat_map(|lang| {
                rules
                    .facts
                    .iter()
                    .map(|def| help_key(&def.key))
                    .filter(|key| !messages.has(*lang, key))
                    .map(move |key| format!("{lang}: {key}"))
            })
            .collect();
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn a_known_or_declined_fact_is_never_chosen() {
        let rules = rules();
        let facts = facts(&rules, &["units_left=3"]);
        let open = vec![
            ("units_left".to_string(), "question-units-left".to_string()),
            ("model".to_string(), "question-model".to_string()),
            ("mode".to_string(), "question-mode".to_string()),
        ];
        let next = next_question(&open, &facts, &["model".to_string()]);
        assert_eq!(next.map(|(f, _)| f.as_str()), Some("mode"));
    }

    /// A user who answers from a script and remembers what was asked.
    struct Script {
        error: Option<&'static str>,
        answers: Vec<(&'static str, &'static str)>,
        accept_probe: bool,
        offered_probe: bool,
    }

    impl Script {
        fn new(error: Option<&'static str>, answers: &[(&'static str, &'static str)]) -> Self {
            Script {
                error,
                answers: answers.to_vec(),
                accept_probe: false,
                offered_probe: false,
            }
        }
    }

    impl Asker for Script {
        fn error(&mut self) -> Result<Option<String>, AppError> {
            Ok(self.error.map(str::to_string))
        }

        fn offer_probe(&mut self) -> Result<bool, AppError> {
            self.offered_probe = true;
            Ok(self.accept_probe)
        }

        fn fact(&mut self, def: &FactDef, question: &str) -> Result<Answer, AppError> {
            assert_eq!(
                question, def.question,
                "the catalogue's question for {}",
                def.key
            );
            let rules = rules();
            match self.answers.iter().find(|(k, _)| *k == def.key) {
                Some((_, "?")) | None => Ok(Answer::DontKnow),
                Some((_, raw)) => rules
                    .facts
                    .parse(def, raw, &rules.pricing)
                    .map(Answer::Value)
                    .map_err(|e| panic!("scripted answer {raw} for {}: {e:?}", def.key)),
            }
        }
    }

    fn finding_ids(rules: &RuleSet, facts: &Facts) -> Vec<String> {
        engine::evaluate(rules, facts, now())
            .findings
            .into_iter()
            .map(|f| f.id)
            .collect()
    }

    /// The question counts stated in the README: the wizard asks only what the tree needs.
    #[test]
    fn representative_paths_ask_only_what_the_tree_needs() {
        // (name, flags, step-1 answer, scripted answers, facts asked in order, findings)
        type Path = (
            &'static str,
            &'static [&'static str],
            Option<&'static str>,
            &'static [(&'static str, &'static str)],
            &'static [&'static str],
            &'static [&'static str],
        );
        let paths: &[Path] = &[
            (
                "1102, pack expired",
                &[],
                Some(r#"{"code":1102,"message":"Account balance not enough"}"#),
                &[("package_status", "expired")],
                &["package_status"],
                &["package-expired"],
            ),
            (
                "1303, every slot taken",
                &[],
                Some("1303"),
                &[("running_tasks", "5"), ("concurrency_limit", "5")],
                &["running_tasks", "concurrency_limit"],
                &["concurrency-limit"],
            ),
            (
                "1102, active pack with too few units for the video",
                &[],
                Some("1102"),
                &[
                    ("package_status", "online"),
                    ("units_left", "3"),
                    ("model", "kling-v3"),
                    ("mode", "pro"),
                    ("duration", "10"),
                    ("purchased_hours_ago", "100"),
                ],
                &[
                    "package_status",
                    "units_left",
                    "model",
                    "mode",
                    "duration",
                    "purchased_hours_ago",
                ],
                &["units-insufficient", "model-cost-high"],
            ),
            (
                "check-up without an error, everything fine",
                &[],
                None,
                &[
                    ("package_status", "online"),
                    ("units_left", "800"),
                    ("model", "v2.6"),
                    ("mode", "std"),
                    ("duration", "5"),
                    ("credits_from", "api"),
                    ("key_matches_account", "yes"),
                    ("purchased_hours_ago", "200"),
                    ("running_tasks", "2"),
                    ("concurrency_limit", "5"),
                ],
                &[
                    "package_status",
                    "units_left",
                    "model",
                    "mode",
                    "duration",
                    "credits_from",
                    "key_matches_account",
                    "purchased_hours_ago",
                    "running_tasks",
                    "concurrency_limit",
                ],
                &["no-problem-found"],
            ),
            (
                "an image request: which kind of pack is active",
                &["error=1102", "product=image"],
                None,
                &[("pack_product", "video"), ("package_status", "online")],
                &["pack_product", "package_status"],
                &["pack-family-mismatch"],
            ),
            (
                "a model without a mode is never asked for one",
                &["error=1102", "package_status=online", "units_left=3"],
                None,
                &[
                    ("model", "kling-v2-master"),
                    ("duration", "10"),
                    ("purchased_hours_ago", "100"),
                ],
                &["model", "duration", "purchased_hours_ago"],
                &["units-insufficient", "model-cost-high"],
            ),
            (
                "flags already say it all",
                &["error=1102", "package_status=expired"],
                None,
                &[],
                &[],
                &["package-expired"],
            ),
            (
                "I don't know the status: the expiry date decides",
                &["error=1102"],
                None,
                &[("package_status", "?"), ("package_expires", "2026-10-01")],
                &["package_status", "package_expires"],
                &["package-expired"],
            ),
        ];
        let rules = rules();
        for (name, flags, error, answers, asked, findings) in paths {
            let mut facts = facts(&rules, flags);
            let mut parsed = None;
            let mut script = Script::new(*error, answers);
            let session = converse(&rules, now(), &mut facts, &mut parsed, &mut script, None)
                .expect("no interruption");
            assert_eq!(session.asked, *asked, "{name}: questions asked");
            assert_eq!(session.asked_error, flags.is_empty(), "{name}: step 1");
            assert_eq!(finding_ids(&rules, &facts), *findings, "{name}: findings");
        }
    }

    #[test]
    fn declined_facts_stay_unknown_and_are_asked_once() {
        let rules = rules();
        let mut facts = Facts::default();
        let mut parsed = None;
        let mut script = Script::new(Some("1102"), &[]);
        let session = converse(&rules, now(), &mut facts, &mut parsed, &mut script, None)
            .expect("no interruption");
        assert_eq!(
            session.asked, session.declined,
            "every question declined once"
        );
        for fact in &session.declined {
            assert!(facts.get(fact).is_none(), "{fact} stays unknown");
        }
        let open = engine::evaluate(&rules, &facts, now()).questions();
        assert!(
            !open.is_empty(),
            "the diagnosis still lists what is unknown"
        );
        assert_eq!(parsed.and_then(|p| p.code), Some(1102));
    }

    #[test]
    fn a_check_up_sets_no_error() {
        let rules = rules();
        let mut facts = Facts::default();
        let mut parsed = None;
        let mut script = Script::new(None, &[("package_status", "online")]);
        let session = converse(&rules, now(), &mut facts, &mut parsed, &mut script, None)
            .expect("no interruption");
        assert!(session.asked_error);
        assert!(parsed.is_none() && facts.get("error").is_none());
        assert_eq!(
            session.asked.first().map(String::as_str),
            Some("package_status")
        );
    }

    #[test]
    fn an_accepted_probe_answers_questions_before_they_are_asked() {
        let rules = rules();
        let probe = || {
            let mut learned = Facts::default();
            learned.insert(
                "package_status",
                Value::Text("expired".into()),
                Origin::Flag,
            );
            learned
        };
        for accept in [true, false] {
            let mut facts = Facts::default();
            let mut parsed = None;
            let mut script = Script::new(Some("1102"), &[("package_status", "online")]);
            script.accept_probe = accept;
            let session = converse(
                &rules,
                now(),
                &mut facts,
                &mut parsed,
                &mut script,
                Some(&probe),
            )
            .expect("no interruption");
            assert!(script.offered_probe);
            let origin = facts
                .iter()
                .find(|(k, _)| *k == "package_status")
                .map(|(_, known)| known.origin);
            if accept {
                assert!(!session.asked.contains(&"package_status".to_string()));
                assert_eq!(
                    origin,
                    Some(Origin::Probe),
                    "probe facts keep the probe's rank"
                );
            } else {
                assert_eq!(
                    session.asked.first().map(String::as_str),
                    Some("package_status")
                );
                assert_eq!(origin, Some(Origin::Wizard));
            }
        }
    }

    #[test]
    fn no_probe_offer_when_nothing_is_left_to_ask() {
        let rules = rules();
        let mut facts = facts(&rules, &["error=1302"]);
        let mut parsed = None;
        let mut script = Script::new(None, &[]);
        let probe = Facts::default;
        converse(
            &rules,
            now(),
            &mut facts,
            &mut parsed,
            &mut script,
            Some(&probe),
        )
        .expect("no interruption");
        assert!(!script.offered_probe);
    }
}

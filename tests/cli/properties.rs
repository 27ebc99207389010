//! Properties over the library (in this binary so it links once): for any combination of
//! fact values over the shipped catalogue — valid, aliased, edge or nonsense — the engine
//! does not panic, every renderer returns, and the JSON parses with the contract's shape.
//! `PROPTEST_CASES=100000 cargo test --test cli properties` runs it longer.

use std::sync::OnceLock;

use jiff::Timestamp;
use kling_doctor::engine::{self, Diagnosis};
use kling_doctor::facts::{FactType, Facts, Origin, Value};
use kling_doctor::i18n::{Lang, Messages};
use kling_doctor::input::apply_pair;
use kling_doctor::render::report::ReportEnv;
use kling_doctor::render::{self, View};
use kling_doctor::rules::{self, RuleSet, RuleSource};
use proptest::prelude::*;
use serde_json::Value as Json;

/// The built-in rules. `Messages` is not `Sync`, so each test thread loads its own.
fn with_builtin<T>(f: impl FnOnce(&RuleSet, &Messages) -> T) -> T {
    thread_local! {
        static BUILTIN: (RuleSet, Messages) = rules::load(&RuleSource::Embedded)
            .unwrap_or_else(|_| panic!("built-in rules are valid"));
    }
    BUILTIN.with(|(rules, messages)| f(rules, messages))
}

/// Fact keys in catalogue order, read once (the strategies need them up front).
fn catalogue() -> &'static [(String, FactType)] {
    static KEYS: OnceLock<Vec<(String, FactType)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        with_builtin(|rules, _| {
            rules
                .facts
                .iter()
                .map(|d| (d.key.clone(), d.kind.clone()))
                .collect()
        })
    })
}

fn now() -> Timestamp {
    "2026-11-25T12:00:00Z"
        .parse()
        .unwrap_or_else(|_| panic!("valid timestamp"))
}

fn edge_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(0.004),
        Just(-1.0),
        Just(1e15),
        Just(9.1e15),
        Just(f64::MAX),
        Just(f64::MIN),
        Just(f64::MIN_POSITIVE),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        -1e6..1e6f64,
        (0..100_000i64).prop_map(|n| n as f64),
    ]
}

fn edge_date() -> impl Strategy<Value = Value> {
    (Timestamp::MIN.as_second()..=Timestamp::MAX.as_second()).prop_map(|s| {
        let at = Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH);
        Value::Date {
            at,
            text: at.to_string(),
        }
    })
}

/// A value already typed, as a probe or the wizard would insert it — including values
/// parsing would refuse (the engine must cope with whatever a caller hands it).
fn typed_value(kind: &FactType) -> BoxedStrategy<Value> {
    let text = any::<String>().prop_map(Value::Text);
    match kind {
        FactType::Enum(values) => {
            let names: Vec<String> = values.iter().map(|v| v.value.clone()).collect();
            prop_oneof![4 => proptest::sample::select(names).prop_map(Value::Text), 1 => text]
                .boxed()
        }
        FactType::Integer | FactType::Number => prop_oneof![
            4 => edge_number().prop_map(Value::Number),
            1 => text,
        ]
        .boxed(),
        FactType::Date => prop_oneof![4 => edge_date(), 1 => text].boxed(),
        FactType::Model => prop_oneof![
            3 => proptest::sample::select(vec!["kling-v2-6", "kling-v1", "kling-v2-5-turbo", "kling-v3"])
                .prop_map(|m| Value::Text(m.to_string())),
            1 => text,
        ]
        .boxed(),
        FactType::Text => prop_oneof![
            3 => proptest::sample::select(vec![
                "1102",
                "{\"code\":1303,\"message\":\"parallel task over resource pack limit\"}",
                "Account balance not enough",
            ])
            .prop_map(|t| Value::Text(t.to_string())),
            1 => text,
        ]
        .boxed(),
    }
}

/// Any subset of the catalogue with typed values.
fn typed_facts() -> impl Strategy<Value = Vec<(String, Value)>> {
    let per_key: Vec<_> = catalogue()
        .iter()
        .map(|(key, kind)| {
            let key = key.clone();
            proptest::option::weighted(0.6, typed_value(kind))
                .prop_map(move |v| v.map(|v| (key.clone(), v)))
        })
        .collect();
    per_key.prop_map(|pairs| pairs.into_iter().flatten().collect())
}

/// What a user might type after `--set KEY=`: canonical values, aliases, junk.
fn raw_value() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "online",
            "expired",
            "runOut",
            "none",
            "toBeOnline",
            "kling",
            "useapi",
            "web",
            "api",
            "yes",
            "no",
            "std",
            "pro",
            "4k",
            "1080p",
            "V1.5",
            "2.5 turbo",
            "v2.6",
            "0",
            "-1",
            "1.5",
            "3,5",
            "1e308",
            "NaN",
            "inf",
            "2026-02-30",
            "2026-12-01",
            "2026-12-01T10:00:00+07:00",
            "1102",
            " ",
        ])
        .prop_map(str::to_string),
        "[0-9]{1,20}(\\.[0-9]{1,5})?",
        any::<String>(),
    ]
}

fn check_json(json: &Json) -> Result<(), String> {
    let str_field = |o: &Json, k: &str| o.get(k).and_then(Json::as_str).is_some();
    let array = |k: &str| json.get(k).and_then(Json::as_array);
    (json["schema_version"] == 1)
        .then_some(())
        .ok_or("schema_version")?;
    str_field(json, "tool_version")
        .then_some(())
        .ok_or("tool_version")?;
    matches!(json["lang"].as_str(), Some("en" | "id"))
        .then_some(())
        .ok_or("lang")?;
    json.get("facts").and_then(Json::as_object).ok_or("facts")?;
    array("probes").ok_or("probes")?;
    let unknown = array("unknown").ok_or("unknown")?;
    unknown
        .iter()
        .all(Json::is_string)
        .then_some(())
        .ok_or("unknown entries")?;
    let findings = array("findings").ok_or("findings")?;
    (!findings.is_empty()).then_some(()).ok_or("no findings")?;
    for f in findings {
        for k in ["id", "title", "explanation", "rule"] {
            str_field(f, k)
                .then_some(())
                .ok_or(format!("finding {k}"))?;
        }
        matches!(f["severity"].as_str(), Some("error" | "warning" | "info"))
            .then_some(())
            .ok_or("finding severity")?;
        f["fixes"]
            .as_array()
            .filter(|fixes| fixes.iter().all(Json::is_string))
            .ok_or("finding fixes")?;
    }
    for t in array("trace").ok_or("trace")? {
        for k in ["node", "fact", "next"] {
            str_field(t, k).then_some(()).ok_or(format!("trace {k}"))?;
        }
        t.get("value").ok_or("trace value")?;
    }
    Ok(())
}

/// Renders `diagnosis` every way; returns the parsed JSON of each language.
fn render_all(rules: &RuleSet, messages: &Messages, facts: &Facts, d: &Diagnosis) -> Vec<Json> {
    let exit = u8::from(d.has_problems());
    Lang::ALL
        .iter()
        .map(|lang| {
            let view = View {
                rules,
                diagnosis: d,
                facts,
                error: None,
                tr: messages.tr(*lang),
                verbose: true,
                probes: None,
            };
            for (color, width) in [(false, 100), (true, 40)] {
                render::text::render(&view, render::text::Layout { color, width }, exit, None);
            }
            let env = ReportEnv::default();
            render::markdown::render(&view, &env, exit);
            let out = render::json::render(&view);
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("JSON ({e}):\n{out}"))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_typed_facts_evaluate_and_render(pairs in typed_facts()) {
        with_builtin(|rules, messages| {
            let mut facts = Facts::default();
            for (key, value) in pairs {
                facts.insert(&key, value, Origin::Probe);
            }
            let d = engine::evaluate(rules, &facts, now());
            prop_assert_eq!(d.checks.len(), rules.checks.len());
            prop_assert!(!d.findings.is_empty());
            d.questions();
            for json in render_all(rules, messages, &facts, &d) {
                prop_assert_eq!(check_json(&json), Ok(()), "{}", json);
            }
            Ok(())
        })?;
    }

    #[test]
    fn any_typed_input_is_accepted_or_refused(
        pairs in proptest::collection::vec(
            (proptest::sample::select(catalogue().iter().map(|(k, _)| k.clone()).collect::<Vec<_>>()), raw_value()),
            0..12,
        )
    ) {
        with_builtin(|rules, messages| {
            let mut facts = Facts::default();
            for (key, raw) in &pairs {
                // Refusals are exit-2 errors; what matters is that nothing panics.
                let _ = apply_pair(&mut facts, key, raw, Origin::Flag, rules);
            }
            let d = engine::evaluate(rules, &facts, now());
            for json in render_all(rules, messages, &facts, &d) {
                prop_assert_eq!(check_json(&json), Ok(()), "{}", json);
            }
            Ok(())
        })?;
    }
}

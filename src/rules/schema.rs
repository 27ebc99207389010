//! The JSON Schemas of `rules/schema/`, which editors read (every rule file names its
//! schema on its first line), are generated from the serde mirror so that they cannot
//! drift from what the parser reads. This test fails when a committed schema is not the
//! generated one; `KLING_DOCTOR_BLESS=1 cargo test --lib schemas` rewrites them.

use std::borrow::Cow;
use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use super::{providers, raw, scenario};

/// Ids of checks, nodes, findings and variants (kebab-case).
pub const ID: &str = "^[a-z0-9][a-z0-9-]*$";

/// Message keys of `locales/*/*.ftl`.
pub const MESSAGE_KEY: &str = "^[a-z][a-z0-9-]*$";

/// Fact keys (snake_case), as typed in `--set KEY=VALUE`.
pub const FACT_KEY: &str = "^[a-z][a-z0-9_]*$";

/// A price, rate or unit, all above 0: a schema of its own, as the parser reads an `f64`.
pub struct Positive;

impl JsonSchema for Positive {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Positive".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number", "exclusiveMinimum": 0 })
    }
}

/// Each schema file of `rules/schema/` and the schema of the file it describes.
fn schemas() -> [(&'static str, Schema); 7] {
    [
        ("checks", generate::<raw::ChecksFile>()),
        ("error-codes", generate::<raw::ErrorCodesFile>()),
        ("facts", generate::<raw::FactsFile>()),
        ("findings", generate::<raw::FindingsFile>()),
        ("pricing", generate::<raw::PricingFile>()),
        ("providers", generate::<providers::RawFile>()),
        ("tests", generate::<scenario::RawFile>()),
    ]
}

fn generate<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .with_transform(RecursiveTransform(never_null))
        .with_transform(RecursiveTransform(unwrap_lines))
        .into_generator()
        .into_root_schema_for::<T>()
}

/// Joins the lines of a doc comment (wrapped to fit the source) within each paragraph, for
/// editors that show a description as plain text.
fn unwrap_lines(schema: &mut Schema) {
    if let Some(Value::String(text)) = schema.get_mut("description") {
        let paragraphs: Vec<String> = text.split("\n\n").map(|p| p.replace('\n', " ")).collect();
        *text = paragraphs.join("\n\n");
    }
}

/// Undoes what schemars does for an `Option`: a rule file leaves an optional key out
/// and never writes `null`, so an editor should not offer it (or `default: null`).
fn never_null(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if obj.get("default").is_some_and(Value::is_null) {
        obj.remove("default");
    }
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    let null = json!({ "type": "null" });
    if let Some(Value::Array(any)) = obj.get("anyOf")
        && let [Value::Object(inner), last] = any.as_slice()
        && *last == null
    {
        let inner = inner.clone();
        obj.remove("anyOf");
        obj.extend(inner);
    }
}

#[test]
fn schemas_are_generated_from_the_serde_mirror() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/schema");
    let bless = std::env::var_os("KLING_DOCTOR_BLESS").is_some();
    let mut stale = Vec::new();
    for (name, schema) in schemas() {
        let path = dir.join(format!("{name}.schema.json"));
        let text = serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n";
        if std::fs::read_to_string(&path).is_ok_and(|committed| committed == text) {
            continue;
        }
        if bless {
            std::fs::write(&path, text).expect("rules/schema/ is writable");
        } else {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "not the schemas the serde mirror generates: {}\n\
         run `KLING_DOCTOR_BLESS=1 cargo test --lib schemas` and review the diff",
        stale.join(", ")
    );
}

#[test]
fn options_offer_no_null() {
    let cases = [
        (
            json_schema!({ "type": ["string", "null"], "default": null }),
            json_schema!({ "type": "string" }),
        ),
        (
            json_schema!({ "enum": ["pro", null] }),
            json_schema!({ "enum": ["pro"] }),
        ),
        (
            json_schema!({
                "anyOf": [{ "$ref": "#/$defs/X" }, { "type": "null" }],
                "description": "d",
            }),
            json_schema!({ "$ref": "#/$defs/X", "description": "d" }),
        ),
        (
            json_schema!({ "anyOf": [{ "type": "string" }, { "type": "number" }] }),
            json_schema!({ "anyOf": [{ "type": "string" }, { "type": "number" }] }),
        ),
    ];
    for (mut schema, expected) in cases {
        let before = schema.clone();
        never_null(&mut schema);
        assert_eq!(schema, expected, "{before:?}");
    }
}

#[test]
fn descriptions_keep_paragraphs_but_not_source_lines() {
    for (doc, expected) in [
        ("one line", "one line"),
        ("wrapped\nto fit", "wrapped to fit"),
        ("first\n\nsecond\nparagraph", "first\n\nsecond paragraph"),
    ] {
        let mut schema = json_schema!({ "description": doc });
        unwrap_lines(&mut schema);
        assert_eq!(schema, json_schema!({ "description": expected }), "{doc:?}");
    }
}

/// A rule file of `schema` around `item`: a node of a check, a fact, a price of a model, a
/// scenario, an error pattern of a provider; the error-code file is `item` itself.
fn file_around(schema: &str, item: Value) -> Value {
    let figure = json!({ "value": 1, "source": "S" });
    match schema {
        "checks" => json!({ "checks": [{ "id": "c", "title": "t", "nodes": [item] }] }),
        "facts" => json!({ "facts": [item] }),
        "pricing" => json!({
            "unit_usd": figure, "balance_lag_hours": figure, "costs_max_qps": figure,
            "models": [{ "id": "m", "prices": [item] }],
        }),
        "tests" => json!({ "scenarios": [item] }),
        "providers" => json!({
            "providers": [{ "id": "p", "source": "S", "errors": [item] }],
            "request": { "paths": [], "body": {} },
        }),
        _ => item,
    }
}

/// The constraints written by hand (`extend`, `Positive`, the impls in `raw`, no `null`)
/// hold: each row's first item is accepted and its second refused. The CLI test
/// `schemas_flag_the_usual_mistakes` checks the usual mistakes on the shipped files.
#[test]
fn hand_written_constraints_hold() {
    let with = |mut base: Value, extra: Value| {
        if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), extra) {
            base.extend(extra);
        }
        base
    };
    let node = |extra: Value| with(json!({ "id": "n", "fact": "f" }), extra);
    let case = |case: Value| node(json!({ "cases": [case] }));
    let price = |extra: Value| with(json!({ "source": "S" }), extra);
    let rows = [
        (
            "checks",
            "a gate needs if_unknown",
            node(json!({ "ask": false, "if_unknown": { "outcome": "skip" } })),
            node(json!({ "ask": false })),
        ),
        (
            "checks",
            "a severity needs a finding",
            case(json!({ "if": { "equals": 1 }, "finding": "f", "severity": "error" })),
            case(json!({ "if": { "equals": 1 }, "outcome": "pass", "severity": "error" })),
        ),
        (
            "checks",
            "a case leads somewhere",
            case(json!({ "if": { "equals": "x" }, "next": "m" })),
            case(json!({ "if": { "equals": "x" } })),
        ),
        (
            "checks",
            "a condition names an operator",
            case(json!({ "if": { "in_past": true }, "next": "m" })),
            case(json!({ "if": {}, "next": "m" })),
        ),
        (
            "checks",
            "an operand is a number or a fact",
            case(json!({ "if": { "less_than": { "fact": "video_cost" } }, "next": "m" })),
            case(json!({ "if": { "less_than": "5" }, "next": "m" })),
        ),
        (
            "checks",
            "an operand's fact is a fact key",
            case(json!({ "if": { "at_least": 5 }, "next": "m" })),
            case(json!({ "if": { "at_least": { "fact": "Video Cost" } }, "next": "m" })),
        ),
        (
            "checks",
            "a step names a node id",
            case(json!({ "if": { "one_of": [1, "a", true] }, "next": "m" })),
            case(json!({ "if": { "one_of": [1] }, "next": "Next Node" })),
        ),
        (
            "checks",
            "an optional key is left out, not null",
            node(json!({ "otherwise": { "outcome": "pass" } })),
            node(json!({ "otherwise": { "outcome": "pass", "next": null } })),
        ),
        (
            "facts",
            "an enum fact needs values",
            json!({ "key": "k", "type": "enum", "question": "q", "values": [{ "value": "v" }] }),
            json!({ "key": "k", "type": "enum", "question": "q" }),
        ),
        (
            "pricing",
            "clip lengths are whole seconds",
            price(json!({ "per_clip": { "5": 1.5 } })),
            price(json!({ "per_clip": { "five": 1.5 } })),
        ),
        (
            "pricing",
            "prices are above 0",
            price(json!({ "per_second": 0.5 })),
            price(json!({ "per_clip": { "5": 0 } })),
        ),
        (
            "pricing",
            "a price is per second or per clip",
            price(json!({ "per_clip": { "5": 1.5, "10": 3 } })),
            price(json!({ "per_second": 0.5, "per_clip": { "5": 1.5 } })),
        ),
        (
            "pricing",
            "a mode is one the mode fact has",
            price(json!({ "mode": "4k", "per_second": 0.5 })),
            price(json!({ "mode": "8k", "per_second": 0.5 })),
        ),
        (
            "tests",
            "findings are needed unless exit 2",
            json!({ "name": "s", "exit": 2 }),
            json!({ "name": "s", "exit": 1 }),
        ),
        (
            "tests",
            "facts are numbers, text or booleans",
            json!({ "name": "s", "facts": { "a": 1, "b": "x", "c": true }, "findings": {} }),
            json!({ "name": "s", "facts": { "a": [1] }, "findings": {} }),
        ),
        (
            "providers",
            "a pattern's facts may be numbers",
            json!({ "id": "e", "source": "S", "text": "t", "facts": { "http_status": 429 } }),
            json!({ "id": "e", "source": "S", "status": [600] }),
        ),
        (
            "error-codes",
            "the wizard offers a code once",
            json!({ "codes": [], "wizard_codes": [1102, 1303] }),
            json!({ "codes": [], "wizard_codes": [1102, 1102] }),
        ),
    ];
    let schemas = schemas();
    let mut wrong = Vec::new();
    for (schema, what, accepted, refused) in rows {
        let (_, generated) = schemas.iter().find(|(name, _)| *name == schema).unwrap();
        let validator = jsonschema::validator_for(generated.as_value()).expect("a valid schema");
        if !validator.is_valid(&file_around(schema, accepted)) {
            wrong.push(format!("{schema}: {what}: refuses the good one"));
        }
        if validator.is_valid(&file_around(schema, refused)) {
            wrong.push(format!("{schema}: {what}: accepts the bad one"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

//! The JSON Schemas in `rules/schema/` are kept by hand (with descriptions and enums for
//! editors); this test keeps them in step with the serde mirror: every struct's fields
//! are exactly the properties its schema object allows.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde_json::Value;

use super::providers as pv;
use super::{raw, scenario};

/// A deserializer that only records the field list serde asks for.
struct Recorder<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for Recorder<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

pub(super) fn fields<'de, T: Deserialize<'de>>() -> Vec<String> {
    let mut out: &'static [&'static str] = &[];
    let _ = T::deserialize(Recorder(&mut out));
    let mut v: Vec<String> = out.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn properties(schema: &str, path: &[&str]) -> Vec<String> {
    let value: Value = serde_json::from_str(schema).expect("schema is JSON");
    let mut at = &value;
    for step in path {
        at = &at[*step];
    }
    let mut v: Vec<String> = at["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no properties at {path:?}"))
        .keys()
        .cloned()
        .collect();
    v.sort();
    v
}

#[test]
fn schemas_allow_exactly_the_fields_serde_reads() {
    let facts = include_str!("../../rules/schema/facts.schema.json");
    let findings = include_str!("../../rules/schema/findings.schema.json");
    let pricing = include_str!("../../rules/schema/pricing.schema.json");
    let codes = include_str!("../../rules/schema/error-codes.schema.json");
    let checks = include_str!("../../rules/schema/checks.schema.json");
    let tests = include_str!("../../rules/schema/tests.schema.json");
    let providers = include_str!("../../rules/schema/providers.schema.json");
    let cases: Vec<(&str, Vec<String>, &str, &[&str])> = vec![
        ("FactsFile", fields::<raw::FactsFile>(), facts, &[]),
        ("ProvidersFile", fields::<pv::RawFile>(), providers, &[]),
        (
            "RawProvider",
            fields::<pv::RawProvider>(),
            providers,
            &["$defs", "provider"],
        ),
        (
            "RawPattern",
            fields::<pv::RawPattern>(),
            providers,
            &["$defs", "pattern"],
        ),
        (
            "RawRequest",
            fields::<pv::RawRequest>(),
            providers,
            &["$defs", "request"],
        ),
        (
            "RawPath",
            fields::<pv::RawPath>(),
            providers,
            &["$defs", "path"],
        ),
        (
            "RawFact",
            fields::<raw::RawFact>(),
            facts,
            &["$defs", "fact"],
        ),
        (
            "RawEnumValue",
            fields::<raw::RawEnumValue>(),
            facts,
            &["$defs", "value"],
        ),
        ("FindingsFile", fields::<raw::FindingsFile>(), findings, &[]),
        (
            "RawFinding",
            fields::<raw::RawFinding>(),
            findings,
            &["$defs", "finding"],
        ),
        ("PricingFile", fields::<raw::PricingFile>(), pricing, &[]),
        (
            "RawSourced",
            fields::<raw::RawSourced>(),
            pricing,
            &["properties", "unit_usd"],
        ),
        (
            "RawModel",
            fields::<raw::RawModel>(),
            pricing,
            &["$defs", "model"],
        ),
        (
            "RawPrice",
            fields::<raw::RawPrice>(),
            pricing,
            &["$defs", "price"],
        ),
        (
            "RawImageModel",
            fields::<raw::RawImageModel>(),
            pricing,
            &["$defs", "image"],
        ),
        (
            "ErrorCodesFile",
            fields::<raw::ErrorCodesFile>(),
            codes,
            &[],
        ),
        (
            "RawErrorCode",
            fields::<raw::RawErrorCode>(),
            codes,
            &["$defs", "code"],
        ),
        ("ChecksFile", fields::<raw::ChecksFile>(), checks, &[]),
        (
            "RawCheck",
            fields::<raw::RawCheck>(),
            checks,
            &["$defs", "check"],
        ),
        (
            "RawNode",
            fields::<raw::RawNode>(),
            checks,
            &["$defs", "node"],
        ),
        (
            "RawCase",
            fields::<raw::RawCase>(),
            checks,
            &["$defs", "case"],
        ),
        (
            "RawTarget",
            fields::<raw::RawTarget>(),
            checks,
            &["$defs", "target"],
        ),
        (
            "RawCondition",
            fields::<raw::RawCondition>(),
            checks,
            &["$defs", "condition"],
        ),
        ("scenario file", scenario::schema_fields::file(), tests, &[]),
        (
            "scenario",
            scenario::schema_fields::scenario(),
            tests,
            &["$defs", "scenario"],
        ),
        (
            "says",
            scenario::schema_fields::says(),
            tests,
            &["$defs", "scenario", "properties", "says"],
        ),
    ];
    let mut drift = Vec::new();
    for (name, serde_fields, schema, path) in cases {
        assert!(!serde_fields.is_empty(), "{name}: no fields recorded");
        let allowed = properties(schema, path);
        if serde_fields != allowed {
            drift.push(format!(
                "{name}: serde reads {serde_fields:?}, the schema allows {allowed:?}"
            ));
        }
    }
    assert!(drift.is_empty(), "{}", drift.join("\n"));
}

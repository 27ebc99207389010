//! The rules loader (`--rules DIR`): one built-in file is replaced by the input (the
//! first byte picks which, a rule file or a locale file). Validation either yields a
//! rule set the engine can run or located errors that render; never a panic or hang.
#![no_main]

mod common;

use kling_doctor::facts::{Facts, Origin, Value};
use kling_doctor::i18n::{Lang, Messages};
use kling_doctor::render::rule_errors;
use kling_doctor::rules::{self, RuleSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(mut files) = RuleSource::Embedded.files() else {
        return;
    };
    let mut locales: Vec<(String, String)> = files
        .locales()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    let rule_count = files.rules.len();
    let pick = usize::from(pick) % (rule_count + locales.len());
    if pick < rule_count {
        files.rules[pick].text = text.to_string();
    } else {
        locales[pick - rule_count].1 = text.to_string();
    }
    let messages = match Messages::load(locales.iter().map(|(p, t)| (p.as_str(), t.as_str()))) {
        Ok(messages) => messages,
        Err(errors) => {
            assert!(!errors.is_empty());
            return;
        }
    };
    match rules::validate(&files, &messages) {
        Ok(rules) => {
            let mut facts = Facts::default();
            facts.insert("error_code", Value::Number(1102.0), Origin::Flag);
            facts.insert("units_left", Value::Number(3.0), Origin::Flag);
            common::diagnose(&rules, &messages, &facts, None, text.len());
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            let source = |path: &str| {
                files
                    .rules
                    .iter()
                    .find(|f| f.display == path)
                    .map(|f| f.text.clone())
            };
            for lang in Lang::ALL {
                rule_errors::render(&errors, &messages.tr(lang), source);
            }
        }
    }
});

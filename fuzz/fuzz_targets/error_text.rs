//! `--error TEXT`: whatever is pasted is parsed, becomes facts, and is diagnosed and
//! rendered without a panic, with valid JSON and no leaked secret.
#![no_main]

mod common;

use kling_doctor::input::error_text;
use kling_doctor::input::apply_error;
use kling_doctor::facts::{Facts, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (rules, messages) = common::builtin();
    error_text::parse(text, &rules.codes);
    let mut facts = Facts::default();
    let planted = format!("{text} {}", common::CANARY);
    let parsed = apply_error(&mut facts, &planted, rules, Origin::Flag);
    common::diagnose(rules, messages, &facts, Some(&parsed), text.len());
});

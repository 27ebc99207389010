//! The paste reader (issue 16): any bytes, as a pasted error or as a `--request` file,
//! are read in bounded time without a panic, the JSON found stays bounded, and what the
//! provider signatures read becomes facts the engine and renderers take.
#![no_main]

mod common;

use kling_doctor::input::error_text;
use kling_doctor::input::{apply_error, apply_request};
use kling_doctor::facts::{Facts, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (rules, messages) = common::builtin();
    let paste = error_text::read(&text, &rules.codes);
    assert!(paste.objects.len() <= 32, "objects are bounded");
    assert!(error_text::read_request(&text).objects.len() <= 32);
    let mut facts = Facts::default();
    let parsed = apply_error(&mut facts, &text, rules, Origin::Flag);
    apply_request(&mut facts, &text, rules);
    common::diagnose(rules, messages, &facts, Some(&parsed), text.len());
});

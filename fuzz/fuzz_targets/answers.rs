//! `--answers FILE`: any file text is either refused with an error (exit 2) or becomes
//! facts that are diagnosed and rendered without a panic.
#![no_main]

mod common;

use kling_doctor::input::{apply_pair, parse_answers};
use kling_doctor::facts::{Facts, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (rules, messages) = common::builtin();
    let Ok(pairs) = parse_answers(text, "answers.yaml") else {
        return;
    };
    let mut facts = Facts::default();
    let mut error = None;
    for (key, value) in &pairs {
        match apply_pair(&mut facts, key, value, Origin::AnswersFile, rules) {
            Ok(parsed) => error = parsed.or(error),
            Err(_) => return,
        }
    }
    common::diagnose(rules, messages, &facts, error.as_ref(), text.len());
});

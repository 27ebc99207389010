//! One integration test binary (links once): a module per area.

mod support;

mod bad_input;
mod diagnose;
mod explain;
mod fake_api;
mod locales;
mod probe;
mod rules_check;

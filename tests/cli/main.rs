//! One integration test binary (links once): a module per area.

mod support;

mod bad_input;
mod cache;
mod cost;
mod diagnose;
mod explain;
mod fake_api;
mod leaks;
mod locales;
mod paste;
mod paste_leaks;
mod probe;
mod properties;
mod readme;
mod regression;
mod report;
mod rules_check;
mod rules_tools;
mod safety;
mod usage;
mod watch;
mod wizard;

//! One integration test binary (links once): a module per area.

mod support;

mod bad_input;
mod cost;
mod diagnose;
mod explain;
mod locales;
mod readme;
mod report;
mod rules_check;
mod rules_tools;
mod wizard;

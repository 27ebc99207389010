//! Facts: the catalogue of keys (from `rules/facts.yaml`), parsing raw text into typed
//! values with aliases, and the set of known facts with where each came from.
//! `catalog` and `value` are the pure part the rule compiler in `build.rs` shares.

mod catalog;
mod value;

pub use crate::pricing::round2;
pub use catalog::*;
pub use value::Value;

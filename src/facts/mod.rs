//! Facts: the catalogue of keys (from `rules/facts.yaml`), parsing raw text into typed
//! values with aliases, and the set of known facts with where each came from.
//! `catalog` and `value` are the pure part the rule compiler in `build.rs` shares.

mod catalog;
mod value;

/// Every fact key of the built-in rules (`rules/facts.yaml`, `rules::computed`), generated
/// by `build.rs`: Rust code names facts through these, so a key the rules lack does not
/// compile.
pub mod key {
    include!(concat!(env!("OUT_DIR"), "/fact_keys.rs"));
}

pub use crate::pricing::round2;
pub use catalog::*;
pub use value::Value;

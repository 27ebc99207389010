//! What `build.rs` puts into the binary, so an installed `kling-doctor` works from any
//! directory (as bat embeds its assets) and starts without parsing YAML.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

#!/usr/bin/env bash
# Runs one fuzz target for a while on one core: fuzz/run.sh TARGET [SECONDS]
# cargo-fuzz wants nightly; RUSTC_BOOTSTRAP=1 lets the stable toolchain build it.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh error_text|rules|answers|paste [seconds]}
secs=${2:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p "corpus/$target"
cp -n seeds/"$target"/* "corpus/$target/" 2>/dev/null || true
RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$target" "corpus/$target" -- \
  -dict="dict/$target.dict" -max_total_time="$secs" \
  -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1

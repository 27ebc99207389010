#!/usr/bin/env bash
# Measures what README's "Performance" table claims and prints that table (Markdown).
#
#   scripts/bench.sh            everything (about 5 minutes on 2 cores)
#   BENCH_ENGINE=0 scripts/bench.sh   skip the criterion engine benchmark
#
# Installs hyperfine and GNU time from the distribution's packages when missing, builds
# the release binary, then times whole processes (offline, in an empty directory, with
# a clean environment), reads peak memory and binary size, and runs benches/engine.rs.
# Commands that are not on this build (e.g. `cost` before it lands) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never LC_ALL=C

need() { # need COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return
  echo "bench: installing $2" >&2
  if ! apt-get install -y -qq "$2" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
  fi
}
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

cargo build --release --locked --quiet
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release/kling-doctor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# No .env, no keys, no locale from the caller: every run is the same offline run.
run_env=(env -i "PATH=$PATH" "HOME=$work" LANG=C NO_COLOR=1)
error='{"code":1102,"message":"Account balance not enough"}'

# hyperfine NAME ARGS… → "median_ms stddev_ms" (exit codes 1 = "problems found" are fine);
# the median, since a 2-core machine's stray scheduling delays pull the mean up.
time_it() {
  local csv="$work/$1.csv"
  shift
  "${run_env[@]}" hyperfine --shell=none --ignore-failure --warmup 20 --min-runs 200 \
    --style none --export-csv "$csv" -- "$(printf '%q ' "$@")" >/dev/null
  # columns: command,mean,stddev,median,user,system,min,max (the command may hold commas)
  awk -F, 'NR == 2 { printf "%.2f %.2f\n", $(NF - 4) * 1000, $(NF - 5) * 1000 }' "$csv"
}
# time_rules NAME RUNS SETTING TREE → "median_ms stddev_ms": a diagnosis with `--rules TREE`,
# SETTING being the cache's (the warm-ups fill the cache when it is on).
time_rules() {
  local csv="$work/$1.csv"
  "${run_env[@]}" "$3" hyperfine --shell=none --ignore-failure --warmup 2 --runs "$2" \
    --style none --export-csv "$csv" -- "$(printf '%q ' "$bin" diagnose --non-interactive \
    --format json --rules "$4" --error "$error" --set units_left=3)" >/dev/null
  awk -F, 'NR == 2 { printf "%.2f %.2f\n", $(NF - 4) * 1000, $(NF - 5) * 1000 }' "$csv"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ok() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "✓" : "✗" }'; }

read -r v_median v_sd < <(time_it version "$bin" --version)
read -r d_median d_sd < <(time_it diagnose "$bin" diagnose --non-interactive --format json --error "$error")
read -r e_median e_sd < <(time_it explain "$bin" explain 1102)
d_ratio=$(ratio "$d_median" "$v_median")
e_ratio=$(ratio "$e_median" "$v_median")
cost_row=""
if "${run_env[@]}" "$bin" cost --help >/dev/null 2>&1; then
  read -r c_median c_sd < <(time_it cost "$bin" cost --model kling-v2-6 --mode pro --duration 10 --count 20 --units-left 100)
  cost_row="| \`cost --model kling-v2-6 --mode pro --duration 10 --count 20 --units-left 100\` | $c_median ms ± $c_sd ($(ratio "$c_median" "$v_median")× \`--version\`) | – | |"
fi

rss_kb=$({ "${run_env[@]}" /usr/bin/time -v "$bin" diagnose --non-interactive --format json \
  --error "$error" 2>&1 >/dev/null || true; } | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
cp "$bin" "$work/stripped"
command -v strip >/dev/null && strip "$work/stripped"
size_mb=$(awk -v b="$(wc -c <"$work/stripped")" 'BEGIN { printf "%.1f", b / 1048576 }')

engine_rows=""
if [ "${BENCH_ENGINE:-1}" != 0 ]; then
  (cd "$root" && cargo bench --locked --quiet --bench engine >/dev/null 2>&1)
  declare -A ms
  for n in 1000 10000 100000; do
    for what in total-cold total-cached load+validate load-cached evaluate; do
      # criterion's mean estimate, in ns, from its one-line JSON
      ns=$(sed -E 's/.*"mean":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.e+-]+).*/\1/' \
        "$target/criterion/engine/$what/$n/new/estimates.json")
      ms[$what/$n]=$(awk -v ns="$ns" 'BEGIN { printf "%.2f", ns / 1e6 }')
    done
  done
  cold_scale=$(ratio "${ms[total-cold/100000]}" "${ms[total-cold/10000]}")
  cached_scale=$(ratio "${ms[total-cached/100000]}" "${ms[total-cached/10000]}")
  engine_rows="| engine, 1k nodes, first run (YAML compiled): load + validate + evaluate | ${ms[total-cold/1000]} ms (load + validate ${ms[load+validate/1000]} ms, evaluate ${ms[evaluate/1000]} ms) | – | |
| engine, 1k nodes, later runs (cache): load + evaluate | ${ms[total-cached/1000]} ms (load ${ms[load-cached/1000]} ms) | – | |
| engine, 10k nodes, first run: load + validate + evaluate | ${ms[total-cold/10000]} ms (load + validate ${ms[load+validate/10000]} ms, evaluate ${ms[evaluate/10000]} ms) | ≤ 50 ms | $(ok "${ms[total-cold/10000]}" 50) |
| engine, 10k nodes, later runs: load + evaluate | ${ms[total-cached/10000]} ms (load ${ms[load-cached/10000]} ms) | ≤ 50 ms | $(ok "${ms[total-cached/10000]}" 50) |
| engine, 100k nodes, first run | ${ms[total-cold/100000]} ms (${cold_scale}× 10k; evaluate ${ms[evaluate/100000]} ms) | ≤ 10× 10k | $(ok "$cold_scale" 10) |
| engine, 100k nodes, later runs | ${ms[total-cached/100000]} ms (${cached_scale}× 10k) | ≤ 10× 10k | $(ok "$cached_scale" 10) |"
  # The same trees (benches/engine.rs keeps them), timed as whole processes.
  trees=$target/tmp
  read -r w10_median w10_sd < <(time_rules warm10k 30 "KLING_DOCTOR_CACHE_DIR=$work/cache" "$trees/engine-10000")
  read -r w100_median w100_sd < <(time_rules warm100k 10 "KLING_DOCTOR_CACHE_DIR=$work/cache" "$trees/engine-100000")
  read -r c10_median c10_sd < <(time_rules cold10k 10 KLING_DOCTOR_NO_CACHE=1 "$trees/engine-10000")
  read -r c100_median c100_sd < <(time_rules cold100k 3 KLING_DOCTOR_NO_CACHE=1 "$trees/engine-100000")
  warm_scale=$(ratio "$w100_median" "$w10_median")
  cold_process_scale=$(ratio "$c100_median" "$c10_median")
  engine_rows="$engine_rows
| whole \`diagnose --rules DIR\`, 10k nodes, later runs | $w10_median ms ± $w10_sd | ≤ 50 ms | $(ok "$w10_median" 50) |
| whole \`diagnose --rules DIR\`, 10k nodes, first run (\`KLING_DOCTOR_NO_CACHE=1\`) | $c10_median ms ± $c10_sd | ≤ 50 ms | $(ok "$c10_median" 50) |
| whole \`diagnose --rules DIR\`, 100k nodes, later runs | $w100_median ms ± $w100_sd (${warm_scale}× 10k) | ≤ 10× 10k | $(ok "$warm_scale" 10) |
| whole \`diagnose --rules DIR\`, 100k nodes, first run | $c100_median ms ± $c100_sd (${cold_process_scale}× 10k) | ≤ 10× 10k | $(ok "$cold_process_scale" 10) |"
fi

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
cat <<EOF
Measured $(date -u +%Y-%m-%d) on $(nproc) × ${cpu:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg), kling-doctor $("$bin" --version | awk '{ print $2 }').

| measure | result | target | |
|---|---|---|---|
| \`kling-doctor --version\` (process baseline) | $v_median ms ± $v_sd | – | |
| \`diagnose --non-interactive --format json --error '<1102 body>'\` | $d_median ms ± $d_sd (${d_ratio}× \`--version\`) | ≤ 1.5× | $(ok "$d_ratio" 1.5) |
| \`explain 1102\` | $e_median ms ± $e_sd (${e_ratio}× \`--version\`) | – | |
${cost_row:+$cost_row
}| peak RSS, offline diagnosis | $rss_mb MB | ≤ 15 MB | $(ok "$rss_mb" 15) |
| release binary, stripped | $size_mb MiB | ≤ 10 MiB | $(ok "$size_mb" 10) |
${engine_rows}
EOF

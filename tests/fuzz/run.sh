#!/usr/bin/env bash
# Runs briefc's fuzz targets, each for a bounded time, and says what they found.
#
#   CXX=clang++ cmake -S . -B build-fuzz -DBRIEFC_FUZZ=ON && cmake --build build-fuzz -j2
#   tests/fuzz/run.sh build-fuzz [SECONDS_PER_TARGET] [document|records|style ...]
#
# Default: 20 seconds per target (the CI smoke run: a minute in all). Each
# target starts from a corpus seeded with every file of its kind in sources/
# and tests/ plus the past findings (tests/fuzz/crashes/KIND/), kept in
# BUILD/fuzz-corpus/KIND between runs, and uses a dictionary made from the
# schema. An input that crashes, trips a sanitizer, runs out of memory
# (2 GB) or takes longer than 20 s is written to BUILD/fuzz-findings/KIND/:
# replay it with BUILD/briefc_replay_KIND FILE (BRIEFC_FUZZ_VERBOSE=1 shows
# the diagnostics); once fixed, add it to tests/fuzz/crashes/KIND/ so the
# suite keeps replaying it.
#
# BRIEFC_FUZZ_SEED=N fixes the random seed (and the run's verdict).
#
# Exit status: 0 when nothing was found, 1 when something was, 2 on misuse.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -lt 1 ]; then
  sed -n '4,5p' "$0" >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=${2:-20}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document records style)

export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
dictionary=$build/fuzz-briefc.dict
"$root/tests/fuzz/make-dictionary.sh" "$root" > "$dictionary" || exit 2

found=0
printf '%-9s %8s %10s %9s %s\n' target seconds executions 'exec/s' result
for kind in "${targets[@]}"; do
  fuzzer=$build/briefc_fuzz_$kind
  if [ ! -x "$fuzzer" ]; then
    echo "run.sh: $fuzzer is missing: configure with CXX=clang++ -DBRIEFC_FUZZ=ON and build" >&2
    exit 2
  fi
  corpus=$build/fuzz-corpus/$kind
  findings=$build/fuzz-findings/$kind
  mkdir -p "$corpus" "$findings"
  # Seeds: files whose root element is this kind, and every past finding.
  grep -rlE --include='*.xml' "<$kind([[:space:]]|>|/)" "$root/sources" "$root/tests" 2>/dev/null |
    grep -v '/tests/fuzz/crashes/' | while read -r f; do
      cp -f "$f" "$corpus/seed-$(printf '%s' "${f#"$root"/}" | tr '/' '_')"
    done
  cp -f "$root/tests/fuzz/crashes/$kind"/* "$corpus/" 2>/dev/null
  log=$build/fuzz-$kind.log
  start=$(date +%s.%N)
  # BRIEFC_FUZZ_SEED fixes libFuzzer's random seed: CI sets it, so that a
  # smoke run gives the same verdict each time on the same commit (find new
  # inputs with longer unseeded runs, and keep them in tests/fuzz/crashes/).
  seed_option=()
  [ -n "${BRIEFC_FUZZ_SEED:-}" ] && seed_option=(-seed="$BRIEFC_FUZZ_SEED")
  "$fuzzer" "${seed_option[@]}" -max_total_time="$seconds" -timeout=20 -report_slow_units=10 -rss_limit_mb=2048 -max_len=200000 \
    -dict="$dictionary" -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$log" 2>&1
  status=$?
  elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  runs=${runs:-0}
  rate=$(awk -v n="$runs" -v t="$elapsed" 'BEGIN { printf "%.1f", (t > 0 ? n / t : 0) }')
  # A "slow unit" on a busy machine may be the machine: time it again alone,
  # and keep it as a finding only when it is slow on its own (over 2 s).
  for slow in "$findings"/slow-unit-*; do
    [ -e "$slow" ] || continue
    again=$(/usr/bin/env time -f %e "$fuzzer" "$slow" 2>&1 >/dev/null | tail -1)
    if awk -v t="$again" 'BEGIN { exit !(t + 0 < 2) }'; then
      mkdir -p "$build/fuzz-slow-under-load/$kind"
      mv "$slow" "$build/fuzz-slow-under-load/$kind/"
      echo "run.sh: $(basename "$slow") was slow under load only: ${again}s alone" >&2
    fi
  done
  result="nothing found"
  if [ "$status" -ne 0 ] || ls "$findings"/* >/dev/null 2>&1; then
    result="FOUND: $(ls "$findings" | head -3 | tr '\n' ' ')(log: $log)"
    found=1
  fi
  printf '%-9s %8.1f %10s %9s %s\n' "$kind" "$elapsed" "$runs" "$rate" "$result"
done
exit $found

#!/usr/bin/env bash
# Build relgraph's libFuzzer targets with AddressSanitizer and run each for a bounded time.
# Usage: Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET ...]     (default 60 s; all targets)
# Environment: FUZZ_RUNS=N stops each target after N executions instead (the time bound still applies);
# FUZZ_ARGS adds libFuzzer options (e.g. "-jobs=2", "-only_ascii=1").
# Findings (crash-*, leak-*, timeout-*, oom-*) go into Fuzz/findings/; the corpus grows in Fuzz/corpus-work/<target>,
# and each run's full log is Fuzz/corpus-work/<target>.log. Exits 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(FuzzGraphFile FuzzEdgeList FuzzArticle); fi
# lld: the gold linker crashes on the sanitizer runtimes.
swift build -c release --scratch-path ../.build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
mkdir -p findings corpus-work
# Swift's own crash backtracer reads freed memory under ASan and hides the real report; libFuzzer reports traps.
export SWIFT_BACKTRACE=enable=no
failed=()
for t in "${targets[@]}"; do
  case $t in
    FuzzGraphFile) seed=corpus/graphfile max_len=40000 ;;
    FuzzEdgeList) seed=corpus/edgelist max_len=4096 ;;
    FuzzArticle) seed=corpus/article max_len=16384 ;;
    *) echo "unknown target $t (FuzzGraphFile, FuzzEdgeList, FuzzArticle)" >&2; exit 2 ;;
  esac
  work=corpus-work/$t
  mkdir -p "$work"
  echo "== $t: ${seconds}s${FUZZ_RUNS:+, at most $FUZZ_RUNS runs}"
  status=0
  # shellcheck disable=SC2086  # FUZZ_ARGS is a list of options
  ../.build-fuzz/release/$t "$work" "$seed" -max_total_time="$seconds" ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} \
    -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -artifact_prefix=findings/"$t"- -print_final_stats=1 \
    ${FUZZ_ARGS:-} >"$work.log" 2>&1 || status=$?
  grep -E "^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|Done)" \
    "$work.log" || true
  if [ $status -ne 0 ]; then
    failed+=("$t")
    grep -E "Fatal error|ERROR: |SUMMARY|artifact_prefix|Test unit written" "$work.log" | head -20 || true
    echo "!! $t failed (exit $status); full log: Fuzz/$work.log"
  fi
done
if [ ${#failed[@]} -ne 0 ]; then echo "findings in: ${failed[*]} (see Fuzz/findings/)"; exit 1; fi

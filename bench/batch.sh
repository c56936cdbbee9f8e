#!/usr/bin/env bash
# Batch benchmark: `gkreport check` over COUNT generated reports (default 10000), and markdownlint-cli2
# over the same files in the same run. Prints reports/s, wall times, max RSS, peak heap and the ratio,
# and the machine's load before the run.
# Needs server/target/gkreport.jar and bench/target/benchmarks.jar (mvn -B -ntp package), npm, and GNU time (/usr/bin/time).
#   bench/batch.sh [COUNT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
jar="$root/server/target/gkreport.jar"
benchmarks="$root/bench/target/benchmarks.jar"
for built in "$jar" "$benchmarks"; do
  [ -f "$built" ] || { echo "bench/batch.sh: build $built first: mvn -B -ntp package" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root/bench/compare" && npm ci --no-audit --no-fund --loglevel=error >&2)
java -cp "$benchmarks" gkreport.bench.WriteCorpus --count "$count" --out "$work/corpus"
cat "$work"/corpus/*.txt > /dev/null   # both tools read from the page cache
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# $1: label; the rest: the command. Exit 1 (findings) is a normal end for both tools.
measure() {
  local label="$1"; shift
  local rc=0
  /usr/bin/time -f '%e %M' -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err" || rc=$?
  if [ "$rc" -gt 1 ]; then echo "bench/batch.sh: $label exited $rc" >&2; tail -5 "$work/$label.err" >&2; exit 1; fi
}

# ./gkreport as a user runs it, in a heap of 256 MB (the target), the collections logged.
GKREPORT_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/gc.log" measure gkreport "$root/gkreport" check "$work/corpus"
(cd "$work/corpus" && measure markdownlint "$root/bench/compare/node_modules/.bin/markdownlint-cli2" "*.txt")

# GNU time leads with "Command exited with non-zero status 1" when there were findings.
read -r gk_wall gk_rss < <(tail -1 "$work/gkreport.time")
read -r md_wall md_rss < <(tail -1 "$work/markdownlint.time")
# Peak heap in use: the largest "before" of the GC pauses (e.g. "Pause Young ... 120M->30M(256M)").
heap="$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)"
committed="$(grep -oE '\([0-9]+M\)' "$work/gc.log" | tr -d '()M' | sort -n | tail -1)"
awk -v n="$count" -v gw="$gk_wall" -v gr="$gk_rss" -v mw="$md_wall" -v mr="$md_rss" -v h="${heap:-0}" -v c="${committed:-0}" \
    -v cores="$(nproc)" -v summary="$(tail -1 "$work/gkreport.out")" 'BEGIN {
  printf "reports:            %d generated (WriteCorpus), %d cores\n", n, cores
  printf "gkreport check:     %.2f s, %.0f reports/s, max RSS %.0f MB, peak heap in use %d MB (committed %d MB)\n", gw, n / gw, gr / 1024, h, c
  printf "                    %s\n", summary
  printf "markdownlint-cli2:  %.2f s, %.0f files/s, max RSS %.0f MB\n", mw, n / mw, mr / 1024
  printf "ratio:              gkreport is %.1fx as fast as markdownlint-cli2\n", mw / gw
}'

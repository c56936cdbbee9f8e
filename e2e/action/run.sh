#!/usr/bin/env bash
# End-to-end test of the GitHub Action's check step (action/check.sh) as the runner calls it: the
# inputs as environment variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, the built jar
# (server/target/gkreport.jar; build it first, e.g. with `mvn -B -ntp verify`). Node reads the SARIF.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export GKREPORT_JAR="${GKREPORT_JAR:-$root/server/target/gkreport.jar}"
if [ ! -f "$GKREPORT_JAR" ]; then
  echo "e2e/action: $GKREPORT_JAR is missing; build it with: mvn -B -ntp package" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "e2e/action: FAIL $scenario: $*" >&2; failures=$((failures + 1)); }
expect_output() { grep -qxF "$1" "$work/output" || fail "GITHUB_OUTPUT has no line '$1': $(tr '\n' ' ' < "$work/output")"; }
expect_log() { grep -qF -- "$1" "$work/log" || fail "the log has no '$1'"; }
sarif_results() { node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (s.version !== "2.1.0") throw new Error("not SARIF 2.1.0"); console.log(s.runs[0].results.length)' "$1"; }

# Runs the step in $work/repo with the given inputs: paths, args.
run_step() {
  scenario="$1"
  : > "$work/output"; : > "$work/summary"
  (cd "$work/repo" && GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" \
    GKREPORT_PATHS="$2" GKREPORT_ARGS="$3" GKREPORT_SARIF="${4:-gkreport.sarif}" "$root/action/check.sh" > "$work/log" 2>&1) \
    || fail "the step itself failed (it must always succeed and hand the exit code on)"
}

mkdir -p "$work/repo/年报 2022" "$work/repo/empty"
cp "$root"/samples/*.txt "$work/repo/年报 2022/"
printf '# 说明\n这里存放各单位的年报。\n' > "$work/repo/README.md"

run_step "the samples, a folder with a space" "年报 2022" ""
expect_output "exit-code=1"
expect_output "sarif-file=gkreport.sarif"
expect_log "::error file=年报 2022/003_f2ccba1aa56a8eac.txt,line=348,col=1,endLine=348,endColumn=2,title=section-number::"
annotations="$(grep -c '^::' "$work/log")"
[ "$(sarif_results "$work/repo/gkreport.sarif")" = "$annotations" ] || fail "SARIF results differ from the $annotations annotations"
grep -qF "共检查 5 个文件：7 个错误，15 个警告" "$work/summary" || fail "the step summary lacks the count: $(cat "$work/summary")"

run_step "paths one per line, a glob, blank lines and spaces" $'  年报 2022/004_*.txt\n\n 年报 2022/002_61225cc98c41ed80.txt ' "--lang en" "out/report.sarif"
expect_output "exit-code=1"
expect_output "sarif-file=out/report.sarif"
expect_log "Checked 2 files: 2 errors, 8 warnings"
[ "$(sarif_results "$work/repo/out/report.sarif")" = "10" ] || fail "expected 10 SARIF results"

run_step "warnings only pass" "年报 2022/004_0edd787810d9c4bb.txt" ""
expect_output "exit-code=0"

run_step "warnings fail with --max-warnings 0" "年报 2022/004_0edd787810d9c4bb.txt" "--max-warnings 0"
expect_output "exit-code=1"

run_step "README and reports named as pre-commit names them, with --ignore-unknown" $'README.md\n年报 2022/004_0edd787810d9c4bb.txt' "-u"
expect_output "exit-code=0"
expect_log "共检查 1 个文件"

run_step "no files: a valid empty SARIF, exit code 2" "empty" ""
expect_output "exit-code=2"
[ "$(sarif_results "$work/repo/gkreport.sarif")" = "0" ] || fail "expected an empty SARIF run"

run_step "defaults: the whole repository" "" "-u"
expect_output "exit-code=1"
expect_log "共检查 5 个文件"

if [ "$failures" -gt 0 ]; then
  echo "e2e/action: $failures failure(s)" >&2
  exit 1
fi
echo "e2e/action: 7 scenarios passed"

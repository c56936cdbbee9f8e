#!/usr/bin/env bash
# The check step of the GitHub Action (action.yml). Runs gkreport check on GKREPORT_PATHS (one
# path, folder or glob per line) with GKREPORT_ARGS: annotations into the log, SARIF into
# GKREPORT_SARIF, the summary line into the step summary. It always succeeds itself and hands the
# check's exit code on as a step output, so that the SARIF is uploaded before the job fails.
# GKREPORT_JAR names another jar (the tests use it); GITHUB_OUTPUT and GITHUB_STEP_SUMMARY are the
# runner's files, left alone when unset.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${GKREPORT_JAR:-$root/server/target/gkreport.jar}"
sarif="${GKREPORT_SARIF:-gkreport.sarif}"

paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && paths+=("$line")
done <<< "${GKREPORT_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
read -r -a args <<< "${GKREPORT_ARGS:-}"

log="$(mktemp)"
java -jar "$jar" check --format github --format sarif --output "$sarif" "${args[@]}" -- "${paths[@]}" | tee "$log"
code="${PIPESTATUS[0]}"

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  [ -s "$sarif" ] && echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  { echo "### gkreport"; echo; grep -v '^::' "$log" | tail -n 1; } >> "$GITHUB_STEP_SUMMARY"
fi
rm -f "$log"
exit 0

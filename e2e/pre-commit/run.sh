#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the pre-commit framework: a temporary git
# repository of reports uses this repository's hooks at a commit (HEAD by default, or $1), as a
# user's .pre-commit-config.yaml would. pre-commit builds gkreport with Maven in its own copy, so
# this takes a minute or two. Needs git, Python 3 and pre-commit (installed into a temporary
# virtualenv when it is not on the PATH) besides Java 17 and Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rev="${1:-$(git -C "$root" rev-parse HEAD)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"

if command -v pre-commit > /dev/null; then
  precommit=(pre-commit)
else
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q pre-commit
  precommit=("$work/venv/bin/pre-commit")
fi

repo="$work/reports"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email e2e@example.invalid
git config user.name e2e
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: gkreport
YAML
printf '# 说明\n这里存放各单位的年报。\n' > README.md
cp "$root/samples/004_0edd787810d9c4bb.txt" town-2022.txt
git add .

failures=0
fail() { echo "e2e/pre-commit: FAIL $*" >&2; failures=$((failures + 1)); }

if ! "${precommit[@]}" run --files README.md town-2022.txt > "$work/out" 2>&1; then
  fail "a README and a report with warnings only must pass: $(cat "$work/out")"
fi
grep -q "gkreport check.*Passed" "$work/out" || fail "the check hook did not run: $(cat "$work/out")"

cp "$root/samples/003_f2ccba1aa56a8eac.txt" county-2020.txt
git add county-2020.txt
if "${precommit[@]}" run --files README.md county-2020.txt > "$work/out" 2>&1; then
  fail "a report with errors must fail the hook"
fi
grep -q 'county-2020.txt:348:1: 错误 section-number: 标题序号“4、”有误' "$work/out" \
  || fail "the hook's output lacks the numbering error: $(cat "$work/out")"
grep -q "README.md" "$work/out" && fail "the README was checked: $(cat "$work/out")"

# The fmt hook rewrites a report into the canonical form: the first run changes it and fails, the second passes.
cat >> .pre-commit-config.yaml <<YAML
      - id: gkreport-fmt
YAML
git add .pre-commit-config.yaml
if "${precommit[@]}" run gkreport-fmt --files README.md town-2022.txt > "$work/out" 2>&1; then
  fail "fmt must change the report and so fail the first run"
fi
grep -q "files were modified by this hook" "$work/out" || fail "fmt did not rewrite the report: $(cat "$work/out")"
head -n 1 town-2022.txt | grep -q '^# ' || fail "the report was not put in the canonical form"
git diff --quiet -- README.md || fail "fmt changed the README"
"${precommit[@]}" run gkreport-fmt --files README.md town-2022.txt > "$work/out" 2>&1 \
  || fail "the second fmt run must pass: $(cat "$work/out")"

if [ "$failures" -gt 0 ]; then
  echo "e2e/pre-commit: $failures failure(s)" >&2
  exit 1
fi
echo "e2e/pre-commit: the check and fmt hooks work at $rev"

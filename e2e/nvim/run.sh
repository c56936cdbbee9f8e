#!/usr/bin/env bash
# End-to-end test of the Neovim set-up in docs/lsp.md: runs exactly the page's Lua block (taken from
# the page, so page and test cannot drift) in `nvim --headless` on samples/003_f2ccba1aa56a8eac.txt
# under its own name — a name no pattern matches, so the server must recognise it by its content —
# and waits for its diagnostics. Needs server/target/gkreport.jar (build it first, e.g. with
# `mvn -B -ntp verify`); installs Debian's neovim when nvim is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
log() { printf '[e2e/nvim] %s\n' "$*" >&2; }

jar="${GKREPORT_JAR:-$root/server/target/gkreport.jar}"
if [[ ! -f "$jar" ]]; then
  log "$jar is missing; build it with: mvn -B -ntp package"
  exit 2
fi

if ! command -v nvim >/dev/null; then
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  log "apt-get install neovim"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q neovim
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The first ```lua block under "## Neovim".
awk '/^## Neovim$/ { section = 1; next }
     section && /^## / { exit }
     section && !block && /^```lua$/ { block = 1; next }
     block && /^```$/ { exit }
     block { print }' "$root/docs/lsp.md" > "$work/gkreport.lua"
if [[ ! -s "$work/gkreport.lua" ]]; then
  log "no \`\`\`lua block under \"## Neovim\" in docs/lsp.md"
  exit 1
fi

cd "$root"
GKREPORT_JAR="$jar" GKREPORT_SNIPPET="$work/gkreport.lua" GKREPORT_RESULT="$work/result" \
  timeout 180 nvim --headless -n -i NONE -u "$here/check.lua" samples/003_f2ccba1aa56a8eac.txt || true
if [[ ! -f "$work/result" ]]; then
  log "nvim ended without a result"
  exit 1
fi
cat "$work/result" >&2
[[ "$(head -n 1 "$work/result")" == "ok" ]]

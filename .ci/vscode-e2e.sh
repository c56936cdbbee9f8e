#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server) driven by
# Chromium through playwright-core. Installs what it needs, idempotently; installs are
# cached outside the repo (GKREPORT_E2E_CACHE, default ~/.cache/gkreport-e2e).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CODE_SERVER_VERSION=4.100.3
CACHE="${GKREPORT_E2E_CACHE:-$HOME/.cache/gkreport-e2e}"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
log() { printf '[vscode-e2e] %s\n' "$*" >&2; }

install_debian_packages() {
  local missing=()
  for pkg in chromium fonts-wqy-zenhei libkrb5-dev ripgrep; do
    [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" == "install ok installed" ]] || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    log "apt-get install ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

install_code_server() {
  [[ -f "$CODE_SERVER_DIR/.installed" ]] && return
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR"
  rm -rf "$CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR/tmp"
  # @vscode/ripgrep downloads a binary at install time; hand it Debian's rg instead.
  local rg_cache="$CODE_SERVER_DIR/tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  (cd "$CODE_SERVER_DIR" &&
    TMPDIR="$CODE_SERVER_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION")
  touch "$CODE_SERVER_DIR/.installed"
}

build_server_jar() {
  local jar="$ROOT/server/target/gkreport.jar"
  if [[ -f "$jar" ]] && [[ -z "$(find "$ROOT"/pom.xml "$ROOT"/grammar "$ROOT"/server/pom.xml "$ROOT"/server/src/main \
      -newer "$jar" -type f -not -path '*/target/*' -print -quit)" ]]; then
    return
  fi
  log "building $jar"
  (cd "$ROOT" && mvn -B -q -ntp -DskipTests package)
}

build_vsix() {
  log "building the .vsix"
  (
    cd "$ROOT/vscode-client"
    # npm writes node_modules/.package-lock.json on install: skip `npm ci` while it is fresh.
    [[ node_modules/.package-lock.json -nt package-lock.json ]] || npm ci --no-audit --no-fund
    npm run build
    npm run package
  )
}

install_debian_packages
install_code_server
build_server_jar
build_vsix

cd "$ROOT/vscode-client"
export CODE_SERVER="$CODE_SERVER_DIR/node_modules/.bin/code-server"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export GKREPORT_VSIX="$ROOT/vscode-client/gkreport.vsix"
export GKREPORT_SAMPLE="$ROOT/samples/003_f2ccba1aa56a8eac.txt"
export GKREPORT_SAMPLES="$ROOT/samples"
export GKREPORT_DOCX="$ROOT/server/src/test/resources/fixtures/template-2021.docx"
export GKREPORT_HTML="$ROOT/server/src/test/resources/gkreport/fixtures/web/merged-cells.html"
export E2E_ARTIFACTS="${E2E_ARTIFACTS:-$ROOT/.e2e}"
npm run test:e2e

#!/usr/bin/env bash
# End-to-end test of the language server in server/target/gkreport.jar (build it first, e.g. with
# `mvn -B -ntp verify`) driven over stdio by an independent Node client.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
jar="${GKREPORT_JAR:-../../server/target/gkreport.jar}"
if [ ! -f "$jar" ]; then
  echo "e2e/lsp: $jar is missing; build it with: mvn -B -ntp package" >&2
  exit 2
fi
npm ci --no-audit --no-fund --loglevel=error
node --test

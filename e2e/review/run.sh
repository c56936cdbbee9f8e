#!/usr/bin/env bash
# End-to-end test of the page `gkreport review` writes (server/target/gkreport.jar, and
# bench/target/benchmarks.jar for the generated reports: build them first, e.g. with `mvn -B -ntp verify`), opened from disk in headless Chromium (Debian's chromium package,
# installed when missing) through playwright-core. Screenshots go to $E2E_ARTIFACTS when it is set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
jar="${GKREPORT_JAR:-../../server/target/gkreport.jar}"
benchmarks="${GKREPORT_BENCHMARKS:-../../bench/target/benchmarks.jar}"
for built in "$jar" "$benchmarks"; do
  if [ ! -f "$built" ]; then
    echo "e2e/review: $built is missing; build it with: mvn -B -ntp package" >&2
    exit 2
  fi
done
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-wqy-zenhei
fi
npm ci --no-audit --no-fund --loglevel=error
CHROMIUM="$chromium" node --test

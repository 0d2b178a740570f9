#!/usr/bin/env bash
# Every test: system packages the browser and interop tests drive, lint, types, then vitest.
# Ends with one plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 NO_COLOR=1
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import translate.storage.factory' >/dev/null 2>&1 || need+=(translate-toolkit)
[ -f /usr/share/omegat/OmegaT.jar ] || need+=(omegat)
# The desk tests start their own PostgreSQL cluster (test/desk/pg-cluster.ts): server binaries only.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || echo "apt-get failed; tests needing ${need[*]} will report it"
  else
    echo "missing Debian packages (run as root to install): ${need[*]}"
  fi
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
mkdir -p .tmp test-artifacts
run_tmp="$(mktemp -d "${PWD}/.tmp/run-XXXXXX")"
export TMPDIR="$run_tmp" XDG_CONFIG_HOME="$run_tmp/config" XDG_CACHE_HOME="$run_tmp/cache" XDG_DATA_HOME="$run_tmp/data"
json="$run_tmp/vitest.json"
npx vitest run --reporter=default --reporter=json --outputFile.json="$json"
status=$?
if [ -f "$json" ]; then
  node test/summarize-vitest-report.mjs "$json" || status=1
else
  echo "0 passed, 1 failed"; status=1
fi
exit $status

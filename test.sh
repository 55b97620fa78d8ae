#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, then builds and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

# Node.js and npm run maildev, the real SMTP server of the integration tests;
# Debian's Chromium is the browser of the browser tests (driven by Playwright).
missing=()
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi
(cd tests && npm ci --no-audit --no-fund --loglevel=error)

dotnet tool restore
dotnet build PatientPortal.sln -c Release -warnaserror

log=$(mktemp)
status=0
dotnet test PatientPortal.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
# The tests stop their maildev themselves; this catches one left by a test host that was killed.
pkill -f "$PWD/tests/node_modules/maildev" 2>/dev/null || true
exit $status

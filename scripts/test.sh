#!/usr/bin/env bash
# Runs every test: unit, integration (embedded PostgreSQL) and browser (Playwright + Debian chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
find_jdk
ensure_debian_packages chromium fonts-wqy-microhei
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"

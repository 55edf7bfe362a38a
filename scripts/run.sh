#!/usr/bin/env bash
# Runs OneWindow with demo data on the embedded PostgreSQL (data kept in ./data).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
find_jdk
ensure_debian_packages fonts-wqy-microhei || echo "Continuing without the Chinese PDF font." >&2
./mvnw -B -q -DskipTests package
exec "$JAVA_HOME/bin/java" -jar target/onewindow-0.1.0-SNAPSHOT-exec.jar "$@"

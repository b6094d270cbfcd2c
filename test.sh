#!/usr/bin/env bash
# Runs every Närplan test: installs Chromium and PostgreSQL from Debian's packages when missing,
# starts a throw-away PostgreSQL on loopback for the provider tests, runs `dotnet test` on the
# whole solution, and stops the server again whatever happens.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installerar: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGPORT=${NARPLAN_PG_PORT:-55432}
while (echo >/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
PGDIR=$(mktemp -d /tmp/narplan-pg.XXXXXX)
chmod 755 "$PGDIR"
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$PGDIR"; runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop_pg EXIT
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w start \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
echo "PostgreSQL på 127.0.0.1:$PGPORT"

# The OpenAPI linter (Redocly CLI, pinned in tools/openapi-lint) for OpenApiContractTests.
if [ ! -f tools/openapi-lint/node_modules/@redocly/cli/bin/cli.js ]; then
  (cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

export NARPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Include Error Detail=true"
export NARPLAN_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

LOG=$(mktemp /tmp/narplan-test-log.XXXXXX)
stop_all() { stop_pg; rm -f "$LOG"; }
trap stop_all EXIT

dotnet build Narplan.slnx -c Release -nologo -v q
dotnet test Narplan.slnx -c Release --no-build -nologo -v q --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}

# One closing line CI can read: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"

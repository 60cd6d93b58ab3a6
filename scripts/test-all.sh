#!/usr/bin/env bash
# Runs every test of Styrkedja on a fresh Debian machine with the .NET SDK:
#   1. installs what is missing (postgresql, chromium, libreoffice-writer and -draw for PDF export
#      and the year wheel's picture) from Debian,
#   2. starts a throwaway PostgreSQL server (its own data folder and port, removed afterwards),
#   3. runs the integration tests on SQLite, then the same tests on PostgreSQL, then the Kolada
#      client's tests (against a loopback server, no internet needed), the document library's
#      tests (Word files validated, PDF made by LibreOffice) and the SIE reader's tests,
#   4. runs the browser tests (Playwright on /usr/bin/chromium, axe accessibility checks),
#   5. stops what it started and prints one summary line: "N passed, N failed".
# A missing service is a failure, never a skip.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

missing=()
command -v /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Writer turns Word into PDF; Draw turns the year wheel's SVG into the PNG a Word file embeds.
dpkg -s libreoffice-writer >/dev/null 2>&1 || missing+=(libreoffice-writer)
dpkg -s libreoffice-draw >/dev/null 2>&1 || missing+=(libreoffice-draw)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installerar ${missing[*]}"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# --- throwaway PostgreSQL -------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d /tmp/styrkedja-pg.XXXXXX)
pg_port=${STYRKEDJA_PG_PORT:-55432}
as_postgres() {
    # initdb refuses to run as root: the server runs as the postgres user when we are root.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_postgres() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1
    rm -rf "$pg_dir"
}
trap stop_postgres EXIT
echo "== Startar PostgreSQL ($pg_bin) på port $pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    || { echo "initdb failed"; exit 1; }
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { echo "PostgreSQL did not start:"; cat "$pg_dir/server.log"; exit 1; }
export STYRKEDJA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# --- tests ----------------------------------------------------------------------------------------
start=$(date +%s)
dotnet build Styrkedja.slnx -c Release -nologo -v q -clp:ErrorsOnly || { echo "build failed"; exit 1; }

passed=0; failed=0; status=0
run_suite() {
    local name=$1; shift
    echo "== $name"
    local log; log=$(mktemp)
    dotnet test "$@" -c Release --no-build -nologo 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    # dotnet test's own summary: "Failed!  - Failed:     1, Passed:    20, Skipped: 0, Total: 21 …"
    local line; line=$(grep -E "(Passed|Failed)! +- Failed: " "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "$name: no test summary (rc $rc)"; failed=$((failed + 1)); status=1
    else
        passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
        failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")))
    fi
    [ "$rc" -ne 0 ] && status=1
    rm -f "$log"
}
STYRKEDJA_TEST_PROVIDER=Sqlite run_suite "Integrationstester på SQLite" tests/Styrkedja.Web.Tests
STYRKEDJA_TEST_PROVIDER=Postgres run_suite "Integrationstester på PostgreSQL" tests/Styrkedja.Web.Tests
run_suite "Kolada-klienten" tests/Styrkedja.Kolada.Tests
run_suite "Dokument (Word, PDF)" tests/Styrkedja.Documents.Tests
run_suite "SIE-läsaren" tests/Styrkedja.Sie.Tests
run_suite "Webbläsartester (Chromium, axe)" tests/Styrkedja.BrowserTests

echo "== Klart på $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed"
exit $status

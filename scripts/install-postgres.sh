#!/usr/bin/env bash
# Installs the PostgreSQL server binaries (initdb, pg_ctl, postgres) that the
# @okrkit/adapter-postgres tests start a throw-away cluster with. Idempotent: does
# nothing when they are already there. Debian/Ubuntu (apt-get), run as root or via sudo.
# The tests start and stop the server themselves; this script starts nothing.
set -euo pipefail

have_postgres() {
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && return 0
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}

if have_postgres; then
  echo "install-postgres: PostgreSQL binaries already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-postgres: apt-get not found; install PostgreSQL (initdb, pg_ctl) yourself or set DATABASE_URL" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends postgresql

# The Debian package starts a cluster of its own on port 5432; the tests don't need it.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _; do
    $SUDO pg_ctlcluster "$version" "$cluster" stop >/dev/null 2>&1 || true
  done
fi

have_postgres || { echo "install-postgres: installation finished but initdb/pg_ctl were not found" >&2; exit 1; }
echo "install-postgres: PostgreSQL installed"

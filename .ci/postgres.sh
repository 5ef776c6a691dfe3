# Sourced by .ci/run: a throw-away PostgreSQL cluster for the team-mode tests (issue 13).
#
# Installs Debian's postgresql when its binaries are missing, makes a cluster in a
# fresh temporary folder (initdb as the postgres user when run as root), listens on
# a Unix socket in that folder only (listen_addresses = ''), exports its URL in
# RENEWDESK_TEST_PG_URL, and stops the server and removes the folder at exit.
# Trust authentication is safe here: the folder (socket included) is mode 0700.

pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true
}

if [ -z "$(pg_bindir)" ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bindir)"
if [ -z "$PG_BIN" ]; then
  echo ".ci/postgres.sh: no PostgreSQL server binaries; the PostgreSQL tests will skip" >&2
else
  pip install -q "psycopg[binary]>=3.1,<4"  # the postgres extra of pyproject.toml
  PG_DIR="$(mktemp -d -t renewdesk-pg.XXXXXX)"
  pg_as_owner() { "$@"; }
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$PG_DIR"
    pg_as_owner() { runuser -u postgres -- "$@"; }
  fi
  chmod 700 "$PG_DIR"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses='' -k $PG_DIR -c fsync=off" start >/dev/null
  pg_stop() {
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  }
  trap pg_stop EXIT
  # The maintenance database; each test makes (and drops) a database of its own.
  export RENEWDESK_TEST_PG_URL="postgresql+psycopg://postgres@/postgres?host=$PG_DIR"
fi

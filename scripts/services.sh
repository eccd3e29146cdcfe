# Sourced by scripts/test: the services the tests need, started here and stopped on exit.
#  - a virtual X display (Xvfb) for the tests that take real-window screenshots;
#  - a PostgreSQL 15 server on loopback, in a temporary data folder, for the server tests.
pg_bin=/usr/lib/postgresql/15/bin

start_xvfb() {
    command -v Xvfb >/dev/null || return 0
    FIELDBOOK_XVFB_DISPLAY=:$((90 + RANDOM % 100))
    Xvfb "$FIELDBOOK_XVFB_DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    FIELDBOOK_XVFB_PID=$!
    export FIELDBOOK_XVFB_DISPLAY
}

start_postgres() {
    [ -x "$pg_bin/postgres" ] || return 0
    FIELDBOOK_PG_DIR=$(mktemp -d /tmp/fieldbook-pg.XXXXXX)
    chown postgres: "$FIELDBOOK_PG_DIR"
    local port=$((20000 + RANDOM % 20000)) password
    password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    echo "$password" >"$FIELDBOOK_PG_DIR/pw" && chown postgres: "$FIELDBOOK_PG_DIR/pw"
    # The server refuses to run as root, so it runs as the postgres user.
    runuser -u postgres -- "$pg_bin/initdb" -D "$FIELDBOOK_PG_DIR/data" -U fieldbook_admin \
        --pwfile="$FIELDBOOK_PG_DIR/pw" -A scram-sha-256 >"$FIELDBOOK_PG_DIR/initdb.log" 2>&1
    local options="-p $port -k $FIELDBOOK_PG_DIR -c listen_addresses=127.0.0.1"
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$FIELDBOOK_PG_DIR/data" -w -l "$FIELDBOOK_PG_DIR/server.log" \
        -o "$options" start >/dev/null
    export FIELDBOOK_PG_HOST=127.0.0.1 FIELDBOOK_PG_PORT=$port FIELDBOOK_PG_USER=fieldbook_admin
    # The server tests stop, start and restart it with these.
    export FIELDBOOK_PG_PASSWORD=$password FIELDBOOK_PG_CTL="$pg_bin/pg_ctl" FIELDBOOK_PG_DATA="$FIELDBOOK_PG_DIR/data"
    export FIELDBOOK_PG_OPTIONS="$options" FIELDBOOK_PG_LOG="$FIELDBOOK_PG_DIR/server.log"
}

start_services() {
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    start_xvfb
    start_postgres
}

stop_services() {
    [ -n "${FIELDBOOK_XVFB_PID:-}" ] && kill "$FIELDBOOK_XVFB_PID" 2>/dev/null
    if [ -n "${FIELDBOOK_PG_DIR:-}" ]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$FIELDBOOK_PG_DIR/data" -m fast stop >/dev/null 2>&1
        rm -rf "$FIELDBOOK_PG_DIR"
    fi
    return 0
}

#!/usr/bin/env bash
# Run throw-away Virtuoso Open Source (Debian package virtuoso-opensource, 7.2.x)
# instances for testing kg's SPARQL client against a real Virtuoso server.
#
# Usage:
#   scripts/virtuoso.sh start DIR HTTP_PORT   start (or reuse) an instance in DIR;
#                                             prints http://127.0.0.1:HTTP_PORT/sparql
#                                             as the last line on stdout
#   scripts/virtuoso.sh stop DIR              stop that instance (clean shutdown,
#                                             then TERM, then KILL; bounded waits)
#   scripts/virtuoso.sh status DIR            "running PID URL" (exit 0) or "stopped" (exit 1)
#   scripts/virtuoso.sh url DIR               print the /sparql URL of the instance in DIR
#   scripts/virtuoso.sh isql DIR [ARGS...]    run isql-vt as dba against the instance
#                                             (e.g. isql DIR 'EXEC=status();')
#   scripts/virtuoso.sh install               install the package if virtuoso-t is missing
#   scripts/virtuoso.sh check                 print the Virtuoso version (exit 1 if absent)
#   scripts/virtuoso.sh test [PYTEST ARGS]    install if needed, start a throw-away instance,
#                                             run tests/test_stores.py against it, stop it
#
# What `start` sets up:
#   * DIR/virtuoso.ini: database, transaction log, lock and log files all inside DIR;
#     both listeners (ISQL/ODBC and HTTP) bound to 127.0.0.1 only, no Unix socket,
#     no plugins; small buffers (about 35 MB) for tests.
#   * http://127.0.0.1:HTTP_PORT/sparql       anonymous; queries and updates (the
#                                             built-in "SPARQL" user gets SPARQL_UPDATE)
#   * http://127.0.0.1:HTTP_PORT/sparql-auth  HTTP Digest (realm "SPARQL"), user
#                                             kgtest / kgtest-secret with SPARQL_UPDATE
#   * dba's password is replaced by a random one kept in DIR/dba-password (mode 600),
#     so other local users cannot log in as dba with the well-known "dba" password.
#   * DIR/virtuoso.pid: pid of virtuoso-t; DIR/virtuoso.log: the server's log.
#
# Environment (all optional):
#   VIRTUOSO_ISQL_PORT        ISQL port (default: first free port from HTTP_PORT+1)
#   VIRTUOSO_START_TIMEOUT    seconds to wait for /sparql to answer (default 60)
#   VIRTUOSO_STOP_TIMEOUT     seconds to wait at each stop stage (default 30)
#   VIRTUOSO_BUFFERS          NumberOfBuffers, 8 KiB pages (default 4000)
#   VIRTUOSO_RESULT_MAX_ROWS  [SPARQL] ResultSetMaxRows (default 10000, as in the
#                             package's own ini: larger SELECT results are cut silently)
#   VIRTUOSO_QUERY_TIMEOUT    [SPARQL] MaxQueryExecutionTime in seconds (default 60)
#
# Everything is idempotent: `start` on a running instance only re-applies the
# grants/users and prints the URL; `stop` on a stopped one is a no-op.
# All human-readable progress goes to stderr; stdout carries only the results.
set -euo pipefail

PROG=$(basename "$0")
PKG=virtuoso-opensource          # Debian metapackage (pulls virtuoso-opensource-7{,-bin,-common})
SERVICE=virtuoso-opensource-7    # the SysV/systemd service that package ships
HOST=127.0.0.1                   # the only address we ever bind to or talk to
TEST_USER=kgtest
TEST_PASSWORD=kgtest-secret

START_TIMEOUT=${VIRTUOSO_START_TIMEOUT:-60}
STOP_TIMEOUT=${VIRTUOSO_STOP_TIMEOUT:-30}
BUFFERS=${VIRTUOSO_BUFFERS:-4000}
RESULT_MAX_ROWS=${VIRTUOSO_RESULT_MAX_ROWS:-10000}
QUERY_TIMEOUT=${VIRTUOSO_QUERY_TIMEOUT:-60}

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
  sed -n '5,19p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

# ---------------------------------------------------------------------------
# Installation
# ---------------------------------------------------------------------------

# Run a command as root (directly, or through sudo when we are not root).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# Stop and disable the package's own system service, which would listen on
# 0.0.0.0:1111 and 0.0.0.0:8890 with the default dba/dba password. We never use it.
disable_system_service() {
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    as_root systemctl disable --now "$SERVICE.service" >/dev/null 2>&1 || true
  fi
  if [ -x "/etc/init.d/$SERVICE" ]; then
    # The init script only acts on the pid in /var/run/$SERVICE.pid.
    as_root "/etc/init.d/$SERVICE" stop >/dev/null 2>&1 || true
    if command -v update-rc.d >/dev/null 2>&1; then
      as_root update-rc.d "$SERVICE" disable >/dev/null 2>&1 || true
    fi
  fi
}

# Install virtuoso-opensource with apt when virtuoso-t or isql-vt is missing
# (and curl, which this script uses to talk HTTP).
install_virtuoso() {
  local need=()
  command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || need+=("$PKG")
  command -v curl >/dev/null 2>&1 || need+=(curl)
  [ ${#need[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "virtuoso-t not found and apt-get is not available: install $PKG"
  log "installing ${need[*]} with apt-get ..."

  # The package's postinst starts its service (as the default instance, on
  # public ports) unless invoke-rc.d is told not to. If there is no policy-rc.d
  # yet, put a temporary one in place that denies every start (exit 101), and
  # remove it again however we leave this function.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    as_root sh -c "printf '#!/bin/sh\n# temporary, from kg scripts/virtuoso.sh\nexit 101\n' > $policy && chmod 755 $policy"
    created_policy=1
    # shellcheck disable=SC2064  # expand $policy now
    trap "as_root rm -f '$policy'" EXIT
  fi

  local apt_opts=(-y -q -o DPkg::Lock::Timeout=300)
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" \
    install --no-install-recommends "${need[@]}" >&2

  if [ "$created_policy" -eq 1 ]; then
    as_root rm -f "$policy"
    trap - EXIT
  fi
  disable_system_service
  command -v virtuoso-t >/dev/null 2>&1 || die "virtuoso-t still missing after installing $PKG"
  command -v isql-vt >/dev/null 2>&1 || die "isql-vt still missing after installing $PKG"
}

version() {
  # `virtuoso-t -?` prints e.g. "Version 7.2.5.3229-pthreads as of Feb  8 2023" and exits 1.
  { virtuoso-t -? 2>&1 || true; } | sed -n 's/^Version \([^ ]*\).*/\1/p' | head -n 1
}

# ---------------------------------------------------------------------------
# Helpers for one instance directory
# ---------------------------------------------------------------------------

# Absolute path of DIR (need not exist yet). Virtuoso's ini is not quoting-aware
# and DirsAllowed is comma separated, so refuse whitespace and commas.
abs_dir() {
  local d
  d=$(realpath -m -- "$1")
  [[ $d =~ [[:space:],\;] ]] && die "DIR must not contain whitespace, ',' or ';': $d"
  printf '%s\n' "$d"
}

# Value of KEY in [SECTION] of an ini file (first match, trimmed), or empty.
ini_get() {
  local file=$1 section=$2 key=$3
  [ -f "$file" ] || return 0
  awk -v s="[$section]" -v k="$key" '
    /^[[:space:]]*\[/ { insec = ($0 ~ "^[[:space:]]*\\[" substr(s, 2, length(s) - 2) "\\]") ; next }
    insec && $0 ~ "^[[:space:]]*" k "[[:space:]]*=" {
      sub(/^[^=]*=[[:space:]]*/, ""); sub(/[[:space:]]*(;.*)?$/, ""); print; exit
    }' "$file"
}

# The port part of "127.0.0.1:1234" or "1234".
port_of() { printf '%s\n' "${1##*:}"; }

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" >/dev/null 2>&1
}

# First free port at or above $1 (at most 200 tries, never above 65535).
free_port_from() {
  local p=$1 i
  for ((i = 0; i < 200; i++, p++)); do
    [ "$p" -gt 65535 ] && break
    port_in_use "$p" || { printf '%s\n' "$p"; return 0; }
  done
  die "no free port found from $1"
}

# Pid of the instance in DIR when it is running, else empty. The pid must be a
# virtuoso-t process whose command line names this DIR's ini (guards against a
# stale pid file whose pid was reused by something else).
running_pid() {
  local dir=$1 pid cmd
  [ -f "$dir/virtuoso.pid" ] || return 0
  pid=$(tr -dc '0-9' <"$dir/virtuoso.pid")
  pid_alive "$pid" || return 0
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
  case $cmd in
    *virtuoso-t*"$dir/virtuoso.ini"*) printf '%s\n' "$pid" ;;
  esac
}

# True when pid $1 exists and is not a zombie. (A server that died is left as a
# zombie when its parent, e.g. PID 1 in some containers, does not reap it, and
# kill -0 still succeeds on zombies.)
pid_alive() {
  local state
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# HTTP status of GET URL (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" 2>/dev/null || true
}

isql_port() { port_of "$(ini_get "$1/virtuoso.ini" Parameters ServerPort)"; }
http_port() { port_of "$(ini_get "$1/virtuoso.ini" HTTPServer ServerPort)"; }

dba_password() {
  if [ -s "$1/dba-password" ]; then cat "$1/dba-password"; else printf 'dba\n'; fi
}

# isql-vt as dba on the instance in DIR, quiet: run_isql DIR ARGS... (killed
# after ISQL_TIMEOUT seconds, default 120).
run_isql() {
  local dir=$1; shift
  timeout "${ISQL_TIMEOUT:-120}" isql-vt "$HOST:$(isql_port "$dir")" dba "$(dba_password "$dir")" \
    VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF "$@"
}

# ---------------------------------------------------------------------------
# Configuration files
# ---------------------------------------------------------------------------

write_ini() {
  local dir=$1 http=$2 isql=$3
  cat >"$dir/virtuoso.ini.tmp" <<EOF
; Generated by kg scripts/virtuoso.sh for a test instance; rewritten on each start.
[Database]
DatabaseFile        = $dir/virtuoso.db
ErrorLogFile        = $dir/virtuoso.log
LockFile            = $dir/virtuoso.lck
TransactionFile     = $dir/virtuoso.trx
xa_persistent_file  = $dir/virtuoso.pxa
ErrorLogLevel       = 7
FileExtend          = 200
MaxCheckpointRemap  = 2000
Striping            = 0
TempStorage         = TempDatabase

[TempDatabase]
DatabaseFile        = $dir/virtuoso-temp.db
TransactionFile     = $dir/virtuoso-temp.trx
MaxCheckpointRemap  = 2000
Striping            = 0

[Parameters]
ServerPort          = $HOST:$isql
DisableUnixSocket   = 1
DisableTcpSocket    = 0
MaxClientConnections = 10
CheckpointInterval  = 60
O_DIRECT            = 0
CaseMode            = 2
MaxStaticCursorRows = 5000
AllowOSCalls        = 0
DirsAllowed         = ., $dir
NumberOfBuffers     = $BUFFERS
MaxDirtyBuffers     = $((BUFFERS * 3 / 4))
MaxQueryMem         = 256M
ThreadsPerQuery     = 2
AsyncQueueMaxThreads = 4
ServerThreads       = 10

[HTTPServer]
ServerPort          = $HOST:$http
ServerRoot          = $dir/vsp
MaxClientConnections = 10
ServerThreads       = 10
MaxKeepAlives       = 10
KeepAliveTimeout    = 10
HTTPThreadSize      = 280000
EnabledDavVSP       = 0
HTTPProxyEnabled    = 0
Charset             = UTF-8
EnabledGzipContent  = 0

[Client]
SQL_PREFETCH_ROWS   = 100
SQL_PREFETCH_BYTES  = 16000
SQL_QUERY_TIMEOUT   = 0
SQL_TXN_TIMEOUT     = 0

[URIQA]
DynamicLocal        = 0
DefaultHost         = $HOST:$http

[SPARQL]
ResultSetMaxRows           = $RESULT_MAX_ROWS
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = $QUERY_TIMEOUT
EOF
  mv "$dir/virtuoso.ini.tmp" "$dir/virtuoso.ini"
}

# SQL run as dba after every start (idempotent).
setup_sql() {
  cat <<EOF
-- Grant role RNAME to UNAME unless it has it already (granting twice is an error).
-- (ROLE is a reserved word in Virtuoso SQL, so no parameter may be called that.)
create procedure DB.DBA.KG_TEST_GRANT_ROLE (in uname varchar, in rname varchar)
{
  if (not exists (select 1 from DB.DBA.SYS_ROLE_GRANTS g, DB.DBA.SYS_USERS u, DB.DBA.SYS_USERS r
                  where g.GI_SUPER = u.U_ID and g.GI_SUB = r.U_ID and g.GI_DIRECT = 1
                    and u.U_NAME = uname and r.U_NAME = rname))
    DB.DBA.USER_GRANT_ROLE (uname, rname);
}
;
-- Create USER with PASSWORD, or reset the password when the user exists.
create procedure DB.DBA.KG_TEST_USER (in uname varchar, in pwd varchar)
{
  if (not exists (select 1 from DB.DBA.SYS_USERS where U_NAME = uname))
    DB.DBA.USER_CREATE (uname, pwd);
  else
    USER_SET_PASSWORD (uname, pwd);
}
;
-- /sparql runs as the built-in user "SPARQL": let it update.
DB.DBA.KG_TEST_GRANT_ROLE ('SPARQL', 'SPARQL_UPDATE');
-- /sparql-auth (HTTP Digest, realm "SPARQL") for $TEST_USER.
DB.DBA.KG_TEST_USER ('$TEST_USER', '$TEST_PASSWORD');
DB.DBA.KG_TEST_GRANT_ROLE ('$TEST_USER', 'SPARQL_UPDATE');
checkpoint;
EOF
}

# Replace the default dba password ("dba") by the random one in DIR/dba-password.
# The dav account (WebDAV only, not an SQL login) also ships with a default
# password ("dav"); set it to the same.
secure_dba() {
  local dir=$1 pw port
  port=$(isql_port "$dir")
  pw=$(cat "$dir/dba-password")
  if timeout 30 isql-vt "$HOST:$port" dba "$pw" 'EXEC=select 1;' >/dev/null 2>&1; then
    return 0
  fi
  timeout 30 isql-vt "$HOST:$port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF \
    "EXEC=DB.DBA.USER_CHANGE_PASSWORD ('dav', (select pwd_magic_calc (U_NAME, U_PASSWORD, 1) from DB.DBA.SYS_USERS where U_NAME = 'dav'), '$pw'); USER_SET_PASSWORD ('dba', '$pw'); checkpoint;" \
    >/dev/null 2>&1 || die "cannot log in as dba on port $port (neither DIR/dba-password nor the default works)"
  timeout 30 isql-vt "$HOST:$port" dba "$pw" 'EXEC=select 1;' >/dev/null 2>&1 \
    || die "setting the dba password failed"
}

# Apply grants and users; then prove it over HTTP with a harmless update on
# /sparql and on /sparql-auth (DROP SILENT of a graph nobody uses).
configure() {
  local dir=$1 url out status probe='DROP SILENT GRAPH <urn:x-kg-virtuoso-sh:probe>'
  secure_dba "$dir"
  out=$(setup_sql | run_isql "$dir" 2>&1) || die "isql failed: $out"
  if grep -q '\*\*\* Error' <<<"$out"; then die "isql reported an error: $out"; fi
  url="http://$HOST:$(http_port "$dir")"
  status=$(http_status -X POST --data-urlencode "update=$probe" "$url/sparql")
  [ "$status" = 200 ] || die "an update on $url/sparql answered HTTP $status, expected 200"
  status=$(http_status --digest -u "$TEST_USER:$TEST_PASSWORD" -X POST \
    --data-urlencode "update=$probe" "$url/sparql-auth")
  [ "$status" = 200 ] || die "an update on $url/sparql-auth as $TEST_USER answered HTTP $status, expected 200"
}

# ---------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------

cmd_start() {
  [ $# -eq 2 ] || usage
  local dir http isql pid ready_url deadline status
  dir=$(abs_dir "$1")
  http=$2
  if ! is_uint "$http" || [ "$http" -lt 1 ] || [ "$http" -gt 65535 ]; then
    die "bad HTTP_PORT: $http"
  fi

  install_virtuoso
  mkdir -p "$dir/vsp"
  chmod 700 "$dir"

  # One start/stop at a time per DIR.
  exec 9>"$dir/.lock"
  flock -w 120 9 || die "another $PROG is busy with $dir"

  pid=$(running_pid "$dir")
  if [ -n "$pid" ]; then
    # Already running: the port must match, then just re-apply the setup.
    [ "$(http_port "$dir")" = "$http" ] \
      || die "$dir is already running (pid $pid) on HTTP port $(http_port "$dir"), not $http"
    log "already running (pid $pid)"
    configure "$dir"
    printf 'http://%s:%s/sparql\n' "$HOST" "$http"
    return 0
  fi

  port_in_use "$http" && die "port $HOST:$http is already in use by another process"

  # ISQL port: explicit, else the one this DIR used before when still free,
  # else the first free one above the HTTP port.
  isql=${VIRTUOSO_ISQL_PORT:-}
  if [ -z "$isql" ]; then
    isql=$(isql_port "$dir")
    if [ -z "$isql" ] || [ "$isql" = "$http" ] || port_in_use "$isql"; then
      isql=$(free_port_from $((http < 65535 ? http + 1 : 1024)))
    fi
  fi
  if ! is_uint "$isql" || [ "$isql" = "$http" ]; then die "bad ISQL port: $isql"; fi
  port_in_use "$isql" && die "ISQL port $HOST:$isql is already in use"

  # A random dba password, made once per DIR (the database keeps it afterwards).
  if [ ! -s "$dir/dba-password" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$dir/dba-password")
  fi
  chmod 600 "$dir/dba-password"

  write_ini "$dir" "$http" "$isql"
  rm -f "$dir/virtuoso.pid"
  # A lock file left by a killed server would stop a new one from starting.
  if [ -f "$dir/virtuoso.lck" ]; then
    local old
    old=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" | tr -dc '0-9')
    if [ -n "$old" ] && pid_alive "$old"; then
      die "$dir/virtuoso.lck names a live process $old; stop it first"
    fi
    rm -f "$dir/virtuoso.lck"
  fi

  log "starting virtuoso-t $(version) in $dir (HTTP $HOST:$http, ISQL $HOST:$isql)"
  # +foreground keeps the pid we get from $! (no daemon fork); setsid detaches it
  # from our terminal/process group so Ctrl-C or a test runner's signals to the
  # caller do not hit it; no inherited stdout/stderr, so callers reading our
  # output through a pipe are not kept waiting by the server.
  (cd "$dir" && exec setsid virtuoso-t +foreground +configfile "$dir/virtuoso.ini" \
    </dev/null >>"$dir/virtuoso.out" 2>&1 9>&-) &
  pid=$!
  printf '%s\n' "$pid" >"$dir/virtuoso.pid"

  ready_url="http://$HOST:$http/sparql?query=ASK%7B%7D"
  deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    status=$(http_status "$ready_url")
    [ "$status" = 200 ] && break
    if ! pid_alive "$pid"; then
      log "virtuoso-t exited during startup; end of $dir/virtuoso.log:"
      tail -n 20 "$dir/virtuoso.log" "$dir/virtuoso.out" >&2 2>/dev/null || true
      rm -f "$dir/virtuoso.pid"
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "no answer from $ready_url within ${START_TIMEOUT}s (last HTTP status $status); stopping it"
      tail -n 20 "$dir/virtuoso.log" >&2 2>/dev/null || true
      stop_instance "$dir" || true
      exit 1
    fi
    sleep 0.5
  done
  log "up (pid $pid) after $((SECONDS - deadline + START_TIMEOUT))s; configuring"

  configure "$dir"
  log "ready: http://$HOST:$http/sparql (anonymous, read/write), http://$HOST:$http/sparql-auth (Digest $TEST_USER/$TEST_PASSWORD)"
  printf 'http://%s:%s/sparql\n' "$HOST" "$http"
}

# Wait up to $2 seconds for pid $1 to exit; true when it did.
wait_exit() {
  local pid=$1 deadline=$((SECONDS + $2))
  while pid_alive "$pid"; do
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}

stop_instance() {
  local dir=$1 pid
  pid=$(running_pid "$dir")
  if [ -z "$pid" ]; then
    rm -f "$dir/virtuoso.pid"
    log "not running ($dir)"
    return 0
  fi
  log "stopping pid $pid"
  # 1. Clean shutdown (checkpoint) through isql; 2. SIGTERM (also a clean
  # shutdown for virtuoso-t); 3. SIGKILL. Each stage waits at most STOP_TIMEOUT.
  local clean=0
  if ISQL_TIMEOUT=$STOP_TIMEOUT run_isql "$dir" -K >/dev/null 2>&1; then
    wait_exit "$pid" "$STOP_TIMEOUT" && clean=1
  fi
  if [ "$clean" -eq 0 ]; then
    log "no clean shutdown through isql; sending TERM"
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_exit "$pid" "$STOP_TIMEOUT"; then
      log "still running after TERM; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_exit "$pid" 10 || die "pid $pid does not die"
    fi
  fi
  rm -f "$dir/virtuoso.pid" "$dir/virtuoso.lck"
  log "stopped"
}

cmd_stop() {
  [ $# -eq 1 ] || usage
  local dir
  dir=$(abs_dir "$1")
  [ -d "$dir" ] || { log "no such directory: $dir (nothing to stop)"; return 0; }
  exec 9>"$dir/.lock"
  flock -w 120 9 || die "another $PROG is busy with $dir"
  stop_instance "$dir"
}

cmd_status() {
  [ $# -eq 1 ] || usage
  local dir pid
  dir=$(abs_dir "$1")
  pid=$(running_pid "$dir")
  if [ -n "$pid" ]; then
    printf 'running %s http://%s:%s/sparql\n' "$pid" "$HOST" "$(http_port "$dir")"
  else
    printf 'stopped\n'
    return 1
  fi
}

cmd_url() {
  [ $# -eq 1 ] || usage
  local dir port
  dir=$(abs_dir "$1")
  port=$(http_port "$dir")
  [ -n "$port" ] || die "no instance configured in $dir"
  printf 'http://%s:%s/sparql\n' "$HOST" "$port"
}

cmd_isql() {
  [ $# -ge 1 ] || usage
  local dir
  dir=$(abs_dir "$1"); shift
  [ -n "$(running_pid "$dir")" ] || die "not running: $dir"
  exec isql-vt "$HOST:$(isql_port "$dir")" dba "$(dba_password "$dir")" "$@"
}

cmd_check() {
  command -v virtuoso-t >/dev/null 2>&1 || { log "virtuoso-t not installed (run: $PROG install)"; return 1; }
  printf 'virtuoso-t %s\n' "$(version)"
}

# Start a throw-away instance, run kg's store tests against it (tests/test_stores.py with
# KG_TEST_SPARQL_URL), stop it and remove it. Extra arguments go to pytest.
cmd_test() {
  local root dir port url status=0
  root=$(cd "$(dirname "$0")/.." && pwd)
  [ -x "$root/.venv/bin/python" ] || bash "$root/scripts/setup.sh"
  dir=$(mktemp -d /tmp/kg-virtuoso.XXXXXX)
  port=$("$root/.venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # The store tests read whole graphs; lift the silent 10,000-row cut for them.
  url=$(VIRTUOSO_RESULT_MAX_ROWS=${VIRTUOSO_RESULT_MAX_ROWS:-1000000} cmd_start "$dir" "$port" | tail -n 1)
  log "running the store tests against Virtuoso at $url"
  (cd "$root" && KG_TEST_SPARQL_URL=$url .venv/bin/python -m pytest -p no:cacheprovider tests/test_stores.py "$@") \
    || status=$?
  cmd_stop "$dir" || true
  rm -rf "$dir"
  return "$status"
}

main() {
  [ $# -ge 1 ] || usage
  local cmd=$1; shift
  case $cmd in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    status) cmd_status "$@" ;;
    url) cmd_url "$@" ;;
    isql) cmd_isql "$@" ;;
    install) [ $# -eq 0 ] || usage; install_virtuoso; cmd_check ;;
    check) [ $# -eq 0 ] || usage; cmd_check ;;
    test) cmd_test "$@" ;;
    -h|--help|help) usage ;;
    *) log "unknown command: $cmd"; usage ;;
  esac
}

main "$@"

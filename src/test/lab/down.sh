#!/usr/bin/env bash
# Stops what up.sh started, and only that: the processes named by its pid files.
# A daemon or registry that up.sh adopted (already running) is left alone.
# The registry's storage (/var/lib/layerlab-registry) is kept, so the next up.sh is quick.
set -euo pipefail

RUN_DIR="/run/layerlab-lab"
STOP_WAIT_SECONDS=30

log() { printf 'lab: %s\n' "$*" >&2; }

# stop NAME EXPECTED_COMMAND: TERM the pid in $RUN_DIR/NAME.pid if it still runs that command.
stop() {
    local name="$1" expected="$2" pidfile="$RUN_DIR/$1.pid" pid i
    if [ ! -f "$pidfile" ]; then
        log "$name: not started by up.sh (no $pidfile), leaving it alone"
        return 0
    fi
    pid="$(cat "$pidfile")"
    # A stale pid file may name a reused pid: only signal the process we started.
    local cmdline
    cmdline="$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" || true)"
    if [ "${cmdline%% *}" != "$expected" ]; then
        log "$name: pid $pid is gone, removing $pidfile"
        rm -f "$pidfile"
        return 0
    fi
    log "stopping $name (pid $pid)"
    kill -TERM "$pid"
    for ((i = 0; i < STOP_WAIT_SECONDS * 4; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
        sleep 0.25
    done
    log "$name (pid $pid) did not stop within ${STOP_WAIT_SECONDS}s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

stop dockerd dockerd
stop registry docker-registry

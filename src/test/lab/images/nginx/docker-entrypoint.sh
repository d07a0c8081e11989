#!/bin/sh
# Stand-in for nginx's docker-entrypoint.sh: announce, then run the command as PID 1.
set -e
if [ "$1" = "nginx" ]; then
    echo "/docker-entrypoint.sh: Configuration complete; ready for start up" >&2
fi
exec "$@"

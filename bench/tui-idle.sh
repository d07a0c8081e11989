#!/usr/bin/env bash
# The idle budget (DESIGN §7: no polling, ~0% CPU). Builds the jar, installs it into a temporary
# prefix with install.sh --no-build, opens a lesson in tmux and reads the JVM's CPU time from
# /proc over the idle period (Linux). See bench/README.md.
#   bench/tui-idle.sh [--seconds 60] [--settle 5]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v tmux >/dev/null || { echo "tui-idle.sh: needs tmux (apt-get install tmux)" >&2; exit 1; }
cp="$("$repo/bench/classpath.sh")"
cd "$repo"
mvn -q -o -B package -DskipTests >target/bench-build.log 2>&1 || { cat target/bench-build.log >&2; exit 1; }
prefix="$(mktemp -d /tmp/lltest-e2e-bench.XXXXXX)"
trap 'rm -rf "$prefix"' EXIT
PREFIX="$prefix" ./install.sh --no-build >/dev/null 2>&1 || { echo "tui-idle.sh: install.sh failed" >&2; exit 1; }
mkdir "$prefix/tmp"
java -Djava.io.tmpdir="$prefix/tmp" -cp "$cp" dev.layerlab.bench.TuiIdleBench --prefix "$prefix" "$@"

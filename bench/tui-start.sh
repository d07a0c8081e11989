#!/usr/bin/env bash
# The first-frame budget (DESIGN §7: first TUI frame well under a second on a cold JVM, with the
# class data sharing archive install.sh makes). Builds the jar, installs it into a temporary
# prefix with install.sh --no-build, then times cold starts in tmux. See bench/README.md.
#   bench/tui-start.sh [--runs 10]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v tmux >/dev/null || { echo "tui-start.sh: needs tmux (apt-get install tmux)" >&2; exit 1; }
cp="$("$repo/bench/classpath.sh")"
cd "$repo"
mvn -q -o -B package -DskipTests >target/bench-build.log 2>&1 || { cat target/bench-build.log >&2; exit 1; }
prefix="$(mktemp -d /tmp/lltest-e2e-bench.XXXXXX)"
trap 'rm -rf "$prefix"' EXIT
PREFIX="$prefix" ./install.sh --no-build >/dev/null 2>&1 || { echo "tui-start.sh: install.sh failed" >&2; exit 1; }
mkdir "$prefix/tmp"
java -Djava.io.tmpdir="$prefix/tmp" -cp "$cp" dev.layerlab.bench.TuiStartBench --prefix "$prefix" --jar "$repo/target/layerlab.jar" "$@"

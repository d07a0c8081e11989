#!/usr/bin/env bash
# The event budget (DESIGN §7: from a daemon event to the ✓ on screen < 250 ms), measured with
# the real session and gateway on the real daemon, and the interface on a virtual terminal.
# Creates and removes one volume, lltest-e2e-latency. See bench/README.md.
#   bench/tui-latency.sh [--events 50] [--warmup 5]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cp="$("$repo/bench/classpath.sh")"
cd "$repo"
work="$(mktemp -d /tmp/lltest-e2e-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
java -Djava.io.tmpdir="$work" -cp "$cp" dev.layerlab.bench.TuiLatencyBench "$@"

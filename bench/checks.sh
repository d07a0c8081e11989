#!/usr/bin/env bash
# The check budget (DESIGN §7: a step's checks in < 50 ms against a local daemon), measured
# against the real daemon with the shipped lessons/ and checks/. See bench/README.md.
#   bench/checks.sh [--runs 30] [--warmup 5] [--per-check] [--force] [--lessons DIR] [--checks DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cp="$("$repo/bench/classpath.sh")"
cd "$repo"
exec java -cp "$cp" dev.layerlab.bench.CheckBench "$@"

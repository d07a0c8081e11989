#!/usr/bin/env bash
# Builds and runs every test (unit, headless UI, daemon *IT). Daemon tests skip loudly
# without a daemon unless LAYERLAB_REQUIRE_DOCKER=true, which makes them fail instead.
set -euo pipefail
exec mvn -B verify -Dlayerlab.requireDocker="${LAYERLAB_REQUIRE_DOCKER:-false}" "$@"

#!/usr/bin/env bash
# Shared by the bench scripts: compiles main and test classes (offline, no tests run) and prints
# the classpath to run a bench main with: target/classes:target/test-classes:<dependencies>.
# Maven's own output goes to target/bench-build.log, shown only when the build fails.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mkdir -p target
log=target/bench-build.log
if ! { mvn -q -o -B test-compile \
    && mvn -q -o -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "bench: the build failed (see above; offline: run 'mvn -B test-compile' once online first)" >&2
  exit 1
fi
echo "$repo/target/classes:$repo/target/test-classes:$(cat target/bench-classpath.txt)"

#!/usr/bin/env bash
# Shared by the bench scripts: compiles main and test classes (offline, no tests run) and prints
# the classpath to run a bench main with: target/classes:target/test-classes:<dependencies>.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mvn -q -o -B -Dstyle.color=never test-compile >&2
mvn -q -o -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "$repo/target/classes:$repo/target/test-classes:$(cat target/bench-classpath.txt)"

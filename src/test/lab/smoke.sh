#!/usr/bin/env bash
# Checks that the lab behaves as the lessons need: each stand-in pulls through the mirror
# and does its job. Run after up.sh. Removes what it creates, and the local copies of the
# images it pulled when they were not present before. Exit status: number of failures.
set -uo pipefail

PREFIX="${LAB_SMOKE_PREFIX:-lab-smoke}"
WEB_PORT="${LAB_SMOKE_WEB_PORT:-18080}"
REG_PORT="${LAB_SMOKE_REGISTRY_PORT:-5001}"
IMAGES=(nginx:latest nginx:alpine alpine:latest ubuntu:latest hello-world:latest registry:2)
failures=0
pulled=()

pass() { printf 'smoke: ok   %s\n' "$*" >&2; }
fail() { printf 'smoke: FAIL %s\n' "$*" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what="$1"; shift
    if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

cleanup() {
    docker rm -f "$PREFIX-web" "$PREFIX-registry" >/dev/null 2>&1 || true
    docker rmi "127.0.0.1:${REG_PORT}/${PREFIX}/alpine:v1" >/dev/null 2>&1 || true
    [ "${#pulled[@]}" -eq 0 ] || docker rmi "${pulled[@]}" >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_http() { # wait_http URL GREP: true once URL answers with a body matching GREP (5 s)
    local i
    for ((i = 0; i < 20; i++)); do
        curl -fs --max-time 1 "$1" 2>/dev/null | grep -q "$2" && return 0
        sleep 0.25
    done
    return 1
}

stops_promptly() { # the container stops in under 3 s
    local start=$SECONDS
    docker stop "$1" >/dev/null && [ $((SECONDS - start)) -lt 3 ]
}

for image in "${IMAGES[@]}"; do
    docker image inspect "$image" >/dev/null 2>&1 || pulled+=("$image")
    check "pull $image through the mirror" docker pull -q "$image"
done

for image in nginx:latest nginx:alpine; do
    docker rm -f "$PREFIX-web" >/dev/null 2>&1
    docker run -d --name "$PREFIX-web" -p "${WEB_PORT}:80" "$image" >/dev/null
    check "$image serves the welcome page on port 80" wait_http "http://127.0.0.1:${WEB_PORT}/" 'Welcome to nginx!'
    check "$image has sh" docker exec "$PREFIX-web" sh -c 'test -f /usr/share/nginx/html/index.html'
    check "$image stops promptly" stops_promptly "$PREFIX-web"
done
check "nginx:latest has bash" docker run --rm --entrypoint bash nginx:latest -c 'echo hi'
check "nginx history shows several instructions" \
    bash -c '[ "$(docker history -q nginx:latest | wc -l)" -ge 5 ]'

check "alpine runs echo" bash -c '[ "$(docker run --rm alpine echo hi)" = hi ]'
check "alpine says it is Alpine" bash -c 'docker run --rm alpine cat /etc/os-release | grep -q "^ID=alpine"'
check "ubuntu runs bash -c" bash -c '[ "$(docker run --rm ubuntu bash -c "echo hi")" = hi ]'
check "ubuntu apt-get install curl works offline" \
    docker run --rm ubuntu bash -c 'apt-get update && apt-get install -y curl && command -v curl'
check "hello-world says hello" bash -c 'docker run --rm hello-world | grep -q "Hello from Docker!"'

docker run -d --name "$PREFIX-registry" -p "${REG_PORT}:5000" registry:2 >/dev/null
check "registry:2 answers on /v2/" wait_http "http://127.0.0.1:${REG_PORT}/v2/" '{}'
docker tag alpine:latest "127.0.0.1:${REG_PORT}/${PREFIX}/alpine:v1"
check "push to registry:2" docker push -q "127.0.0.1:${REG_PORT}/${PREFIX}/alpine:v1"
check "registry:2 lists the pushed tag" \
    wait_http "http://127.0.0.1:${REG_PORT}/v2/${PREFIX}/alpine/tags/list" '"v1"'
check "registry:2 stops promptly" stops_promptly "$PREFIX-registry"

if [ "$failures" -eq 0 ]; then
    printf 'smoke: all checks passed\n' >&2
else
    printf 'smoke: %d check(s) FAILED\n' "$failures" >&2
fi
exit "$failures"

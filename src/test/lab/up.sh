#!/usr/bin/env bash
# Brings up the offline lab: Debian's dockerd with a local registry on 127.0.0.1:5000 as its
# registry mirror, and busybox stand-ins pushed there under the real image names, so that
# `docker pull nginx` works with no network. Idempotent; adopts a daemon or registry that
# already answers. Test fixture only: see README.md next to this file.
set -euo pipefail

LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REGISTRY_ADDR="127.0.0.1:5000"
REGISTRY_URL="http://${REGISTRY_ADDR}"
REGISTRY_STORAGE="/var/lib/layerlab-registry"
CONF_DIR="/etc/layerlab-lab"
RUN_DIR="/run/layerlab-lab"
LOG_DIR="/var/log/layerlab-lab"
HASH_LABEL="dev.layerlab.lab.hash"
APT_PACKAGES=(docker.io docker-registry busybox-static tmux curl)
DAEMON_WAIT_SECONDS=60
REGISTRY_WAIT_SECONDS=20

# The legacy builder needs no buildx plugin and reuses local images for FROM without pulling.
export DOCKER_BUILDKIT=0
export DEBIAN_FRONTEND=noninteractive

# Stand-ins to publish: "repository:tag image-directory flavour". The flavour picks the base
# image (alpine: the alpine stand-in, so alpine:latest must come before its users).
# Equal directory and flavour give the same image (the build cache makes repeats cheap).
STAND_INS=(
    "library/alpine:latest alpine base"
    "library/alpine:3.20 alpine base"
    "library/nginx:latest nginx debian"
    "library/nginx:1.25 nginx debian"
    "library/nginx:alpine nginx alpine"
    "library/ubuntu:latest ubuntu base"
    "library/ubuntu:22.04 ubuntu base"
    "library/ubuntu:24.04 ubuntu base"
    "library/hello-world:latest hello-world base"
    "library/registry:2 registry base"
)

log() { printf 'lab: %s\n' "$*" >&2; }
warn() { printf 'lab: WARNING: %s\n' "$*" >&2; }
die() { printf 'lab: ERROR: %s\n' "$*" >&2; exit 1; }

# Runs a command silently; on failure shows its output (the legacy builder's deprecation
# notice and push progress would otherwise bury the progress lines).
quiet() {
    local out
    if ! out="$("$@" 2>&1)"; then
        printf '%s\n' "$out" >&2
        die "failed: $*"
    fi
}

need_root() {
    [ "$(id -u)" -eq 0 ] || die "$1 needs root; run: sudo bash $0"
}

install_missing_packages() {
    local missing=() pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    need_root "installing ${missing[*]}"
    log "installing ${missing[*]} (apt)"
    # Keep maintainer scripts from starting docker.service and the Debian registry service
    # (which listens on :5000 with htpasswd auth): this script starts both its own way.
    local policy=/usr/sbin/policy-rc.d added_policy=false
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added_policy=true
    fi
    local ok=true
    apt-get update -qq >&2 &&
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 </dev/null || ok=false
    if [ "$added_policy" = true ]; then rm -f "$policy"; fi
    [ "$ok" = true ] || die "apt-get could not install ${missing[*]}"
}

registry_answers() {
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${REGISTRY_URL}/v2/" || true)" = 200 ]
}

start_registry() {
    if registry_answers; then
        log "registry already answers on ${REGISTRY_ADDR}"
        return 0
    fi
    local code
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${REGISTRY_URL}/v2/" || true)"
    if [ "$code" != 000 ] && command -v systemctl >/dev/null &&
        systemctl is-active --quiet docker-registry 2>/dev/null; then
        warn "Debian's docker-registry service (auth, default config) holds :5000; stopping it"
        need_root "stopping the docker-registry service"
        systemctl stop docker-registry
        code=000
    fi
    if [ "$code" != 000 ]; then
        die "something answers on ${REGISTRY_ADDR} with HTTP ${code} (Debian's own docker-registry service with auth?); stop it (systemctl stop docker-registry) and rerun"
    fi
    need_root "starting the registry"
    mkdir -p "$CONF_DIR" "$RUN_DIR" "$LOG_DIR" "$REGISTRY_STORAGE"
    # Our own config: Debian's /etc/docker/registry/config.yml has htpasswd auth on :5000.
    cat >"$CONF_DIR/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: ${REGISTRY_STORAGE}
  delete:
    enabled: true
http:
  addr: ${REGISTRY_ADDR}
EOF
    log "starting docker-registry on ${REGISTRY_ADDR} (log: $LOG_DIR/registry.log)"
    # Detached (own session, cwd /) so that it outlives this script and its terminal.
    detach registry "$REGISTRY_WAIT_SECONDS" registry_answers docker-registry serve "$CONF_DIR/registry.yml" && return 0
    die "registry did not come up on ${REGISTRY_ADDR} within ${REGISTRY_WAIT_SECONDS}s; see $LOG_DIR/registry.log"
}

# detach NAME SECONDS READY_FN COMMAND...: starts COMMAND in its own session (cwd /, so that it
# outlives this script and its terminal), its pid in $RUN_DIR/NAME.pid and its output in
# $LOG_DIR/NAME.log; waits up to SECONDS for READY_FN. Returns 1 on time-out, 2 if it exited.
detach() {
    local name="$1" seconds="$2" ready="$3" i
    shift 3
    (cd / && exec setsid nohup "$@" >>"$LOG_DIR/$name.log" 2>&1 </dev/null) &
    echo $! >"$RUN_DIR/$name.pid"
    for ((i = 0; i < seconds * 4; i++)); do
        "$ready" && return 0
        if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
            warn "$name exited; see $LOG_DIR/$name.log: $(tail -n 3 "$LOG_DIR/$name.log" | tr '\n' ' ')"
            return 2
        fi
        sleep 0.25
    done
    return 1
}

# remove_stale_pid_file FILE COMMAND: removes FILE unless it names a live (not zombie) COMMAND.
remove_stale_pid_file() {
    local file="$1" command="$2" pid
    [[ -f "$file" ]] || return 0
    pid="$(cat "$file")"
    if [[ "$(ps -o comm= -p "$pid" 2>/dev/null)" != "$command" ]] ||
        [[ "$(ps -o stat= -p "$pid" 2>/dev/null)" == Z* ]]; then
        rm -f "$file"
    fi
}

daemon_answers() {
    timeout 10 docker info >/dev/null 2>&1
}

daemon_has_mirror() {
    local mirrors
    mirrors="$(timeout 10 docker info --format '{{json .RegistryConfig.Mirrors}}' 2>/dev/null)" || return 1
    [[ "$mirrors" == *"${REGISTRY_ADDR}"* ]]
}

start_daemon() {
    if daemon_answers; then
        log "Docker daemon already answers"
        if ! daemon_has_mirror; then
            warn "the running Docker daemon does not use ${REGISTRY_URL} as registry mirror:"
            warn "'docker pull nginx' will try Docker Hub instead of the lab registry."
            warn "Restart it with: dockerd --registry-mirror ${REGISTRY_URL} --insecure-registry ${REGISTRY_ADDR}"
        fi
        return 0
    fi
    need_root "starting dockerd"
    mkdir -p "$RUN_DIR" "$LOG_DIR"
    # A dockerd (or its containerd) that was killed leaves a pid file, and a new one refuses to
    # start while that pid is a process: a zombie nobody reaped counts, as does another process
    # that got the pid. No daemon answers here, so a pid file that does not name a live process of
    # its kind is stale. One retry covers a containerd that was still going away.
    local attempt status
    for attempt in 1 2; do
        remove_stale_pid_file /var/run/docker.pid dockerd
        remove_stale_pid_file /var/run/docker/containerd/containerd.pid containerd
        log "starting dockerd with registry mirror ${REGISTRY_URL} (log: $LOG_DIR/dockerd.log)"
        status=0
        detach dockerd "$DAEMON_WAIT_SECONDS" daemon_answers \
            dockerd --registry-mirror "$REGISTRY_URL" --insecure-registry "$REGISTRY_ADDR" || status=$?
        [[ $status == 0 ]] && return 0
        [[ $status == 2 && $attempt == 1 ]] || break
        sleep 2
    done
    die "dockerd did not come up within ${DAEMON_WAIT_SECONDS}s; see $LOG_DIR/dockerd.log"
}

# Hash of everything the stand-ins are built from: a change in any of it rebuilds them.
inputs_hash() {
    {
        (cd "$LAB_DIR" && find up.sh images -type f -print0 | sort -z | xargs -0 sha256sum)
        dpkg-query -W -f='${Package} ${Version}\n' busybox-static docker-registry
    } | sha256sum | cut -c1-16
}

# True when the registry holds repo:tag built from inputs with hash $3.
registry_has_current() {
    local repo="$1" tag="$2" hash="$3" manifest config
    manifest="$(curl -fs --max-time 5 \
        -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "${REGISTRY_URL}/v2/${repo}/manifests/${tag}")" || return 1
    config="$(printf '%s' "$manifest" | tr -d ' \n' |
        grep -o '"config":{[^}]*}' | grep -o 'sha256:[0-9a-f]*')" || return 1
    # Into a variable, not a pipe into grep -q: an early grep exit would fail the pipe.
    local blob
    blob="$(curl -fs --max-time 5 "${REGISTRY_URL}/v2/${repo}/blobs/${config}")" || return 1
    [[ "$blob" == *"\"${HASH_LABEL}\":\"${hash}\""* ]]
}

# A minimal root filesystem: static busybox, its applet links, and images/base/rootfs
# (users, an os-release, the stand-in helper tools).
build_rootfs_tar() {
    local root="$1/rootfs" tar="$1/rootfs.tar" applet
    mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,var/tmp,var/log,home,proc,sys,dev}
    cp /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list-full); do
        [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
    done
    cp -R "$LAB_DIR/images/base/rootfs/." "$root/"
    chmod 700 "$root/root"
    chmod 1777 "$root/tmp" "$root/var/tmp"
    tar --numeric-owner --owner=0 --group=0 --mtime=@0 --sort=name -C "$root" -cf "$tar" .
}

build_and_push() {
    local hash="$1" work ref repo tag dir flavour base
    work="$(mktemp -d /tmp/layerlab-lab-build.XXXXXX)"
    # shellcheck disable=SC2064 # expand now: $work is local
    trap "rm -rf '$work'" EXIT
    local base_img="layerlab-lab/base:${hash}" alpine_img="layerlab-lab/alpine:${hash}"
    local built=("$base_img")

    log "building the stand-in base image from busybox-static"
    build_rootfs_tar "$work"
    quiet docker import --change "LABEL ${HASH_LABEL}=${hash}" --change 'CMD ["/bin/sh"]' \
        --message "layerlab stand-in rootfs (busybox-static)" \
        "$work/rootfs.tar" "$base_img"

    # The registry stand-in needs Debian's registry binary and its libraries in its context.
    local regctx="$work/registry"
    cp -r "$LAB_DIR/images/registry" "$regctx"
    mkdir -p "$regctx/rootfs/bin"
    cp /usr/bin/docker-registry "$regctx/rootfs/bin/registry"
    local lib
    for lib in $(ldd /usr/bin/docker-registry | grep -o '/[^ ]*'); do
        mkdir -p "$regctx/rootfs$(dirname "$lib")"
        cp -L "$lib" "$regctx/rootfs$lib"
    done

    for ref in "${STAND_INS[@]}"; do
        read -r repo dir flavour <<<"$ref"
        tag="${repo##*:}"
        repo="${repo%:*}"
        case "$flavour" in
            base | debian) base="$base_img" ;;
            alpine) base="$alpine_img" ;;
        esac
        local ctx="$LAB_DIR/images/$dir"
        [ "$dir" = registry ] && ctx="$regctx"
        local img="${REGISTRY_ADDR}/${repo}:${tag}"
        log "building ${repo#library/}:${tag}"
        quiet docker build -q --build-arg "BASE=$base" --build-arg "FLAVOUR=$flavour" \
            --label "${HASH_LABEL}=${hash}" \
            --label "org.opencontainers.image.description=layerlab offline-lab stand-in (test fixture, not the real image)" \
            -t "$img" "$ctx"
        built+=("$img")
        if [ "$repo:$tag" = library/alpine:latest ]; then
            docker tag "$img" "$alpine_img"
            built+=("$alpine_img")
        fi
        log "pushing ${repo#library/}:${tag} to ${REGISTRY_ADDR}"
        quiet docker push -q "$img"
    done
    # Leave the local store as found: lessons start with the images not present.
    quiet docker rmi -f "${built[@]}"
    rm -rf "$work"
    trap - EXIT
}

publish_stand_ins() {
    local hash ref repo tag stale=()
    hash="$(inputs_hash)"
    for ref in "${STAND_INS[@]}"; do
        read -r repo _ <<<"$ref"
        tag="${repo##*:}"
        repo="${repo%:*}"
        registry_has_current "$repo" "$tag" "$hash" || stale+=("${repo#library/}:${tag}")
    done
    if [ "${#stale[@]}" -eq 0 ]; then
        log "stand-in images are current in the registry (inputs ${hash})"
    else
        log "stand-ins missing or outdated: ${stale[*]}"
        build_and_push "$hash"
    fi
    # Lessons start with "image not present": drop local tags of the real names.
    local names=() name
    for ref in "${STAND_INS[@]}"; do
        read -r repo _ <<<"$ref"
        name="${repo#library/}"
        docker image inspect "$name" >/dev/null 2>&1 && names+=("$name")
    done
    if [ "${#names[@]}" -gt 0 ]; then
        log "removing local copies so lessons start without them: ${names[*]}"
        docker rmi "${names[@]}" >/dev/null || warn "could not remove ${names[*]} (in use by a container?)"
    fi
}

summary() {
    local version mirror
    version="$(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?')"
    if daemon_has_mirror; then mirror="mirror ${REGISTRY_URL}"; else mirror="NO registry mirror"; fi
    local ref repo tags images=()
    for ref in "${STAND_INS[@]}"; do
        read -r repo _ <<<"$ref"
        repo="${repo%:*}"
        case " ${images[*]-} " in *" ${repo#library/}:"*) continue ;; esac
        tags="$(curl -fs --max-time 5 "${REGISTRY_URL}/v2/${repo}/tags/list" |
            tr -d ' \n' | sed -e 's/.*"tags":\[//' -e 's/\].*//' -e 's/"//g')" || tags="?"
        images+=("${repo#library/}:${tags:-none}")
    done
    log "ready: dockerd ${version}, ${mirror}, registry ${REGISTRY_ADDR} holds: ${images[*]}"
}

main() {
    local started=$SECONDS
    install_missing_packages
    start_registry
    start_daemon
    publish_stand_ins
    summary
    log "done in $((SECONDS - started))s"
}

main "$@"

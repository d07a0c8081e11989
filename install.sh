#!/usr/bin/env bash
# Builds layerlab and installs the `layerlab` launcher.
#   ./install.sh                 installs into ~/.local (launcher in ~/.local/bin)
#   PREFIX=/usr/local ./install.sh
#   ./install.sh --run           ... and starts the tutorial
#   ./install.sh --no-build      installs target/layerlab.jar as it is (after mvn package)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
bin="$prefix/bin"
share="$prefix/share/layerlab"
run_after=false
build=true
for arg in "$@"; do
  case "$arg" in
    --run) run_after=true ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

# --- what the build needs ----------------------------------------------------------
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java_bin" >/dev/null 2>&1 || die "Java 17 or newer is needed and none was found. Install it (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless; macOS: brew install openjdk@17) and run ./install.sh again."
java_bin="$(command -v "$java_bin")"
java_version="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_version%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed; found Java ${java_version:-unknown} at $java_bin. Install a newer JDK or set JAVA_HOME to one."
$build || [ -f "$here/target/layerlab.jar" ] || die "--no-build needs target/layerlab.jar; run mvn package first."
! $build || command -v mvn >/dev/null 2>&1 || die "Maven is needed to build layerlab and was not found. Install it (Debian/Ubuntu: sudo apt-get install maven; macOS: brew install maven) and run ./install.sh again."
! $build || command -v javac >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/javac" ] || die "a JDK (with javac) is needed, not only a JRE. Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless."

# --- build ---------------------------------------------------------------------------
if $build; then
  say "building layerlab (Maven; the first build downloads dependencies)"
  (cd "$here" && mvn -B -q --no-transfer-progress -DskipTests package) || die "the build failed; the messages above say why."
fi

# --- install -------------------------------------------------------------------------
say "installing into $share"
mkdir -p "$bin" "$share"
tmp="$(mktemp -d "$share/.install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cp "$here/target/layerlab.jar" "$tmp/layerlab.jar"
cp -R "$here/lessons" "$tmp/lessons"
cp -R "$here/checks" "$tmp/checks"
rm -rf "$share/lessons" "$share/checks"
mv "$tmp/lessons" "$tmp/checks" "$share/"
mv -f "$tmp/layerlab.jar" "$share/layerlab.jar"

cat > "$tmp/layerlab" <<LAUNCHER
#!/bin/sh
# layerlab launcher, written by install.sh
LAYERLAB_HOME='$share'
JAVA="\${LAYERLAB_JAVA:-$java_bin}"
CDS=""
if [ -f "\$LAYERLAB_HOME/layerlab.jsa" ]; then
  CDS="-XX:SharedArchiveFile=\$LAYERLAB_HOME/layerlab.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
exec "\$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m \$CDS -Dlayerlab.home="\$LAYERLAB_HOME" -jar "\$LAYERLAB_HOME/layerlab.jar" "\$@"
LAUNCHER
chmod 755 "$tmp/layerlab"
mv -f "$tmp/layerlab" "$bin/layerlab"

# --- class data sharing archive: a faster cold start ---------------------------------
say "making the class data sharing archive (faster start)"
rm -f "$share/layerlab.jsa"
if "$java_bin" -XX:ArchiveClassesAtExit="$share/layerlab.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Dlayerlab.home="$share" \
      -jar "$share/layerlab.jar" --cds-training >/dev/null 2>&1 && [ -s "$share/layerlab.jsa" ]; then
  :
else
  rm -f "$share/layerlab.jsa"
  say "could not make the archive; layerlab works, it only starts a little slower"
fi

"$bin/layerlab" --version >/dev/null || die "the installed launcher does not run; run $bin/layerlab --version --debug to see why."
say "installed: $bin/layerlab"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) say "$bin is not on your PATH. Add it: echo 'export PATH=\"$bin:\$PATH\"' >> ~/.bashrc (or ~/.zshrc), then open a new terminal." ;;
esac

if $run_after; then
  exec "$bin/layerlab"
fi

#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first frame ("ready <ms>"), the app's --smoke against a bare
# JavaFX window started the same way, from the jar and from the installed package. Prints medians and ratios.
# Usage: bench/startup/run.sh [runs]   (needs target/trousse.jar; the package part needs /opt/trousse-jps)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :95 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:95
fi

fx=$(ls ~/.m2/repository/org/openjfx/javafx-graphics/21.0.11/javafx-graphics-21.0.11-linux.jar)
fxmp=$(dirname "$fx"):$(ls -d ~/.m2/repository/org/openjfx/javafx-controls/21.0.11):$(ls -d ~/.m2/repository/org/openjfx/javafx-base/21.0.11)
javac -d "$work/bare" --module-path "$fxmp" --add-modules javafx.controls bench/startup/BareWindow.java
jar --create --file "$work/bare.jar" -C "$work/bare" .

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
measure() { # label, command…
  local label=$1; shift
  local times=()
  for i in $(seq 1 "$runs"); do
    rm -f "$work/b.db"*
    times+=("$(HOME="$work" "$@" 2>/dev/null | sed -n 's/^ready //p')")
  done
  local m; m=$(printf '%s\n' "${times[@]}" | median)
  printf '%-34s median %5d ms   runs: %s\n' "$label" "$m" "${times[*]}" >&2
  echo "$m"
}

echo "Start-up to first frame, $runs runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)" >&2
bare_jar=$(measure "bare JavaFX window (jar)" java --module-path "$fxmp" --add-modules javafx.controls -cp "$work/bare.jar" BareWindow)
app_jar=$(measure "Trousse JPS --smoke (jar)" java -jar target/trousse.jar --data "$work/b.db" --smoke)
echo "ratio app/bare from the jar:      $(awk "BEGIN {printf \"%.2f\", $app_jar/$bare_jar}")"
if [ -x /opt/trousse-jps/bin/TrousseJPS ]; then
  rt=/opt/trousse-jps/lib/runtime/bin/java
  bare_pkg=$(measure "bare JavaFX window (package runtime)" "$rt" -cp "$work/bare.jar" BareWindow)
  app_pkg=$(measure "Trousse JPS --smoke (package, CDS)" /opt/trousse-jps/bin/TrousseJPS --data "$work/b.db" --smoke)
  echo "ratio app/bare from the package:  $(awk "BEGIN {printf \"%.2f\", $app_pkg/$bare_pkg}")"
  echo "installed size: $(du -sh /opt/trousse-jps | cut -f1)"
fi

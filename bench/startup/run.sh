#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first frame ("ready <ms>") and to the demo file shown with its
# data ("loaded <ms>") with --smoke, against a bare JavaFX window's first frame started the same way, from the jar
# and from the installed package (or an app-image). Runs are interleaved (bare, app, bare, app…) so both see the
# same load; prints medians and the ratios.
# Usage: bench/startup/run.sh [runs]   (needs target/trousse.jar; the package part needs /opt/trousse-jps or
#        APP_IMAGE=target/dist/TrousseJPS, built with packaging/build-linux.sh --skip-build)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
jar=${JAR:-target/trousse.jar}
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
pair() { # label, bare command (as one string), app command (as one string)
  local label=$1 bare=$2 app=$3 b=() r=() l=()
  for i in $(seq 1 "$runs"); do
    b+=("$(HOME="$work" bash -c "$bare" 2>/dev/null | sed -n 's/^ready //p')")
    cp assets/demo/semaine-jps-2020.db "$work/demo.db"; rm -f "$work/demo.db-"*
    out=$(HOME="$work" bash -c "$app" 2>/dev/null)
    r+=("$(sed -n 's/^ready //p' <<<"$out")"); l+=("$(sed -n 's/^loaded //p' <<<"$out")")
  done
  local mb mr ml
  mb=$(printf '%s\n' "${b[@]}" | median); mr=$(printf '%s\n' "${r[@]}" | median); ml=$(printf '%s\n' "${l[@]}" | median)
  printf '%-10s bare window first frame %5d ms | app ready %5d ms (%.2f×) | app loaded %5d ms (%.2f×)\n' "$label" \
    "$mb" "$mr" "$(awk "BEGIN {print $mr/$mb}")" "$ml" "$(awk "BEGIN {print $ml/$mb}")"
  echo "           runs: bare ${b[*]} | ready ${r[*]} | loaded ${l[*]}"
}

echo "Start-up with the demo file, $runs interleaved runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
pair "jar" "java --module-path '$fxmp' --add-modules javafx.controls -cp '$work/bare.jar' BareWindow" \
  "java -jar '$jar' --data '$work/demo.db' --smoke"
image=${APP_IMAGE:-/opt/trousse-jps}
if [ -x "$image/bin/TrousseJPS" ]; then
  pair "package" "'$image/lib/runtime/bin/java' -cp '$work/bare.jar' BareWindow" \
    "'$image/bin/TrousseJPS' --data '$work/demo.db' --smoke"
fi

#!/usr/bin/env bash
# A big office against the demo office: 5,000 recipients, 500 guests and 300 posts added to a copy of the demo
# file through the real services (BigOffice make), then
#  - opening to "loaded" (--smoke), big file against the demo file, whole processes interleaved, medians;
#  - resident memory once idle after the window opened (VmRSS), big file and demo file;
#  - each keystroke's time on the FX thread while typing into the recipients' and the door's search fields of the
#    real window (JavaFX robot through the X server), big file and demo file.
# Usage: bench/bigoffice/run.sh [runs]   (default 7; needs target/trousse.jar and an X display, else Xvfb :96)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
jar=${JAR:-target/trousse.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :96 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:96
fi
javac -d "$work/classes" -cp "$jar" bench/bigoffice/BigOffice.java
cp assets/demo/semaine-jps-2020.db "$work/src-demo.db"
cp assets/demo/semaine-jps-2020.db "$work/src-big.db"
java -cp "$jar:$work/classes" BigOffice make "$work/src-big.db" 2>/dev/null
# The sources checkpointed and closed: each run opens a fresh copy, as a first open of the day.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
fresh() { rm -rf "$work/$1.db"* "$work/$1-"*; cp "$work/src-$1.db" "$work/$1.db"; }
echo "Big office against the demo office, $runs interleaved runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
d=(); b=()
for i in $(seq 1 "$runs"); do
  fresh demo; d+=("$(HOME="$work" java -jar "$jar" --data "$work/demo.db" --smoke 2>/dev/null | sed -n 's/^loaded //p')")
  fresh big; b+=("$(HOME="$work" java -jar "$jar" --data "$work/big.db" --smoke 2>/dev/null | sed -n 's/^loaded //p')")
done
md=$(printf '%s\n' "${d[@]}" | median); mb=$(printf '%s\n' "${b[@]}" | median)
printf 'opening to loaded: demo file %5d ms | big office %5d ms (%.2f×, goal ≤ 1.5×)\n' "$md" "$mb" \
  "$(awk "BEGIN {print $mb/$md}")"
echo "  runs: demo ${d[*]} | big ${b[*]}"
for f in demo big; do
  echo "-- $f file, the real window (AppAssembly), load $(cut -d' ' -f1 /proc/loadavg)"
  fresh $f; HOME="$work" java -cp "$jar:$work/classes" BigOffice window "$work/$f.db" 2>/dev/null
done
echo "load at the end $(cut -d' ' -f1 /proc/loadavg)"

#!/usr/bin/env bash
# One PDF per person (`certificates pdf --each DIR`) against its anchor, the single PDF of the same pages, for
# N recipients (the demo office, its logo and signature, and N imported people). Whole processes, interleaved
# (single, each, single, each…) so both see the same load; prints medians and the ratio.
# Usage: bench/each/run.sh [people…] (default 1000 5000) — RUNS=5 by default; needs target/trousse.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
jar=${JAR:-target/trousse.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); awk "BEGIN {printf \"%.2f\", $t1-$t0}"; }
echo "One PDF per person against one PDF of the same pages, $runs runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for n in "${@:-1000 5000}"; do
  for people in $n; do
    db="$work/b$people.db"
    cp assets/demo/semaine-jps-2020.db "$db"
    { echo "Prénom;Nom;Organisme;Raison;Date"
      for i in $(seq 1 "$people"); do echo "Élève$i;Lévesque-Tékaronhiáhkhwa $i;;Pour sa persévérance ($i);2020-02-18"; done
    } > "$work/people.csv"
    java -jar "$jar" --data "$db" recipients import "$work/people.csv" >/dev/null
    one=(); each=()
    for r in $(seq 1 "$runs"); do
      rm -rf "$work/out" "$work/one.pdf"; mkdir "$work/out"
      one+=("$(secs java -jar "$jar" --data "$db" certificates pdf --out "$work/one.pdf")")
      each+=("$(secs java -jar "$jar" --data "$db" certificates pdf --each "$work/out")")
      # Each pair as it comes (on stderr), with the load beside it: a long run under load can be read before its end.
      echo "  $people people, run $r: one PDF ${one[-1]} s, --each ${each[-1]} s, load $(cut -d' ' -f1 /proc/loadavg)" >&2
    done
    files=$(ls "$work/out" | wc -l)
    m1=$(printf '%s\n' "${one[@]}" | median); me=$(printf '%s\n' "${each[@]}" | median)
    printf '%5d people  one PDF  median %6.2f s   runs: %s\n' "$people" "$m1" "${one[*]}"
    printf '%5d people  --each   median %6.2f s   runs: %s   (%d files, %s)\n' "$people" "$me" "${each[*]}" \
      "$files" "$(du -sh "$work/out" | cut -f1)"
    printf '%5d people  ratio --each / one PDF: %.2f× (goal ≤ 3×)\n' "$people" "$(awk "BEGIN {print $me/$m1}")"
  done
done

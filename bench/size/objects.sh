#!/usr/bin/env bash
# Runs the size figure of bench/CertificateBench.java and counts with qpdf what each PDF stores: objects, pages, images, embedded font files.
# Usage: bench/size/objects.sh [count]   (from the project root, after ./mvnw -q -o package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
java -Djava.awt.headless=true -cp "${JAR:-target/trousse.jar}" bench/CertificateBench.java --size "${1:-1000}" "$dir" | head -1
for f in app bare; do
  qpdf --qdf --object-streams=disable "$dir/$f.pdf" "$dir/$f.qdf"
  printf '%-5s %6d objects  %5s pages  %3d images  %3d font files  %4d font dictionaries\n' "$f" \
    "$(grep -ac '^[0-9]* 0 obj' "$dir/$f.qdf")" "$(qpdf --show-npages "$dir/$f.pdf")" \
    "$(grep -ac '/Subtype /Image' "$dir/$f.qdf")" "$(grep -ac '/FontFile2' "$dir/$f.qdf")" \
    "$(grep -ac '/Type /Font$' "$dir/$f.qdf")"
done

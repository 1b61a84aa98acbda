#!/bin/sh
# 1,000 certificates through the headless command, the whole process: JVM start, file, rendering, writing.
# Run from the project root after `mvn -q -B -o package -DskipTests`. Prints time, peak memory (RSS) and size.
set -e
N=${1:-1000}
DIR=$(mktemp -d)
java -jar target/trousse.jar --data "$DIR/bench.db" profile set --mna "Catherine Dorion" --title députée \
  --riding Taschereau > /dev/null
set --
i=0
while [ $i -lt "$N" ]; do
  set -- "$@" --name "Participant·e n° $i Lévesque-Tékaronhiáhkhwa" --reason "Pour sa persévérance ($i)."
  i=$((i + 1))
done
/usr/bin/time -f "%e s elapsed, peak RSS %M KB" java -jar target/trousse.jar --data "$DIR/bench.db" \
  certificates pdf --out "$DIR/lot.pdf" --date 2020-02-18 "$@"
echo "$N pages, $(stat -c %s "$DIR/lot.pdf") bytes: $DIR/lot.pdf"

#!/usr/bin/env bash
# Builds Trousse JPS for Linux with the JDK's jpackage: a self-contained app-image (its own trimmed runtime,
# JavaFX on the module path, an AppCDS archive made here) and a .deb from it.
# Usage: packaging/build-linux.sh [--skip-build]      Output: target/packaging/out/
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
work=target/packaging
out=$work/out

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
rm -rf "$work" && mkdir -p "$work/lib" "$work/javafx" "$out"
./mvnw -B -ntp -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$work/deps"
# JavaFX goes on the module path of the runtime; the platform jars carry the classes, the plain ones are empty.
for f in "$work"/deps/*.jar; do
  case "$(basename "$f")" in
    javafx-*-linux.jar) mv "$f" "$work/javafx/" ;;
    javafx-*) rm "$f" ;;
    *) mv "$f" "$work/lib/" ;;
  esac
done
cp target/trousse-jps.jar "$work/lib/"
# POI needs commons-math3 only to evaluate formulas, which the importer never does (it reads stored results).
rm -f "$work"/lib/commons-math3-*.jar
# The demo week is for the README and the tests, not for the installed app.
zip -q -d "$work/lib/trousse-jps.jar" 'assets/demo/*'
# sqlite-jdbc carries its native library for every system; this package needs only this one's.
arch=$(uname -m); [ "$arch" = x86_64 ] || arch=aarch64
sqlite=$(ls "$work"/lib/sqlite-jdbc-*.jar)
keep="org/sqlite/native/Linux/$arch/"
unzip -Z1 "$sqlite" 'org/sqlite/native/*' | grep -v "^$keep" | grep -v '/$' | xargs -r zip -q -d "$sqlite"

packaging/make-icons.sh "$work/icons"

modules=javafx.controls,javafx.swing,java.desktop,java.sql,java.xml,java.logging,java.prefs,java.management,java.naming,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs
jpackage --type app-image --dest "$out" --name TrousseJPS --app-version "$version" \
  --vendor "Trousse JPS" --description "Journées de la persévérance scolaire 2020 — bureau de circonscription" \
  --input "$work/lib" --main-jar trousse-jps.jar --main-class qc.trousse.Main \
  --module-path "$work/javafx" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --include-locales=en,fr" \
  --icon "$work/icons/trousse-jps-256.png" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/trousse.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off'

# The archive for heaps over 32 GB is never used on an office laptop.
rm -f "$out/TrousseJPS/lib/runtime/lib/server/classes_nocoops.jsa"

jpackage --type deb --dest "$out" --app-image "$out/TrousseJPS" --name TrousseJPS --app-version "$version" \
  --vendor "Trousse JPS" --description "Journées de la persévérance scolaire 2020 — bureau de circonscription" \
  --linux-package-name trousse-jps --linux-app-category office --linux-menu-group "Office" --linux-shortcut \
  --linux-package-deps "libgtk-3-0, libasound2, libxtst6" \
  --file-associations packaging/linux/trousse-db.properties \
  --resource-dir packaging/linux

# AppCDS checks each jar's path, size and time, so the archive is made from the package's own files, staged
# where the package installs them, then put into the package.
deb=$(ls "$out"/*.deb)
tree=$work/deb-tree
rm -rf "$tree" && dpkg-deb -R "$deb" "$tree"
packaging/make-cds-archive.sh "$tree/opt/trousse-jps" /opt/trousse-jps
cp "$tree/opt/trousse-jps/lib/app/trousse.jsa" "$out/TrousseJPS/lib/app/"
fakeroot dpkg-deb -Zxz -b "$tree" "$deb" >/dev/null
du -sh "$tree/opt/trousse-jps" | sed 's/^/installed size: /'
ls -la "$deb"
